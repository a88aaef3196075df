import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Comment } from '../../src/data/api/comments-api.js';
import { listComments } from '../../src/data/api/comments-api.js';
import { postComment } from '../../src/data/api/comment-changes.js';
import { readViews, registerView } from '../../src/data/api/views-api.js';
import { migrations } from '../src/db/migrations.js';
import { writeTransaction } from '../src/db/database.js';
import type { Site } from '../src/sites/site.js';
import { SiteStore } from '../src/sites/store.js';
import { signToken } from '../src/tokens.js';
import { UsageError } from '../src/commands/command.js';
import { sites } from '../src/commands/sites.js';
import { serverScript } from './child-server.js';
import {
  adminHeaders,
  errorCode,
  startTestServer,
  testServerForSuite,
  tokenSecret,
} from './helpers.js';
import { createTestDatabase, testEngine } from './test-database.js';

const networkAdminToken = 'network-admin-token-0123456789';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const readerToken = (secret: string, sub = '42', name = 'Мария') =>
  signToken({ sub, name, exp: Math.floor(Date.now() / 1000) + 3600 }, secret);

/** Two libraries of one network, each with settings unlike the other's. */
const siteA: Site = {
  id: 'gorlovka',
  name: 'Горловка',
  origins: ['https://gorlovka.example.org'],
  moderation: 'post',
  commentAuth: 'optional',
  tokenSecret: 'gorlovka-token-secret-0123456789abcdef',
};
const siteB: Site = {
  id: 'makeevka',
  name: 'Макеевка',
  origins: ['https://makeevka.example.org'],
  moderation: 'pre',
  commentAuth: 'required',
  tokenSecret: 'makeevka-token-secret-0123456789abcdef',
};
const adminOf = { gorlovka: 'gorlovka-admin-token-0123', makeevka: 'makeevka-admin-token-0123' };

interface Created {
  comment: Comment & { status?: string };
}

