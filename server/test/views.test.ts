import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DailySalt } from '../src/privacy.js';
import { errorCode, readRows, testServerForSuite } from './helpers.js';

describe('views', () => {
  const server = testServerForSuite();

  const register = async (itemId: string, userAgent: string) =>
    (
      await server.request(`/api/views/${itemId}`, {
        method: 'POST',
        headers: { 'user-agent': userAgent },
      })
    ).json();

  test('an item nobody has read has 0 views', async () => {
    assert.deepEqual(await (await server.request('/api/views/unread')).json(), {
      itemId: 'unread',
      views: 0,
    });
  });

  test('a visitor counts once a day; another browser counts again', async () => {
    assert.deepEqual(await register('news-1', 'Firefox'), {
      itemId: 'news-1',
      views: 1,
      counted: true,
    });
    assert.deepEqual(await register('news-1', 'Firefox'), {
      itemId: 'news-1',
      views: 1,
      counted: false,
    });
    assert.deepEqual(await register('news-1', 'Chromium'), {
      itemId: 'news-1',
      views: 2,
      counted: true,
    });
    assert.deepEqual(await register('news-2', 'Firefox'), {
      itemId: 'news-2',
      views: 1,
      counted: true,
    });
    assert.deepEqual(await (await server.request('/api/views/news-1')).json(), {
      itemId: 'news-1',
      views: 2,
    });
  });

  test('neither the address nor the salt is stored with the counts', async () => {
    const stored = JSON.stringify(await readRows(server, 'view_visits'));
    assert.ok(!stored.includes('127.0.0.1'));
    assert.ok(!stored.includes('Firefox'));
    const tables = await server.db.introspection.getTables();
    const keys = await readRows(server, 'server_keys');
    assert.ok(!tables.some((table) => /salt/i.test(table.name)));
    assert.deepEqual(
      keys.map((key) => key.name),
      ['ip_hash_key'],
    );
  });

  test('refuses item ids with characters a slug never has', async () => {
    for (const method of ['GET', 'POST']) {
      const response = await server.request('/api/views/a%20b%3Cscript%3E', { method });
      assert.equal(response.status, 400);
      assert.equal(await errorCode(response), 'invalid_id');
    }
  });
});

describe('the daily salt', () => {
  test('gives the same hash within a day and an unrelated one the next day', () => {
    let now = new Date('2026-03-01T23:59:00Z');
    const salt = new DailySalt(() => now);
    const first = salt.visitor('10.0.0.1', 'Firefox');
    assert.deepEqual(salt.visitor('10.0.0.1', 'Firefox'), first);
    assert.notEqual(salt.visitor('10.0.0.2', 'Firefox').hash, first.hash);
    now = new Date('2026-03-02T00:01:00Z');
    const nextDay = salt.visitor('10.0.0.1', 'Firefox');
    assert.equal(nextDay.day, '2026-03-02');
    assert.notEqual(nextDay.hash, first.hash);
  });

  test('differs between two servers, so hashes cannot be matched across restarts', () => {
    assert.notEqual(
      new DailySalt().visitor('10.0.0.1', 'Firefox').hash,
      new DailySalt().visitor('10.0.0.1', 'Firefox').hash,
    );
  });
});
