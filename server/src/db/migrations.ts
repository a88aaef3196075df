import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { addConsent } from '../comments/consent-migration.js';
import { addNotifications } from '../notifications/migration.js';
import { addSharedState } from '../shared/migration.js';
import { addSites } from '../sites/migration.js';
import { addViewDays } from '../stats/migration.js';
import { addImportedComments } from '../transfer/migration.js';
import type { Engine } from './schema.js';

/** One step of the schema, written once for both engines with Kysely's schema builder. */
export type Migration = (db: Kysely<unknown>, engine: Engine) => Promise<void>;

/**
 * The schema, as numbered steps. A step is never changed once released: a change is a new step
 * at the end, so every existing database reaches the same schema. Step 1 builds on SQLite the
 * very tables its hand-written first release did, so files created by that release stay at 1.
 */
export const migrations: readonly Migration[] = [
  async (db, engine) => {
    const sqlite = engine === 'sqlite';
    /** A table looked up by its text key only: on SQLite it needs no hidden rowid. */
    const keyed = <Name extends string>(table: CreateTableBuilder<Name>) =>
      sqlite ? table.modifyEnd(sql`WITHOUT ROWID`) : table;

    await keyed(
      db.schema
        .createTable('server_keys')
        .addColumn('name', 'text', (column) => column.primaryKey())
        .addColumn('value', sqlite ? 'blob' : 'bytea', (column) => column.notNull()),
    ).execute();
    await keyed(
      db.schema
        .createTable('view_counts')
        .addColumn('item_id', 'text', (column) => column.primaryKey())
        .addColumn('views', 'integer', (column) => column.notNull()),
    ).execute();
    // Who has been counted today: a hash made with a salt that lives only in memory, so these
    // rows cannot be turned back into visitors; rows of past days are deleted.
    await keyed(
      db.schema
        .createTable('view_visits')
        .addColumn('day', 'text', (column) => column.notNull())
        .addColumn('item_id', 'text', (column) => column.notNull())
        .addColumn('visitor', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('view_visits_pkey', ['day', 'item_id', 'visitor']),
    ).execute();

    await db.schema
      .createTable('comments')
      .addColumn('id', 'integer', (column) =>
        sqlite
          ? column.primaryKey().autoIncrement()
          : column.primaryKey().generatedByDefaultAsIdentity(),
      )
      .addColumn('thread', 'text', (column) => column.notNull())
      .addColumn('parent_id', 'integer', (column) =>
        column.references('comments.id').onDelete('cascade'),
      )
      .addColumn('author_name', 'text', (column) => column.notNull())
      .addColumn('author_id', 'text')
      .addColumn('text', 'text', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('ip_hash', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('edited_at', 'text')
      .addCheckConstraint('comments_status', sql`status IN ('published', 'pending', 'rejected')`)
      .execute();
    const commentIndexes: [string, string[]][] = [
      ['comments_by_thread', ['thread', 'status', 'parent_id', 'id']],
      ['comments_by_parent', ['parent_id']],
      ['comments_by_status', ['status', 'id']],
    ];
    for (const [name, columns] of commentIndexes)
      await db.schema.createIndex(name).on('comments').columns(columns).execute();

    // Not a foreign key: the key must outlive a deleted comment, or a late retry would post it again.
    await keyed(
      db.schema
        .createTable('idempotency_keys')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('comment_id', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull()),
    ).execute();

    await keyed(
      db.schema
        .createTable('bans')
        .addColumn('ip_hash', 'text', (column) => column.primaryKey())
        .addColumn('reason', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull()),
    ).execute();

    await keyed(
      db.schema
        .createTable('news_items')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('title', 'text', (column) => column.notNull())
        .addColumn('subtitle', 'text')
        .addColumn('summary', 'text', (column) => column.notNull())
        .addColumn('content_html', 'text', (column) => column.notNull())
        .addColumn('image', 'text')
        .addColumn('tags', 'text', (column) => column.notNull())
        .addColumn('author', 'text')
        .addColumn('date_published', 'text', (column) => column.notNull())
        .addColumn('search_text', 'text', (column) => column.notNull()),
    ).execute();
    await db.schema
      .createIndex('news_by_date')
      .on('news_items')
      .expression(sql`date_published DESC`)
      .execute();

    await db.schema
      .createTable('partners')
      .addColumn('position', 'integer', (column) =>
        sqlite ? column.primaryKey() : column.primaryKey().generatedByDefaultAsIdentity(),
      )
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('url', 'text', (column) => column.notNull())
      .addColumn('logo', 'text')
      .addColumn('partner_group', 'text')
      .execute();
  },
  addSites,
  addViewDays,
  addImportedComments,
  addNotifications,
  addSharedState,
  addConsent,
];
