import { type Context, Hono } from 'hono';
import { type CommentRow, toCommentJson } from '../comments/comment.js';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/app-env.js';
import { rateLimit } from '../http/rate-limit.js';
import { requireSiteUser, siteUser, siteUserIfValid } from '../http/site-user.js';
import {
  parseAuthorName,
  parseChoice,
  parseCommentText,
  parseId,
  parseInteger,
  parseNumericId,
  readJsonObject,
} from '../http/validate.js';
import { readerKeyHash, requireReader, toOwnCommentJson } from '../comments/reader.js';
import type { Services } from '../services.js';
import { type CommentRefusal, CommentRefused, type NewComment } from '../comments/store.js';

const maxThreadsPerCount = 100;

/** A retry of a deleted comment is gone for good (410); the other refusals are the client's. */
const refusalStatus: Record<CommentRefusal, 410 | 422> = {
  comment_deleted: 410,
  idempotency_key_reused: 422,
  invalid_parent: 422,
  reply_too_deep: 422,
};

/** Rethrows a comment the store refused as the answer the client gets. */
function answerRefusal(error: unknown): never {
  throw error instanceof CommentRefused
    ? new ApiError(refusalStatus[error.refusal], error.refusal, error.message)
    : error;
}

/** Taken by the routes that count many threads and that serve a reader's own comments. */
const reservedThreads = new Set(['counts', 'mine']);

/** A thread name, never one of the reserved ones. */
function parseThread(value: string): string {
  if (reservedThreads.has(value))
    throw new ApiError(400, 'invalid_id', `${value} is reserved: name the thread differently`);
  return parseId(value, 'thread');
}

function parseIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7E]{8,200}$/.test(value)) {
    throw new ApiError(
      400,
      'invalid_idempotency_key',
      'Idempotency-Key must be 8-200 visible ASCII characters, e.g. a UUID',
    );
  }
  return value;
}

function parseParentId(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  return parseNumericId(typeof value === 'number' ? String(value) : (value as string), 'parentId');
}

