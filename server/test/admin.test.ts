import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Comment } from '../../src/data/api/comments-api.js';
import { signToken } from '../src/tokens.js';
import { adminHeaders, errorCode, testServerForSuite, tokenSecret } from './helpers.js';

type ModerationComment = Comment & { ipHash: string };

describe('moderation', () => {
  const server = testServerForSuite({ MODERATION: 'pre' });

  const postPending = async (
    text: string,
    headers: Record<string, string> = {},
  ): Promise<Comment> => {
    const response = await server.request('/api/comments/moderated', {
      method: 'POST',
      json: { author: 'Гость', text },
      headers,
    });
    assert.equal(response.status, 202);
    return ((await response.json()) as { comment: Comment }).comment;
  };
  const admin = (path: string, method = 'GET') =>
    server.request(`/api/admin${path}`, { method, headers: adminHeaders });
  const adminList = async (status: string) =>
    (
      (await (await admin(`/comments?status=${status}`)).json()) as {
        comments: ModerationComment[];
      }
    ).comments;
  const publicTexts = async (headers: Record<string, string> = {}) => {
    const page = (await (await server.request('/api/comments/moderated', { headers })).json()) as {
      comments: Comment[];
      total: number;
    };
    return { texts: page.comments.map((comment) => comment.text), total: page.total };
  };

  test('admin routes need the admin token', async () => {
    const anonymous = await server.request('/api/admin/comments');
    assert.equal(anonymous.status, 401);
    assert.equal(await errorCode(anonymous), 'admin_token_required');
    const wrong = await server.request('/api/admin/comments', {
      headers: { authorization: 'Bearer not-the-admin-token' },
    });
    assert.equal(wrong.status, 401);
    const siteToken = signToken(
      { sub: '1', name: 'Админ', exp: Math.floor(Date.now() / 1000) + 60 },
      tokenSecret,
    );
    const reader = await server.request('/api/admin/comments', {
      headers: { authorization: `Bearer ${siteToken}` },
    });
    assert.equal(reader.status, 401, 'a reader token is not an admin token');
  });

  test('pending comments wait, are seen by their author only, and appear once approved', async () => {
    const authorToken = signToken(
      { sub: '9', name: 'Автор', exp: Math.floor(Date.now() / 1000) + 600 },
      tokenSecret,
    );
    const author = { authorization: `Bearer ${authorToken}` };
    const pending = await postPending('Первый', author);
    assert.deepEqual(await publicTexts(), { texts: [], total: 0 });
    assert.deepEqual(await publicTexts(author), { texts: ['Первый'], total: 0 });

    const queue = await adminList('pending');
    assert.deepEqual(
      queue.map((comment) => comment.text),
      ['Первый'],
    );
    assert.match(queue[0]!.ipHash, /^[0-9a-f]{32}$/);

    const approved = await admin(`/comments/${pending.id}/approve`, 'POST');
    assert.equal(approved.status, 200);
    assert.equal(((await approved.json()) as { comment: Comment }).comment.status, 'published');
    assert.deepEqual(await publicTexts(), { texts: ['Первый'], total: 1 });
    assert.deepEqual(await adminList('pending'), []);
  });

  test('a rejected comment stays hidden and is listed as rejected; a deleted one is gone', async () => {
    const spam = await postPending('Реклама');
    assert.equal((await admin(`/comments/${spam.id}/reject`, 'POST')).status, 200);
    assert.deepEqual(
      (await adminList('rejected')).map((comment) => comment.id),
      [spam.id],
    );
    assert.ok(!(await publicTexts()).texts.includes('Реклама'));
    assert.equal((await admin(`/comments/${spam.id}`, 'DELETE')).status, 204);
    assert.deepEqual(await adminList('rejected'), []);
    const again = await admin(`/comments/${spam.id}`, 'DELETE');
    assert.equal(again.status, 404);
    assert.equal(await errorCode(again), 'comment_not_found');
  });

  test('banning a comment rejects it and blocks its address until unbanned', async () => {
    const troll = await postPending('Троллинг');
    const banned = await server.request(`/api/admin/comments/${troll.id}/ban`, {
      method: 'POST',
      headers: adminHeaders,
      json: { reason: 'оскорбления' },
    });
    assert.equal(banned.status, 200);
    const { ban, comment } = (await banned.json()) as {
      ban: { ipHash: string; reason: string };
      comment: Comment;
    };
    assert.equal(comment.status, 'rejected');
    assert.equal(ban.reason, 'оскорбления');

    const blocked = await server.request('/api/comments/moderated', {
      method: 'POST',
      json: { author: 'Гость', text: 'Снова я' },
    });
    assert.equal(blocked.status, 403);
    assert.equal(await errorCode(blocked), 'banned');
    const bans = (await (await admin('/bans')).json()) as { bans: { ipHash: string }[] };
    assert.deepEqual(
      bans.bans.map((entry) => entry.ipHash),
      [ban.ipHash],
    );

    assert.equal((await admin(`/bans/${ban.ipHash}`, 'DELETE')).status, 204);
    await postPending('Исправился');
    assert.equal((await admin(`/bans/${ban.ipHash}`, 'DELETE')).status, 404);
  });

  test('refuses unknown comments and bad parameters', async () => {
    const cases: [string, string, number, string][] = [
      ['/comments/999999/approve', 'POST', 404, 'comment_not_found'],
      ['/comments/abc/reject', 'POST', 400, 'invalid_parameter'],
      ['/comments?status=deleted', 'GET', 400, 'invalid_parameter'],
      ['/comments?limit=1000', 'GET', 400, 'invalid_parameter'],
    ];
    for (const [path, method, status, code] of cases) {
      const response = await admin(path, method);
      assert.equal(response.status, status, path);
      assert.equal(await errorCode(response), code, path);
    }
  });
});

describe('moderation without ADMIN_TOKEN', () => {
  const server = testServerForSuite({ ADMIN_TOKEN: '' });

  test('is switched off whatever token is sent', async () => {
    const response = await server.request('/api/admin/comments', {
      headers: { authorization: 'Bearer anything-at-all-here' },
    });
    assert.equal(response.status, 403);
    assert.equal(await errorCode(response), 'admin_disabled');
  });
});
