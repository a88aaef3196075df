/**
 * The demo library site as `npm start` serves it (the reference server on SQLite behind a Vite
 * dev server), walked as a reader would in Debian's Chromium: search the news, page the
 * archive, open an article and see its view counted once, log in with the site's own form
 * "above" and comment; and the same elements on the old table page with only the CDN script.
 * No page may log an error. Run: `node --test test/e2e/`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startDemo } from '../../scripts/demo-server.mjs';

let demo;
let browser;
let siteUrl;

before(async () => {
  demo = await startDemo();
  siteUrl = demo.url;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** Errors the page throws or logs; a request the walk provokes on purpose is not one. */
function watchForErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Types into the list's search box and waits until every title shown contains the words. */
async function searchFor(page, list, words) {
  await list.locator('[part="search-input"]').fill(words);
  await page.waitForFunction(
    ([host, words]) => {
      const links = [
        ...host.shadowRoot.querySelectorAll('[part="item"]:not([hidden]) [part="link"]'),
      ];
      return (
        links.length > 0 && links.every((link) => link.textContent.toLowerCase().includes(words))
      );
    },
    [await list.elementHandle(), words],
  );
}

async function titlesIn(list) {
  return list.locator('[part="item"]:not([hidden]) [part="link"]').allTextContents();
}

test('a reader searches the news, pages the archive, opens an article and is counted once', async () => {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${siteUrl}demo/index.html`);
  const list = page.locator('main biblio-news-list');
  await list.locator('[part="link"]').first().waitFor({ timeout: 30_000 });
  const firstPage = await titlesIn(list);
  assert.equal(firstPage.length, 6);

  await searchFor(page, list, 'выставк');
  await list.locator('[part="search-input"]').fill('');
  await page.waitForFunction(
    ([host, count]) =>
      host.shadowRoot.querySelectorAll('[part="item"]:not([hidden]) [part="link"]').length >= count,
    [await list.elementHandle(), firstPage.length],
  );

  await list.locator('[part="more"]').click();
  await page.waitForFunction(
    ([host, count]) =>
      host.shadowRoot.querySelectorAll('[part="item"]:not([hidden]) [part="link"]').length > count,
    [await list.elementHandle(), firstPage.length],
  );
  const archive = await titlesIn(list);
  assert.deepEqual(archive.slice(0, firstPage.length), firstPage);
  assert.ok(archive.length > firstPage.length, 'Show more added the next page');

  const title = firstPage[0].trim();
  const firstLink = list.locator('[part="link"]').first();
  const itemId = new URL(await firstLink.evaluate((link) => link.href)).searchParams.get('id');
  const views = async () => (await (await fetch(`${siteUrl}api/views/${itemId}`)).json()).views;
  const before = await views();
  await firstLink.click();
  await page.waitForURL(/article\.html\?id=/);
  const article = page.locator('biblio-article');
  await article.locator('[part="title"]').waitFor({ timeout: 30_000 });
  assert.equal((await article.locator('[part="title"]').textContent()).trim(), title);

  const shownCount = () =>
    article
      .locator('biblio-view-counter')
      .evaluate((counter) => counter.shadowRoot.textContent.replace(/\D/g, ''));
  const deadline = Date.now() + 15_000;
  while ((await views()) === before && Date.now() < deadline) await page.waitForTimeout(200);
  assert.equal(await views(), before + 1, 'opening the article counts one view');
  await page.waitForFunction(
    ([host, expected]) =>
      host.shadowRoot
        .querySelector('biblio-view-counter')
        ?.shadowRoot?.textContent.replace(/\D/g, '') === expected,
    [await article.elementHandle(), String(before + 1)],
  );
  await page.reload();
  await article.locator('[part="title"]').waitFor();
  await page.waitForTimeout(1500);
  assert.equal(await views(), before + 1, 'a reload in the same session is not counted again');
  assert.equal(await shownCount(), String(before + 1));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the old table page with only the CDN script shows every element working', async () => {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${siteUrl}demo/embed.html`);
  const list = page.locator('biblio-news-list');
  await list.locator('[part="link"]').first().waitFor({ timeout: 30_000 });
  await searchFor(page, list, 'выставк');
  await page.locator('biblio-article [part="title"]').waitFor();
  await page.locator('biblio-partners [part="link"]').first().waitFor();
  await page.waitForFunction(() =>
    /\d/.test(document.querySelector('td biblio-view-counter')?.shadowRoot?.textContent ?? ''),
  );
  // The page's "* { color: red }" does not reach inside.
  const titleColour = await page
    .locator('biblio-article [part="title"]')
    .evaluate((element) => getComputedStyle(element).color);
  assert.notEqual(titleColour, 'rgb(255, 0, 0)');

  const comments = page.locator('biblio-comments');
  const text = 'Старая страница, а комментарии работают.';
  await comments.getByLabel('Ваше имя').fill('Читатель');
  await comments.getByLabel('Комментарий', { exact: true }).fill(text);
  await comments.getByRole('button', { name: 'Отправить' }).click();
  await comments.locator('[part="comment"]', { hasText: text }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('on the demo article page a reader logs in above, comments, reloads and sees it', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${siteUrl}demo/article.html?id=trening-kommunikatsiya`);
  const comments = page.locator('biblio-comments');
  const prompt = comments.locator('[part="login"]');
  await prompt.waitFor({ timeout: 30_000 });
  assert.match(await prompt.textContent(), /Чтобы оставить комментарий, войдите на сайт/);
  assert.equal(await prompt.locator('a').getAttribute('href'), '#login');

  await page.locator('#login input[name="login"]').fill('Мария');
  await page.locator('#login').getByRole('button', { name: 'Войти' }).click();
  const text = 'Спасибо за тренинг! Когда следующий?';
  await comments.getByLabel('Комментарий', { exact: true }).fill(text);
  await comments.getByRole('button', { name: 'Отправить' }).click();
  await comments.locator('[role="status"]', { hasText: 'опубликован' }).waitFor();

  await page.reload();
  const posted = comments.locator('[part="comment"]', { hasText: text });
  await posted.waitFor({ timeout: 30_000 });
  assert.equal(await posted.locator('[part="author"]').textContent(), 'Мария');
  assert.deepEqual(errors, []);
  await page.close();
});

/** Picks a language in the demo's own switch, as a reader does. */
async function chooseLanguage(page, code) {
  await page.locator('select[data-switch="lang"]').selectOption(code);
}

test('the language switch turns the page and its elements Arabic, right to left, then Kazakh, and keeps the choice', async () => {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${siteUrl}demo/index.html`);
  const list = page.locator('main biblio-news-list');
  await list.locator('[part="link"]').first().waitFor({ timeout: 30_000 });
  const html = page.locator('html');

  await chooseLanguage(page, 'ar');
  assert.equal(await html.getAttribute('lang'), 'ar');
  assert.equal(await html.getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('h1').textContent(), 'أخبار المكتبة');
  await list.locator('[part="more"]', { hasText: 'عرض المزيد' }).waitFor();
  assert.equal(await list.evaluate((host) => getComputedStyle(host).direction), 'rtl');

  await chooseLanguage(page, 'kk');
  assert.equal(await html.getAttribute('lang'), 'kk');
  assert.equal(await html.getAttribute('dir'), 'ltr');
  assert.equal(await page.locator('h1').textContent(), 'Кітапхана жаңалықтары');
  await list.locator('[part="more"]', { hasText: 'Тағы көрсету' }).waitFor();
  assert.equal(await list.evaluate((host) => getComputedStyle(host).direction), 'ltr');

  // The choice holds on the next page, whose header is the same piece.
  await page.goto(`${siteUrl}demo/article.html?id=trening-kommunikatsiya`);
  await page.locator('biblio-article [part="title"]').waitFor({ timeout: 30_000 });
  assert.equal(await html.getAttribute('lang'), 'kk');
  assert.equal(await page.locator('select[data-switch="lang"]').inputValue(), 'kk');
  assert.equal(await page.locator('.site-title').textContent(), 'Өңірлік ғылыми кітапхана');
  assert.equal(await page.locator('#comments-heading').textContent(), 'Пікірлер');
  assert.equal(await page.title(), 'Жаңалық — Өңірлік ғылыми кітапхана');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a saved language the switch does not offer leaves the page in Russian, not blank', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('demo-lang', 'xx'));
  const page = await context.newPage();
  await page.goto(`${siteUrl}demo/index.html`);
  await page.locator('main biblio-news-list [part="link"]').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
  assert.equal(await page.locator('select[data-switch="lang"]').inputValue(), 'ru');
  assert.equal(await page.locator('h1').textContent(), 'Новости библиотеки');
  await context.close();
});

