import { readFile } from 'node:fs/promises';

/**
 * Feed endpoints for the data layer's fetch tests, served by web-test-runner. KEY keeps each
 * test's counters apart; every route counts its requests.
 *   /feeds-api/feed/KEY?fixture=bare-array.json&delay=MS   a fixture from test/fixtures/feeds/,
 *                                            with an ETag; If-None-Match answers 304
 *   /feeds-api/version/KEY                  a JSON Feed whose title changes on every request
 *   /feeds-api/fail/KEY?failures=N&status=503&retryAfter=S&fixture=...
 *                                            that status N times, then the fixture
 *   /feeds-api/cp1251/KEY                   a Russian RSS feed encoded in windows-1251
 *   /feeds-api/html/KEY                     a 200 text/html error page
 *   /feeds-api/hits/KEY                     { count, conditional }: requests so far, and how
 *                                            many of them carried If-None-Match
 */
const fixtures = new URL('../fixtures/feeds/', import.meta.url);
const hits = new Map();
const conditional = new Map();

/** Windows-1251 bytes for ASCII and Russian letters: enough for the fixture below. */
function toWindows1251(text) {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (char === 'Ё') return 0xa8;
      if (char === 'ё') return 0xb8;
      return 0x3f;
    }),
  );
}

const russianRss = `<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Новости</title><link>https://library.example/</link>
<item><title>Ёлка в детском зале</title><link>/news/elka/</link>
<pubDate>Fri, 26 Dec 2025 12:00:00 +0300</pubDate></item></channel></rss>`;

export async function feedsApi(context, next) {
  const match = context.path.match(/^\/feeds-api\/(\w+)\/([\w-]+)$/);
  if (!match) return next();
  const [, route, key] = match;
  const { query } = context;
  context.set('cache-control', 'no-store');
  if (route === 'hits') {
    context.body = { count: hits.get(key) ?? 0, conditional: conditional.get(key) ?? 0 };
    return;
  }
  const count = (hits.get(key) ?? 0) + 1;
  hits.set(key, count);
  if (context.get('if-none-match')) conditional.set(key, (conditional.get(key) ?? 0) + 1);
  if (query.delay) await new Promise((resolve) => setTimeout(resolve, Number(query.delay)));
  switch (route) {
    case 'feed': {
      const etag = `"${String(query.fixture)}"`;
      context.set('etag', etag);
      if (context.get('if-none-match') === etag) {
        context.status = 304;
        return;
      }
      context.type = 'application/json';
      context.body = await readFile(new URL(String(query.fixture), fixtures));
      return;
    }
    case 'version':
      context.type = 'application/feed+json';
      context.body = {
        version: 'https://jsonfeed.org/version/1.1',
        title: `Version ${count}`,
        items: [{ id: String(count), title: `Item ${count}`, content_text: 'x' }],
      };
      return;
    case 'fail':
      if (count <= Number(query.failures ?? 1)) {
        context.status = Number(query.status ?? 500);
        if (query.retryAfter) context.set('retry-after', String(query.retryAfter));
        context.body = { error: 'failing on purpose' };
        return;
      }
      context.type = 'application/json';
      context.body = await readFile(new URL(String(query.fixture ?? 'bare-array.json'), fixtures));
      return;
    case 'cp1251':
      context.type = 'application/rss+xml; charset=windows-1251';
      context.body = toWindows1251(russianRss);
      return;
    case 'html':
      context.type = 'text/html; charset=utf-8';
      context.body = await readFile(new URL('error-page.html', fixtures));
      return;
    default:
      return next();
  }
}
