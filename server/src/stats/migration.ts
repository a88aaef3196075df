import { sql } from 'kysely';
import type { Migration } from '../db/migrations.js';

/**
 * The schema step that keeps views per item per UTC day, for the statistics: counts only, so
 * nothing in it identifies a reader. It starts empty, since the days before it were never
 * recorded (view_counts holds one total per item and view_visits only today's visitors).
 * The day leads the key after the site: every statistics query reads one site's range of days.
 */
export const addViewDays: Migration = async (db, engine) => {
  const table = db.schema
    .createTable('view_days')
    .addColumn('site_id', 'text', (column) => column.notNull())
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('item_id', 'text', (column) => column.notNull())
    .addColumn('views', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('view_days_pkey', ['site_id', 'day', 'item_id']);
  await (engine === 'sqlite' ? table.modifyEnd(sql`WITHOUT ROWID`) : table).execute();
};
