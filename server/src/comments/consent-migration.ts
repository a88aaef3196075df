import type { Migration } from '../db/migrations.js';

/**
 * The schema step for personal-data consent: a site may name its policy (URL and version), a
 * comment keeps when its author consented and to which version, and the hash of the anonymous
 * reader's key that lets them download and delete their own comments. All nullable: comments
 * stored before asked for no consent, and signed-in readers are known by `author_id`.
 */
export const addConsent: Migration = async (db) => {
  for (const column of ['consent_url', 'consent_version'])
    await db.schema.alterTable('sites').addColumn(column, 'text').execute();
  for (const column of ['consent_at', 'consent_version', 'reader_key_hash'])
    await db.schema.alterTable('comments').addColumn(column, 'text').execute();
  await db.schema
    .createIndex('comments_by_reader_key')
    .on('comments')
    .columns(['site_id', 'reader_key_hash'])
    .execute();
};
