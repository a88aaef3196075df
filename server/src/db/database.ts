import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Settings } from '../settings.js';
import { migrations } from './migrations.js';
import type { Database, Db, Engine } from './schema.js';

export type { Db, Engine } from './schema.js';

export type DatabaseSettings = Pick<Settings, 'databasePath' | 'databaseUrl' | 'synchronous'>;

export interface OpenedDatabase {
  db: Db;
  engine: Engine;
}

/** The same key in every instance, so two servers starting together migrate one at a time. */
const migrationLockKey = 1_716_017;

/**
 * Opens the database `DATABASE_URL` names (PostgreSQL) or else the SQLite file at
 * `DATABASE_PATH`, and brings its schema up to date.
 */
export async function openDatabase(settings: DatabaseSettings): Promise<OpenedDatabase> {
  const opened = settings.databaseUrl
    ? { db: openPostgres(settings.databaseUrl), engine: 'postgres' as const }
    : { db: openSqlite(settings.databasePath, settings.synchronous), engine: 'sqlite' as const };
  try {
    await migrate(opened.db, opened.engine);
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
  return opened;
}

/**
 * The SQLite file in WAL mode. better-sqlite3 commits synchronously, so by the time a handler
 * answers, its write is in the WAL; `synchronous=FULL` also fsyncs that WAL on every commit,
 * so an acknowledged write survives a power cut, not only a killed process (NORMAL survives
 * only the latter).
 */
function openSqlite(path: string, synchronous: Settings['synchronous']): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${synchronous}`);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
}

/** Enough for every statement the stores make, `IN` lists of each length included. */
const statementCacheSize = 500;

/**
 * Kysely prepares every query it runs; the stores' hot paths run the same few statements for
 * every request, so each SQL text is compiled once and its statement reused.
 */
function withStatementCache(database: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sqlText: string) {
      let statement = statements.get(sqlText);
      if (!statement) {
        if (statements.size >= statementCacheSize) statements.clear();
        statement = database.prepare(sqlText);
        statements.set(sqlText, statement);
      }
      return statement;
    },
  };
}

/** PostgreSQL commits durably by itself (fsync and synchronous_commit stay the server's). */
function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection the server closed is dropped from the pool; without a listener the
  // error would end the process.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Runs `work` in one transaction on one connection, committed before it resolves. On SQLite
 * the transaction takes the write lock at once (BEGIN IMMEDIATE), so it never fails halfway
 * for a lock another process holds.
 */
export async function writeTransaction<Value>(
  db: Db,
  engine: Engine,
  work: (transaction: Db) => Promise<Value>,
): Promise<Value> {
  return db.connection().execute(async (connection) => {
    await sql.raw(engine === 'sqlite' ? 'BEGIN IMMEDIATE' : 'BEGIN').execute(connection);
    try {
      const value = await work(connection);
      await sql`COMMIT`.execute(connection);
      return value;
    } catch (error) {
      // The failure may have ended the transaction already; the first error is the one to report.
      await sql`ROLLBACK`.execute(connection).catch(() => undefined);
      throw error;
    }
  });
}

export async function schemaVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('schema_version').select('version').executeTakeFirst();
  return row?.version ?? 0;
}

async function migrate(db: Db, engine: Engine): Promise<void> {
  await writeTransaction(db, engine, async (transaction) => {
    if (engine === 'postgres')
      await sql`SELECT pg_advisory_xact_lock(${migrationLockKey})`.execute(transaction);
    await transaction.schema
      .createTable('schema_version')
      .ifNotExists()
      .addColumn('version', 'integer', (column) => column.notNull())
      .execute();
    const current = await schemaVersion(transaction);
    if (current > migrations.length) {
      throw new Error(
        `The database has schema version ${current}, newer than this server knows (${migrations.length}): upgrade the server.`,
      );
    }
    if (current === migrations.length) return;
    for (const step of migrations.slice(current))
      await step(transaction as unknown as Kysely<unknown>, engine);
    await transaction.deleteFrom('schema_version').execute();
    await transaction.insertInto('schema_version').values({ version: migrations.length }).execute();
  });
}
