/**
 * The example apps in examples/, one per framework, as a library's web developer would build
 * them: each installs the packed tarball of this package (not the source tree), builds with its
 * own bundler, and is opened from its build output in headless Chromium, where a reader sees the
 * article, the news list and the partners in Russian and, after the language button, in English,
 * and where following a news title fires the cancelable `biblio-item-select` that the app cancels
 * to open the item in place. Run with `npm run test:examples`; one line per framework.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(root, 'examples');

/** Each example and the folder its bundler writes the page to. */
const frameworks = [
  { name: 'React 19 (Vite)', folder: 'react', output: 'dist' },
  { name: 'Vue 3 (Vite)', folder: 'vue', output: 'dist' },
  { name: 'Angular 21 (@angular/build)', folder: 'angular', output: 'dist/browser' },
  { name: 'Svelte 5 (Vite)', folder: 'svelte', output: 'dist' },
];

/** What the shared data in examples/data/library.ts puts on the page. */
const article = { title: 'Вечер поэзии в читальном зале', views: 225 };
const otherItem = 'Режим работы в праздничные дни';
const partnerNames = ['Министерство культуры', 'Портал «Культура.РФ»', 'Театр оперы и балета'];
const texts = {
  ru: {
    back: 'К архиву новостей',
    views: `Просмотров: ${article.views}`,
    date: '16 декабря 2021 г.',
    partners: 'Партнёры',
  },
  en: {
    back: 'Back to news',
    views: `Views: ${article.views}`,
    date: 'December 16, 2021',
    partners: 'Partners',
  },
};

/** npm's quiet, cache-first flags: the examples' trees are locked, so the cache mostly serves. */
const npmFlags = ['--prefer-offline', '--no-audit', '--no-fund'];
const timeout = 15_000;

let workspace;
let tarball;
let browser;

/**
 * Whether dist/ holds every file the package's entries point at; if not, packing runs the
 * package's own prepack build. CI builds first, so there the tarball is packed as built.
 */
async function distIsComplete() {
  const defines = (await readdir(join(root, 'src/define'))).map(
    (file) => `dist/define/${file.replace(/\.ts$/, '.js')}`,
  );
  const files = ['dist/index.js', 'dist/index.d.ts', 'dist/all.js', 'dist/custom-elements.json'];
  const checks = [...files, 'dist/custom-elements-jsx.d.ts', ...defines].map((file) =>
    access(join(root, file)).then(
      () => true,
      () => false,
    ),
  );
  return (await Promise.all(checks)).every(Boolean);
}

before(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'examples-'));
  const scripts = (await distIsComplete()) ? ['--ignore-scripts'] : [];
  const { stdout } = await run(
    'npm',
    ['pack', '--json', ...scripts, '--pack-destination', workspace],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  // The build's own output precedes the JSON when prepack ran.
  tarball = join(workspace, JSON.parse(stdout.slice(stdout.lastIndexOf('\n[') + 1))[0].filename);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await rm(workspace, { recursive: true, force: true });
});

/** Installs the example's locked tree, then the tarball beside it, and builds it. */
async function installAndBuild(cwd) {
  await run('npm', ['ci', ...npmFlags], { cwd });
  await run('npm', ['install', tarball, '--no-save', ...npmFlags], { cwd });
  await run('npm', ['run', 'build'], { cwd, maxBuffer: 16 * 1024 * 1024 });
}

/** Waits until `text` is shown somewhere on the page, inside shadow roots included. */
function shown(page, text) {
  return page.getByText(text, { exact: true }).first().waitFor({ state: 'visible', timeout });
}

/** The article's "Back to news" link in `lang` (its arrow is hidden from the name). */
function backLink(page, lang) {
  return page.getByRole('link', { name: texts[lang].back, exact: true });
}

/** The article's and the partners' own texts in `lang`, and none left in the other language. */
async function checkReaderSees(page, lang) {
  const { views, date, partners } = texts[lang];
  await backLink(page, lang).waitFor({ timeout });
  await shown(page, views);
  await page.getByRole('time').filter({ hasText: date }).first().waitFor({ timeout });
  await page.getByRole('navigation', { name: partners }).waitFor({ timeout });
  const other = lang === 'ru' ? 'en' : 'ru';
  assert.equal(await backLink(page, other).count(), 0, `"${texts[other].back}" is still shown`);
}

for (const { name, folder, output } of frameworks) {
  test(`${name}: shows the article, news and partners set as properties, in Russian then English, and cancels biblio-item-select to open an item in place`, async () => {
    const cwd = join(examples, folder);
    await installAndBuild(cwd);
    const server = await startStaticServer({ root: join(cwd, output) });
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      // The static server has no favicon, and says so; anything else is the app's or ours.
      if (message.location().url.endsWith('/favicon.ico')) return;
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    // Nothing leaves the loopback server: a navigation the app failed to cancel shows up here.
    const leftThePage = [];
    await page.route(
      (url) => url.origin !== server.origin,
      (route) => {
        leftThePage.push(route.request().url());
        return route.abort();
      },
    );
    try {
      await page.goto(`${server.origin}/`);
      await page.getByRole('heading', { level: 1, name: article.title }).waitFor({ timeout });
      for (const partner of partnerNames) await shown(page, partner);
      await checkReaderSees(page, 'ru');

      await page.getByRole('button', { name: 'English' }).click();
      await checkReaderSees(page, 'en');

      await page.getByRole('link', { name: otherItem }).click();
      const notFollowed = () =>
        assert.deepEqual(leftThePage, [], 'the news link was followed, not cancelled');
      await shown(page, `biblio-item-select: ${otherItem}, opened in place`).catch((error) => {
        notFollowed();
        throw error;
      });
      await page.getByRole('heading', { level: 1, name: otherItem }).waitFor({ timeout });
      notFollowed();

      await page.getByRole('button', { name: 'Русский' }).click();
      await backLink(page, 'ru').waitFor({ timeout });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await server.close();
    }
  });
}