test('every site text is written in every language the switch offers, and every marked text has one', async () => {
  const page = await browser.newPage();
  for (const path of ['demo/index.html', 'demo/article.html?id=trening-kommunikatsiya']) {
    await page.goto(`${siteUrl}${path}`);
    await page.locator('.site-title').waitFor({ timeout: 30_000 });
    const { languages, offered, marked } = await page.evaluate(async () => {
      const { siteLanguages } = await import(new URL('site-texts.ts', location.href).href);
      return {
        languages: siteLanguages.map(({ code, name, texts }) => ({ code, name, texts })),
        offered: [...document.querySelectorAll('select[data-switch="lang"] option')].map(
          (option) => option.value,
        ),
        marked: [...document.querySelectorAll('[data-text], [data-title]')].map(
          (element) => element.dataset.text ?? element.dataset.title,
        ),
      };
    });
    const keys = Object.keys(languages[0].texts).sort();
    assert.equal(languages.length, 11, 'the eleven languages the elements speak');
    assert.deepEqual(
      offered,
      languages.map(({ code }) => code),
    );
    for (const { code, name, texts } of languages) {
      assert.ok(name, `${code} is named`);
      assert.deepEqual(Object.keys(texts).sort(), keys, `${code} has every key and no other`);
      for (const key of keys) assert.ok(texts[key].trim(), `${code}.${key} is written`);
    }
    for (const key of marked) assert.ok(keys.includes(key), `${path}: data-text="${key}" exists`);
  }
  await page.close();
});
