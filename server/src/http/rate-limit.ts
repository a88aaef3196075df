import type { MiddlewareHandler } from 'hono';
import type { RateLimiter } from '../rate-limit.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

/** Answers 429 with Retry-After once a client address has used up its requests for the window. */
export function rateLimit(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const retryAfter = await limiter.take(c.get('clientIp'));
    if (retryAfter > 0) {
      throw new ApiError(429, 'rate_limited', `Too many requests: try again in ${retryAfter} s`, {
        'Retry-After': String(retryAfter),
      });
    }
    await next();
  };
}
