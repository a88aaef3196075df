import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Comment } from '../../src/data/api/comments-api.js';
import { adminHeaders, errorCode, testServerForSuite } from './helpers.js';

interface Page {
  comments: Comment[];
  next?: string;
  total: number;
}

describe('comments', () => {
  const server = testServerForSuite({ COMMENT_MAX_LENGTH: '50' });

  const post = (thread: string, json: unknown, headers: Record<string, string> = {}) =>
    server.request(`/api/comments/${thread}`, { method: 'POST', json, headers });
  const list = async (thread: string, query = ''): Promise<Page> =>
    (await (await server.request(`/api/comments/${thread}${query}`)).json()) as Page;

  test('a posted comment is published at once and listed as plain text', async () => {
    const response = await post('post-and-list', {
      author: '  Анна   К. ',
      text: ' <b>Спасибо!</b>\r\nЖдём ещё ',
    });
    assert.equal(response.status, 201);
    const { comment } = (await response.json()) as { comment: Comment };
    assert.equal(comment.author.name, 'Анна К.');
    assert.equal(comment.text, '<b>Спасибо!</b>\nЖдём ещё');
    assert.equal(comment.status, 'published');
    assert.equal(comment.thread, 'post-and-list');
    assert.ok(!Number.isNaN(Date.parse(comment.createdAt)));
    const page = await list('post-and-list');
    assert.deepEqual(page, { comments: [comment], total: 1 });
  });

  test('an unknown thread has no comments', async () => {
    assert.deepEqual(await list('nobody-wrote-here'), { comments: [], total: 0 });
  });

  test('pages follow the cursor in both sort orders without repeating or skipping', async () => {
    for (let index = 1; index <= 5; index += 1) {
      assert.equal(
        (await post('paged', { author: 'Читатель', text: `Комментарий ${index}` })).status,
        201,
      );
    }
    const first = await list('paged', '?limit=2');
    assert.deepEqual(
      first.comments.map((comment) => comment.text),
      ['Комментарий 1', 'Комментарий 2'],
    );
    assert.equal(first.total, 5);
    const second = await list('paged', `?limit=2&after=${first.next}`);
    const third = await list('paged', `?limit=2&after=${second.next}`);
    assert.deepEqual(
      [...second.comments, ...third.comments].map((comment) => comment.text),
      ['Комментарий 3', 'Комментарий 4', 'Комментарий 5'],
    );
    assert.equal(third.next, undefined);
    const newest = await list('paged', '?limit=3&sort=newest');
    assert.deepEqual(
      newest.comments.map((comment) => comment.text),
      ['Комментарий 5', 'Комментарий 4', 'Комментарий 3'],
    );
    const rest = await list('paged', `?limit=3&sort=newest&after=${newest.next}`);
    assert.deepEqual(
      rest.comments.map((comment) => comment.text),
      ['Комментарий 2', 'Комментарий 1'],
    );
  });

  test('replies follow their parent, one level deep, and count in the total', async () => {
    const parent = (
      (await (await post('replies', { author: 'Олег', text: 'Вопрос' })).json()) as {
        comment: Comment;
      }
    ).comment;
    await post('replies', { author: 'Вера', text: 'Другой вопрос' });
    const reply = await post('replies', {
      author: 'Библиотека',
      text: 'Ответ',
      parentId: parent.id,
    });
    assert.equal(reply.status, 201);
    const replyComment = ((await reply.json()) as { comment: Comment }).comment;
    assert.equal(replyComment.parentId, parent.id);
    const page = await list('replies', '?sort=newest');
    assert.deepEqual(
      page.comments.map((comment) => comment.text),
      ['Другой вопрос', 'Вопрос', 'Ответ'],
    );
    assert.equal(page.total, 3);

    const tooDeep = await post('replies', {
      author: 'Олег',
      text: 'Ещё',
      parentId: replyComment.id,
    });
    assert.equal(tooDeep.status, 422);
    assert.equal(await errorCode(tooDeep), 'reply_too_deep');
    const otherThread = await post('elsewhere', {
      author: 'Олег',
      text: 'Ещё',
      parentId: parent.id,
    });
    assert.equal(await errorCode(otherThread), 'invalid_parent');
    const missing = await post('replies', { author: 'Олег', text: 'Ещё', parentId: '999999' });
    assert.equal(await errorCode(missing), 'invalid_parent');
  });

  test('counts for many threads come in one request, zero for empty threads', async () => {
    await post('count-a', { author: 'Иван', text: 'раз' });
    await post('count-a', { author: 'Иван', text: 'два' });
    const response = await server.request(
      '/api/comments/counts?threads=count-a,count-empty,count-a',
    );
    assert.deepEqual(await response.json(), { counts: { 'count-a': 2, 'count-empty': 0 } });
  });

  const rejections: [string, unknown, Record<string, string>, number, string][] = [
    ['empty text', { author: 'Иван', text: '   ' }, {}, 400, 'text_required'],
    ['missing text', { author: 'Иван' }, {}, 400, 'text_required'],
    ['text that is not a string', { author: 'Иван', text: 42 }, {}, 400, 'invalid_text'],
    [
      'text longer than COMMENT_MAX_LENGTH',
      { author: 'Иван', text: 'я'.repeat(51) },
      {},
      400,
      'text_too_long',
    ],
    ['no name without a login', { text: 'Привет' }, {}, 400, 'name_required'],
    ['a one-letter name', { author: 'И', text: 'Привет' }, {}, 400, 'name_invalid'],
    [
      'a name with a link',
      { author: 'Buy http://spam.example', text: 'Привет' },
      {},
      400,
      'name_invalid',
    ],
    ['a name with markup', { author: '<script>', text: 'Привет' }, {}, 400, 'name_invalid'],
    ['a name without letters', { author: '12345', text: 'Привет' }, {}, 400, 'name_invalid'],
    [
      'a name that is too long',
      { author: 'Я'.repeat(61), text: 'Привет' },
      {},
      400,
      'name_invalid',
    ],
    [
      'a parentId that is not an id',
      { author: 'Иван', text: 'Привет', parentId: 'abc' },
      {},
      400,
      'invalid_parameter',
    ],
    [
      'a too short Idempotency-Key',
      { author: 'Иван', text: 'Привет' },
      { 'idempotency-key': 'abc' },
      400,
      'invalid_idempotency_key',
    ],
  ];
  for (const [what, body, headers, status, code] of rejections) {
    test(`rejects ${what} with ${status} ${code}`, async () => {
      const response = await post('rejected', body, headers);
      assert.equal(response.status, status);
      assert.equal(await errorCode(response), code);
    });
  }

  test('rejects bodies that are not a JSON object', async () => {
    const notJson = await server.request('/api/comments/rejected', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": ',
    });
    assert.equal(notJson.status, 400);
    assert.equal(await errorCode(notJson), 'invalid_json');
    const array = await post('rejected', ['text']);
    assert.equal(await errorCode(array), 'invalid_body');
    const form = await server.request('/api/comments/rejected', {
      method: 'POST',
      body: 'text=hi',
    });
    assert.equal(form.status, 415);
    assert.equal(await errorCode(form), 'unsupported_media_type');
    assert.deepEqual(await list('rejected'), { comments: [], total: 0 });
  });

  test('rejects bad thread names and query parameters', async () => {
    const cases: [string, string][] = [
      ['/api/comments/bad%20thread', 'invalid_id'],
      ['/api/comments/ok?limit=0', 'invalid_parameter'],
      ['/api/comments/ok?limit=101', 'invalid_parameter'],
      ['/api/comments/ok?sort=random', 'invalid_parameter'],
      ['/api/comments/ok?after=-1', 'invalid_parameter'],
      ['/api/comments/counts', 'invalid_parameter'],
      ['/api/comments/counts?threads=a,bad%20one', 'invalid_id'],
      [
        `/api/comments/counts?threads=${Array.from({ length: 101 }, (_, index) => `t${index}`).join(',')}`,
        'invalid_parameter',
      ],
    ];
    for (const [path, code] of cases) {
      const response = await server.request(path);
      assert.equal(response.status, 400, path);
      assert.equal(await errorCode(response), code, path);
    }
  });

  test('a thread cannot be named counts, the name of the counting route', async () => {
    const response = await post('counts', { author: 'Иван', text: 'Привет' });
    assert.equal(response.status, 400);
    assert.equal(await errorCode(response), 'invalid_id');
  });

  test('a filled honeypot looks accepted but stores nothing', async () => {
    const response = await post('honeypot', {
      author: 'Бот',
      text: 'Купите',
      website: 'http://spam.example',
    });
    assert.equal(response.status, 202);
    assert.equal(((await response.json()) as { status: string }).status, 'pending');
    assert.deepEqual(await list('honeypot'), { comments: [], total: 0 });
  });

  test('the same Idempotency-Key never creates a second comment', async () => {
    const key = 'a7d1c3e0-5b2f-4c8e-9a61-0f3b2d4e5c6a';
    const body = { author: 'Иван', text: 'Только один раз' };
    const responses = await Promise.all(
      [1, 2, 3].map(() => post('idempotent', body, { 'idempotency-key': key })),
    );
    assert.deepEqual(
      responses.map((response) => response.status),
      [201, 201, 201],
    );
    const ids = await Promise.all(
      responses.map(
        async (response) => ((await response.json()) as { comment: Comment }).comment.id,
      ),
    );
    assert.equal(new Set(ids).size, 1);
    assert.deepEqual(
      responses.map((response) => response.headers.get('idempotent-replayed')).sort(),
      [null, 'true', 'true'],
    );
    assert.equal((await list('idempotent')).total, 1);

    const reused = await post(
      'idempotent',
      { author: 'Иван', text: 'Другой текст' },
      { 'idempotency-key': key },
    );
    assert.equal(reused.status, 422);
    assert.equal(await errorCode(reused), 'idempotency_key_reused');
    assert.equal((await list('idempotent')).total, 1);
  });

  test('a retry whose comment a moderator deleted is 410 comment_deleted and stores nothing', async () => {
    const key = 'c2e4a6b8-1d3f-4a5c-8e7b-9f0a1b2c3d4e';
    const body = { author: 'Иван', text: 'Удалят' };
    const first = await post('idempotent-deleted', body, { 'idempotency-key': key });
    const { comment } = (await first.json()) as { comment: Comment };
    const deleted = await server.request(`/api/admin/comments/${comment.id}`, {
      method: 'DELETE',
      headers: adminHeaders,
    });
    assert.equal(deleted.ok, true);
    const retry = await post('idempotent-deleted', body, { 'idempotency-key': key });
    assert.equal(retry.status, 410);
    assert.equal(await errorCode(retry), 'comment_deleted');
    assert.equal((await list('idempotent-deleted')).total, 0);
  });
});

