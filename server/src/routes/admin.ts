import { type Context, Hono } from 'hono';
import { toModerationJson } from '../comments/comment.js';
import { adminAuth } from '../http/admin-auth.js';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/app-env.js';
import { parseChoice, parseInteger, parseNumericId, readJsonObject } from '../http/validate.js';
import { newsItemUrl } from '../news/news-item.js';
import type { Services } from '../services.js';
import { parseBulkRequest, runBulk } from './admin-bulk.js';
import { parseSearchTerms } from './admin-search.js';

/** Moderation of the addressed site: its stores see no other site's comments or bans. */
export function adminRoutes({ settings, sites, logger }: Services): Hono<AppEnv> {
  const existing = async (c: Context<AppEnv>) => {
    const id = parseNumericId(c.req.param('id'), 'id')!;
    const row = await c.get('stores').comments.get(id);
    if (!row) throw new ApiError(404, 'comment_not_found', `No comment ${id}`);
    return row;
  };
  const audit = (c: Context<AppEnv>, action: string, fields: Record<string, unknown>) =>
    logger.info('moderation', { site: c.get('site').id, action, ...fields });

  // GET /site names the site: the moderation page shows it and checks a token with it.
  return new Hono<AppEnv>()
    .use(adminAuth(sites))
    .get('/site', (c) => c.json({ id: c.get('site').id, name: c.get('site').name }))
    .get('/comments', async (c) => {
      const { comments, news } = c.get('stores');
      const status = parseChoice(c.req.query('status'), 'status', [
        'pending',
        'published',
        'rejected',
      ] as const);
      const terms = parseSearchTerms((name) => c.req.query(name));
      const pageOptions = {
        after: parseNumericId(c.req.query('after'), 'after'),
        limit: parseInteger(c.req.query('limit'), 'limit', 50, 1, 200),
      };
      const page =
        terms.text === undefined && terms.author === undefined
          ? await comments.byStatus(status, pageOptions)
          : await comments.matching(status, terms, pageOptions);
      // The moderator reads "on «Title»", linked to the article, not the thread's slug.
      const titles = await news.titles(page.rows.map((row) => row.thread));
      const origin = c.get('origin');
      return c.json({
        comments: page.rows.map((row) => {
          const title = titles.get(row.thread);
          return {
            ...toModerationJson(row),
            ...(title !== undefined && {
              newsItem: { title, url: newsItemUrl(row.thread, settings.newsItemUrl, origin) },
            }),
          };
        }),
        ...(page.next !== undefined && { next: String(page.next) }),
      });
    })
    .post('/comments/bulk', async (c) => {
      const request = parseBulkRequest(await readJsonObject(c));
      const results = await c.get('writes').run((stores) => runBulk(stores, request));
      for (const result of results.filter((each) => each.ok))
        audit(c, request.action, { commentId: result.id, bulk: true });
      return c.json({ results });
    })
    .post('/comments/:id/approve', async (c) => {
      const { id } = await existing(c);
      const row = (await c
        .get('writes')
        .run((stores) => stores.comments.setStatus(id, 'published')))!;
      audit(c, 'approve', { commentId: row.id });
      return c.json({ comment: toModerationJson(row) });
    })
    .post('/comments/:id/reject', async (c) => {
      const { id } = await existing(c);
      const row = (await c
        .get('writes')
        .run((stores) => stores.comments.setStatus(id, 'rejected')))!;
      audit(c, 'reject', { commentId: row.id });
      return c.json({ comment: toModerationJson(row) });
    })
    .delete('/comments/:id', async (c) => {
      const row = await existing(c);
      await c.get('writes').run((stores) => stores.comments.delete(row.id));
      audit(c, 'delete', { commentId: row.id });
      return c.body(null, 204);
    })
    .post('/comments/:id/ban', async (c) => {
      const row = await existing(c);
      const body = c.req.header('content-type') ? await readJsonObject(c) : {};
      const reason = typeof body.reason === 'string' ? body.reason.slice(0, 500) : undefined;
      const rejected = (await c.get('writes').run(async (stores) => {
        await stores.bans.ban(row.ip_hash, reason, new Date());
        return stores.comments.setStatus(row.id, 'rejected');
      }))!;
      audit(c, 'ban', { commentId: row.id, ipHash: row.ip_hash });
      return c.json({
        ban: { ipHash: row.ip_hash, ...(reason && { reason }) },
        comment: toModerationJson(rejected),
      });
    })
    .get('/bans', async (c) => c.json({ bans: await c.get('stores').bans.list() }))
    .delete('/bans/:ipHash', async (c) => {
      const ipHash = c.req.param('ipHash');
      if (!(await c.get('writes').run((stores) => stores.bans.unban(ipHash))))
        throw new ApiError(404, 'ban_not_found', 'No such ban');
      audit(c, 'unban', { ipHash });
      return c.body(null, 204);
    });
}
