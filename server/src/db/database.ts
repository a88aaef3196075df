import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Synchronous } from '../settings.js';
import { migrations } from './migrations.js';

export type Db = Database.Database;

/**
 * `db.prepare` that compiles each SQL text once: the stores' hot paths run the same few
 * statements for every request.
 */
export function statementCache(db: Db) {
  const cache = new Map<string, Database.Statement>();
  return <Parameters extends unknown[] | object = unknown[], Row = unknown>(sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement as Database.Statement<Parameters, Row>;
  };
}

/**
 * Opens (creating if needed) the SQLite file in WAL mode and brings its schema up to date.
 * better-sqlite3 commits synchronously, so by the time a handler answers, its write is in
 * the WAL; `synchronous=FULL` also fsyncs that WAL on every commit, so an acknowledged write
 * survives a power cut, not only a killed process (NORMAL survives only the latter).
 */
export function openDatabase(path: string, synchronous: Synchronous): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT version FROM schema_version').get() as
    { version: number } | undefined;
  return row?.version ?? 0;
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const apply = db.transaction(() => {
    const current = schemaVersion(db);
    if (current > migrations.length) {
      throw new Error(
        `The database has schema version ${current}, newer than this server knows (${migrations.length}): upgrade the server.`,
      );
    }
    for (const step of migrations.slice(current)) db.exec(step);
    db.prepare('DELETE FROM schema_version').run();
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(migrations.length);
  });
  apply.immediate();
}
