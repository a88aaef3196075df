import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database, Db, Engine } from '../src/db/schema.js';

/**
 * The admin URL of a PostgreSQL cluster to test against (scripts/postgres-cluster.mjs sets
 * it); without it the tests run on SQLite files.
 */
const postgresUrl = process.env.BIBLIO_TEST_POSTGRES;

export const testEngine: Engine = postgresUrl ? 'postgres' : 'sqlite';

/** For the tests about the SQLite file itself (WAL, fsync, integrity_check). */
export const sqliteOnly =
  testEngine === 'sqlite'
    ? false
    : 'about the SQLite file itself: runs without BIBLIO_TEST_POSTGRES';

/** A fresh, empty database of the engine under test, for one server. */
export interface TestDatabase {
  /** DATABASE_PATH or DATABASE_URL, to start a server on it. */
  env: Record<string, string>;
  /** A connection of the test's own, to check what the server stored; destroy it after. */
  connect(): Db;
  remove(): Promise<void>;
}

async function asAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function postgresDatabase(): Promise<TestDatabase> {
  const name = `biblio_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.href },
    connect: () =>
      new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.href }) }),
      }),
    remove: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

function sqliteDatabase(): TestDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'biblio-server-'));
  const path = join(folder, 'test.sqlite');
  return {
    env: { DATABASE_PATH: path },
    connect: () =>
      new Kysely<Database>({
        dialect: new SqliteDialect({ database: new SQLite(path, { readonly: true }) }),
      }),
    remove: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

export function createTestDatabase(): Promise<TestDatabase> {
  return postgresUrl ? postgresDatabase() : Promise.resolve(sqliteDatabase());
}

/** SQLite's own check of the file; PostgreSQL keeps its files consistent itself. */
export async function assertSound(db: Db): Promise<void> {
  if (testEngine !== 'sqlite') return;
  const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
  if (rows[0]?.integrity_check !== 'ok')
    throw new Error(`integrity_check: ${JSON.stringify(rows)}`);
}
