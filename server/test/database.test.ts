import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openDatabase, schemaVersion } from '../src/db/database.js';
import { migrations } from '../src/db/migrations.js';

describe('the database', () => {
  const folder = mkdtempSync(join(tmpdir(), 'biblio-db-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('is created in WAL mode with FULL sync and migrated once, keeping data on reopening', () => {
    const path = join(folder, 'nested', 'library.sqlite');
    const first = openDatabase(path, 'FULL');
    assert.equal(first.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(first.pragma('synchronous', { simple: true }), 2);
    assert.equal(schemaVersion(first), migrations.length);
    first.prepare("INSERT INTO view_counts (item_id, views) VALUES ('kept', 7)").run();
    first.close();
    const second = openDatabase(path, 'NORMAL');
    assert.equal(second.pragma('synchronous', { simple: true }), 1);
    assert.equal(schemaVersion(second), migrations.length);
    assert.deepEqual(second.prepare('SELECT views FROM view_counts').pluck().all(), [7]);
    second.close();
  });

  test('refuses a database written by a newer server', () => {
    const path = join(folder, 'newer.sqlite');
    const db = openDatabase(path, 'FULL');
    db.prepare('UPDATE schema_version SET version = ?').run(migrations.length + 1);
    db.close();
    assert.throws(() => openDatabase(path, 'FULL'), /newer than this server knows/);
  });
});
