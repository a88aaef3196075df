import type { Context } from 'hono';
import type { Site } from '../sites/site.js';
import { type SiteUser, type TokenCheck, type TokenRefusal, verifyToken } from '../tokens.js';
import { ApiError } from './api-error.js';

/** The stable codes clients branch on: `token_expired` means ask the site for a fresh token. */
const refusalCodes: Record<TokenRefusal, string> = {
  invalid: 'token_invalid',
  expired: 'token_expired',
};

/** The bearer token the library's site signed for its logged-in reader, if the request has one. */
function bearerToken(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  return match?.[1];
}

/** The request's token checked with the site's own secret, or undefined for an anonymous reader. */
function checkBearer(c: Context, site: Site): TokenCheck | undefined {
  const token = bearerToken(c);
  if (!token) return undefined;
  if (!site.tokenSecret) {
    return {
      valid: false,
      refusal: 'invalid',
      message: 'This server does not accept login tokens (TOKEN_SECRET is not set)',
    };
  }
  return verifyToken(token, site.tokenSecret);
}

/** The logged-in reader, or undefined for an anonymous one; a refused token is a 401. */
export function siteUser(c: Context, site: Site): SiteUser | undefined {
  const check = checkBearer(c, site);
  if (check && !check.valid) throw new ApiError(401, refusalCodes[check.refusal], check.message);
  return check?.user;
}

/** For reads, where a stale token should not hide the comments: it only loses `mine`. */
export function siteUserIfValid(c: Context, site: Site): SiteUser | undefined {
  const check = checkBearer(c, site);
  return check?.valid ? check.user : undefined;
}

export function requireSiteUser(c: Context, site: Site): SiteUser {
  const user = siteUser(c, site);
  if (!user) throw new ApiError(401, 'token_required', 'Log in on the site to do this');
  return user;
}
