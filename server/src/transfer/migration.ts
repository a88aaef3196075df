import { sql } from 'kysely';
import type { Migration } from '../db/migrations.js';

/**
 * The schema step that remembers where each imported comment came from: its export's format
 * and the id it had there, so importing the same file again adds nothing. Not a foreign key to
 * comments: a comment a moderator deleted after the import must not come back with the next
 * import of the file.
 */
export const addImportedComments: Migration = async (db, engine) => {
  const table = db.schema
    .createTable('imported_comments')
    .addColumn('site_id', 'text', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('external_id', 'text', (column) => column.notNull())
    .addColumn('comment_id', 'integer', (column) => column.notNull())
    .addColumn('imported_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('imported_comments_pkey', ['site_id', 'source', 'external_id']);
  await (engine === 'sqlite' ? table.modifyEnd(sql`WITHOUT ROWID`) : table).execute();
};