describe('comment rate limit', () => {
  const server = testServerForSuite({ RATE_LIMIT_COMMENTS: '2', RATE_LIMIT_WINDOW_SECONDS: '60' });

  test('a third comment within the window is refused with 429 and Retry-After', async () => {
    const send = () =>
      server.request('/api/comments/limited', {
        method: 'POST',
        json: { author: 'Иван', text: 'Привет' },
      });
    assert.equal((await send()).status, 201);
    assert.equal((await send()).status, 201);
    const limited = await send();
    assert.equal(limited.status, 429);
    assert.equal(await errorCode(limited), 'rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    const page = (await (await server.request('/api/comments/limited')).json()) as Page;
    assert.equal(page.total, 2);
  });
});

describe('pre-moderation', () => {
  const server = testServerForSuite({ MODERATION: 'pre' });

  test('a comment waits with 202 and is not listed or counted', async () => {
    const response = await server.request('/api/comments/premod', {
      method: 'POST',
      json: { author: 'Иван', text: 'Жду' },
    });
    assert.equal(response.status, 202);
    const body = (await response.json()) as { comment: Comment; status: string };
    assert.equal(body.status, 'pending');
    assert.equal(body.comment.status, 'pending');
    assert.deepEqual(await (await server.request('/api/comments/premod')).json(), {
      comments: [],
      total: 0,
    });
    assert.deepEqual(await (await server.request('/api/comments/counts?threads=premod')).json(), {
      counts: { premod: 0 },
    });
  });
});
