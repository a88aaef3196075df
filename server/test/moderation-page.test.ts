import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { adminToken, testServerForSuite } from './helpers.js';
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

    await page.getByRole('button', { name: 'Одобрить' }).first().focus();
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
