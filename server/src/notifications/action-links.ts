import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type LinkAction = 'approve' | 'reject';
export const linkActions = ['approve', 'reject'] as const satisfies readonly LinkAction[];

/** What a mail link asks for. The Approve and Reject links of one comment share `linkId`. */
export interface ActionLink {
  siteId: string;
  commentId: number;
  action: LinkAction;
  /** Used once: whichever of the comment's links is followed first spends both. */
  linkId: string;
  expiresAt: Date;
}

/** How long a link in a mail works: a moderator away for a long weekend can still use it. */
export const actionLinkLifetimeMs = 7 * 86_400_000;

interface Payload {
  s: string;
  c: number;
  a: LinkAction;
  n: string;
  /** Expiry, Unix seconds. */
  e: number;
}

export const newLinkId = (): string => randomBytes(12).toString('base64url');

const signature = (encoded: string, key: Buffer) =>
  createHmac('sha256', key).update(encoded).digest();

/** `base64url(JSON payload).base64url(HMAC-SHA256 of that, with the server's key)`. */
export function signActionLink(link: ActionLink, key: Buffer): string {
  const payload: Payload = {
    s: link.siteId,
    c: link.commentId,
    a: link.action,
    n: link.linkId,
    e: Math.floor(link.expiresAt.getTime() / 1000),
  };
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${encoded}.${signature(encoded, key).toString('base64url')}`;
}

/** `invalid`: not a link this server signed (mistyped, cut off, altered); `expired`: too old. */
export type LinkRefusal = 'invalid' | 'expired';

export type LinkCheck = { valid: true; link: ActionLink } | { valid: false; refusal: LinkRefusal };

const isPayload = (value: unknown): value is Payload => {
  const payload = value as Partial<Payload> | null;
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof payload.s === 'string' &&
    Number.isSafeInteger(payload.c) &&
    (linkActions as readonly unknown[]).includes(payload.a) &&
    typeof payload.n === 'string' &&
    Number.isSafeInteger(payload.e)
  );
};

export function verifyActionLink(token: string, key: Buffer, now: Date): LinkCheck {
  const [encoded, encodedSignature, ...rest] = token.split('.');
  if (!encoded || !encodedSignature || rest.length) return { valid: false, refusal: 'invalid' };
  const expected = signature(encoded, key);
  const given = Buffer.from(encodedSignature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { valid: false, refusal: 'invalid' };
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return { valid: false, refusal: 'invalid' };
  }
  if (!isPayload(payload)) return { valid: false, refusal: 'invalid' };
  const expiresAt = new Date(payload.e * 1000);
  if (expiresAt <= now) return { valid: false, refusal: 'expired' };
  return {
    valid: true,
    link: {
      siteId: payload.s,
      commentId: payload.c,
      action: payload.a,
      linkId: payload.n,
      expiresAt,
    },
  };
}
