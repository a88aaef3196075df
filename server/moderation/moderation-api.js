/**
 * The one place the moderation page's scripts (moderation.js, stats.js, deliveries.js) learn
 * which site they moderate and call its admin API. `?site=<id>` in the page's address names the
 * site, whose API is `/api/sites/<id>/admin`; without it the page moderates the default site at
 * `/api/admin`. Each site's token is kept under its own key, so signing in to one site never
 * sends its token to another.
 */
import { strings } from './moderation-strings.js';

/** The site's id as the address gives it; empty for the default site. */
export const siteId = new URLSearchParams(location.search).get('site')?.trim() ?? '';

/** The server's own rule for site ids (server/src/sites/site.ts): `..` never reaches a URL. */
const siteIdPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const adminBase = !siteId
  ? '/api/admin'
  : siteIdPattern.test(siteId)
    ? `/api/sites/${siteId}/admin`
    : undefined;

export const tokenKey = siteId ? `biblio-admin-token:${siteId}` : 'biblio-admin-token';
export const storedToken = () => sessionStorage.getItem(tokenKey);

/** A refusal from the server (or, for an impossible site id, from us), with its code. */
export class AdminApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * fetch against the site's admin API with the token (the stored one unless given); answers the
 * response when it is ok, and throws an AdminApiError with the server's code when it is not.
 */
export async function adminFetch(path, { token = storedToken(), headers, ...init } = {}) {
  if (adminBase === undefined) throw new AdminApiError(404, 'site_not_found', `No site ${siteId}`);
  const response = await fetch(`${adminBase}${path}`, {
    ...init,
    headers: { ...headers, authorization: `Bearer ${token}` },
  });
  if (response.ok) return response;
  const body = await response.json().catch(() => ({}));
  throw new AdminApiError(
    response.status,
    body.error?.code,
    body.error?.message ?? `HTTP ${response.status}`,
  );
}

/** A wrong token: the token is not (or no longer) this site's. */
export const isWrongToken = (error) => error instanceof AdminApiError && error.status === 401;

/** What to tell the moderator, in words: a fetch that never reached the server is "server down". */
export function describe(error) {
  if (isWrongToken(error)) return siteId ? strings.siteWrongToken(siteId) : strings.wrongToken;
  if (error.code === 'site_not_found') return strings.unknownSite(siteId);
  if (error.code === 'admin_disabled') return strings.moderationOff;
  if (error instanceof TypeError) return strings.serverDown;
  return strings.failed(error.message);
}
