import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * Finds the client's address: the socket's, or behind a reverse proxy (TRUST_PROXY=true) the
 * last address in X-Forwarded-For, the one the proxy itself saw; earlier entries are
 * whatever the client chose to send.
 */
export function clientAddress(trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const forwarded = trustProxy
      ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
      : undefined;
    c.set('clientIp', forwarded || c.env.incoming.socket.remoteAddress || 'unknown');
    await next();
  };
}
