import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * A failure the client can act on: `code` is stable (clients branch on it), `message` is for
 * developers. Thrown anywhere in a handler and turned into `{ error: { code, message } }`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}
