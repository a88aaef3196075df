import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who the host site says is logged in. */
export interface SiteUser {
  id: string;
  name: string;
}

interface TokenPayload {
  sub: string;
  name: string;
  /** Expiry, Unix seconds. */
  exp: number;
}

function signature(encodedPayload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(encodedPayload).digest();
}

/**
 * `base64url(JSON payload) + "." + base64url(HMAC-SHA256(that first part, secret))`: a
 * format a PHP site writes in four lines (docs/server.md) with no JWT library.
 */
export function signToken(payload: TokenPayload, secret: string): string {
  const encodedPayload = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${encodedPayload}.${signature(encodedPayload, secret).toString('base64url')}`;
}

/** Why a token is refused: a site that signs wrongly (`invalid`) or one that must reissue. */
export type TokenRefusal = 'invalid' | 'expired';

/** The reader a token names, or why it names nobody; the routes decide what a refusal answers. */
export type TokenCheck =
  { valid: true; user: SiteUser } | { valid: false; refusal: TokenRefusal; message: string };

function refused(message: string, refusal: TokenRefusal = 'invalid'): TokenCheck {
  return { valid: false, refusal, message };
}

export function verifyToken(token: string, secret: string, now = Date.now()): TokenCheck {
  const [encodedPayload, encodedSignature, ...rest] = token.split('.');
  if (!encodedPayload || !encodedSignature || rest.length)
    return refused('The token is not payload.signature');
  const expected = signature(encodedPayload, secret);
  const given = Buffer.from(encodedSignature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return refused('The token signature does not match TOKEN_SECRET');
  }
  let payload: Partial<TokenPayload>;
  try {
    payload = JSON.parse(
      Buffer.from(encodedPayload, 'base64url').toString('utf8'),
    ) as Partial<TokenPayload>;
  } catch {
    return refused('The token payload is not JSON');
  }
  const { sub, name, exp } = payload;
  if (typeof sub !== 'string' && typeof sub !== 'number')
    return refused('The token has no "sub" (user id)');
  if (typeof name !== 'string' || !name.trim()) return refused('The token has no "name"');
  if (typeof exp !== 'number') return refused('The token has no "exp" (expiry, Unix seconds)');
  if (exp * 1000 <= now)
    return refused('The token has expired: the site must issue a new one', 'expired');
  return { valid: true, user: { id: String(sub), name: name.trim() } };
}