describe(`sites on ${testEngine}`, () => {
  const server = testServerForSuite({ NETWORK_ADMIN_TOKEN: networkAdminToken, SEED: 'true' });
  before(async () => {
    for (const site of [siteA, siteB])
      await writeTransaction(server.db, server.engine, (transaction) =>
        new SiteStore(transaction).add(site, adminOf[site.id as keyof typeof adminOf], new Date()),
      );
  });

  const post = (
    site: string,
    thread: string,
    headers: Record<string, string> = {},
    text = 'Текст',
  ) =>
    server.request(`/api/sites/${site}/comments/${thread}`, {
      method: 'POST',
      json: { author: 'Гость', text },
      headers,
    });
  const pendingIdsOn = async (site: string, token: string) => {
    const response = await server.request(`/api/sites/${site}/admin/comments?status=pending`, {
      headers: bearer(token),
    });
    assert.equal(response.status, 200);
    const { comments } = (await response.json()) as { comments: { id: string }[] };
    return comments.map((comment) => comment.id);
  };

  test('a reader token of site A cannot post to site B, whose own token can', async () => {
    const tokenA = readerToken(siteA.tokenSecret!);
    assert.equal((await post(siteA.id, 'tokens', bearer(tokenA))).status, 201);
    const refused = await post(siteB.id, 'tokens', bearer(tokenA));
    assert.equal(refused.status, 401);
    assert.equal(await errorCode(refused), 'token_invalid');
    // B requires a login: anonymous is refused there, not on A.
    assert.equal(await errorCode(await post(siteB.id, 'tokens')), 'token_required');
    const accepted = await post(siteB.id, 'tokens', bearer(readerToken(siteB.tokenSecret!)));
    assert.equal(accepted.status, 202, 'B moderates first');
    // The default site's TOKEN_SECRET signs for the default site only.
    assert.equal((await post(siteB.id, 'tokens', bearer(readerToken(tokenSecret)))).status, 401);
  });

  test("A's admin cannot list, approve or delete B's comments; B's admin and the network admin can", async () => {
    const posted = await post(siteB.id, 'moderated', bearer(readerToken(siteB.tokenSecret!)));
    const { comment } = (await posted.json()) as Created;
    const path = `/api/sites/${siteB.id}/admin/comments/${comment.id}`;
    for (const token of [adminOf.gorlovka, 'test-admin-token-0123456789']) {
      const list = await server.request(`/api/sites/${siteB.id}/admin/comments?status=pending`, {
        headers: bearer(token),
      });
      assert.equal(list.status, 401);
      assert.equal(await errorCode(list), 'admin_token_required');
      const approve = await server.request(`${path}/approve`, {
        method: 'POST',
        headers: bearer(token),
      });
      assert.equal(approve.status, 401);
      assert.equal(
        (await server.request(path, { method: 'DELETE', headers: bearer(token) })).status,
        401,
      );
    }
    // Nor through A's own admin API, where B's comment ids name nothing.
    const asA = `/api/sites/${siteA.id}/admin/comments/${comment.id}`;
    const approveOnA = await server.request(`${asA}/approve`, {
      method: 'POST',
      headers: bearer(adminOf.gorlovka),
    });
    assert.equal(approveOnA.status, 404);
    assert.equal(await errorCode(approveOnA), 'comment_not_found');
    assert.equal(
      (await server.request(asA, { method: 'DELETE', headers: bearer(adminOf.gorlovka) })).status,
      404,
    );
    assert.ok(!(await pendingIdsOn(siteA.id, adminOf.gorlovka)).includes(comment.id));
    assert.ok(!(await pendingIdsOn('default', 'test-admin-token-0123456789')).includes(comment.id));

    assert.ok((await pendingIdsOn(siteB.id, adminOf.makeevka)).includes(comment.id));
    assert.ok((await pendingIdsOn(siteB.id, networkAdminToken)).includes(comment.id));
    const approved = await server.request(`${path}/approve`, {
      method: 'POST',
      headers: bearer(adminOf.makeevka),
    });
    assert.equal(approved.status, 200);
    const deleted = await server.request(path, {
      method: 'DELETE',
      headers: bearer(networkAdminToken),
    });
    assert.equal(deleted.status, 204);
    // The network admin also reads /metrics; a site's admin does not.
    assert.equal(
      (await server.request('/metrics', { headers: bearer(networkAdminToken) })).status,
      200,
    );
    assert.equal(
      (await server.request('/metrics', { headers: bearer(adminOf.gorlovka) })).status,
      401,
    );
  });

  test('a ban on site A does not ban the same address on site B', async () => {
    const posted = await post(siteA.id, 'bans', {}, 'Спам');
    const { comment } = (await posted.json()) as Created;
    const ban = await server.request(`/api/sites/${siteA.id}/admin/comments/${comment.id}/ban`, {
      method: 'POST',
      headers: bearer(adminOf.gorlovka),
    });
    assert.equal(ban.status, 200);
    assert.equal(await errorCode(await post(siteA.id, 'bans')), 'banned');
    assert.equal(
      (await post(siteB.id, 'bans', bearer(readerToken(siteB.tokenSecret!)))).status,
      202,
    );
    assert.equal((await post('default', 'bans')).status, 201);
    const bansOnB = await server.request(`/api/sites/${siteB.id}/admin/bans`, {
      headers: bearer(adminOf.makeevka),
    });
    assert.deepEqual(((await bansOnB.json()) as { bans: unknown[] }).bans, []);
    const unban = await server.request(
      `/api/sites/${siteA.id}/admin/bans/${((await ban.json()) as { ban: { ipHash: string } }).ban.ipHash}`,
      {
        method: 'DELETE',
        headers: bearer(adminOf.gorlovka),
      },
    );
    assert.equal(unban.status, 204);
  });

  test('an origin allowed for site A is refused for site B and for the default site', async () => {
    const preflight = (path: string, origin: string) =>
      server.request(path, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const granted = (response: Response) => response.headers.get('access-control-allow-origin');
    const originA = siteA.origins[0]!;
    assert.equal(granted(await preflight(`/api/sites/${siteA.id}/comments/t`, originA)), originA);
    assert.equal(granted(await preflight(`/api/sites/${siteB.id}/comments/t`, originA)), null);
    assert.equal(granted(await preflight('/api/comments/t', originA)), null);
    assert.equal(
      granted(await preflight(`/api/sites/${siteA.id}/comments/t`, 'http://localhost:5173')),
      null,
    );
    assert.equal(
      granted(await preflight('/api/comments/t', 'http://localhost:5173')),
      'http://localhost:5173',
    );
    // Public reads stay open to every page, on every site.
    assert.equal(granted(await preflight(`/api/sites/${siteB.id}/news`, originA)), '*');
  });

  test('view counts never mix between sites', async () => {
    const count = async (site: string, method: 'GET' | 'POST') => {
      const response = await server.request(`${site}/views/shared-item`, { method });
      return ((await response.json()) as { views: number }).views;
    };
    assert.equal(await count(`/api/sites/${siteA.id}`, 'POST'), 1);
    assert.equal(await count(`/api/sites/${siteA.id}`, 'POST'), 1, 'once a day per visitor');
    assert.equal(await count(`/api/sites/${siteB.id}`, 'GET'), 0);
    assert.equal(await count('/api', 'GET'), 0);
    // The same visitor on the same day is new to site B.
    assert.equal(await count(`/api/sites/${siteB.id}`, 'POST'), 1);
    assert.equal(await count(`/api/sites/${siteA.id}`, 'GET'), 1);
  });

  test('the same Idempotency-Key on two sites makes two comments', async () => {
    const send = (site: string) =>
      server.request(`/api/sites/${site}/comments/retries`, {
        method: 'POST',
        json: { author: 'Гость', text: 'Один раз' },
        headers: { 'idempotency-key': 'same-key-on-both-sites' },
      });
    const onA = (await (await send(siteA.id)).json()) as Created;
    const onDefault = await send('default');
    assert.equal(onDefault.status, 201);
    assert.equal(onDefault.headers.get('idempotent-replayed'), null);
    assert.notEqual(((await onDefault.json()) as Created).comment.id, onA.comment.id);
  });

  test('the default site answers at /api/... and /api/sites/default/..., and keeps its news', async () => {
    const posted = await server.request('/api/comments/default-thread', {
      method: 'POST',
      json: { author: 'Гость', text: 'По-старому' },
    });
    assert.equal(posted.status, 201);
    const read = async (path: string) =>
      ((await (await server.request(path)).json()) as { comments: Comment[] }).comments.map(
        (comment) => comment.text,
      );
    assert.deepEqual(await read('/api/comments/default-thread'), ['По-старому']);
    assert.deepEqual(await read('/api/sites/default/comments/default-thread'), ['По-старому']);
    assert.deepEqual(await read(`/api/sites/${siteA.id}/comments/default-thread`), []);
    assert.equal(
      (await server.request('/api/admin/comments', { headers: adminHeaders })).status,
      200,
    );

    const feed = async (path: string) =>
      (await (await server.request(path)).json()) as {
        _biblio: { total: number };
        feed_url: string;
      };
    assert.ok((await feed('/api/news'))._biblio.total > 0, 'the seed went to the default site');
    const empty = await feed(`/api/sites/${siteA.id}/news`);
    assert.equal(empty._biblio.total, 0);
    assert.equal(new URL(empty.feed_url).pathname, `/api/sites/${siteA.id}/news`);
    const partners = await server.request(`/api/sites/${siteA.id}/partners`);
    assert.deepEqual(await partners.json(), { partners: [] });
  });

  test('an unknown site is a 404 in the API error shape, whatever its id looks like', async () => {
    for (const path of [
      '/api/sites/nowhere/comments/t',
      '/api/sites/No_Such%20Site/views/x',
      '/api/sites/nowhere',
    ]) {
      const response = await server.request(path);
      assert.equal(response.status, 404, path);
      assert.deepEqual(Object.keys(((await response.json()) as { error: object }).error), [
        'code',
        'message',
      ]);
    }
    assert.equal(
      await errorCode(await server.request('/api/sites/nowhere/health')),
      'site_not_found',
    );
  });

  test("the elements' own API client addresses a site through its api URL alone", async () => {
    const api = `${server.url}/api/sites/${siteA.id}`;
    const request = { api };
    const posted = await postComment(
      request,
      'client',
      { author: 'Читатель', text: 'Через элемент', website: '' },
      'client-key-0001',
    );
    assert.equal(posted.pending, false);
    assert.deepEqual(
      (await listComments(request, 'client')).comments.map((comment) => comment.text),
      ['Через элемент'],
    );
    assert.equal((await listComments({ api: `${server.url}/api` }, 'client')).total, 0);
    assert.equal((await registerView(api, 'client-item')).views, 1);
    assert.equal((await readViews(`${server.url}/api/sites/${siteB.id}`, 'client-item')).views, 0);
  });
});

interface OldTables {
  schema_version: { version: number };
  view_counts: { item_id: string; views: number };
  comments: {
    thread: string;
    author_name: string;
    text: string;
    status: string;
    ip_hash: string;
    created_at: string;
  };
}

describe(`a single-site database on ${testEngine}`, () => {
  test("keeps every row as the default site's when it is upgraded", async () => {
    const database = await createTestDatabase();
    const url = database.env.DATABASE_URL;
    // The first release's tables, written as that release wrote them: no site_id yet.
    const old = new Kysely<OldTables>({
      dialect: url
        ? new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) })
        : new SqliteDialect({ database: new SQLite(database.env.DATABASE_PATH!) }),
    });
    try {
      await migrations[0]!(old as Kysely<unknown>, testEngine);
      await old.schema.createTable('schema_version').addColumn('version', 'integer').execute();
      await old.insertInto('schema_version').values({ version: 1 }).execute();
      await old.insertInto('view_counts').values({ item_id: 'old-item', views: 12 }).execute();
      await old
        .insertInto('comments')
        .values({
          thread: 'old-thread',
          author_name: 'Ранний',
          text: 'До сетей',
          status: 'published',
          ip_hash: 'h',
          created_at: '2025-01-01T00:00:00.000Z',
        })
        .execute();
    } finally {
      await old.destroy();
    }
    const server = await startTestServer({
      ...database.env,
      NETWORK_ADMIN_TOKEN: networkAdminToken,
    });
    try {
      const comments = (await (await server.request('/api/comments/old-thread')).json()) as {
        comments: Comment[];
      };
      assert.deepEqual(
        comments.comments.map((comment) => comment.text),
        ['До сетей'],
      );
      assert.deepEqual(await (await server.request('/api/views/old-item')).json(), {
        itemId: 'old-item',
        views: 12,
      });
    } finally {
      await server.stop();
      await database.remove();
    }
  });
});

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `biblio-server <args>` in its own process, as an operator runs it, with `input` on stdin. */
function biblioServer(args: string[], env: Record<string, string>, input = ''): Promise<CliResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverScript, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input);
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe(`biblio-server sites on ${testEngine}`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'biblio-sites-'));
  let env: Record<string, string>;
  let remove: () => Promise<void>;
  before(async () => {
    const database = await createTestDatabase();
    env = database.env;
    remove = database.remove;
  });
  after(async () => {
    await remove();
    rmSync(folder, { recursive: true, force: true });
  });
  const tokenIn = (output: string, label: string) => {
    const token = new RegExp(`${label} \\(shown only now\\): (\\S+)`).exec(output)?.[1];
    assert.ok(token, output);
    return token;
  };

  test('add, list, rotate-token and remove manage a site a running server serves', async () => {
    const added = await biblioServer(
      [
        'sites',
        'add',
        'snezhnoe',
        '--name',
        'Снежное',
        '--origins',
        'https://snezhnoe.example.org',
        '--moderation',
        'pre',
      ],
      env,
    );
    assert.equal(added.code, 0, added.stderr);
    const firstToken = tokenIn(added.stdout, 'Admin token');
    const secret = tokenIn(added.stdout, 'Token secret[^(]*');
    assert.equal(
      (
        await biblioServer(
          ['sites', 'add', 'snezhnoe', '--name', 'Again', '--origins', 'https://a.example'],
          env,
        )
      ).code,
      1,
    );

    const listed = await biblioServer(['sites', 'list', '--json'], env);
    const [site, ...others] = JSON.parse(listed.stdout) as Record<string, unknown>[];
    assert.deepEqual(others, []);
    assert.deepEqual(
      {
        id: site!.id,
        name: site!.name,
        origins: site!.origins,
        moderation: site!.moderation,
        adminTokens: site!.adminTokens,
      },
      {
        id: 'snezhnoe',
        name: 'Снежное',
        origins: ['https://snezhnoe.example.org'],
        moderation: 'pre',
        adminTokens: 1,
      },
    );
    assert.ok(
      !listed.stdout.includes(secret) && !listed.stdout.includes(firstToken),
      'no secret is listed',
    );

    const server = await startTestServer(env);
    try {
      const pending = () =>
        server.request('/api/sites/snezhnoe/admin/comments?status=pending', {
          headers: bearer(firstToken),
        });
      assert.equal((await pending()).status, 200);
      const posted = await server.request('/api/sites/snezhnoe/comments/news-1', {
        method: 'POST',
        json: { author: 'Гость', text: 'Сохранится в копии' },
        headers: bearer(readerToken(secret)),
      });
      assert.equal(posted.status, 202);

      const rotated = await biblioServer(['sites', 'rotate-token', 'snezhnoe'], env);
      assert.equal(rotated.code, 0, rotated.stderr);
      const newToken = tokenIn(rotated.stdout, 'New admin token');
      assert.equal((await pending()).status, 401, 'the old token is gone');
      const withNew = await server.request('/api/sites/snezhnoe/admin/comments?status=pending', {
        headers: bearer(newToken),
      });
      assert.equal(withNew.status, 200);

      // A backup that cannot be written (the file exists already) removes nothing.
      const taken = join(folder, 'taken.json');
      writeFileSync(taken, 'an earlier backup\n');
      const unwritable = await biblioServer(
        ['sites', 'remove', 'snezhnoe', '--yes', '--backup', taken],
        env,
      );
      assert.equal(unwritable.code, 1);
      assert.match(unwritable.stderr, /Cannot write the backup .*EEXIST.*nothing was removed/);
      assert.equal(readFileSync(taken, 'utf8'), 'an earlier backup\n');
      assert.equal((await server.request('/api/sites/snezhnoe/comments/news-1')).status, 200);

      const declined = await biblioServer(
        ['sites', 'remove', 'snezhnoe', '--backup', join(folder, 'declined.json')],
        env,
        'no\n',
      );
      assert.equal(declined.code, 1);
      assert.match(declined.stderr, /Not removed/);
      assert.throws(() => readFileSync(join(folder, 'declined.json')), /ENOENT/);
      assert.equal((await server.request('/api/sites/snezhnoe/comments/news-1')).status, 200);

      const backup = join(folder, 'snezhnoe.json');
      const removed = await biblioServer(
        ['sites', 'remove', 'snezhnoe', '--backup', backup],
        env,
        'snezhnoe\n',
      );
      assert.equal(removed.code, 0, removed.stderr);
      assert.match(removed.stdout, new RegExp(`written to ${backup.replace(/[.\\]/g, '\\$&')}`));
      const saved = JSON.parse(readFileSync(backup, 'utf8')) as {
        site: { id: string; token_secret: string };
        tables: Record<string, { text?: string; site_id: string }[]>;
      };
      assert.equal(saved.site.id, 'snezhnoe');
      assert.equal(saved.site.token_secret, secret);
      assert.deepEqual(
        saved.tables.comments!.map((row) => row.text),
        ['Сохранится в копии'],
      );
      assert.equal(saved.tables.site_admin_tokens!.length, 1);
      const gone = await server.request('/api/sites/snezhnoe/comments/news-1');
      assert.equal(gone.status, 404);
      assert.equal(await errorCode(gone), 'site_not_found');
      assert.deepEqual(
        await server.db
          .selectFrom('comments')
          .select('site_id')
          .where('site_id', '=', 'snezhnoe')
          .execute(),
        [],
      );

      const again = await biblioServer(
        ['sites', 'remove', 'snezhnoe', '--yes', '--backup', join(folder, 'again.json')],
        env,
      );
      assert.equal(again.code, 1);
      assert.match(again.stderr, /No site snezhnoe/);
    } finally {
      await server.stop();
    }
  });

  test('a wrong call prints the usage and exits 2', async () => {
    const result = await biblioServer(['sites', 'add', 'Not A Slug', '--name', 'x'], env);
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /A site id is lower-case letters[^]*Usage: biblio-server[^]*sites add/,
    );
  });

  test('every wrong call is refused before the database is touched, the default site included', async () => {
    const origins = ['--origins', 'https://a.example'];
    const calls: [string[], RegExp][] = [
      [[], /sites needs a command/],
      [['rename', 'x'], /Unknown sites command: rename/],
      [['add', 'ok', ...origins], /needs --name/],
      [['add', 'ok', '--name', 'x'], /needs --origins/],
      [['add', 'ok', '--name', 'x', '--origins', 'a.example'], /"a.example" is not an origin/],
      [
        ['add', 'ok', '--name', 'x', ...origins, '--moderation', 'later'],
        /--moderation must be one of post, pre/,
      ],
      [
        ['add', 'ok', '--name', 'x', ...origins, '--token-secret', 'short'],
        /at least 32 characters/,
      ],
      [['add', 'default', '--name', 'x', ...origins], /made from the settings/],
      [['rotate-token', 'default'], /made from the settings/],
      [['remove', 'default', '--yes'], /made from the settings/],
      [['remove'], /takes one site id/],
      [['list', '--verbose'], /Unknown option '--verbose'/],
    ];
    for (const [args, message] of calls)
      await assert.rejects(
        sites(args),
        (error: Error) => error instanceof UsageError && message.test(error.message),
        args.join(' '),
      );
  });
});
