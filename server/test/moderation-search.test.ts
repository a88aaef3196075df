import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { writeTransaction } from '../src/db/database.js';
import { maxBulkIds } from '../src/routes/admin-bulk.js';
import { maxSearchLength } from '../src/routes/admin-search.js';
import type { Site } from '../src/sites/site.js';
import { SiteStore } from '../src/sites/store.js';
import { adminHeaders, errorCode, testServerForSuite } from './helpers.js';
import { testEngine } from './test-database.js';

interface Listed {
  id: string;
  text: string;
  status: string;
  author: { name: string };
}
interface ListPage {
  comments: Listed[];
  next?: string;
}
interface BulkAnswer {
  results: {
    id: string;
    ok: boolean;
    comment?: Listed;
    error?: { code: string };
  }[];
}

const otherSite: Site = {
  id: 'drugaya',
  name: 'Другая библиотека',
  origins: [],
  moderation: 'pre',
  commentAuth: 'optional',
};
const otherSiteAdmin = 'drugaya-admin-token-0123456789';

describe(`moderation search and bulk actions on ${testEngine}`, () => {
  const server = testServerForSuite({ MODERATION: 'pre' });
  before(() =>
    writeTransaction(server.db, server.engine, (transaction) =>
      new SiteStore(transaction).add(otherSite, otherSiteAdmin, new Date()),
    ),
  );

  const post = async (thread: string, author: string, text: string, site?: string) => {
    const prefix = site ? `/api/sites/${site}` : '/api';
    const response = await server.request(`${prefix}/comments/${thread}`, {
      method: 'POST',
      json: { author, text },
    });
    assert.equal(response.status, 202);
    return ((await response.json()) as { comment: { id: string } }).comment.id;
  };
  const list = (query: Record<string, string>) =>
    server.request(`/api/admin/comments?${new URLSearchParams(query)}`, {
      headers: adminHeaders,
    });
  const found = async (query: Record<string, string>) => {
    const response = await list({ status: 'pending', ...query });
    assert.equal(response.status, 200);
    return ((await response.json()) as ListPage).comments.map((comment) => comment.text);
  };
  const bulk = (body: unknown, prefix = '/api') =>
    server.request(`${prefix}/admin/comments/bulk`, {
      method: 'POST',
      json: body,
      headers: adminHeaders,
    });

  test('text search ignores case in Cyrillic, whatever the engine’s LOWER() does', async () => {
    await post('search-case', 'Гость', 'Ёлка в читальном зале');
    await post('search-case', 'Гость', 'ЁЛКА ОТМЕНЯЕТСЯ');
    await post('search-case', 'Гость', 'Новогодняя ёлКа');
    await post('search-case', 'Гость', 'Выставка открыта');
    const matches = ['Ёлка в читальном зале', 'ЁЛКА ОТМЕНЯЕТСЯ', 'Новогодняя ёлКа'];
    assert.deepEqual(await found({ q: 'ёлка' }), matches);
    assert.deepEqual(await found({ q: 'ЁЛКА' }), matches);
    assert.deepEqual(await found({ q: '  ёлка  ' }), matches, 'surrounding spaces are dropped');
    assert.deepEqual(await found({ q: 'отменяется' }), ['ЁЛКА ОТМЕНЯЕТСЯ']);
    assert.deepEqual(await found({ q: 'концерт' }), []);
  });

  test('author search matches part of the name in any case, and combines with text', async () => {
    await post('search-author', 'Мария Петровна', 'Спасибо за лекцию');
    await post('search-author', 'МАРИЯ', 'Когда следующая лекция?');
    await post('search-author', 'Иван', 'Спасибо за лекцию');
    assert.deepEqual(await found({ author: 'мария' }), [
      'Спасибо за лекцию',
      'Когда следующая лекция?',
    ]);
    assert.deepEqual(await found({ author: 'петр' }), ['Спасибо за лекцию']);
    assert.deepEqual(await found({ author: 'мария', q: 'когда' }), ['Когда следующая лекция?']);
    assert.deepEqual(await found({ author: 'иван', q: 'когда' }), []);
  });

  test('% and _ are searched as themselves, not as LIKE wildcards', async () => {
    await post('search-wildcards', 'Гость', 'Скидка 50% на абонемент');
    await post('search-wildcards', 'Гость', 'Скидка 500 рублей');
    await post('search-wildcards', 'Гость', 'файл otchet_2026.pdf');
    await post('search-wildcards', 'Гость', 'файл otchetX2026.pdf');
    assert.deepEqual(await found({ q: '50%' }), ['Скидка 50% на абонемент']);
    assert.deepEqual(await found({ q: '%' }), ['Скидка 50% на абонемент']);
    assert.deepEqual(await found({ q: 'otchet_2026' }), ['файл otchet_2026.pdf']);
    assert.deepEqual(await found({ q: '\\' }), []);
  });

  test('search results page like the list: limit and the next cursor cover every match once', async () => {
    for (const n of [1, 2, 3, 4, 5]) await post('search-pages', 'Гость', `Страница ${n}`);
    await post('search-pages', 'Гость', 'Не то');
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const response = await list({
        status: 'pending',
        q: 'страница',
        limit: '2',
        ...(after && { after }),
      });
      const page = (await response.json()) as ListPage;
      seen.push(...page.comments.map((comment) => comment.text));
      after = page.next;
    } while (after);
    assert.deepEqual(seen, ['Страница 1', 'Страница 2', 'Страница 3', 'Страница 4', 'Страница 5']);
  });

  test('matches far apart, across the batches the server reads, each come once and in order', async () => {
    // Stored directly: through the API, 2,500 comments would take most of the suite's time.
    const rows = Array.from({ length: 2500 }, (_, n) => ({
      site_id: 'default',
      thread: 'search-batches',
      parent_id: null,
      author_name: 'Гость',
      author_id: null,
      text: [3, 999, 1000, 2499].includes(n) ? `Редкое слово ЛАНДЫШ № ${n}` : `Обычный № ${n}`,
      status: 'pending' as const,
      ip_hash: 'batch-test',
      created_at: new Date().toISOString(),
    }));
    for (let start = 0; start < rows.length; start += 500)
      await server.db
        .insertInto('comments')
        .values(rows.slice(start, start + 500))
        .execute();
    const pages: string[][] = [];
    let after: string | undefined;
    do {
      const response = await list({
        status: 'pending',
        q: 'ландыш',
        limit: '3',
        ...(after && { after }),
      });
      const page = (await response.json()) as ListPage;
      pages.push(page.comments.map((comment) => comment.text.replace(/\D+/g, '')));
      after = page.next;
    } while (after);
    assert.deepEqual(pages, [['3', '999', '1000'], ['2499']]);
  });

  test('search keeps to the status asked for', async () => {
    const id = await post('search-status', 'Гость', 'Уникальное слово щавель');
    assert.equal((await bulk({ action: 'approve', ids: [id] })).status, 200);
    assert.deepEqual(await found({ q: 'щавель' }), []);
    assert.deepEqual(await found({ q: 'щавель', status: 'published' }), [
      'Уникальное слово щавель',
    ]);
  });

  test('a search term longer than the limit is refused by name; a blank one searches nothing', async () => {
    const tooLong = await list({ q: 'я'.repeat(maxSearchLength + 1) });
    assert.equal(tooLong.status, 400);
    const body = (await tooLong.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'invalid_parameter');
    assert.match(body.error.message, /^q must be at most 200 characters$/);
    const author = await list({ author: 'x'.repeat(maxSearchLength + 1) });
    assert.match(((await author.json()) as { error: { message: string } }).error.message, /author/);
    assert.equal((await list({ q: 'я'.repeat(maxSearchLength) })).status, 200);

    const everything = await found({});
    assert.deepEqual(await found({ q: '   ', author: '' }), everything);
  });

  test('bulk approve publishes every comment sent, in one call, and answers per id', async () => {
    const ids = [
      await post('bulk-approve', 'Гость', 'Первый'),
      await post('bulk-approve', 'Гость', 'Второй'),
      await post('bulk-approve', 'Гость', 'Третий'),
    ];
    const response = await bulk({ action: 'approve', ids });
    assert.equal(response.status, 200);
    const { results } = (await response.json()) as BulkAnswer;
    assert.deepEqual(
      results.map(({ id, ok, comment }) => [id, ok, comment?.status]),
      ids.map((id) => [id, true, 'published']),
    );
    const published = (await (await server.request('/api/comments/bulk-approve')).json()) as {
      comments: { text: string }[];
    };
    assert.deepEqual(
      published.comments.map((comment) => comment.text),
      ['Первый', 'Второй', 'Третий'],
    );
  });

  test('bulk reject and delete: an unknown id is reported and the others still apply', async () => {
    const rejected = await post('bulk-partial', 'Гость', 'Отклонить');
    const deleted = await post('bulk-partial', 'Гость', 'Удалить');
    const rejectAnswer = (await (
      await bulk({ action: 'reject', ids: [rejected, '999999', rejected] })
    ).json()) as BulkAnswer;
    assert.deepEqual(
      rejectAnswer.results.map(({ id, ok, comment, error }) => [
        id,
        ok,
        comment?.status ?? error?.code,
      ]),
      [
        [rejected, true, 'rejected'],
        ['999999', false, 'comment_not_found'],
      ],
      'a repeated id counts once',
    );
    const deleteAnswer = (await (
      await bulk({ action: 'delete', ids: [deleted] })
    ).json()) as BulkAnswer;
    assert.deepEqual(deleteAnswer.results, [{ id: deleted, ok: true }]);
    assert.deepEqual(await found({ q: 'Удалить' }), []);
    assert.deepEqual(await found({ q: 'Отклонить', status: 'rejected' }), ['Отклонить']);
  });

  test('more ids than the limit, or a malformed request, is refused whole and changes nothing', async () => {
    const id = await post('bulk-refused', 'Гость', 'Нетронутый');
    const many = [id, ...Array.from({ length: maxBulkIds }, (_, n) => String(100000 + n))];
    const tooMany = await bulk({ action: 'approve', ids: many });
    assert.equal(tooMany.status, 400);
    assert.equal(await errorCode(tooMany), 'too_many_ids');

    for (const body of [
      { action: 'ban', ids: [id] },
      { ids: [id] },
      { action: 'approve', ids: [] },
      { action: 'approve', ids: id },
      { action: 'approve', ids: [Number(id)] },
      { action: 'approve', ids: [id, 'abc'] },
    ]) {
      const refused = await bulk(body);
      assert.equal(refused.status, 400, JSON.stringify(body));
      assert.equal(await errorCode(refused), 'invalid_parameter');
    }
    const noToken = await server.request('/api/admin/comments/bulk', {
      method: 'POST',
      json: { action: 'approve', ids: [id] },
    });
    assert.equal(noToken.status, 401);
    assert.deepEqual(await found({ q: 'Нетронутый' }), ['Нетронутый']);
  });

  test('another site’s ids are not found and stay as they were; that site’s own bulk works', async () => {
    const theirs = await post('bulk-sites', 'Гость', 'Чужой комментарий', otherSite.id);
    const ours = await post('bulk-sites', 'Гость', 'Наш комментарий');
    const answer = (await (
      await bulk({ action: 'delete', ids: [theirs, ours] })
    ).json()) as BulkAnswer;
    assert.deepEqual(
      answer.results.map(({ id, ok }) => [id, ok]),
      [
        [theirs, false],
        [ours, true],
      ],
    );
    const theirList = async () => {
      const response = await server.request(`/api/sites/${otherSite.id}/admin/comments?q=Чужой`, {
        headers: { authorization: `Bearer ${otherSiteAdmin}` },
      });
      return ((await response.json()) as ListPage).comments.map((comment) => comment.status);
    };
    assert.deepEqual(await theirList(), ['pending']);

    const own = await server.request(`/api/sites/${otherSite.id}/admin/comments/bulk`, {
      method: 'POST',
      json: { action: 'approve', ids: [theirs] },
      headers: { authorization: `Bearer ${otherSiteAdmin}` },
    });
    assert.equal(((await own.json()) as BulkAnswer).results[0]?.ok, true);
    assert.deepEqual(await theirList(), [], 'published now, so no longer pending');
  });
});
