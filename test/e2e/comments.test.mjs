/**
 * <biblio-comments> end to end: Debian's Chromium, a library article page, and the reference
 * server (server/src/main.ts) with its SQLite database, as a reader would use them.
 * Run: `node --test test/e2e/`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const tokenSecret = 'e2e-secret-that-is-long-enough-for-the-server';

/** The host site's side of the login recipe: it signs who is logged in (docs/elements/comments.md). */
function signToken(id, name) {
  const payload = Buffer.from(
    JSON.stringify({ sub: id, name, exp: Math.floor(Date.now() / 1000) + 600 }),
  ).toString('base64url');
  return `${payload}.${createHmac('sha256', tokenSecret).update(payload).digest('base64url')}`;
}

let pageServer;
let apiServer;
let browser;
let origin;
let api;
let databaseDir;
const pages = {};

function articlePage({ thread, auth = 'optional', token }) {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Новости библиотеки</title><script type="module" src="/comments.js"></script>
${token ? `<script>window.libraryCommentToken = () => Promise.resolve(${JSON.stringify(token)});</script>` : ''}
</head><body>
<form id="login"><label>Логин <input name="login"></label><button>Войти</button></form>
<article><h1>Выставка краеведов</h1><p>Просмотров: 225</p></article>
<biblio-comments api="${api}" thread="${thread}" auth="${auth}" login-href="#login"
  ${token ? 'token-provider="libraryCommentToken"' : ''}></biblio-comments>
</body></html>`;
}

function startApi(env) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', SEED: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the reference server exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line);
      if (entry.msg === 'listening') resolve({ child, url: entry.url });
    });
  });
}

before(async () => {
  const bundle = await build({
    entryPoints: [join(root, 'src/define/comments.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0].contents;
  pageServer = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/comments.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else if (pages[path]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${pageServer.address().port}`;
  databaseDir = await mkdtemp(join(tmpdir(), 'biblio-e2e-'));
  apiServer = await startApi({
    DATABASE_PATH: join(databaseDir, 'comments.sqlite'),
    CORS_ORIGINS: origin,
    TOKEN_SECRET: tokenSecret,
  });
  api = `${apiServer.url.replace(/\/$/, '')}/api`;
  pages['/anonymous.html'] = articlePage({ thread: 'news-e2e-anonymous' });
  pages['/draft.html'] = articlePage({ thread: 'news-e2e-draft' });
  pages['/own-first.html'] = articlePage({ thread: 'news-e2e-own-first' });
  pages['/own-second.html'] = articlePage({ thread: 'news-e2e-own-second' });
  pages['/required.html'] = articlePage({ thread: 'news-e2e-required', auth: 'required' });
  pages['/signed-in.html'] = articlePage({
    thread: 'news-e2e-required',
    auth: 'required',
    token: signToken('reader-7', 'Ольга Читательница'),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => pageServer?.close(resolve));
  if (apiServer) {
    apiServer.child.removeAllListeners('exit');
    const exited = new Promise((resolve) => apiServer.child.once('exit', resolve));
    apiServer.child.kill('SIGTERM');
    await exited;
  }
  if (databaseDir) await rm(databaseDir, { recursive: true, force: true });
});

async function open(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin + path);
  await page.locator('biblio-comments [part="heading"]').waitFor();
  return { page, errors };
}

const comments = (page) => page.locator('biblio-comments [part="comment"] [part="text"]');