export function commentRoutes(services: Services): Hono<AppEnv> {
  const { settings, hashIp, logger } = services;

  const respondCreated = (c: Context<AppEnv>, row: CommentRow, userId?: string) =>
    row.status === 'pending'
      ? c.json({ comment: toCommentJson(row, userId), status: 'pending' as const }, 202)
      : c.json({ comment: toCommentJson(row, userId) }, 201);

  const ownComment = async (
    c: Context<AppEnv>,
    thread: string,
    idParam: string,
    userId: string,
  ) => {
    const id = parseNumericId(idParam, 'id')!;
    const row = await c.get('stores').comments.get(id);
    if (!row || row.thread !== thread || row.status === 'rejected') {
      throw new ApiError(404, 'comment_not_found', `No comment ${id} in this thread`);
    }
    if (row.author_id !== userId)
      throw new ApiError(403, 'not_author', 'Only the author may change this comment');
    const closesAt = Date.parse(row.created_at) + settings.editWindowMinutes * 60_000;
    if (Date.now() >= closesAt) {
      throw new ApiError(
        403,
        'edit_window_closed',
        `Comments can be changed for ${settings.editWindowMinutes} minutes only`,
      );
    }
    return row;
  };

  return (
    new Hono<AppEnv>()
      .get('/counts', async (c) => {
        const threads = [...new Set((c.req.query('threads') ?? '').split(',').filter(Boolean))];
        if (!threads.length)
          throw new ApiError(400, 'invalid_parameter', 'threads must list one or more threads');
        if (threads.length > maxThreadsPerCount) {
          throw new ApiError(
            400,
            'invalid_parameter',
            `At most ${maxThreadsPerCount} threads per request`,
          );
        }
        return c.json({
          counts: await c
            .get('stores')
            .comments.counts(threads.map((thread) => parseId(thread, 'thread'))),
        });
      })
      // The reader's own comments on this site, for them to keep or to have deleted.
      .get('/mine', async (c) => {
        const reader = requireReader(c, c.get('site'));
        const rows = await c.get('stores').comments.byReader(reader);
        c.header('Content-Disposition', 'attachment; filename="my-comments.json"');
        c.header('Cache-Control', 'no-store');
        return c.json({ comments: rows.map(toOwnCommentJson) });
      })
      .delete('/mine', async (c) => {
        const reader = requireReader(c, c.get('site'));
        const deleted = await c
          .get('writes')
          .run((stores) => stores.comments.deleteByReader(reader));
        return c.json({ deleted });
      })
      .get('/:thread', async (c) => {
        const thread = parseThread(c.req.param('thread'));
        const viewerId = siteUserIfValid(c, c.get('site'))?.id;
        const page = await c.get('stores').comments.page(thread, {
          after: parseNumericId(c.req.query('after'), 'after'),
          limit: parseInteger(c.req.query('limit'), 'limit', 20, 1, 100),
          sort: parseChoice(c.req.query('sort'), 'sort', ['oldest', 'newest'] as const),
          viewerId,
        });
        return c.json({
          comments: page.rows.map((row) => toCommentJson(row, viewerId)),
          ...(page.next !== undefined && { next: String(page.next) }),
          total: page.total,
        });
      })
      .post(
        '/:thread',
        rateLimit(
          services.rateLimiter(
            'comments',
            settings.rateLimitComments,
            settings.rateLimitWindowSeconds,
          ),
        ),
        async (c) => {
          const thread = parseThread(c.req.param('thread'));
          const idempotencyKey = parseIdempotencyKey(c.req.header('idempotency-key'));
          const body = await readJsonObject(c);
          if (typeof body.website === 'string' && body.website.trim()) {
            // A bot filled the field people never see: it is told "pending" and nothing is stored.
            logger.warn('honeypot', { requestId: c.get('requestId'), thread });
            const decoy = {
              id: '0',
              thread,
              author: { name: '' },
              text: '',
              createdAt: new Date().toISOString(),
            };
            return c.json({ comment: { ...decoy, status: 'pending' }, status: 'pending' }, 202);
          }
          const site = c.get('site');
          const ipHash = hashIp(c.get('clientIp'));
          if (await c.get('stores').bans.isBanned(ipHash))
            throw new ApiError(
              403,
              'banned',
              'Commenting from this address has been blocked by a moderator',
            );
          const user = siteUser(c, site);
          if (!user && site.commentAuth === 'required') {
            throw new ApiError(401, 'token_required', 'Log in on the site to comment');
          }
          if (site.consent && body.consent !== true) {
            throw new ApiError(
              422,
              'consent_required',
              'This site needs consent to the processing of personal data: send consent: true',
            );
          }
          const comment: NewComment = {
            thread,
            parentId: parseParentId(body.parentId),
            authorName: user?.name ?? parseAuthorName(body.author, settings.authorMaxLength),
            authorId: user?.id,
            text: parseCommentText(body.text, settings.commentMaxLength),
            status: site.moderation === 'pre' ? 'pending' : 'published',
            ipHash,
            idempotencyKey,
            consentVersion: site.consent?.policyVersion,
            readerKeyHash: user ? undefined : readerKeyHash(c),
          };
          const { row, replayed } = await c
            .get('writes')
            .run((stores) => stores.comments.create(comment, new Date()))
            .catch(answerRefusal);
          // A retry gets the first answer again; the header tells a curious client it was one.
          if (replayed) c.header('Idempotent-Replayed', 'true');
          // Committed by now; the moderators hear of it in the background, never slowing this answer.
          else services.notifications.notifier.commentPosted(site.id, row, c.get('origin'));
          return respondCreated(c, row, user?.id);
        },
      )
      .patch('/:thread/:id', async (c) => {
        const user = requireSiteUser(c, c.get('site'));
        const row = await ownComment(
          c,
          parseThread(c.req.param('thread')),
          c.req.param('id'),
          user.id,
        );
        const body = await readJsonObject(c);
        const text = parseCommentText(body.text, settings.commentMaxLength);
        const updated = await c
          .get('writes')
          .run((stores) => stores.comments.updateText(row.id, text, new Date()));
        return c.json({ comment: toCommentJson(updated, user.id) });
      })
      .delete('/:thread/:id', async (c) => {
        const user = requireSiteUser(c, c.get('site'));
        const row = await ownComment(
          c,
          parseThread(c.req.param('thread')),
          c.req.param('id'),
          user.id,
        );
        await c.get('writes').run((stores) => stores.comments.delete(row.id));
        return c.body(null, 204);
      })
  );
}
