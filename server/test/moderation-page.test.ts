import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { adminHeaders, adminToken, testServerForSuite } from './helpers.js';
import { axeViolations } from './support/axe.js';
import { launchChromium, withoutChromium } from './support/browser.js';

describe('the moderation page', { skip: withoutChromium }, () => {
  const server = testServerForSuite({ MODERATION: 'pre' });
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  test('approves and rejects comments with the keyboard alone, under the strict CSP', async () => {
    for (const text of ['Хорошая новость', 'Спам-ссылка']) {
      await server.request('/api/comments/keyboard', {
        method: 'POST',
        json: { author: 'Гость', text },
      });
    }
    // The page speaks the browser's language; this test reads its Russian.
    const page = await browser.newPage({ locale: 'ru-RU' });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}/moderation/`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(adminToken);
    await page.keyboard.press('Enter');
    await page.getByText('Комментариев: 2.').waitFor();
    assert.equal(await page.locator('#comments .text').first().textContent(), 'Хорошая новость');

    await page.getByRole('button', { name: 'Одобрить', exact: true }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByText(/одобрен\.$/).waitFor();
    // Focus moved to the next comment's first button: Tab once more reaches "Отклонить".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(/отклонён\.$/).waitFor();

    const published = (await (await server.request('/api/comments/keyboard')).json()) as {
      comments: { text: string }[];
    };
    assert.deepEqual(
      published.comments.map((comment) => comment.text),
      ['Хорошая новость'],
    );
    assert.deepEqual(violations, []);
  });
});

describe(
  'the moderation page searches, acts on many comments and bans',
  { skip: withoutChromium },
  () => {
    const server = testServerForSuite({ MODERATION: 'pre' });
    let browser: Browser;
    before(async () => {
      browser = await launchChromium();
    });
    after(() => browser?.close());

    const post = async (thread: string, author: string, text: string) => {
      const response = await server.request(`/api/comments/${thread}`, {
        method: 'POST',
        json: { author, text },
      });
      return ((await response.json()) as { comment: { id: string } }).comment.id;
    };
    const pendingTexts = async () => {
      const response = await server.request('/api/admin/comments?status=pending', {
        headers: adminHeaders,
      });
      return ((await response.json()) as { comments: { text: string }[] }).comments.map(
        (comment) => comment.text,
      );
    };
    const clearQueue = async () => {
      const response = await server.request('/api/admin/comments?status=pending&limit=200', {
        headers: adminHeaders,
      });
      const { comments } = (await response.json()) as { comments: { id: string }[] };
      if (comments.length)
        await server.request('/api/admin/comments/bulk', {
          method: 'POST',
          headers: adminHeaders,
          json: { action: 'delete', ids: comments.map((comment) => comment.id) },
        });
    };

    /** A signed-in page in `locale` with its queue loaded, and the CSP violations it reports. */
    async function signedIn(locale: string): Promise<{ page: Page; csp: string[] }> {
      const page = await browser.newPage({ locale });
      const csp: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) csp.push(message.text());
      });
      await page.goto(`${server.url}/moderation/`);
      await page.locator('#token').fill(adminToken);
      await page.keyboard.press('Enter');
      await page.locator('#queue').waitFor();
      await page.locator('#stats-results').waitFor();
      return { page, csp };
    }
    const live = (page: Page) => page.locator('#announcer');

    test('searches by text and by author with the keyboard, Cyrillic case ignored, and says what it found', async () => {
      await clearQueue();
      await post('search-page', 'Мария', 'Ёлка в читальном зале');
      await post('search-page', 'Иван', 'Когда начнётся ЁЛКА?');
      await post('search-page', 'Иван', 'Спасибо за лекцию');
      const { page, csp } = await signedIn('ru-RU');
      await page.getByRole('searchbox', { name: 'Текст комментария' }).focus();
      await page.keyboard.type('ёлка');
      await page.keyboard.press('Enter');
      await page.getByText('Найдено: 2.').waitFor();
      assert.equal(await live(page).getAttribute('role'), 'status');
      assert.deepEqual(await page.locator('#comments .text').allTextContents(), [
        'Ёлка в читальном зале',
        'Когда начнётся ЁЛКА?',
      ]);

      await page.getByRole('searchbox', { name: 'Автор' }).fill('иван');
      await page.getByRole('button', { name: 'Найти' }).click();
      await page.getByText('Найдено: 1.').waitFor();
      assert.deepEqual(await page.locator('#comments .text').allTextContents(), [
        'Когда начнётся ЁЛКА?',
      ]);

      await page.getByRole('searchbox', { name: 'Текст комментария' }).fill('концерт');
      await page.keyboard.press('Enter');
      await page.locator('#empty', { hasText: 'Ничего не найдено' }).waitFor();
      assert.equal(
        await live(page).textContent(),
        'Ничего не найдено. Измените запрос или сбросьте поиск.',
      );
      assert.equal(await page.locator('#bulk').isVisible(), false, 'no bulk bar over no comments');

      await page.getByRole('button', { name: 'Сбросить поиск' }).click();
      await page.getByText('Комментариев: 3.').waitFor();
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        'search-text',
        'focus returns to the search field',
      );
      assert.deepEqual(csp, []);
    });

    test('approves every comment of the page with select-all and one call, keyboard only', async () => {
      await clearQueue();
      for (const text of ['Первый', 'Второй', 'Третий']) await post('bulk-page', 'Гость', text);
      const { page } = await signedIn('ru-RU');
      await page.getByText('Комментариев: 3.').waitFor();
      const bar = page.getByRole('group', { name: 'Ничего не выбрано' });
      assert.equal(
        await bar.getByRole('button', { name: 'Одобрить выбранные' }).isDisabled(),
        true,
      );

      const bulkCalls: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/admin/comments')) bulkCalls.push(request.method());
      });
      await page.getByRole('checkbox', { name: 'Выбрать все на странице' }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: 'Выбрано: 3' }).waitFor();
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent?.trim()),
        'Одобрить выбранные',
      );
      await page.keyboard.press('Enter');
      await page.getByText('Одобрено комментариев: 3.').waitFor();
      assert.deepEqual(bulkCalls, ['POST'], 'one call for the three');
      assert.deepEqual(await pendingTexts(), []);
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        'queue-heading',
        'with the list emptied, focus is on its heading',
      );
    });

    test('a comment gone before the bulk call stays ticked and is named; the others are rejected', async () => {
      await clearQueue();
      const gone = await post('bulk-partial-page', 'Гость', 'Исчезнет');
      await post('bulk-partial-page', 'Гость', 'Останется');
      await post('bulk-partial-page', 'Гость', 'Не выбран');
      const { page } = await signedIn('en-US');
      await page.getByText('Comments: 3.').waitFor();
      await page.getByRole('checkbox', { name: `Select comment No. ${gone} by Гость` }).check();
      await page.locator('#comments li').nth(1).getByRole('checkbox').check();
      await page.getByRole('group', { name: 'Selected: 2' }).waitFor();
      await server.request(`/api/admin/comments/${gone}`, {
        method: 'DELETE',
        headers: adminHeaders,
      });

      await page.getByRole('button', { name: 'Reject selected' }).click();
      await page
        .getByText(
          `Comments rejected: 1. Not done for No. ${gone}: they are gone; refresh the list.`,
        )
        .waitFor();
      assert.deepEqual(await page.locator('#comments .text').allTextContents(), [
        'Исчезнет',
        'Не выбран',
      ]);
      assert.equal(await page.locator(`#comments li[data-id="${gone}"] input`).isChecked(), true);
      await page.getByRole('group', { name: 'Selected: 1' }).waitFor();
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        'select-all',
        'focus stays on the bar',
      );
      assert.deepEqual(await pendingTexts(), ['Не выбран']);
    });

    test('deleting a comment from the page takes its replies off the list too', async () => {
      await clearQueue();
      const approve = (id: string) =>
        server.request(`/api/admin/comments/${id}/approve`, {
          method: 'POST',
          headers: adminHeaders,
        });
      const parent = await post('delete-thread', 'Гость', 'Родитель');
      await approve(parent);
      const reply = await server.request('/api/comments/delete-thread', {
        method: 'POST',
        json: { author: 'Гость', text: 'Ответ', parentId: parent },
      });
      await approve(((await reply.json()) as { comment: { id: string } }).comment.id);
      await approve(await post('delete-thread', 'Гость', 'Сосед'));
      const { page } = await signedIn('ru-RU');
      await page.getByLabel('Показать').selectOption('published');
      await page.locator('#comments li').nth(2).waitFor();
      await page
        .locator(`#comments li[data-id="${parent}"]`)
        .getByRole('button', { name: 'Удалить' })
        .click();
      await page.getByText(`Комментарий № ${parent} удалён.`).waitFor();
      const left = await page.locator('#comments .text').allTextContents();
      assert.deepEqual(
        left.filter((text) => ['Родитель', 'Ответ', 'Сосед'].includes(text)),
        ['Сосед'],
        'earlier tests’ published comments stay; this thread’s parent and reply are gone',
      );
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent),
        'Отклонить',
        'focus moves to the next comment left, past the deleted reply',
      );
    });

    test('bans a comment’s address from the page', async () => {
      await clearQueue();
      await post('ban-page', 'Спамер', 'Купите');
      const { page } = await signedIn('ru-RU');
      await page.getByRole('button', { name: 'Заблокировать адрес' }).click();
      await page.getByText(/отклонён, адрес заблокирован\.$/).waitFor();
      const bans = (await (
        await server.request('/api/admin/bans', { headers: adminHeaders })
      ).json()) as {
        bans: { ipHash: string }[];
      };
      assert.equal(bans.bans.length, 1);
      const refused = await server.request('/api/comments/ban-page', {
        method: 'POST',
        json: { author: 'Спамер', text: 'Снова' },
      });
      assert.equal(refused.status, 403);
      // The suite's other tests post from the same address.
      await server.request(`/api/admin/bans/${bans.bans[0]!.ipHash}`, {
        method: 'DELETE',
        headers: adminHeaders,
      });
    });

    for (const locale of ['ru-RU', 'en-US']) {
      test(`axe finds nothing in the queue, bulk bar, search results and statistics (${locale})`, async () => {
        await clearQueue();
        await post('axe', 'Мария', 'Отличная выставка');
        await post('axe', 'Иван', 'Когда лекция?');
        const { page } = await signedIn(locale);
        await page.locator('#comments li').first().waitFor();
        await page.locator('#comments li').first().getByRole('checkbox').check();
        await page.locator('#bulk').waitFor();
        assert.deepEqual(await axeViolations(page), [], 'queue, bulk bar, statistics');

        await page.locator('#search-text').fill('выставка');
        await page.locator('#search-text').press('Enter');
        await page.locator('#search-clear').waitFor();
        await page.locator('#comments li').first().waitFor();
        assert.deepEqual(await axeViolations(page), [], 'search results');

        await page.locator('#search-text').fill('ничего такого');
        await page.locator('#search-text').press('Enter');
        await page.locator('#empty').waitFor();
        assert.deepEqual(await axeViolations(page), [], 'no results');
      });
    }
  },
);
