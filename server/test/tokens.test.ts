import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Comment } from '../../src/data/api/comments-api.js';
import { signToken } from '../src/tokens.js';
import { errorCode, testServerForSuite, tokenSecret } from './helpers.js';

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const tokenFor = (sub: string, name: string, exp = inAnHour(), secret = tokenSecret) =>
  signToken({ sub, name, exp }, secret);

interface Created {
  comment: Comment;
}

describe('site login tokens', () => {
  const server = testServerForSuite();

  const post = (thread: string, json: unknown, headers: Record<string, string> = {}) =>
    server.request(`/api/comments/${thread}`, { method: 'POST', json, headers });

  test('a valid token names the author and marks their comments as mine', async () => {
    const response = await post(
      'tokens',
      { author: 'Ignored', text: 'Я вошёл' },
      bearer(tokenFor('42', 'Мария Иванова')),
    );
    assert.equal(response.status, 201);
    const { comment } = (await response.json()) as Created;
    assert.deepEqual(comment.author, { name: 'Мария Иванова', id: '42' });
    assert.equal(comment.mine, true);
    const asAuthor = (await (
      await server.request('/api/comments/tokens', {
        headers: bearer(tokenFor('42', 'Мария Иванова')),
      })
    ).json()) as {
      comments: Comment[];
    };
    assert.equal(asAuthor.comments[0]!.mine, true);
    const asOther = (await (
      await server.request('/api/comments/tokens', { headers: bearer(tokenFor('7', 'Пётр')) })
    ).json()) as {
      comments: Comment[];
    };
    assert.equal(asOther.comments[0]!.mine, undefined);
  });

  const refusals: [string, () => string, string][] = [
    [
      'an expired token',
      () => tokenFor('42', 'Мария', Math.floor(Date.now() / 1000) - 1),
      'token_expired',
    ],
    [
      'a token signed with another secret',
      () => tokenFor('42', 'Мария', inAnHour(), 'another-secret-another-secret-another'),
      'token_invalid',
    ],
    [
      'a token whose payload was changed after signing',
      () => {
        const [, signature] = tokenFor('42', 'Мария').split('.');
        const forged = Buffer.from(
          JSON.stringify({ sub: '1', name: 'Админ', exp: inAnHour() }),
        ).toString('base64url');
        return `${forged}.${signature}`;
      },
      'token_invalid',
    ],
    ['a token without a signature', () => tokenFor('42', 'Мария').split('.')[0]!, 'token_invalid'],
    [
      'a token without a name',
      () => signToken({ sub: '42', name: ' ', exp: inAnHour() }, tokenSecret),
      'token_invalid',
    ],
  ];
  for (const [what, token, code] of refusals) {
    test(`refuses ${what} with 401 ${code}`, async () => {
      const response = await post('refused', { author: 'Мария', text: 'Привет' }, bearer(token()));
      assert.equal(response.status, 401);
      assert.equal(await errorCode(response), code);
    });
  }

  test('refused tokens created nothing, and a bad token does not hide the comments from a reader', async () => {
    const response = await server.request('/api/comments/refused', {
      headers: bearer('garbage.token'),
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { comments: [], total: 0 });
  });

  test('the author edits and deletes their comment; others may not', async () => {
    const author = bearer(tokenFor('42', 'Мария'));
    const { comment } = (await (
      await post('editing', { text: 'Опечатка' }, author)
    ).json()) as Created;
    const reply = (await (
      await post('editing', { author: 'Гость', text: 'Ответ', parentId: comment.id })
    ).json()) as Created;
    const path = `/api/comments/editing/${comment.id}`;

    const anonymous = await server.request(path, { method: 'PATCH', json: { text: 'Взлом' } });
    assert.equal(anonymous.status, 401);
    assert.equal(await errorCode(anonymous), 'token_required');
    const stranger = await server.request(path, {
      method: 'PATCH',
      json: { text: 'Взлом' },
      headers: bearer(tokenFor('7', 'Пётр')),
    });
    assert.equal(stranger.status, 403);
    assert.equal(await errorCode(stranger), 'not_author');
    const notHere = await server.request(`/api/comments/other-thread/${comment.id}`, {
      method: 'PATCH',
      json: { text: 'x' },
      headers: author,
    });
    assert.equal(await errorCode(notHere), 'comment_not_found');
    const empty = await server.request(path, {
      method: 'PATCH',
      json: { text: ' ' },
      headers: author,
    });
    assert.equal(await errorCode(empty), 'text_required');

    const edited = await server.request(path, {
      method: 'PATCH',
      json: { text: 'Исправлено' },
      headers: author,
    });
    assert.equal(edited.status, 200);
    const editedComment = ((await edited.json()) as Created).comment;
    assert.equal(editedComment.text, 'Исправлено');
    assert.ok(editedComment.editedAt);

    const strangerDelete = await server.request(path, {
      method: 'DELETE',
      headers: bearer(tokenFor('7', 'Пётр')),
    });
    assert.equal(strangerDelete.status, 403);
    const deleted = await server.request(path, { method: 'DELETE', headers: author });
    assert.equal(deleted.status, 204);
    const page = await (await server.request('/api/comments/editing')).json();
    assert.deepEqual(
      page,
      { comments: [], total: 0 },
      `the reply ${reply.comment.id} went with its parent`,
    );
    const again = await server.request(path, { method: 'DELETE', headers: author });
    assert.equal(again.status, 404);
  });
});

describe('tokens required', () => {
  const server = testServerForSuite({ COMMENT_AUTH: 'required', COMMENT_EDIT_WINDOW_MINUTES: '0' });

  test('an anonymous comment with a name is refused with 401 token_required', async () => {
    const response = await server.request('/api/comments/members', {
      method: 'POST',
      json: { author: 'Гость', text: 'Привет' },
    });
    assert.equal(response.status, 401);
    assert.equal(await errorCode(response), 'token_required');
  });

  test('a logged-in reader comments, but cannot edit once the window is closed', async () => {
    const author = bearer(tokenFor('5', 'Ольга'));
    const response = await server.request('/api/comments/members', {
      method: 'POST',
      json: { text: 'Привет' },
      headers: author,
    });
    assert.equal(response.status, 201);
    const { comment } = (await response.json()) as Created;
    const edit = await server.request(`/api/comments/members/${comment.id}`, {
      method: 'PATCH',
      json: { text: 'Пока' },
      headers: author,
    });
    assert.equal(edit.status, 403);
    assert.equal(await errorCode(edit), 'edit_window_closed');
  });
});

describe('tokens not configured', () => {
  const server = testServerForSuite({ TOKEN_SECRET: '' });

  test('a token is refused rather than trusted unverified', async () => {
    const response = await server.request('/api/comments/plain', {
      method: 'POST',
      json: { text: 'Привет' },
      headers: bearer(tokenFor('42', 'Мария')),
    });
    assert.equal(response.status, 401);
    assert.equal(await errorCode(response), 'token_invalid');
  });
});
