import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { encodeLegacy } from '../../test/support/legacy-encoding.js';
import { type TestServer, errorCode, startTestServer } from './helpers.js';

const rss = readFileSync(new URL('fixtures/library-news.rss', import.meta.url), 'utf8');
const legacyEncodings = ['windows-1251', 'koi8-r'];
const overFiveMegabytes = 5 * 1024 * 1024 + 1;

/**
 * The fixture as a Bitrix site sends it: in a one-byte encoding named by the Content-Type
 * charset (`/legacy/koi8-r/header.rss`) or by the XML declaration alone (`.../declaration.rss`).
 */
function serveLegacyFeed(path: string, response: ServerResponse): boolean {
  const [, encoding, namedBy] = path.match(/^\/legacy\/([\w-]+)\/(header|declaration)\.rss$/) ?? [];
  if (!encoding || !legacyEncodings.includes(encoding)) return false;
  const declaration = namedBy === 'header' ? '' : ` encoding="${encoding}"`;
  const text = rss.replace(/<\?xml[^>]*\?>/, `<?xml version="1.0"${declaration}?>`);
  const charset = namedBy === 'header' ? `; charset=${encoding}` : '';
  response
    .writeHead(200, { 'content-type': `application/rss+xml${charset}` })
    .end(encodeLegacy(text, encoding));
  return true;
}

interface JsonFeed {
  version: string;
  title: string;
  feed_url: string;
  items: {
    id: string;
    url: string;
    title: string;
    content_html?: string;
    date_published?: string;
    tags: string[];
  }[];
}

/** The old library site whose RSS the proxy reads, with the ways such sites fail. */
function startFeedSite(): Promise<{ server: Server; host: string; hits: Map<string, number> }> {
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const { port } = server.address() as AddressInfo;
    if (serveLegacyFeed(path, response)) return;
    if (path === '/news.rss' || path === '/counted.rss') {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss);
    } else if (path === '/moved.rss') {
      response.writeHead(301, { location: '/news.rss' }).end();
    } else if (path === '/escape.rss') {
      response.writeHead(302, { location: `http://localhost:${port}/news.rss` }).end();
    } else if (path === '/error-page.rss') {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><html><body>Ошибка</body></html>');
    } else if (path === '/huge.rss') {
      response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(Buffer.alloc(overFiveMegabytes, ' '));
    } else if (path === '/slow.rss') {
      setTimeout(() => response.writeHead(200).end(rss), 1500);
    } else {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, host: `127.0.0.1:${(server.address() as AddressInfo).port}`, hits }),
    ),
  );
}

