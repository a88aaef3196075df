import type { MiddlewareHandler } from 'hono';
import type { SiteDirectory } from '../sites/directory.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

/**
 * Admin routes need `Authorization: Bearer <token>`: one of the addressed site's admin tokens
 * (ADMIN_TOKEN for the default site) or NETWORK_ADMIN_TOKEN. A default site without either
 * has moderation off.
 */
export function adminAuth(sites: SiteDirectory): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const site = c.get('site');
    if (!sites.hasAdmin(site))
      throw new ApiError(403, 'admin_disabled', 'Moderation is off: set ADMIN_TOKEN to enable it');
    const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!given || !(await sites.isAdmin(site, given))) {
      throw new ApiError(401, 'admin_token_required', 'Send Authorization: Bearer <ADMIN_TOKEN>', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    await next();
  };
}
