import type { MiddlewareHandler } from 'hono';
import type { Services } from '../services.js';
import { type Site, defaultSiteId } from '../sites/site.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

/** `/api/sites/<id>/…` addresses a site; every other path, `/api/…` included, the default one. */
const sitePrefix = /^\/api\/sites\/([^/]+)(?=\/|$)/;

/** The path as the default site would have it: `/api/sites/a/news` is `/api/news`. */
export const apiPath = (path: string): string => path.replace(sitePrefix, '/api');

/** Where the site's API starts, for the links an answer carries. */
export const apiBase = (site: Site): string =>
  site.id === defaultSiteId ? '/api' : `/api/sites/${site.id}`;

/**
 * Puts the addressed site and its stores on the context, before CORS and authentication,
 * which both follow the site's own settings. An unknown site is a 404 in the API's shape.
 */
export function resolveSite({ sites, storesOf, writes }: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = sitePrefix.exec(c.req.path)?.[1];
    const site = id === undefined ? sites.default : await sites.find(id);
    if (!site) throw new ApiError(404, 'site_not_found', `No site ${id}`);
    c.set('site', site);
    c.set('stores', storesOf(site.id));
    c.set('writes', { run: (write) => writes.run(site.id, write) });
    await next();
  };
}
