import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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

  test('the address is not stored with the counts, and only the salt of today is', async () => {
    const stored = JSON.stringify(await readRows(server, 'view_visits'));
    assert.ok(!stored.includes('127.0.0.1'));
    assert.ok(!stored.includes('Firefox'));
    const salts = await readRows(server, 'daily_salts');
    assert.deepEqual(
      salts.map((salt) => salt.day),
      [new Date().toISOString().slice(0, 10)],
    );
    // Keys only: the address hashing key and the mail links' signing key, no visitor data.
    const keys = await readRows(server, 'server_keys');
    assert.deepEqual(keys.map((key) => key.name).sort(), ['action_link_key', 'ip_hash_key']);
  });

  test('refuses item ids with characters a slug never has', async () => {
    for (const method of ['GET', 'POST']) {
      const response = await server.request('/api/views/a%20b%3Cscript%3E', { method });
      assert.equal(response.status, 400);
      assert.equal(await errorCode(response), 'invalid_id');
    }
  });
});
