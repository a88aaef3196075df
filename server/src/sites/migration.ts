import { type CreateTableBuilder, sql } from 'kysely';
import type { Migration } from '../db/migrations.js';

/**
 * The schema step that gives every per-site table a `site_id`: the rows a single-site server
 * stored belong to the default site (`'default'`, the id in sites/site.ts; written out here
 * because a released step never changes, whatever that constant becomes).
 *
 * Tables whose primary key gains `site_id` are rebuilt: copied aside (CREATE TABLE … AS
 * keeps no constraint, so the rebuilt table's key and index names stay free), created anew,
 * filled back. `comments` and `partners` keep their integer keys and only gain the column,
 * because other tables may reference `comments.id`.
 */
export const addSites: Migration = async (db, engine) => {
  const sqlite = engine === 'sqlite';
  const keyed = <Name extends string>(table: CreateTableBuilder<Name>) =>
    sqlite ? table.modifyEnd(sql`WITHOUT ROWID`) : table;
  const site = 'default';

  await keyed(
    db.schema
      .createTable('sites')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      // JSON array of origins, like news tags.
      .addColumn('origins', 'text', (column) => column.notNull())
      .addColumn('moderation', 'text', (column) => column.notNull())
      .addColumn('comment_auth', 'text', (column) => column.notNull())
      .addColumn('token_secret', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addCheckConstraint('sites_moderation', sql`moderation IN ('post', 'pre')`)
      .addCheckConstraint('sites_comment_auth', sql`comment_auth IN ('optional', 'required')`),
  ).execute();
  // Only SHA-256 hashes: the token itself is printed once, when it is made.
  await keyed(
    db.schema
      .createTable('site_admin_tokens')
      .addColumn('site_id', 'text', (column) =>
        column.notNull().references('sites.id').onDelete('cascade'),
      )
      .addColumn('token_hash', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('site_admin_tokens_pkey', ['site_id', 'token_hash']),
  ).execute();

  const rebuild = async (
    table: string,
    columns: string[],
    create: (builder: CreateTableBuilder<string, 'site_id'>) => CreateTableBuilder<string, string>,
  ) => {
    const aside = `${table}_before_sites`;
    await db.schema
      .createTable(aside)
      .as(sql`SELECT * FROM ${sql.table(table)}`)
      .execute();
    await db.schema.dropTable(table).execute();
    await keyed(
      create(
        db.schema.createTable(table).addColumn('site_id', 'text', (column) => column.notNull()),
      ),
    ).execute();
    const names = sql.join(columns.map((column) => sql.ref(column)));
    await sql`INSERT INTO ${sql.table(table)} (site_id, ${names}) SELECT ${site}, ${names} FROM ${sql.table(aside)}`.execute(
      db,
    );
    await db.schema.dropTable(aside).execute();
  };

  await rebuild('view_counts', ['item_id', 'views'], (table) =>
    table
      .addColumn('item_id', 'text', (column) => column.notNull())
      .addColumn('views', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('view_counts_pkey', ['site_id', 'item_id']),
  );
  // The day leads the key: yesterday's visits of every site are deleted by one range.
  await rebuild('view_visits', ['day', 'item_id', 'visitor'], (table) =>
    table
      .addColumn('day', 'text', (column) => column.notNull())
      .addColumn('item_id', 'text', (column) => column.notNull())
      .addColumn('visitor', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('view_visits_pkey', ['day', 'site_id', 'item_id', 'visitor']),
  );
  await rebuild('idempotency_keys', ['key', 'comment_id', 'created_at'], (table) =>
    table
      .addColumn('key', 'text', (column) => column.notNull())
      .addColumn('comment_id', 'integer', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pkey', ['site_id', 'key']),
  );
  await rebuild('bans', ['ip_hash', 'reason', 'created_at'], (table) =>
    table
      .addColumn('ip_hash', 'text', (column) => column.notNull())
      .addColumn('reason', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('bans_pkey', ['site_id', 'ip_hash']),
  );
  const newsColumns = [
    'id',
    'title',
    'subtitle',
    'summary',
    'content_html',
    'image',
    'tags',
    'author',
    'date_published',
    'search_text',
  ];
  await rebuild('news_items', newsColumns, (table) =>
    table
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('title', 'text', (column) => column.notNull())
      .addColumn('subtitle', 'text')
      .addColumn('summary', 'text', (column) => column.notNull())
      .addColumn('content_html', 'text', (column) => column.notNull())
      .addColumn('image', 'text')
      .addColumn('tags', 'text', (column) => column.notNull())
      .addColumn('author', 'text')
      .addColumn('date_published', 'text', (column) => column.notNull())
      .addColumn('search_text', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('news_items_pkey', ['site_id', 'id']),
  );
  await db.schema
    .createIndex('news_by_date')
    .on('news_items')
    .expression(sql`site_id, date_published DESC`)
    .execute();

  // The column's default only labels the existing rows; every store writes site_id itself.
  for (const table of ['comments', 'partners']) {
    await db.schema
      .alterTable(table)
      .addColumn('site_id', 'text', (column) => column.notNull().defaultTo(site))
      .execute();
    if (!sqlite)
      await db.schema
        .alterTable(table)
        .alterColumn('site_id', (column) => column.dropDefault())
        .execute();
  }
  for (const name of ['comments_by_thread', 'comments_by_status'])
    await db.schema.dropIndex(name).execute();
  const siteIndexes: [string, string, string[]][] = [
    ['comments_by_thread', 'comments', ['site_id', 'thread', 'status', 'parent_id', 'id']],
    ['comments_by_status', 'comments', ['site_id', 'status', 'id']],
    ['partners_by_site', 'partners', ['site_id', 'position']],
  ];
  for (const [name, table, columns] of siteIndexes)
    await db.schema.createIndex(name).on(table).columns(columns).execute();
};
