import type { Context } from 'hono';
import type { Settings } from '../settings.js';
import { type SiteUser, type TokenCheck, type TokenRefusal, verifyToken } from '../tokens.js';
import { ApiError } from './api-error.js';

/** The stable codes clients branch on: `token_expired` means ask the site for a fresh token. */
const refusalCodes: Record<TokenRefusal, string> = {
  invalid: 'token_invalid',
  expired: 'token_expired',
};

/** The bearer token the host site signed for its logged-in reader, if the request has one. */
function bearerToken(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  return match?.[1];
}

/** The request's token checked, or undefined for an anonymous reader. */
function checkBearer(c: Context, settings: Settings): TokenCheck | undefined {
  const token = bearerToken(c);
  if (!token) return undefined;
  if (!settings.tokenSecret) {
    return {
      valid: false,
      refusal: 'invalid',
      message: 'This server does not accept login tokens (TOKEN_SECRET is not set)',
    };
  }
  return verifyToken(token, settings.tokenSecret);
}

/** The logged-in reader, or undefined for an anonymous one; a refused token is a 401. */
export function siteUser(c: Context, settings: Settings): SiteUser | undefined {
  const check = checkBearer(c, settings);
  if (check && !check.valid) throw new ApiError(401, refusalCodes[check.refusal], check.message);
  return check?.user;
}

/** For reads, where a stale token should not hide the comments: it only loses `mine`. */
export function siteUserIfValid(c: Context, settings: Settings): SiteUser | undefined {
  const check = checkBearer(c, settings);
  return check?.valid ? check.user : undefined;
}

export function requireSiteUser(c: Context, settings: Settings): SiteUser {
  const user = siteUser(c, settings);
  if (!user) throw new ApiError(401, 'token_required', 'Log in on the site to do this');
  return user;
}
