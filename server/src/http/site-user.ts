import type { Context } from 'hono';
import type { Settings } from '../settings.js';
import { type SiteUser, verifyToken } from '../tokens.js';
import { ApiError } from './api-error.js';

/** The bearer token the host site signed for its logged-in reader, if the request has one. */
function bearerToken(c: Context): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  return match?.[1];
}

/** The logged-in reader, or undefined for an anonymous one; a bad token is a 401. */
export function siteUser(c: Context, settings: Settings): SiteUser | undefined {
  const token = bearerToken(c);
  if (!token) return undefined;
  if (!settings.tokenSecret) {
    throw new ApiError(
      401,
      'token_invalid',
      'This server does not accept login tokens (TOKEN_SECRET is not set)',
    );
  }
  return verifyToken(token, settings.tokenSecret);
}

/** For reads, where a stale token should not hide the comments: it only loses `mine`. */
export function siteUserIfValid(c: Context, settings: Settings): SiteUser | undefined {
  try {
    return siteUser(c, settings);
  } catch {
    return undefined;
  }
}

export function requireSiteUser(c: Context, settings: Settings): SiteUser {
  const user = siteUser(c, settings);
  if (!user) throw new ApiError(401, 'token_required', 'Log in on the site to do this');
  return user;
}
