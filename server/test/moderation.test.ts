import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seedNews } from '../seed/news.js';
import { adminHeaders, adminToken, testServerForSuite } from './helpers.js';
import { launchChromium, withoutChromium } from './support/browser.js';

const newsItem = seedNews[0]!;
const articleUrl = `https://library.example.org/news/${newsItem.id}`;

interface ModerationItem {
  thread: string;
  text: string;
  newsItem?: { title: string; url: string };
}

describe('the moderation queue names the news item a comment is on', () => {
  const server = testServerForSuite({
    MODERATION: 'pre',
    SEED: 'true',
    NEWS_ITEM_URL: 'https://library.example.org/news/{id}',
  });

  test('a pending comment on a news item carries its title and article URL; other threads carry neither', async () => {
    for (const thread of [newsItem.id, 'guestbook']) {
      await server.request(`/api/comments/${thread}`, {
        method: 'POST',
        json: { author: 'Гость', text: `Комментарий в ${thread}` },
      });
    }
    const response = await server.request('/api/admin/comments?status=pending', {
      headers: adminHeaders,
    });
    const { comments } = (await response.json()) as { comments: ModerationItem[] };
    const byThread = new Map(comments.map((comment) => [comment.thread, comment]));
    assert.deepEqual(byThread.get(newsItem.id)?.newsItem, {
      title: newsItem.title,
      url: articleUrl,
    });
    assert.equal(byThread.get('guestbook')?.newsItem, undefined);
  });
});

describe(
  'the moderation page signs in and shows what each comment is about',
  { skip: withoutChromium },
  () => {
    const server = testServerForSuite({
      MODERATION: 'pre',
      SEED: 'true',
      NEWS_ITEM_URL: 'https://library.example.org/news/{id}',
    });
    let browser: Browser;
    before(async () => {
      browser = await launchChromium();
    });
    after(() => browser?.close());

    const openPage = async (locale = 'ru-RU'): Promise<Page> => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${server.url}/moderation/`);
      return page;
    };
    const signIn = async (page: Page, token = adminToken) => {
      await page.locator('#token').fill(token);
      await page.locator('#token').press('Enter');
    };

    test('an empty queue says there is nothing to moderate', async () => {
      const page = await openPage();
      await signIn(page);
      await page.getByText('Модерировать нечего').waitFor();
    });

    test('signing in clears the token field and replaces the form with a signed-in state', async () => {
      const page = await openPage();
      await signIn(page);
      const signOut = page.getByRole('button', { name: 'Выйти' });
      await signOut.waitFor();
      assert.equal(await page.locator('#token').inputValue(), '');
      assert.equal(await page.locator('#login').isVisible(), false);

      await signOut.click();
      await page.locator('#login').waitFor();
      assert.equal(await page.locator('#queue').isVisible(), false);
    });

    test('a wrong token keeps the form and says the token is wrong, in the reader’s language', async () => {
      const page = await openPage('en-US');
      await signIn(page, 'not-the-admin-token');
      await page.getByText('Wrong administrator token').waitFor();
      assert.equal(await page.locator('#login').isVisible(), true);
      assert.equal(await page.locator('#queue').isVisible(), false);
    });

    test('a comment on a news item shows its title linked to the article; other threads show the slug', async () => {
      for (const thread of [newsItem.id, 'guestbook']) {
        await server.request(`/api/comments/${thread}`, {
          method: 'POST',
          json: { author: 'Гость', text: `Комментарий в ${thread}` },
        });
      }
      const page = await openPage();
      await signIn(page);
      const link = page.getByRole('link', { name: newsItem.title });
      await link.waitFor();
      assert.equal(await link.getAttribute('href'), articleUrl);
      await page.getByRole('heading', { name: /guestbook/ }).waitFor();
      assert.equal(await page.getByText(newsItem.id, { exact: true }).count(), 0);
    });
  },
);
