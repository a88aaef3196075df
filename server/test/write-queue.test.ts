import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Db, openDatabase } from '../src/db/database.js';
import { createWriter } from '../src/db/write-queue.js';
import { createTestDatabase, testEngine } from './test-database.js';

describe(`writes on ${testEngine}`, () => {
  test('writes that arrive together are all acknowledged; a failing one undoes only itself', async () => {
    const database = await createTestDatabase();
    const { db, engine } = await openDatabase({
      databasePath: database.env.DATABASE_PATH ?? '',
      databaseUrl: database.env.DATABASE_URL,
      synchronous: 'FULL',
    });
    try {
      const writer = createWriter(db, engine);
      const insert = (itemId: string) => async (transaction: Db) => {
        await transaction
          .insertInto('view_counts')
          .values({ site_id: 'default', item_id: itemId, views: 1 })
          .execute();
        return itemId;
      };
      const results = await Promise.allSettled([
        writer.run(insert('first')),
        writer.run(async (transaction) => {
          await insert('half-done')(transaction);
          throw new Error('refused');
        }),
        writer.run(insert('third')),
      ]);
      assert.deepEqual(
        results.map((result) => result.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      assert.equal((results[1] as PromiseRejectedResult).reason.message, 'refused');
      const stored = await db
        .selectFrom('view_counts')
        .select('item_id')
        .orderBy('item_id')
        .execute();
      assert.deepEqual(
        stored.map((row) => row.item_id),
        ['first', 'third'],
      );
      assert.equal(writer.depth, 0);
    } finally {
      await db.destroy();
      await database.remove();
    }
  });
});
