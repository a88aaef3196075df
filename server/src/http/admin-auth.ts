import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Admin routes need `Authorization: Bearer <ADMIN_TOKEN>`; without ADMIN_TOKEN they are off. */
export function adminAuth(adminToken: string | undefined): MiddlewareHandler<AppEnv> {
  const expected = adminToken === undefined ? undefined : digest(adminToken);
  return async (c, next) => {
    if (!expected)
      throw new ApiError(403, 'admin_disabled', 'Moderation is off: set ADMIN_TOKEN to enable it');
    const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    // Comparing digests keeps the comparison constant-time whatever the lengths.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      throw new ApiError(401, 'admin_token_required', 'Send Authorization: Bearer <ADMIN_TOKEN>', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    await next();
  };
}
