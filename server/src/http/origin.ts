import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

const forwardedProtocols = new Set(['http', 'https']);

/**
 * Finds the origin the client used, for every absolute URL an answer carries (feeds, news
 * images, mail links). Behind a TLS-terminating proxy (TRUST_PROXY=true) the socket speaks
 * http, so the scheme comes from X-Forwarded-Proto: its last entry, the one the nearest proxy
 * set, and only `http` or `https`. The host stays the Host header, which the proxy passes on
 * (`proxy_set_header Host $host`); X-Forwarded-Host is not read, because a proxy that does not
 * overwrite it would let any client choose the host of the links the server hands out.
 */
export function requestOrigin(trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const forwarded = trustProxy
      ? c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase()
      : undefined;
    if (forwarded && forwardedProtocols.has(forwarded)) url.protocol = `${forwarded}:`;
    c.set('origin', url.origin);
    await next();
  };
}
