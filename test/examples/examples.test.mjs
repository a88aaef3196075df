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
import { access, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
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

/** Every file the package's `exports` point at, `define/*` expanded to each src/define module. */
async function exportedFiles() {
  const { exports } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const defines = (await readdir(join(root, 'src/define'))).map((file) =>
    file.replace(/\.ts$/, ''),
  );
  const targets = [];
  const collect = (value) =>
    typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect);
  collect(exports);
  return targets.flatMap((target) =>
    target.includes('*') ? defines.map((name) => target.replace('*', name)) : [target],
  );
}

/** Builds the package first when dist/ lacks a file an entry needs; CI has built it already. */
async function buildIfNeeded() {
  const present = await Promise.all(
    (await exportedFiles()).map((file) =>
      access(join(root, file)).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (!present.every(Boolean)) {
    await run('npm', ['run', 'build'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  }
}

before(async () => {
  await buildIfNeeded();
  workspace = await mkdtemp(join(tmpdir(), 'examples-'));
  // As test/build/package-checks.test.mjs packs it: what the build left, without the prepack hook.
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', workspace],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  tarball = join(workspace, JSON.parse(stdout)[0].filename);
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
