import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { ApiError } from '../http/api-error.js';
import { siteUser } from '../http/site-user.js';
import type { Site } from '../sites/site.js';
import { type CommentRow, toCommentJson } from './comment.js';

/**
 * Whose own comments a request asks for: a logged-in reader by the id in their token, an
 * anonymous one by the hash of the key their browser made and keeps beside the draft.
 */
export type ReaderIdentity = { authorId: string } | { readerKeyHash: string };

/** The key is random (the element makes 128 bits): only its SHA-256 is stored, in hex. */
export const hashReaderKey = (key: string): string =>
  createHash('sha256').update(key).digest('hex');

/** `X-Reader-Key`, when sent: 22-128 URL-safe characters, enough for 128 random bits. */
export function readerKeyHash(c: Context): string | undefined {
  const key = c.req.header('x-reader-key');
  if (key === undefined) return undefined;
  if (!/^[A-Za-z0-9_-]{22,128}$/.test(key))
    throw new ApiError(
      400,
      'invalid_reader_key',
      'X-Reader-Key must be 22-128 URL-safe characters (A-Z a-z 0-9 _ -)',
    );
  return hashReaderKey(key);
}

/** The reader a request for their own comments names; a 401 when it names none. */
export function requireReader(c: Context, site: Site): ReaderIdentity {
  const user = siteUser(c, site);
  if (user) return { authorId: user.id };
  const keyHash = readerKeyHash(c);
  if (keyHash) return { readerKeyHash: keyHash };
  throw new ApiError(
    401,
    'reader_required',
    'Log in on the site, or send the X-Reader-Key your browser posted with',
  );
}

/** A comment as its author downloads it: also its moderation status and the consent given. */
export function toOwnCommentJson(row: CommentRow) {
  return {
    ...toCommentJson(row),
    status: row.status,
    ...(row.consent_at !== null && {
      consent: { at: row.consent_at, policyVersion: row.consent_version },
    }),
  };
}
