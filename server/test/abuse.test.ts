import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { signToken } from '../src/tokens.js';
import {
  type TestServer,
  errorCode,
  readRows,
  startTestServer,
  testServerForSuite,
  tokenSecret,
} from './helpers.js';

/**
 * What an attacker sends the reference server: oversized and malformed bodies, SQL and header
 * metacharacters, forged, tampered, expired and replayed tokens, and rotating User-Agents to
 * slip past rate limits. Each gets the documented error (docs/server.md) and nothing is stored.
 */

interface Page {
  comments: Array<{ id: string; text: string; author: { name: string } }>;
  total: number;
}

const tally = { tried: 0, refused: 0 };

function expectRefusal(response: Response, status: number) {
  tally.tried += 1;
  assert.equal(response.status, status);
  tally.refused += 1;
}

describe('abuse of the reference server', () => {
  const server = testServerForSuite({
    BODY_LIMIT_BYTES: '4096',
    COMMENT_MAX_LENGTH: '500',
    RATE_LIMIT_COMMENTS: '3',
    RATE_LIMIT_REQUESTS: '200',
    // Each test posts from addresses of its own, given in X-Forwarded-For.
    TRUST_PROXY: 'true',
  });
  after(() => {
    console.log(
      `Server abuse: requests tried: ${tally.tried}, refused as documented: ${tally.refused}`,
    );
  });

  let threadNumber = 0;
  const newThread = (name: string) => `${name}-${threadNumber++}`;
  let addressNumber = 1;
  const newAddress = () => `10.0.${Math.floor(addressNumber / 250)}.${addressNumber++ % 250}`;

  /** A post from a fresh address unless the test gives one, so rate limits stay per test. */
  const post = (thread: string, body: BodyInit, headers: Record<string, string> = {}) =>
    server.request(`/api/comments/${thread}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress(), ...headers },
    });
  const list = async (thread: string): Promise<Page> =>
    (await (await server.request(`/api/comments/${thread}`)).json()) as Page;

  describe('bodies', () => {
    test('an oversized body is refused with 413 body_too_large and stores nothing', async () => {
      const thread = newThread('oversized');
      const response = await post(
        thread,
        JSON.stringify({ author: 'Анна', text: 'а'.repeat(5000) }),
      );
      expectRefusal(response, 413);
      assert.equal(await errorCode(response), 'body_too_large');
      assert.equal((await list(thread)).total, 0);
    });

    test('an oversized body streamed without Content-Length is refused too', async () => {
      const thread = newThread('chunked');
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let index = 0; index < 10; index++) {
            controller.enqueue(new TextEncoder().encode(' '.repeat(1000)));
          }
          controller.enqueue(new TextEncoder().encode('{"author":"Анна","text":"x"}'));
          controller.close();
        },
      });
      const response = await server.request(`/api/comments/${thread}`, {
        method: 'POST',
        body: chunks,
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as RequestInit);
      expectRefusal(response, 413);
      assert.equal((await list(thread)).total, 0);
    });

    test('a comment over COMMENT_MAX_LENGTH is refused with text_too_long', async () => {
      const thread = newThread('long');
      const response = await post(
        thread,
        JSON.stringify({ author: 'Анна', text: 'б'.repeat(501) }),
      );
      expectRefusal(response, 400);
      assert.equal(await errorCode(response), 'text_too_long');
      assert.equal((await list(thread)).total, 0);
    });

    test('invalid UTF-8 in the body is refused and nothing is stored', async () => {
      const thread = newThread('utf8');
      const prefix = new TextEncoder().encode('{"author":"Анна","text":"');
      const suffix = new TextEncoder().encode('"}');
      const body = new Uint8Array([...prefix, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, ...suffix]);
      const response = await post(thread, body, { 'x-forwarded-for': newAddress() });
      expectRefusal(response, 400);
      assert.equal(await errorCode(response), 'invalid_json');
      assert.equal((await list(thread)).total, 0);
    });

    test('bodies that are not a JSON object get their own codes', async () => {
      const thread = newThread('shapes');
      for (const [body, type, status, code] of [
        ['{"author":"Анна","text":', 'application/json', 400, 'invalid_json'],
        ['["Анна","text"]', 'application/json', 400, 'invalid_body'],
        ['author=Анна&text=hi', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
        ['{"author":"Анна","text":{"$gt":""}}', 'application/json', 400, 'invalid_text'],
        [
          '{"author":"Анна","text":"hi","__proto__":{"status":"published"}}',
          'application/json',
          201,
          undefined,
        ],
      ] as const) {
        const response = await post(thread, body, { 'content-type': type });
        if (code) {
          expectRefusal(response, status);
          assert.equal(await errorCode(response), code);
        } else {
          assert.equal(response.status, status);
        }
      }
      const page = await list(thread);
      assert.deepEqual(
        page.comments.map((comment) => comment.text),
        ['hi'],
      );
      assert.equal(({} as Record<string, unknown>).status, undefined, 'no prototype pollution');
    });
  });

  describe('SQL metacharacters', () => {
    const injections = [
      "Robert'); DROP TABLE comments;--",
      "' OR '1'='1",
      '" OR ""="',
      "1; DELETE FROM view_counts WHERE '1'='1",
      "'; ATTACH DATABASE '/tmp/pwned.sqlite' AS pwned; --",
      "%' UNION SELECT sqlite_version(), 1, 1 --",
    ];

    test('comment text and author names are stored verbatim as text; the tables survive', async () => {
      const thread = newThread('sql');
      for (const injection of injections) {
        const response = await post(
          thread,
          JSON.stringify({ author: `Анна ${injection}`, text: injection }),
          { 'x-forwarded-for': newAddress() },
        );
        assert.equal(response.status, 201, injection);
      }
      const page = await list(thread);
      assert.deepEqual(
        page.comments.map((comment) => comment.text),
        injections,
      );
      assert.equal((await server.request('/api/views/after-sql')).status, 200);
    });

    test('ids and query parameters with metacharacters are refused before any query', async () => {
      for (const path of [
        `/api/comments/${encodeURIComponent("x' OR '1'='1")}`,
        `/api/views/${encodeURIComponent('x"; DROP TABLE view_counts; --')}`,
        '/api/comments/valid?after=1%20OR%201=1',
        '/api/comments/valid?limit=10;DROP%20TABLE%20comments',
        '/api/comments/valid?sort=oldest%27--',
      ]) {
        const response = await server.request(path);
        expectRefusal(response, 400);
        assert.match(await errorCode(response), /^invalid_(id|parameter)$/, path);
      }
    });
  });

  describe('header injection', () => {
    /** A raw request, so the test can send bytes no fetch would. */
    function rawRequest(text: string): Promise<string> {
      const { port } = new URL(server.url);
      return new Promise((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.end(text));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    }

    test('a CR inside a header value is refused by the HTTP parser; no header is injected', async () => {
      const thread = newThread('crlf');
      const body = JSON.stringify({ author: 'Анна', text: 'hi' });
      const answer = await rawRequest(
        `POST /api/comments/${thread} HTTP/1.1\r\nHost: localhost\r\n` +
          `Content-Type: application/json\r\nIdempotency-Key: abcdefgh\rSet-Cookie: pwned=1\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
      tally.tried += 1;
      assert.match(answer, /^HTTP\/1\.1 400/);
      tally.refused += 1;
      assert.doesNotMatch(answer, /set-cookie/i);
      assert.equal((await list(thread)).total, 0);
    });

    test('CR/LF in an id or a name never reaches a response header or a stored name', async () => {
      const injected = await server.request('/api/comments/x%0d%0aSet-Cookie:%20pwned=1');
      expectRefusal(injected, 400);
      assert.equal(injected.headers.get('set-cookie'), null);
      const thread = newThread('name-crlf');
      const response = await post(
        thread,
        JSON.stringify({ author: 'Анна\r\nSet-Cookie: pwned=1', text: 'hi' }),
        { 'x-forwarded-for': newAddress() },
      );
      assert.equal(response.headers.get('set-cookie'), null);
      if (response.status === 201) {
        const [comment] = (await list(thread)).comments;
        assert.doesNotMatch(comment!.author.name, /[\r\n]/);
      } else {
        expectRefusal(response, 400);
      }
    });

    test('an Idempotency-Key with spaces or non-ASCII is refused with invalid_idempotency_key', async () => {
      const thread = newThread('key');
      for (const key of ['short', 'has spaces in it', 'x'.repeat(201)]) {
        const response = await post(thread, JSON.stringify({ author: 'Анна', text: 'hi' }), {
          'idempotency-key': key,
        });
        expectRefusal(response, 400);
        assert.equal(await errorCode(response), 'invalid_idempotency_key');
      }
      assert.equal((await list(thread)).total, 0);
    });
  });

  describe('tokens', () => {
    const hour = () => Math.floor(Date.now() / 1000) + 3600;
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    test('forged, tampered, unsigned and expired tokens are refused and store nothing', async () => {
      const thread = newThread('tokens');
      const valid = signToken({ sub: '7', name: 'Мария', exp: hour() }, tokenSecret);
      const [payload, signature] = valid.split('.') as [string, string];
      const tampered = Buffer.from(
        JSON.stringify({ sub: '1', name: 'Admin', exp: hour() }),
      ).toString('base64url');
      const cases: Array<[string, string, string]> = [
        [
          'signed with another secret',
          signToken({ sub: '7', name: 'Мария', exp: hour() }, 'x'.repeat(40)),
          'token_invalid',
        ],
        ['payload changed, old signature', `${tampered}.${signature}`, 'token_invalid'],
        ['no signature', `${payload}.`, 'token_invalid'],
        ['a JWT with alg none', `eyJhbGciOiJub25lIn0.${payload}.`, 'token_invalid'],
        ['garbage', 'not-a-token', 'token_invalid'],
        ['expired', signToken({ sub: '7', name: 'Мария', exp: 1 }, tokenSecret), 'token_expired'],
      ];
      for (const [name, token, code] of cases) {
        const response = await post(thread, JSON.stringify({ text: `as ${name}` }), {
          ...bearer(token),
          'x-forwarded-for': newAddress(),
        });
        expectRefusal(response, 401);
        assert.equal(await errorCode(response), code, name);
      }
      assert.equal((await list(thread)).total, 0);
    });

    test("another reader's valid token cannot edit or delete a comment it did not write", async () => {
      const thread = newThread('not-author');
      const author = signToken({ sub: 'author', name: 'Автор', exp: hour() }, tokenSecret);
      const other = signToken({ sub: 'other', name: 'Другой', exp: hour() }, tokenSecret);
      const created = await post(thread, JSON.stringify({ text: 'мой текст' }), bearer(author));
      const { comment } = (await created.json()) as { comment: { id: string } };
      const edit = await server.request(`/api/comments/${thread}/${comment.id}`, {
        method: 'PATCH',
        json: { text: 'чужая правка' },
        headers: bearer(other),
      });
      expectRefusal(edit, 403);
      assert.equal(await errorCode(edit), 'not_author');
      const remove = await server.request(`/api/comments/${thread}/${comment.id}`, {
        method: 'DELETE',
        headers: bearer(other),
      });
      expectRefusal(remove, 403);
      assert.deepEqual(
        (await list(thread)).comments.map((stored) => stored.text),
        ['мой текст'],
      );
    });

    test('a replayed post returns the first comment; a reused key with other text is refused', async () => {
      const thread = newThread('replay');
      const headers = {
        'idempotency-key': `replay-${Date.now()}`,
        'x-forwarded-for': newAddress(),
      };
      const body = JSON.stringify({ author: 'Анна', text: 'один раз' });
      const first = await post(thread, body, headers);
      assert.equal(first.status, 201);
      const replayed = await post(thread, body, headers);
      assert.equal(replayed.status, 201);
      assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
      const reused = await post(
        thread,
        JSON.stringify({ author: 'Злоумышленник', text: 'подмена' }),
        headers,
      );
      expectRefusal(reused, 422);
      assert.equal(await errorCode(reused), 'idempotency_key_reused');
      const page = await list(thread);
      assert.deepEqual(
        page.comments.map((comment) => [comment.author.name, comment.text]),
        [['Анна', 'один раз']],
      );
    });
  });

  describe('rate limits', () => {
    const userAgents = Array.from(
      { length: 12 },
      (_, index) => `Mozilla/5.0 (rotating ${index}) Chrome/${100 + index}.0`,
    );

    test('rotating the User-Agent does not escape the per-address comment limit', async () => {
      const thread = newThread('rotate');
      const botAddress = newAddress();
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (const userAgent of userAgents.slice(0, 6)) {
        const response = await post(
          thread,
          JSON.stringify({ author: 'Бот Ботов', text: `спам от ${userAgent}` }),
          { 'user-agent': userAgent, 'x-forwarded-for': botAddress },
        );
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get('retry-after');
      }
      tally.tried += 3;
      assert.deepEqual(statuses, [201, 201, 201, 429, 429, 429]);
      tally.refused += 3;
      assert.ok(Number(retryAfter) > 0, 'Retry-After tells when to come back');
      assert.equal((await list(thread)).total, 3);
    });

    test('X-Forwarded-For is ignored unless TRUST_PROXY is on, so it cannot rotate the address', async () => {
      const thread = newThread('forwarded');
      const limited = await startTestServer({ RATE_LIMIT_COMMENTS: '2' });
      try {
        const statuses: number[] = [];
        for (let index = 0; index < 4; index++) {
          const response = await limited.request(`/api/comments/${thread}`, {
            method: 'POST',
            json: { author: 'Бот Ботов', text: `спам ${index}` },
            headers: { 'x-forwarded-for': `203.0.113.${index}` },
          });
          statuses.push(response.status);
        }
        tally.tried += 2;
        assert.deepEqual(statuses, [201, 201, 429, 429]);
        tally.refused += 2;
      } finally {
        await limited.stop();
      }
    });

    test('rotating the User-Agent counts views only up to the per-address request limit', async () => {
      const limited = await startTestServer({ RATE_LIMIT_REQUESTS: '10' });
      try {
        const statuses: number[] = [];
        for (const userAgent of userAgents) {
          const response = await limited.request('/api/views/rotated', {
            method: 'POST',
            headers: { 'user-agent': userAgent },
          });
          statuses.push(response.status);
        }
        tally.tried += 2;
        assert.deepEqual(statuses, [...Array(10).fill(200), 429, 429]);
        tally.refused += 2;
        // Reading is over the limit too, so the count is read from the database itself.
        const row = (await readRows(limited, 'view_counts')).find(
          (count) => count.item_id === 'rotated',
        );
        assert.equal(row?.views, 10);
      } finally {
        await limited.stop();
      }
    });
  });

  describe('hostile upstream feeds through /api/feed', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE rss [<!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, level) =>
          `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`,
      ),
      ']>',
      '<rss version="2.0"><channel><title>Laughs</title>',
      '<item><title>&lol9;</title><link>https://library.example/1</link></item>',
      '</channel></rss>',
    ].join('');
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>XXE</title>
<item><title>&xxe;</title><link>https://library.example/2</link></item></channel></rss>`;

    let upstream: ReturnType<typeof createServer>;
    let proxy: TestServer;
    let host = '';

    before(async () => {
      upstream = createServer((request, response) => {
        if (request.url === '/laughs.rss') return response.end(laughs);
        if (request.url === '/xxe.rss') return response.end(xxe);
        if (request.url === '/endless.rss') {
          // 6 MB without Content-Length, over the proxy's 5 MB limit.
          response.writeHead(200, { 'content-type': 'application/rss+xml' });
          const chunk = '<!-- padding -->'.repeat(4096);
          let sent = 0;
          const pump = () => {
            while (sent < 6 * 1024 * 1024) {
              sent += chunk.length;
              if (!response.write(chunk)) return response.once('drain', pump);
            }
            response.end();
          };
          return pump();
        }
        response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
      host = `127.0.0.1:${(upstream.address() as AddressInfo).port}`;
      proxy = await startTestServer({ FEED_ALLOWED_HOSTS: host, FEED_TIMEOUT_MS: '3000' });
    });
    after(async () => {
      await proxy.stop();
      upstream.close();
    });

    const viaProxy = (path: string) =>
      proxy.request(`/api/feed?url=${encodeURIComponent(`http://${host}${path}`)}`);

    test('a billion-laughs feed is answered at once and never expanded', async () => {
      const started = Date.now();
      const printed: unknown[] = [];
      const { error, warn } = console;
      console.error = console.warn = (...args: unknown[]) => printed.push(args);
      const response = await viaProxy('/laughs.rss').finally(() => {
        console.error = error;
        console.warn = warn;
      });
      const text = await response.text();
      assert.deepEqual(printed, [], 'nothing from the feed is printed outside the log');
      assert.ok(Date.now() - started < 2000, 'answered within 2 s');
      assert.ok(text.length < 100_000, `answer of ${text.length} characters`);
      assert.doesNotMatch(text, /(lol){100}/);
      assert.equal((await proxy.request('/api/health')).status, 200);
    });

    test('an external entity (XXE) is never read', async () => {
      const text = await (await viaProxy('/xxe.rss')).text();
      assert.doesNotMatch(text, /root:/);
    });

    test('a feed over 5 MB without Content-Length is cut off as too large and the server stays up', async () => {
      const response = await viaProxy('/endless.rss');
      expectRefusal(response, 413);
      assert.equal(await errorCode(response), 'feed_too_large');
      assert.equal((await proxy.request('/api/health')).status, 200);
    });
  });
});
