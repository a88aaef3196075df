import { readFile } from 'node:fs/promises';
import { type Context, Hono } from 'hono';
import { ApiError } from '../http/api-error.js';
import type { AppEnv } from '../http/app-env.js';
import { apiBase } from '../http/site.js';
import { parseId, parseInteger } from '../http/validate.js';
import { toJsonFeed, toJsonFeedItem } from '../json-feed.js';
import { type ItemContext, toNewsItem } from '../news/news-item.js';
import type { NewsRow } from '../news/store.js';
import { packageFolder } from '../package-folder.js';
import type { Services } from '../services.js';

const imagesFolder = new URL('seed/images/', packageFolder);

export function newsRoutes({ settings }: Services): Hono<AppEnv> {
  const toItems = async (c: Context<AppEnv>, rows: NewsRow[], origin: string) => {
    const { views, comments } = c.get('stores');
    const ids = rows.map((row) => row.id);
    const context: ItemContext = {
      origin,
      itemUrl: settings.newsItemUrl,
      views: await views.viewsFor(ids),
      comments: await comments.counts(ids),
    };
    return rows.map((row) => toNewsItem(row, context));
  };

  return new Hono<AppEnv>()
    .get('/images/:file', async (c) => {
      const file = c.req.param('file');
      if (!/^[a-z0-9-]+\.svg$/.test(file)) throw new ApiError(404, 'not_found', 'No such image');
      const svg = await readFile(new URL(file, imagesFolder)).catch(() => {
        throw new ApiError(404, 'not_found', 'No such image');
      });
      c.header('Cache-Control', 'public, max-age=86400');
      // An SVG opened on its own is a document: it may not run scripts or load anything.
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
      return c.body(svg, 200, { 'Content-Type': 'image/svg+xml' });
    })
    .get('/', async (c) => {
      const origin = c.get('origin');
      const limit = parseInteger(c.req.query('limit'), 'limit', 10, 1, 100);
      const page = parseInteger(c.req.query('page'), 'page', 1, 1, 100_000);
      const search = c.req.query('search')?.trim().slice(0, 200) || undefined;
      const tag = c.req.query('tag')?.trim() || undefined;
      const result = await c.get('stores').news.page({ page, limit, search, tag });
      const pages = Math.max(1, Math.ceil(result.total / limit));
      const pageUrl = (number: number) => {
        const url = new URL(`${apiBase(c.get('site'))}/news`, origin);
        url.searchParams.set('page', String(number));
        url.searchParams.set('limit', String(limit));
        if (search) url.searchParams.set('search', search);
        if (tag) url.searchParams.set('tag', tag);
        return url.href;
      };
      return c.json(
        toJsonFeed({
          title: 'Новости библиотеки',
          homePageUrl: new URL('/', origin).href,
          feedUrl: pageUrl(page),
          ...(page < pages && { nextUrl: pageUrl(page + 1) }),
          items: await toItems(c, result.rows, origin),
          total: result.total,
          pages,
        }),
      );
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'), 'id');
      const row = await c.get('stores').news.get(id);
      if (!row) throw new ApiError(404, 'item_not_found', `No news item ${id}`);
      const [item] = await toItems(c, [row], c.get('origin'));
      return c.json(toJsonFeedItem(item!));
    });
}
