import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, schemaVersion } from '../src/db/database.js';
import { migrations } from '../src/db/migrations.js';
import { createTestDatabase, sqliteOnly } from './test-database.js';

const pragma = async (db: Parameters<typeof schemaVersion>[0], name: string) => {
  const { rows } = await sql<Record<string, unknown>>`PRAGMA ${sql.raw(name)}`.execute(db);
  return Object.values(rows[0]!)[0];
};

describe('the SQLite database', { skip: sqliteOnly }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'biblio-db-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('is created in its folder in WAL mode, with the fsync level DB_SYNCHRONOUS asks for', async () => {
    const databasePath = join(folder, 'nested', 'library.sqlite');
    const first = await openDatabase({ databasePath, synchronous: 'FULL' });
    assert.equal(first.engine, 'sqlite');
    assert.equal(await pragma(first.db, 'journal_mode'), 'wal');
    assert.equal(await pragma(first.db, 'synchronous'), 2);
    await first.db.destroy();
    const second = await openDatabase({ databasePath, synchronous: 'NORMAL' });
    assert.equal(await pragma(second.db, 'synchronous'), 1);
    await second.db.destroy();
  });
});

describe('the database', () => {
  test("is migrated once, keeps its data on reopening and refuses a newer server's schema", async () => {
    const database = await createTestDatabase();
    const settings = {
      databasePath: database.env.DATABASE_PATH ?? '',
      databaseUrl: database.env.DATABASE_URL,
      synchronous: 'FULL' as const,
    };
    try {
      const first = await openDatabase(settings);
      assert.equal(await schemaVersion(first.db), migrations.length);
      await first.db
        .insertInto('view_counts')
        .values({ site_id: 'default', item_id: 'kept', views: 7 })
        .execute();
      await first.db.destroy();
      const second = await openDatabase(settings);
      assert.equal(await schemaVersion(second.db), migrations.length);
      assert.deepEqual(await second.db.selectFrom('view_counts').selectAll().execute(), [
        { site_id: 'default', item_id: 'kept', views: 7 },
      ]);
      await second.db
        .updateTable('schema_version')
        .set({ version: migrations.length + 1 })
        .execute();
      await second.db.destroy();
      await assert.rejects(openDatabase(settings), /newer than this server knows/);
    } finally {
      await database.remove();
    }
  });
});
