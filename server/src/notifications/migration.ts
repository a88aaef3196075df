import { type CreateTableBuilder, sql } from 'kysely';
import type { Migration } from '../db/migrations.js';

/**
 * The schema step of notifications: each site's settings, the log of what was sent, the mail
 * links already used, and the comments waiting for a site's next digest.
 */
export const addNotifications: Migration = async (db, engine) => {
  const sqlite = engine === 'sqlite';
  const keyed = <Name extends string>(table: CreateTableBuilder<Name>) =>
    sqlite ? table.modifyEnd(sql`WITHOUT ROWID`) : table;

  await keyed(
    db.schema
      .createTable('site_notifications')
      .addColumn('site_id', 'text', (column) => column.primaryKey())
      // JSON array of mailboxes, like news tags.
      .addColumn('emails', 'text', (column) => column.notNull())
      .addColumn('mode', 'text', (column) => column.notNull())
      .addColumn('digest_minutes', 'integer', (column) => column.notNull())
      .addColumn('language', 'text', (column) => column.notNull())
      .addColumn('webhook_url', 'text')
      .addColumn('webhook_secret', 'text')
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addCheckConstraint('site_notifications_mode', sql`mode IN ('pending', 'all')`),
  ).execute();

  await db.schema
    .createTable('notification_deliveries')
    .addColumn('id', 'integer', (column) =>
      sqlite
        ? column.primaryKey().autoIncrement()
        : column.primaryKey().generatedByDefaultAsIdentity(),
    )
    .addColumn('site_id', 'text', (column) => column.notNull())
    .addColumn('channel', 'text', (column) => column.notNull())
    .addColumn('target', 'text', (column) => column.notNull())
    // JSON array of the comment ids the delivery was about: a digest names several.
    .addColumn('comment_ids', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('attempts', 'integer', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('started_at', 'text', (column) => column.notNull())
    .addColumn('finished_at', 'text', (column) => column.notNull())
    .addCheckConstraint('notification_deliveries_channel', sql`channel IN ('email', 'webhook')`)
    .addCheckConstraint('notification_deliveries_status', sql`status IN ('delivered', 'failed')`)
    .execute();
  await db.schema
    .createIndex('notification_deliveries_by_site')
    .on('notification_deliveries')
    .columns(['site_id', 'id'])
    .execute();

  // Kept until the link would have expired anyway; after that its signature refuses it.
  await keyed(
    db.schema
      .createTable('used_action_links')
      .addColumn('link_id', 'text', (column) => column.primaryKey())
      .addColumn('used_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull()),
  ).execute();

  await keyed(
    db.schema
      .createTable('notification_digest')
      .addColumn('site_id', 'text', (column) => column.notNull())
      .addColumn('comment_id', 'integer', (column) => column.notNull())
      .addColumn('origin', 'text', (column) => column.notNull())
      .addColumn('queued_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('notification_digest_pkey', ['site_id', 'comment_id']),
  ).execute();
};
