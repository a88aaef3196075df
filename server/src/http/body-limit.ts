import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

/**
 * Refuses bodies over `maxBytes` with 413. Hono's bodyLimit reads `request.body`, which makes
 * @hono/node-server build a full web Request for every call; requests without a body (no
 * Content-Length, no Transfer-Encoding: most of them) skip it and stay on the fast path.
 */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'body_too_large', `The body is larger than ${maxBytes} bytes`);
    },
  });
  return (c, next) => {
    const hasBody =
      Number(c.req.header('content-length') ?? 0) > 0 ||
      c.req.header('transfer-encoding') !== undefined;
    return hasBody ? limit(c, next) : next();
  };
}
