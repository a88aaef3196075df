import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { describe, test } from 'node:test';
import { migrations } from '../src/db/migrations.js';
import {
  type TestServer,
  adminHeaders,
  errorCode,
  startTestServer,
  testServerForSuite,
} from './helpers.js';
import { testEngine } from './test-database.js';

describe('HTTP behaviour', () => {
  const server = testServerForSuite({
    CORS_ORIGINS: 'https://library.example.org',
    BODY_LIMIT_BYTES: '1024',
  });

  test('health answers with the engine and the schema version', async () => {
    const response = await server.request('/api/health');
    assert.deepEqual(await response.json(), {
      status: 'ok',
      engine: testEngine,
      schemaVersion: migrations.length,
    });
  });

  test('an allowed origin may call the comments API; another origin gets no CORS grant', async () => {
    const allowed = await server.request('/api/comments/cors', {
      headers: { origin: 'https://library.example.org' },
    });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://library.example.org');
    const other = await server.request('/api/comments/cors', {
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  test('a preflight from an allowed origin permits the headers a comment post needs', async () => {
    const preflight = await server.request('/api/comments/cors', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://library.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization,idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(
      preflight.headers.get('access-control-allow-origin'),
      'https://library.example.org',
    );
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /PATCH/);
    const refused = await server.request('/api/comments/cors', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });

  test('a feed preflight from any site permits the headers a feed request may carry', async () => {
    const requested = ['accept', 'if-none-match', 'if-modified-since'];
    const preflight = await server.request('/api/feed?url=https://library.example/rss', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://any-library.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': requested.join(','),
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '')
      .toLowerCase()
      .split(/\s*,\s*/);
    for (const header of requested) assert.ok(allowed.includes(header), header);
  });

  test('public read-only data may be embedded by any site', async () => {
    for (const path of ['/api/news', '/api/partners', '/api/health']) {
      const response = await server.request(path, {
        headers: { origin: 'https://any-library.example' },
      });
      assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
    }
  });

  test('every answer carries the security headers', async () => {
    const response = await server.request('/api/comments/headers');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(response.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  test('a body over BODY_LIMIT_BYTES is refused with 413', async () => {
    const response = await server.request('/api/comments/big', {
      method: 'POST',
      json: { author: 'Иван', text: 'x'.repeat(2000) },
    });
    assert.equal(response.status, 413);
    assert.equal(await errorCode(response), 'body_too_large');
  });

  test('an unknown route is a JSON 404', async () => {
    const response = await server.request('/api/nothing-here');
    assert.equal(response.status, 404);
    assert.equal(await errorCode(response), 'not_found');
  });
});

describe('request rate limit', () => {
  const server = testServerForSuite({ RATE_LIMIT_REQUESTS: '3' });

  test('the fourth request in a window is refused with 429', async () => {
    const statuses = [];
    for (let index = 0; index < 4; index += 1)
      statuses.push((await server.request('/api/views/limited')).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
  });
});

describe('client addresses behind a proxy', () => {
  const requestsFrom = async (server: TestServer, forwardedFor: string[]) => {
    const statuses = [];
    for (const address of forwardedFor) {
      const response = await server.request('/api/views/proxied', {
        headers: { 'x-forwarded-for': address },
      });
      statuses.push(response.status);
    }
    return statuses;
  };

  test('with TRUST_PROXY each forwarded client has its own limit', async () => {
    const server = await startTestServer({ RATE_LIMIT_REQUESTS: '2', TRUST_PROXY: 'true' });
    try {
      const addresses = ['10.0.0.1', '10.0.0.1', '10.0.0.2', '10.0.0.2', 'spoofed, 10.0.0.1'];
      assert.deepEqual(await requestsFrom(server, addresses), [200, 200, 200, 200, 429]);
    } finally {
      await server.stop();
    }
  });

  test('without TRUST_PROXY a client cannot escape its limit by sending X-Forwarded-For', async () => {
    const server = await startTestServer({ RATE_LIMIT_REQUESTS: '2' });
    try {
      assert.deepEqual(
        await requestsFrom(server, ['10.0.0.1', '10.0.0.2', '10.0.0.3']),
        [200, 200, 429],
      );
    } finally {
      await server.stop();
    }
  });
});

describe('the origin of absolute URLs behind a reverse proxy', () => {
  interface Feed {
    home_page_url: string;
    feed_url: string;
    next_url?: string;
    items: { url: string; image?: string }[];
  }
  const feedThrough = async (server: TestServer, forwardedProto: string) => {
    const response = await server.request('/api/news?limit=1', {
      headers: { 'x-forwarded-proto': forwardedProto },
    });
    return (await response.json()) as Feed;
  };
  const absoluteUrls = (feed: Feed) => [
    feed.home_page_url,
    feed.feed_url,
    feed.next_url!,
    feed.items[0]!.url,
    feed.items[0]!.image!,
  ];
  const env = { SEED: 'true', NEWS_ITEM_URL: '/news/{id}' };

  test('with TRUST_PROXY a request the proxy forwarded as https gets https URLs', async () => {
    const server = await startTestServer({ ...env, TRUST_PROXY: 'true' });
    try {
      const host = new URL(server.url).host;
      for (const url of absoluteUrls(await feedThrough(server, 'https')))
        assert.equal(new URL(url).origin, `https://${host}`, url);
      // A chain of proxies: the last entry is the one the nearest proxy set.
      const chained = await feedThrough(server, 'http, HTTPS');
      assert.equal(new URL(chained.feed_url).protocol, 'https:');
      const moderated = await server.request('/api/admin/comments?status=published', {
        headers: { ...adminHeaders, 'x-forwarded-proto': 'https' },
      });
      const { comments } = (await moderated.json()) as {
        comments: { newsItem?: { url: string } }[];
      };
      const linked = comments.find((comment) => comment.newsItem)!;
      assert.equal(new URL(linked.newsItem!.url).origin, `https://${host}`);
    } finally {
      await server.stop();
    }
  });

  test('with TRUST_PROXY a forwarded scheme other than http or https is ignored', async () => {
    const server = await startTestServer({ ...env, TRUST_PROXY: 'true' });
    try {
      for (const url of absoluteUrls(await feedThrough(server, 'javascript')))
        assert.equal(new URL(url).origin, server.url, url);
    } finally {
      await server.stop();
    }
  });

  test('without TRUST_PROXY X-Forwarded-Proto is ignored', async () => {
    const server = await startTestServer(env);
    try {
      for (const url of absoluteUrls(await feedThrough(server, 'https')))
        assert.equal(new URL(url).origin, server.url, url);
    } finally {
      await server.stop();
    }
  });
});

describe('settings', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });

  test('bad settings stop the server with a message naming each variable', () => {
    const result = run({
      PORT: 'eighty',
      MODERATION: 'sometimes',
      CORS_ORIGINS: 'library.example.org',
      TOKEN_SECRET: 'short',
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /PORT must be a whole number from 0 to 65535, got "eighty"/);
    assert.match(result.stderr, /MODERATION must be one of post, pre, got "sometimes"/);
    assert.match(result.stderr, /CORS_ORIGINS: "library.example.org" is not an origin/);
    assert.match(result.stderr, /TOKEN_SECRET must be at least 32 characters long/);
  });

  test('a DATABASE_URL that is not PostgreSQL is refused', () => {
    const result = run({ DATABASE_URL: 'mysql://library@127.0.0.1/biblio' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
  });

  test('requiring login without a token secret is refused', () => {
    const result = run({ COMMENT_AUTH: 'required', TOKEN_SECRET: '' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /COMMENT_AUTH=required needs TOKEN_SECRET/);
  });

  test('a taken port stops the server with a message that says so', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = squatter.address() as AddressInfo;
      const result = run({ PORT: String(port), DATABASE_PATH: ':memory:', LOG_LEVEL: 'error' });
      assert.equal(result.status, 1);
      assert.match(result.stdout, /"msg":"cannot start".*"reason":"the port is taken: set PORT"/);
    } finally {
      squatter.close();
    }
  });
});
