import { type CreateTableBuilder, sql } from 'kysely';
import type { Migration } from '../db/migrations.js';

/**
 * The schema step for what instances on one database share (docs/server.md, "Many instances"):
 * rate-limit windows, the visitor salt of the day and the feed proxy's cache with its upstream
 * validators. Server-wide tables, keyed by client hash, day or feed, not by site.
 */
export const addSharedState: Migration = async (db, engine) => {
  const sqlite = engine === 'sqlite';
  const keyed = <Name extends string>(table: CreateTableBuilder<Name>) =>
    sqlite ? table.modifyEnd(sql`WITHOUT ROWID`) : table;
  /**
   * What losing costs nothing is kept out of PostgreSQL's write-ahead log: a rate-limit count
   * is written on every request, and an fsync for each would be the request's largest cost.
   * After a crash of PostgreSQL itself such a table starts empty (everybody forgiven, every feed
   * fetched anew); a killed instance loses nothing from it.
   */
  const disposable = <Name extends string>(table: CreateTableBuilder<Name>) =>
    sqlite ? table.modifyEnd(sql`WITHOUT ROWID`) : table.modifyFront(sql`UNLOGGED`);

  // One row per client: its current window's end and the requests counted in it.
  await disposable(
    db.schema
      .createTable('rate_limit_windows')
      .addColumn('scope', 'text', (column) => column.notNull())
      .addColumn('client', 'text', (column) => column.notNull())
      .addColumn('window_end', 'text', (column) => column.notNull())
      .addColumn('requests', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('rate_limit_windows_pkey', ['scope', 'client']),
  ).execute();
  await db.schema
    .createIndex('rate_limit_windows_by_end')
    .on('rate_limit_windows')
    .column('window_end')
    .execute();

  await keyed(
    db.schema
      .createTable('daily_salts')
      .addColumn('day', 'text', (column) => column.primaryKey())
      .addColumn('salt', sqlite ? 'blob' : 'bytea', (column) => column.notNull()),
  ).execute();

  await disposable(
    db.schema
      .createTable('feed_cache')
      .addColumn('key', 'text', (column) => column.primaryKey())
      .addColumn('body', 'text', (column) => column.notNull())
      .addColumn('etag', 'text', (column) => column.notNull())
      .addColumn('upstream_etag', 'text')
      .addColumn('upstream_last_modified', 'text')
      .addColumn('fresh_until', 'text', (column) => column.notNull()),
  ).execute();
};