describe('feed proxy', () => {
  let site: Awaited<ReturnType<typeof startFeedSite>>;
  let server: TestServer;
  before(async () => {
    site = await startFeedSite();
    server = await startTestServer({
      FEED_ALLOWED_HOSTS: site.host,
      FEED_TIMEOUT_MS: '500',
      FEED_CACHE_SECONDS: '60',
    });
  });
  after(async () => {
    await server.stop();
    site.server.close();
  });

  const proxied = (path: string, headers: Record<string, string> = {}) =>
    server.request(`/api/feed?url=${encodeURIComponent(`http://${site.host}${path}`)}`, {
      headers,
    });

  test('turns an allow-listed RSS feed into JSON Feed 1.1 that any site may read', async () => {
    const response = await proxied('/news.rss', { origin: 'https://old-library.example' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/feed\+json/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=(59|60)$/);
    const feed = (await response.json()) as JsonFeed;
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'Районная библиотека: новости');
    assert.equal(new URL(feed.feed_url).searchParams.get('url'), `http://${site.host}/news.rss`);
    assert.deepEqual(
      feed.items.map((item) => [item.id, item.title, item.url]),
      [
        [
          'news-301',
          'Книжная выставка к юбилею района',
          `http://${site.host}/news/vystavka-yubilei`,
        ],
        ['news-300', 'Встреча клуба любителей истории', `http://${site.host}/news/klub-istorii`],
      ],
    );
    assert.equal(feed.items[0]!.date_published, '2026-11-03T06:00:00.000Z');
    assert.match(feed.items[0]!.content_html ?? '', /<b>к юбилею района<\/b>/);
    assert.deepEqual(feed.items[0]!.tags, ['выставки']);
  });

  for (const encoding of legacyEncodings) {
    for (const namedBy of ['header', 'declaration']) {
      test(`reads a ${encoding} feed whose encoding the ${namedBy} names`, async () => {
        const response = await proxied(`/legacy/${encoding}/${namedBy}.rss`);
        assert.equal(response.status, 200);
        const feed = (await response.json()) as JsonFeed;
        assert.equal(feed.title, 'Районная библиотека: новости');
        assert.deepEqual(
          feed.items.map((item) => item.title),
          ['Книжная выставка к юбилею района', 'Встреча клуба любителей истории'],
        );
      });
    }
  }

  test('says a feed over 5 MB is too large instead of a bare 502', async () => {
    const response = await proxied('/huge.rss');
    assert.equal(response.status, 413);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(error.code, 'feed_too_large');
    assert.match(error.message, /over 5 MB/);
  });

  test('answers 304 to a matching If-None-Match and fetches the feed once per TTL', async () => {
    const first = await proxied('/counted.rss');
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    const again = await proxied('/counted.rss', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    const stale = await proxied('/counted.rss', { 'if-none-match': '"something-else"' });
    assert.equal(stale.status, 200);
    assert.equal(site.hits.get('/counted.rss'), 1);
  });

  test('follows a redirect on an allowed host, but not one to another host', async () => {
    const moved = await proxied('/moved.rss');
    assert.equal(moved.status, 200);
    assert.equal(((await moved.json()) as JsonFeed).items.length, 2);
    const escaped = await proxied('/escape.rss');
    assert.equal(escaped.status, 403);
    assert.equal(await errorCode(escaped), 'feed_not_allowed');
  });

  test('refuses feeds on hosts that are not allowed, and URLs that are not http(s)', async () => {
    const cases: [string, number, string][] = [
      ['http://intranet.example/news.rss', 403, 'feed_not_allowed'],
      ['http://localhost/news.rss', 403, 'feed_not_allowed'],
      ['file:///etc/passwd', 400, 'invalid_parameter'],
      ['not a url', 400, 'invalid_parameter'],
      ['', 400, 'invalid_parameter'],
    ];
    for (const [url, status, code] of cases) {
      const response = await server.request(`/api/feed?url=${encodeURIComponent(url)}`);
      assert.equal(response.status, status, url);
      assert.equal(await errorCode(response), code, url);
    }
  });

  test('reports a broken upstream with the reason as a stable code', async () => {
    const cases: [string, number, string][] = [
      ['/gone.rss', 502, 'feed_http'],
      ['/error-page.rss', 502, 'feed_parse'],
      ['/slow.rss', 504, 'feed_timeout'],
    ];
    for (const [path, status, code] of cases) {
      const response = await proxied(path);
      assert.equal(response.status, status, path);
      assert.equal(await errorCode(response), code, path);
    }
  });

  test('reads the feed in a named format, with a map, or refuses a format nobody knows', async () => {
    const url = encodeURIComponent(`http://${site.host}/news.rss`);
    const named = await server.request(`/api/feed?url=${url}&format=rss`);
    assert.equal(((await named.json()) as JsonFeed).items.length, 2);
    const wrongFormat = await server.request(`/api/feed?url=${url}&format=ghost`);
    assert.equal(wrongFormat.status, 502);
    assert.equal(await errorCode(wrongFormat), 'feed_format');
    const unknown = await server.request(`/api/feed?url=${url}&format=yaml`);
    assert.equal(unknown.status, 400);
    assert.equal(await errorCode(unknown), 'invalid_parameter');
  });

  test('a map that matches nothing is the caller’s error', async () => {
    const url = encodeURIComponent(`http://${site.host}/news.rss`);
    const response = await server.request(`/api/feed?url=${url}&format=mapped`);
    assert.equal(response.status, 400);
    assert.equal(await errorCode(response), 'feed_config');
  });
});
