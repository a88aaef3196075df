import type { MiddlewareHandler } from 'hono';
import { RateLimiter } from '../rate-limit.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

/** Answers 429 with Retry-After once a client address has used up its requests for the window. */
export function rateLimit(limit: number, windowSeconds: number): MiddlewareHandler<AppEnv> {
  const limiter = new RateLimiter(limit, windowSeconds * 1000);
  return async (c, next) => {
    const retryAfter = limiter.take(c.get('clientIp'));
    if (retryAfter > 0) {
      throw new ApiError(429, 'rate_limited', `Too many requests: try again in ${retryAfter} s`, {
        'Retry-After': String(retryAfter),
      });
    }
    await next();
  };
}
