import {
  optionalString,
  send,
  toComment,
  unexpectedAnswer,
  type Comment,
  type CommentsRequest,
} from './comments-api.js';
import { FeedError } from '../errors.js';
import { isRecord } from '../json.js';

/*
 * The changes a reader makes: posting, editing and deleting, and the server's reasons for
 * refusing them. Apart from reading (comments-api.ts), so a page that only shows comments
 * never loads them.
 */

/** What a reader sends. `website` is the honeypot: people leave it empty, bots fill it. */
export interface NewComment {
  author?: string;
  text: string;
  parentId?: string;
  website: string;
  /** The reader ticked the consent to personal-data processing the site asks for. */
  consent?: boolean;
}

export interface PostedComment {
  comment: Comment;
  /** The server holds the comment for pre-moderation (it answered 202). */
  pending: boolean;
}

/**
 * The reasons the contract names, plus one per status the server may answer without a code.
 * Elements translate the code; `message` is for developers.
 */
export type CommentsErrorCode =
  | 'text_required'
  | 'text_too_long'
  | 'name_required'
  | 'name_invalid'
  | 'token_required'
  | 'token_invalid'
  | 'edit_window_closed'
  | 'consent_required'
  | 'reader_required'
  | 'forbidden'
  | 'conflict'
  | 'rate_limited'
  | 'server';

const knownCodes = new Set<string>([
  'text_required',
  'text_too_long',
  'name_required',
  'name_invalid',
  'token_required',
  'token_invalid',
  'edit_window_closed',
  'consent_required',
  'reader_required',
] satisfies CommentsErrorCode[]);

function reasonFor(code: string, status: number): CommentsErrorCode {
  if (knownCodes.has(code)) return code as CommentsErrorCode;
  if (status >= 500) return 'server';
  if (status === 401) return code === 'token_expired' ? 'token_invalid' : 'token_required';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  return 'forbidden';
}

/** A refusal by the comments server: an HTTP FeedError that also says why. */
export class CommentsError extends FeedError {
  /** The server's own code, for developers (`banned`, `not_author`…). */
  readonly code: string;
  /** The code, or the nearest reason the contract names: what an element explains. */
  readonly reason: CommentsErrorCode;
  /** Seconds to wait before trying again, from `Retry-After` on 429. */
  readonly retryAfter?: number;

  constructor(status: number, code: string, message: string, url: string, retryAfter?: number) {
    super('http', message, { status, url });
    this.code = code;
    this.reason = reasonFor(code, status);
    this.retryAfter = retryAfter;
  }
}

function readRetryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function toCommentsError(response: Response, url: string, body: unknown): CommentsError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const code = optionalString(error.code) ?? `http_${response.status}`;
  const message = optionalString(error.message) ?? `HTTP ${response.status} from ${url}`;
  return new CommentsError(response.status, code, message, url, readRetryAfter(response));
}

function readComment(json: unknown): Comment {
  return toComment(isRecord(json) ? json.comment : undefined);
}

/**
 * Posts a comment. The same `idempotencyKey` for the same draft makes double clicks and
 * retries after a lost answer create one comment, not two. `readerKey`, the anonymous
 * reader's own random key, lets them download and delete their comments later.
 */
export async function postComment(
  request: CommentsRequest,
  thread: string,
  comment: NewComment,
  idempotencyKey: string,
  readerKey?: string,
): Promise<PostedComment> {
  const json = await send(request, 'POST', encodeURIComponent(thread), {
    body: comment,
    headers: {
      'idempotency-key': idempotencyKey,
      ...(readerKey !== undefined && { 'x-reader-key': readerKey }),
    },
    refusal: toCommentsError,
  });
  const posted = readComment(json);
  const pending = posted.status === 'pending' || (isRecord(json) && json.status === 'pending');
  return { comment: { ...posted, status: pending ? 'pending' : posted.status }, pending };
}

const commentPath = (thread: string, id: string) =>
  `${encodeURIComponent(thread)}/${encodeURIComponent(id)}`;

export async function editComment(
  request: CommentsRequest,
  thread: string,
  id: string,
  text: string,
): Promise<Comment> {
  const call = { body: { text }, refusal: toCommentsError };
  return readComment(await send(request, 'PATCH', commentPath(thread, id), call));
}

export async function deleteComment(
  request: CommentsRequest,
  thread: string,
  id: string,
): Promise<void> {
  await send(request, 'DELETE', commentPath(thread, id), { refusal: toCommentsError });
}

/** Every comment a reader left on the site, as its server answers `GET {api}/comments/mine`. */
export interface OwnComments {
  comments: Comment[];
  /** The server's answer as it came, consent and status included: what the reader downloads. */
  json: string;
}

/**
 * Asks `{api}/comments/mine` as the reader: the request's token for a signed-in reader, else
 * the anonymous reader's key, sent as `X-Reader-Key`.
 */
const sendAsReader = (request: CommentsRequest, method: 'GET' | 'DELETE', readerKey?: string) =>
  send(request, method, 'mine', {
    headers: readerKey === undefined ? {} : { 'x-reader-key': readerKey },
    refusal: toCommentsError,
  });

export async function readOwnComments(
  request: CommentsRequest,
  readerKey?: string,
): Promise<OwnComments> {
  const json = await sendAsReader(request, 'GET', readerKey);
  if (!isRecord(json) || !Array.isArray(json.comments)) {
    throw unexpectedAnswer('a comment list');
  }
  return { comments: json.comments.map(toComment), json: JSON.stringify(json, null, 2) };
}

/** Deletes every comment of the reader on the site; resolves to how many the server deleted. */
export async function deleteOwnComments(
  request: CommentsRequest,
  readerKey?: string,
): Promise<number> {
  const json = await sendAsReader(request, 'DELETE', readerKey);
  const deleted = isRecord(json) ? Number(json.deleted) : NaN;
  if (!Number.isInteger(deleted) || deleted < 0) {
    throw unexpectedAnswer('a count of deleted comments');
  }
  return deleted;
}
