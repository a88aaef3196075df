import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openDatabase } from '../src/db/database.js';
import { WriteQueue } from '../src/db/write-queue.js';

describe('group commit', () => {
  test('writes that arrive together commit together; a failing one undoes only itself', async () => {
    const db = openDatabase(':memory:', 'FULL');
    db.exec('CREATE TABLE notes (text TEXT NOT NULL)');
    const queue = new WriteQueue(db);
    const insert = (text: string) => () =>
      db.prepare('INSERT INTO notes (text) VALUES (?)').run(text).changes;
    const results = await Promise.allSettled([
      queue.run(insert('first')),
      queue.run(() => {
        insert('half-done')();
        throw new Error('refused');
      }),
      queue.run(insert('third')),
    ]);
    assert.deepEqual(
      results.map((result) => result.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.equal((results[1] as PromiseRejectedResult).reason.message, 'refused');
    assert.deepEqual(db.prepare('SELECT text FROM notes ORDER BY rowid').pluck().all(), [
      'first',
      'third',
    ]);
    assert.equal(db.inTransaction, false);
    db.close();
  });
});
