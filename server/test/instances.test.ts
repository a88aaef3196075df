/**
 * Many instances on one database (docs/server.md, "Many instances"): two real servers, each in
 * its own process as behind a load balancer, share the rate limit, the visitor salt of the day,
 * idempotency keys and the feed proxy's cache with its upstream validators.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../src/db/database.js';
import { DailySalt } from '../src/privacy.js';
import { type ChildServer, serverScript, startChild } from './child-server.js';
import { type TestDatabase, createTestDatabase, testEngine } from './test-database.js';

const rss = readFileSync(new URL('fixtures/library-news.rss', import.meta.url), 'utf8');
const requestLimit = 10;
const windowSeconds = 3600;
const feedCacheSeconds = 1;

/** A feed upstream that answers conditional requests, and remembers what it was asked. */
interface Upstream {
  server: Server;
  url: string;
  version: string;
  asked: { ifNoneMatch?: string; ifModifiedSince?: string; status: number }[];
}

async function startUpstream(): Promise<Upstream> {
  const upstream: Upstream = { server: createServer(), url: '', version: 'v1', asked: [] };
  upstream.server.on('request', (request, response) => {
    const etag = `"${upstream.version}"`;
    const ifNoneMatch = request.headers['if-none-match'];
    const status = ifNoneMatch === etag ? 304 : 200;
    upstream.asked.push({
      ifNoneMatch,
      ifModifiedSince: request.headers['if-modified-since'],
      status,
    });
    response.writeHead(status, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag,
      'last-modified': 'Mon, 02 Mar 2026 10:00:00 GMT',
    });
    response.end(
      status === 304 ? undefined : rss.replace('</title>', ` ${upstream.version}</title>`),
    );
  });
  await new Promise<void>((resolve) => upstream.server.listen(0, '127.0.0.1', resolve));
  upstream.url = `http://127.0.0.1:${(upstream.server.address() as AddressInfo).port}/news.rss`;
  return upstream;
}

async function stop(child: ChildServer): Promise<void> {
  child.process.kill('SIGTERM');
  await child.exited;
}

/** A request from `client` (the address a trusted reverse proxy reports) to one instance. */
function from(client: string, instance: ChildServer, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set('x-forwarded-for', client);
  return fetch(`${instance.url}${path}`, { ...init, headers });
}

/** A connection of the test's own that may write, as a third instance would have. */
const openShared = ({ env }: TestDatabase) =>
  openDatabase({
    databasePath: env.DATABASE_PATH ?? '',
    databaseUrl: env.DATABASE_URL,
    synchronous: 'FULL',
  });

