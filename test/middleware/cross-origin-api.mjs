import { readFile } from 'node:fs/promises';

/**
 * Feeds and APIs as a plain static host or CDN serves them to another site: every answer has
 * `Access-Control-Allow-Origin: *` and nothing else, and a CORS preflight (OPTIONS) is refused
 * with 403 and no CORS headers. Tests reach it as http://127.0.0.1:PORT while the page is on
 * http://localhost:PORT, a second origin, so any request the browser preflights fails just as
 * it does against such a host. KEY keeps each test's log apart.
 *
 *   /cross-origin/KEY/feed?fixture=bare-array.json   a fixture from test/fixtures/feeds/, with
 *                                                   ETag and Last-Modified (a cross-origin page
 *                                                   can read only the latter)
 *   GET|POST /cross-origin/KEY/api/views/:itemId     the views contract, starting at 225
 *   GET  /cross-origin/KEY/api/comments/counts?threads=a,b   every thread counts 3
 *   GET  /cross-origin/KEY/api/comments/:thread      test/fixtures/comments.json
 *   POST /cross-origin/KEY/api/comments/:thread      201 (reached only without a preflight)
 *   /cross-origin/KEY/partners                       test/fixtures/partners.json
 *   /cross-origin/KEY/log                            { requests: [{ method, path }],
 *                                                     preflights: [{ path, headers }] }
 */
const fixtures = new URL('../fixtures/', import.meta.url);
const lastModified = 'Mon, 06 Jan 2025 09:00:00 GMT';
const logs = new Map();

function logFor(key) {
  if (!logs.has(key)) logs.set(key, { requests: [], preflights: [] });
  return logs.get(key);
}

async function fixtureJson(name) {
  return JSON.parse(await readFile(new URL(name, fixtures), 'utf8'));
}

async function answer(context, route, key) {
  const views = route.match(/^api\/views\/([^/]+)$/);
  if (views) {
    const itemId = decodeURIComponent(views[1]);
    context.body =
      context.method === 'POST' ? { itemId, views: 226, counted: true } : { itemId, views: 225 };
    return;
  }
  if (route === 'api/comments/counts') {
    const threads = String(context.query.threads ?? '').split(',');
    context.body = { counts: Object.fromEntries(threads.map((thread) => [thread, 3])) };
    return;
  }
  const thread = route.match(/^api\/comments\/([^/]+)$/);
  if (thread && context.method === 'POST') {
    context.status = 201;
    context.body = {
      comment: {
        id: `posted-${key}`,
        thread: decodeURIComponent(thread[1]),
        author: { name: 'Гость' },
        text: 'posted',
        createdAt: new Date().toISOString(),
      },
    };
    return;
  }
  if (thread) {
    const { comments } = await fixtureJson('comments.json');
    context.body = { comments, total: comments.length };
    return;
  }
  if (route === 'partners') {
    context.body = await fixtureJson('partners.json');
    return;
  }
  if (route === 'feed') {
    const fixture = String(context.query.fixture ?? 'bare-array.json');
    context.set('etag', `"${fixture}"`);
    context.set('last-modified', lastModified);
    if (context.get('if-none-match') === `"${fixture}"` || context.get('if-modified-since')) {
      context.status = 304;
      return;
    }
    context.type = 'application/json';
    context.body = await readFile(new URL(`feeds/${fixture}`, fixtures));
    return;
  }
  context.status = 404;
}

export async function crossOriginApi(context, next) {
  const match = context.path.match(/^\/cross-origin\/([\w-]+)\/(.+)$/);
  if (!match) return next();
  const [, key, route] = match;
  const log = logFor(key);
  context.set('cache-control', 'no-store');
  if (context.method === 'OPTIONS') {
    log.preflights.push({
      path: context.path,
      headers: context.get('access-control-request-headers'),
    });
    context.status = 403;
    context.body = 'no CORS preflight here';
    return;
  }
  context.set('access-control-allow-origin', '*');
  if (route === 'log') {
    context.body = log;
    return;
  }
  log.requests.push({ method: context.method, path: context.path });
  await answer(context, route, key);
}
