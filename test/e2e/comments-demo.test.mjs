/**
 * The demo library site as `npm start` serves it (the reference server behind a Vite dev
 * server): a reader logs in with the site's own form "above", comments on an article,
 * reloads and sees the comment. Debian's Chromium. Run: `node --test test/e2e/`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
/** Ports of their own, so the test runs beside a developer's `npm start`. */
const demoPort = 20000 + Math.floor(Math.random() * 20000);
const apiPort = demoPort + 1;

let demo;
let browser;
let siteUrl;
let databaseDir;

before(async () => {
  databaseDir = await mkdtemp(join(tmpdir(), 'biblio-demo-e2e-'));
  demo = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      DEMO_PORT: String(demoPort),
      PORT: String(apiPort),
      DATABASE_PATH: join(databaseDir, 'demo.sqlite'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  siteUrl = await new Promise((resolve, reject) => {
    demo.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
    createInterface({ input: demo.stdout }).on('line', (line) => {
      const match = /^Demo library site: (\S+)demo\/index\.html/.exec(line);
      if (match) resolve(match[1]);
    });
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (demo && demo.exitCode === null) {
    demo.removeAllListeners('exit');
    const exited = new Promise((resolve) => demo.once('exit', resolve));
    demo.kill('SIGTERM');
    await exited;
  }
  if (databaseDir) await rm(databaseDir, { recursive: true, force: true });
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
