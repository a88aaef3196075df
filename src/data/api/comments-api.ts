import { FeedError, toFeedError } from '../errors.js';
import { request as sendRequest } from '../request.js';
import { isRecord } from '../json.js';

/** Who wrote a comment. `id` is set for authors the host site signed a token for. */
export interface CommentAuthor {
  name: string;
  id?: string;
}

/** `pending` comments wait for a moderator and are visible to their author only. */
export type CommentStatus = 'published' | 'pending';

export interface Comment {
  id: string;
  thread: string;
  parentId?: string;
  author: CommentAuthor;
  /** Plain text: never HTML. */
  text: string;
  /** ISO 8601. */
  createdAt: string;
  editedAt?: string;
  status: CommentStatus;
  /** True when the token (or session) of this request identifies the author. */
  mine?: boolean;
}

export interface CommentPage {
  comments: Comment[];
  /** Cursor for the next page (`after=`), absent on the last page. */
  next?: string;
  /** Every comment in the thread, across pages. */
  total: number;
}

export type CommentSort = 'oldest' | 'newest';

/** Where and as whom a request goes. Built per request so a fresh token is always used. */
export interface CommentsRequest {
  /** Base URL of the API; comments live under `{api}/comments/`. */
  api: string;
  /** Signed token of the host site's logged-in reader, sent as `Authorization: Bearer`. */
  token?: string;
  /** Send cookies to another origin, for sites that keep readers logged in by a session. */
  credentials?: boolean;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  timeout?: number;
}

export const optionalString = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

async function readBody(response: Response, url: string): Promise<unknown> {
  const text = await response.text();
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    // An error page from a proxy is still an error by its status, not a parse failure.
    if (!response.ok) return undefined;
    throw toFeedError(error, url);
  }
}

/** What a call sends besides its method and path, and how a refusal is reported. */
export interface Call {
  body?: unknown;
  headers?: Record<string, string>;
  /** Turns a refusal into the error the caller throws; reading needs only the status. */
  refusal?: (response: Response, url: string, body: unknown) => FeedError;
}

const httpError = (response: Response, url: string) =>
  new FeedError('http', `HTTP ${response.status} from ${url}`, { status: response.status, url });

/** One call to the contract: auth header, timeout, abort, and every failure typed. */
export async function send(
  request: CommentsRequest,
  method: string,
  path: string,
  { body, headers = {}, refusal = httpError }: Call = {},
): Promise<unknown> {
  const url = `${request.api.replace(/\/+$/, '')}/comments/${path}`;
  const allHeaders: Record<string, string> = { accept: 'application/json', ...headers };
  if (request.token) allHeaders.authorization = `Bearer ${request.token}`;
  if (body !== undefined) allHeaders['content-type'] = 'application/json';
  const response = await sendRequest(url, request, {
    method,
    headers: allHeaders,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: request.credentials ? 'include' : 'same-origin',
  });
  const json = await readBody(response, url);
  if (!response.ok) throw refusal(response, url, json);
  return json;
}

export function unexpectedAnswer(what: string): FeedError {
  return new FeedError('unexpected', `The comments server answered without ${what}`);
}

/** Checks one comment from the server; a comment we cannot show is an unexpected answer. */
export function toComment(value: unknown): Comment {
  if (!isRecord(value) || !isRecord(value.author)) throw unexpectedAnswer('a valid comment');
  const id = optionalString(value.id);
  const name = optionalString(value.author.name);
  if (!id || name === undefined || typeof value.text !== 'string') {
    throw unexpectedAnswer('a comment id, author name and text');
  }
  const parentId = optionalString(value.parentId);
  const authorId = optionalString(value.author.id);
  const editedAt = optionalString(value.editedAt);
  return {
    id,
    thread: optionalString(value.thread) ?? '',
    ...(parentId && { parentId }),
    author: { name, ...(authorId && { id: authorId }) },
    text: value.text,
    createdAt: optionalString(value.createdAt) ?? '',
    ...(editedAt && { editedAt }),
    status: value.status === 'pending' ? 'pending' : 'published',
    ...(value.mine === true && { mine: true }),
  };
}

export async function listComments(
  request: CommentsRequest,
  thread: string,
  query: { after?: string; limit?: number; sort?: CommentSort } = {},
): Promise<CommentPage> {
  const search = new URLSearchParams();
  if (query.after) search.set('after', query.after);
  if (query.limit) search.set('limit', String(query.limit));
  if (query.sort) search.set('sort', query.sort);
  const json = await send(request, 'GET', `${encodeURIComponent(thread)}?${search}`);
  if (!isRecord(json) || !Array.isArray(json.comments)) throw unexpectedAnswer('a comment list');
  const comments = json.comments.map(toComment);
  const next = optionalString(json.next);
  const total = typeof json.total === 'number' ? json.total : comments.length;
  return { comments, total, ...(next && { next }) };
}

/** Counts for many threads in one request, for list pages. Threads the server omits count 0. */
export async function loadCommentCounts(
  request: CommentsRequest,
  threads: string[],
): Promise<Record<string, number>> {
  const json = await send(
    request,
    'GET',
    `counts?threads=${threads.map(encodeURIComponent).join(',')}`,
  );
  if (!isRecord(json) || !isRecord(json.counts)) throw unexpectedAnswer('a counts object');
  const counts = json.counts;
  return Object.fromEntries(
    threads.map((thread) => [thread, typeof counts[thread] === 'number' ? counts[thread] : 0]),
  );
}