describe('two instances on one database', () => {
  let database: TestDatabase;
  let upstream: Upstream;
  let a: ChildServer;
  let b: ChildServer;

  before(async () => {
    database = await createTestDatabase();
    upstream = await startUpstream();
    const env = {
      ...database.env,
      TRUST_PROXY: 'true',
      RATE_LIMIT_REQUESTS: String(requestLimit),
      RATE_LIMIT_WINDOW_SECONDS: String(windowSeconds),
      RATE_LIMIT_COMMENTS: '1000',
      FEED_ALLOWED_HOSTS: '127.0.0.1',
      FEED_CACHE_SECONDS: String(feedCacheSeconds),
      LOG_LEVEL: 'warn',
    };
    a = await startChild(serverScript, env);
    b = await startChild(serverScript, env);
  });
  after(async () => {
    await Promise.all([a, b].filter(Boolean).map(stop));
    upstream?.server.close();
    await database?.remove();
  });

  test(
    'a client spread over both is refused at the shared limit, and nobody else is',
    {
      skip:
        testEngine === 'sqlite' &&
        'SQLite serves one process, whose limiter is in memory by design (src/rate-limit.ts)',
    },
    async () => {
      const client = '203.0.113.10';
      for (let request = 0; request < requestLimit; request += 1) {
        const response = await from(client, request % 2 ? b : a, '/api/views/limited');
        assert.equal(response.status, 200, `request ${request + 1} of ${requestLimit}`);
      }
      for (const instance of [a, b]) {
        const refused = await from(client, instance, '/api/views/limited');
        assert.equal(refused.status, 429);
        const retryAfter = Number(refused.headers.get('retry-after'));
        assert.ok(retryAfter > 0 && retryAfter <= windowSeconds, `Retry-After ${retryAfter}`);
      }
      assert.equal((await from('203.0.113.11', b, '/api/views/limited')).status, 200);

      const opened = await openShared(database);
      try {
        const windows = await opened.db.selectFrom('rate_limit_windows').selectAll().execute();
        assert.ok(!JSON.stringify(windows).includes('203.0.113'), 'addresses are stored hashed');
        assert.ok(windows.some((window) => window.requests === requestLimit + 2));
      } finally {
        await opened.db.destroy();
      }
    },
  );

  test('the same key sent to both at once makes exactly one comment, and both answers are equal', async () => {
    const keys = Array.from({ length: 12 }, (_, index) => `race-${index}-${Date.now()}`);
    // A client per key, so the request limit stays out of the race.
    const post = (instance: ChildServer, key: string, index: number) =>
      from(`203.0.113.${100 + index}`, instance, '/api/comments/race', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ author: 'Гонка', text: `Один раз: ${key}` }),
      });
    const answers = await Promise.all(
      keys.map(async (key, index) => {
        const [first, second] = await Promise.all([post(a, key, index), post(b, key, index)]);
        return {
          key,
          statuses: [first.status, second.status],
          bodies: [await first.json(), await second.json()],
        };
      }),
    );
    for (const { key, statuses, bodies } of answers) {
      assert.deepEqual(statuses, [201, 201], key);
      assert.deepEqual(bodies[0], bodies[1], key);
    }
    const thread = (await (
      await from('203.0.113.21', a, '/api/comments/race?limit=100')
    ).json()) as {
      comments: { id: string; text: string }[];
    };
    assert.deepEqual(
      thread.comments.map((comment) => comment.text).sort(),
      keys.map((key) => `Один раз: ${key}`).sort(),
    );
  });

  test('a visitor counted by one instance is the same visitor to the other', async () => {
    const visitor = { headers: { 'user-agent': 'Same browser' }, method: 'POST' };
    const first = await from('203.0.113.30', a, '/api/views/salted', visitor);
    const second = await from('203.0.113.30', b, '/api/views/salted', visitor);
    assert.deepEqual(await first.json(), { itemId: 'salted', views: 1, counted: true });
    assert.deepEqual(await second.json(), { itemId: 'salted', views: 1, counted: false });
    const other = await from('203.0.113.31', b, '/api/views/salted', visitor);
    assert.deepEqual(await other.json(), { itemId: 'salted', views: 2, counted: true });
  });

  test('a feed one instance fetched is served by the other, and revalidated with its validators', async () => {
    const path = `/api/feed?url=${encodeURIComponent(upstream.url)}`;
    const fetched = await from('203.0.113.40', a, path);
    assert.equal(fetched.status, 200);
    const etag = fetched.headers.get('etag')!;
    const body = await fetched.text();
    assert.deepEqual(upstream.asked, [
      { ifNoneMatch: undefined, ifModifiedSince: undefined, status: 200 },
    ]);

    const fromCache = await from('203.0.113.40', b, path);
    assert.equal(fromCache.headers.get('etag'), etag);
    assert.equal(await fromCache.text(), body);
    assert.equal(upstream.asked.length, 1, 'the other instance did not fetch again');

    await new Promise((resolve) => setTimeout(resolve, feedCacheSeconds * 1000 + 100));
    const revalidated = await from('203.0.113.40', b, path);
    assert.equal(revalidated.status, 200);
    assert.equal(revalidated.headers.get('etag'), etag);
    assert.equal(await revalidated.text(), body);
    assert.deepEqual(upstream.asked[1], {
      ifNoneMatch: '"v1"',
      ifModifiedSince: 'Mon, 02 Mar 2026 10:00:00 GMT',
      status: 304,
    });
    const unchanged = await from('203.0.113.40', a, path, { headers: { 'if-none-match': etag } });
    assert.equal(unchanged.status, 304);
    assert.equal(upstream.asked.length, 2, 'the revalidated feed is fresh for both');

    upstream.version = 'v2';
    await new Promise((resolve) => setTimeout(resolve, feedCacheSeconds * 1000 + 100));
    const changed = await from('203.0.113.40', a, path, { headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.match(await changed.text(), / v2/);
    assert.equal(
      (await from('203.0.113.40', b, path)).headers.get('etag'),
      changed.headers.get('etag'),
    );
  });
});

describe('the daily salt', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database?.remove());

  test('is one for every instance on a day, a new one the next day, and the old one is deleted', async () => {
    const opened = await openShared(database);
    try {
      let now = new Date('2026-03-01T23:59:00Z');
      const clock = () => now;
      const [one, two] = [new DailySalt(opened.db, clock), new DailySalt(opened.db, clock)];
      // Both draw the first salt of the day at once: the first stored is everybody's.
      const [first, same] = await Promise.all([
        one.visitor('10.0.0.1', 'Firefox'),
        two.visitor('10.0.0.1', 'Firefox'),
      ]);
      assert.deepEqual(same, first);
      assert.equal(first.day, '2026-03-01');
      assert.notEqual((await two.visitor('10.0.0.2', 'Firefox')).hash, first.hash);

      now = new Date('2026-03-02T00:01:00Z');
      const nextDay = await two.visitor('10.0.0.1', 'Firefox');
      assert.equal(nextDay.day, '2026-03-02');
      assert.notEqual(nextDay.hash, first.hash);
      assert.deepEqual(await one.visitor('10.0.0.1', 'Firefox'), nextDay);
      const kept = await opened.db.selectFrom('daily_salts').select('day').execute();
      assert.deepEqual(kept, [{ day: '2026-03-02' }], 'yesterday’s salt is gone');
    } finally {
      await opened.db.destroy();
    }
  });
});
