import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import type { Db } from '../src/db/schema.js';
import { createLogger } from '../src/logger.js';
import { startServer } from '../src/server.js';
import { readSettings } from '../src/settings.js';
import { adminToken } from './helpers.js';
import { type TestDatabase, createTestDatabase, testEngine } from './test-database.js';

const needsPostgres =
  testEngine === 'postgres'
    ? false
    : 'copies into PostgreSQL: run under node scripts/postgres-cluster.mjs';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `biblio-server copy …` as a user runs it, in its own process. */
function runCopy(args: string[], env: Record<string, string>): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/src/main.ts', 'copy', ...args],
    {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

async function rowCounts(db: Db, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{
      count: number | string;
    }>`SELECT COUNT(*) AS count FROM ${sql.table(table)}`.execute(db);
    counts[table] = Number(rows[0]!.count);
  }
  return counts;
}

/** The rows `biblio-server copy` printed, by table. */
function printedCounts(stdout: string): Record<string, number> {
  return Object.fromEntries(
    [...stdout.matchAll(/^ {2}(\w+) +(\d+)$/gm)].map(([, table, rows]) => [table, Number(rows)]),
  );
}

describe('biblio-server copy --to postgres://…', { skip: needsPostgres }, () => {
  let folder: string;
  let sqlitePath: string;
  let target: TestDatabase;
  let targetUrl: string;
  let copiedCommentId: number;

  /** A library on SQLite as a server leaves it: the seed, a comment with a key and a reply. */
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'biblio-copy-'));
    sqlitePath = join(folder, 'library.sqlite');
    const settings = readSettings({
      PORT: '0',
      DATABASE_PATH: sqlitePath,
      SEED: 'true',
      LOG_LEVEL: 'silent',
      ADMIN_TOKEN: adminToken,
    });
    const server = await startServer(settings, createLogger('silent'));
    try {
      const post = (body: object) =>
        fetch(`${server.url}/api/comments/copy-thread`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `key-${Date.now()}` },
          body: JSON.stringify(body),
        });
      const first = (await (await post({ author: 'Анна', text: 'Первый' })).json()) as {
        comment: { id: string };
      };
      copiedCommentId = Number(first.comment.id);
      assert.equal(
        (await post({ author: 'Олег', text: 'Ответ', parentId: first.comment.id })).status,
        201,
      );
      await fetch(`${server.url}/api/views/copy-item`, { method: 'POST' });
    } finally {
      await server.close();
    }
    target = await createTestDatabase();
    targetUrl = target.env.DATABASE_URL!;
  });
  after(async () => {
    await target?.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  test('copies every table, prints each count, and the counts match the file', async () => {
    const run = await runCopy(['--to', targetUrl], { DATABASE_PATH: sqlitePath });
    assert.equal(run.code, 0, run.stderr);
    const printed = printedCounts(run.stdout);
    const tables = Object.keys(printed);
    for (const table of ['comments', 'idempotency_keys', 'news_items', 'partners', 'view_counts'])
      assert.ok(tables.includes(table), `${table} is copied`);
    assert.ok(!tables.includes('schema_version'), 'the target keeps its own schema version');
    assert.ok(printed.comments! >= 2 && printed.news_items! > 0);

    const source = await openDatabase({ databasePath: sqlitePath, synchronous: 'FULL' });
    const copied = target.connect();
    try {
      assert.deepEqual(await rowCounts(source.db, tables), printed);
      assert.deepEqual(await rowCounts(copied, tables), printed);
      const { rows: catalog } = await sql<{ table_name: string }>`
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_name <> 'schema_version'`.execute(copied);
      assert.deepEqual(catalog.map((row) => row.table_name).sort(), [...tables].sort());
      const comment = await copied
        .selectFrom('comments')
        .selectAll()
        .where('id', '=', copiedCommentId)
        .executeTakeFirstOrThrow();
      assert.equal(comment.text, 'Первый');
    } finally {
      await source.db.destroy();
      await copied.destroy();
    }
  });

  test('a server on the copy serves the library and numbers new comments after the copied ones', async () => {
    const settings = readSettings({
      PORT: '0',
      DATABASE_URL: targetUrl,
      SEED: 'false',
      LOG_LEVEL: 'silent',
      ADMIN_TOKEN: adminToken,
    });
    const server = await startServer(settings, createLogger('silent'));
    try {
      const thread = (await (await fetch(`${server.url}/api/comments/copy-thread`)).json()) as {
        comments: { id: string; text: string }[];
      };
      assert.deepEqual(
        thread.comments.map((comment) => comment.text),
        ['Первый', 'Ответ'],
      );
      const views = (await (await fetch(`${server.url}/api/views/copy-item`)).json()) as {
        views: number;
      };
      assert.equal(views.views, 1);
      const created = await fetch(`${server.url}/api/comments/copy-thread`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ author: 'Новый', text: 'После переезда' }),
      });
      assert.equal(created.status, 201);
      const { comment } = (await created.json()) as { comment: { id: string } };
      assert.ok(Number(comment.id) > Math.max(...thread.comments.map(({ id }) => Number(id))));
    } finally {
      await server.close();
    }
  });

  test('refuses a target that holds rows already, and leaves it as it was', async () => {
    const copied = target.connect();
    try {
      const before = await rowCounts(copied, ['comments', 'news_items']);
      const run = await runCopy(['--to', targetUrl], { DATABASE_PATH: sqlitePath });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /not empty/);
      assert.deepEqual(await rowCounts(copied, ['comments', 'news_items']), before);
    } finally {
      await copied.destroy();
    }
  });

  test('refuses a missing SQLite file instead of copying an empty library', async () => {
    const run = await runCopy(['--to', targetUrl], {
      DATABASE_PATH: join(folder, 'missing.sqlite'),
    });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /No SQLite file/);
  });

  test('a call without a PostgreSQL URL prints the usage and exits 2', async () => {
    for (const args of [[], ['--to', 'mysql://db/library'], ['--into', targetUrl]]) {
      const run = await runCopy(args, { DATABASE_PATH: sqlitePath });
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /Usage: biblio-server/);
    }
  });
});
