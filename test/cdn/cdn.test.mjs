/**
 * The script-tag promise, checked on the built file: a plain page with only
 * dist/cdn/biblio-widgets.js renders the elements without console errors, and so does a page
 * that includes the script twice, or next to a second copy from another URL.
 * Run after `npm run build`: `node --test test/cdn/`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const partnersPage = (scripts) => `<!doctype html><html lang="ru"><head><meta charset="utf-8">
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body><biblio-partners src="/test/fixtures/partners.json"></biblio-partners></body></html>`;

const pages = {
  '/one.html': partnersPage(['/dist/cdn/biblio-widgets.js']),
  '/twice.html': partnersPage(['/dist/cdn/biblio-widgets.js', '/dist/cdn/biblio-widgets.js']),
  '/two-copies.html': partnersPage(['/dist/cdn/biblio-widgets.js', '/copy/biblio-widgets.js']),
  // A site that copied dist/cdn/ to /js/: the RSS reader is a chunk beside the script.
  '/rss.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/js/biblio-widgets.js"></script></head>
<body><biblio-news-list src="/test/fixtures/feeds/wordpress-rss.xml"></biblio-news-list></body></html>`,
};

let server;
let browser;
let origin;

before(async () => {
  server = await startStaticServer({
    root,
    // A second copy of the bundle from another URL is a separate module instance.
    rewrite: (path) => path.replace(/^\/(copy|js)\//, '/dist/cdn/'),
    page: (path) => pages[path],
  });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(path) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }));
  await page.goto(origin + path);
  await page.waitForFunction(
    () =>
      document.querySelector('biblio-partners')?.shadowRoot?.querySelectorAll('a[part="link"]')
        .length > 0,
  );
  const names = await page.evaluate(() =>
    [
      ...document.querySelector('biblio-partners').shadowRoot.querySelectorAll('a[part="link"]'),
    ].map((link) => link.textContent.trim()),
  );
  await page.close();
  // The fixture names one logo that does not exist, to prove the text fallback.
  const errors = messages.filter(
    (message) => ['error', 'pageerror'].includes(message.type) && !message.text.includes('404'),
  );
  return { names, errors, warnings: messages.filter((message) => message.type === 'warning') };
}

test('a page with only the CDN script renders the partners without errors', async () => {
  const { names, errors } = await openPage('/one.html');
  assert.deepEqual(names.slice(0, 2), ['Министерство культуры', 'Портал «Культура региона»']);
  assert.equal(names.length, 5);
  assert.deepEqual(errors, []);
});

test('including the script twice still works', async () => {
  const { names, errors, warnings } = await openPage('/twice.html');
  assert.equal(names.length, 5);
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, []);
});

test('a second copy from another URL keeps the first definition and warns instead of throwing', async () => {
  const { names, errors, warnings } = await openPage('/two-copies.html');
  assert.equal(names.length, 5);
  assert.deepEqual(errors, []);
  assert.ok(
    warnings.some((warning) => warning.text.includes('<biblio-partners> is already defined')),
  );
});

test('a feed in another format is read by its chunk, fetched from beside the script', async () => {
  const page = await browser.newPage();
  const scripts = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
  });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  // The feed's picture is on the feed's own host; this machine may not resolve it.
  await page.route('https://town.example/**', (route) =>
    route.fulfill({
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>',
    }),
  );
  await page.goto(`${origin}/rss.html`);
  const title = page.locator('biblio-news-list [part~="item"] a').first();
  assert.equal((await title.textContent()).trim(), 'Author talk');
  await page.close();
  assert.ok(
    scripts.some((path) => /^\/js\/xml-reader-[\w-]+\.js$/.test(path)),
    `no RSS reader chunk was fetched from /js/: ${scripts.join(', ')}`,
  );
  assert.deepEqual(problems, []);
});