test('a reader posts a comment, reloads the page and sees it', async () => {
  const { page, errors } = await open('/anonymous.html');
  await page.locator('biblio-comments').getByLabel('Ваше имя').fill('Мария Иванова');
  await page
    .locator('biblio-comments')
    .getByLabel('Комментарий', { exact: true })
    .fill('Спасибо за выставку! Фото: https://library.example/photo');
  await page.locator('biblio-comments').getByRole('button', { name: 'Отправить' }).click();
  await page.locator('biblio-comments [role="status"]', { hasText: 'опубликован' }).waitFor();
  await page.reload();
  await comments(page).first().waitFor();
  assert.deepEqual(await comments(page).allTextContents(), [
    'Спасибо за выставку! Фото: https://library.example/photo',
  ]);
  assert.equal(
    await page.locator('biblio-comments [part="text-link"]').getAttribute('href'),
    'https://library.example/photo',
  );
  assert.equal(
    (await page.locator('biblio-comments [part="heading"]').textContent()).trim(),
    '1 комментарий',
  );
  assert.equal(await page.locator('biblio-comments #text-top').inputValue(), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a draft survives a real reload', async () => {
  const { page } = await open('/draft.html');
  await page.locator('biblio-comments #name-top').fill('Пётр');
  await page.locator('biblio-comments #text-top').pressSequentially('Не успел отправить');
  await page.reload();
  await page.locator('biblio-comments #text-top').waitFor();
  assert.equal(await page.locator('biblio-comments #text-top').inputValue(), 'Не успел отправить');
  assert.equal(await page.locator('biblio-comments #name-top').inputValue(), 'Пётр');
  await page.close();
});

test('without the site login the reader is sent to the login form above', async () => {
  const { page } = await open('/required.html');
  const prompt = page.locator('biblio-comments [part="login"]');
  assert.equal(
    (await prompt.textContent()).trim(),
    'Чтобы оставить комментарий, войдите на сайт через форму выше.',
  );
  assert.equal(await prompt.locator('a').getAttribute('href'), '#login');
  assert.equal(await page.locator('biblio-comments form').count(), 0);
  await page.close();
});

test('a reader logged in on the site comments under the site name and can edit it', async () => {
  const { page, errors } = await open('/signed-in.html');
  const field = page.locator('biblio-comments #text-top');
  await field.fill('Пишу как читатель сайта');
  assert.equal(await page.locator('biblio-comments #name-top').count(), 0);
  await field.press('Control+Enter');
  await page.locator('biblio-comments [role="status"]', { hasText: 'опубликован' }).waitFor();
  await page.reload();
  await page.locator('biblio-comments [part="author"]').first().waitFor();
  assert.deepEqual(await page.locator('biblio-comments [part="author"]').allTextContents(), [
    'Ольга Читательница',
  ]);
  await page.locator('biblio-comments').getByRole('button', { name: 'Изменить' }).click();
  await page.locator('biblio-comments #edit-text').fill('Исправленный текст');
  await page.locator('biblio-comments').getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('biblio-comments [role="status"]', { hasText: 'изменён' }).waitFor();
  await page.reload();
  await comments(page).first().waitFor();
  assert.deepEqual(await comments(page).allTextContents(), ['Исправленный текст']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an anonymous reader downloads and deletes their comments on the whole site by the browser’s key', async () => {
  const byAnother = await fetch(`${api}/comments/news-e2e-own-first`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ author: 'Другой читатель', text: 'Мой комментарий останется' }),
  });
  assert.equal(byAnother.status, 201);
  const { page, errors } = await open('/own-first.html');
  const box = page.locator('biblio-comments');
  for (const [path, text] of [
    ['/own-first.html', 'Первый отзыв'],
    ['/own-second.html', 'Второй отзыв'],
  ]) {
    await page.goto(origin + path);
    await box.getByLabel('Ваше имя').fill('Гость');
    await box.getByLabel('Комментарий', { exact: true }).fill(text);
    await box.getByRole('button', { name: 'Отправить' }).click();
    await page.locator('biblio-comments [role="status"]', { hasText: 'опубликован' }).waitFor();
  }
  await box.getByRole('button', { name: 'Ваши комментарии на этом сайте' }).click();
  const status = page.locator('biblio-comments #own-status');
  await status.filter({ hasText: 'На сервере 2 ваших комментария на этом сайте.' }).waitFor();
  const download = await page
    .locator('biblio-comments [part="download"]')
    .evaluate(async (link) => (await fetch(link.href)).json());
  assert.deepEqual(download.comments.map((comment) => comment.text).sort(), [
    'Второй отзыв',
    'Первый отзыв',
  ]);
  assert.ok(download.comments.every((comment) => comment.status === 'published'));
  await box.getByRole('button', { name: 'Удалить все' }).click();
  await box.getByRole('button', { name: 'Удалить все' }).click();
  await status.filter({ hasText: 'Удалено 2 комментария.' }).waitFor();
  await page.locator('biblio-comments [part="empty"]').waitFor();
  await page.goto(origin + '/own-first.html');
  await comments(page).first().waitFor();
  assert.deepEqual(await comments(page).allTextContents(), ['Мой комментарий останется']);
  assert.deepEqual(errors, []);
  await page.close();
});
