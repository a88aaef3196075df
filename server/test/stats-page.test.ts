import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { adminToken, testServerForSuite } from './helpers.js';
import { launchChromium, withoutChromium } from './support/browser.js';
import { type ViewsByDay, addNewsItems, registerViews } from './support/view-days.js';

const viewsByDay: ViewsByDay = {
  '2026-01-30': { vystavka: 3, lekciya: 1 },
  '2026-01-31': { lekciya: 2 },
  '2026-02-01': { vystavka: 1, lekciya: 1 },
};

describe('the statistics view of the moderation page', { skip: withoutChromium }, () => {
  const server = testServerForSuite();
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
    await addNewsItems(server, { vystavka: 'Выставка «Книги и люди»' });
    await registerViews(server, viewsByDay);
  });
  after(() => browser?.close());

  /** A signed-in page in `locale` (on a desktop screen unless told), and its CSP violations. */
  async function signedIn(
    locale: string,
    viewport = { width: 1280, height: 720 },
  ): Promise<{ page: Page; violations: string[] }> {
    const page = await browser.newPage({ locale, viewport, acceptDownloads: true });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}/moderation/`);
    await page.locator('#token').fill(adminToken);
    await page.keyboard.press('Enter');
    await page.locator('#stats-results').waitFor();
    return { page, violations };
  }

  const tableRows = (page: Page, table: string) =>
    page
      .locator(`${table} tbody tr`)
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.children, (cell) => cell.textContent!.trim())),
      );

  test('shows the figures of the dates asked for, in a table and a chart, with the keyboard', async () => {
    const { page, violations } = await signedIn('ru-RU');
    assert.match(
      (await page.locator('#stats-summary').textContent())!,
      /^Просмотров с .+ по .+: 0\.$/,
      'the default range is the last 30 days, which had no views',
    );
    await page.getByLabel('С', { exact: true }).fill('2026-01-30');
    await page.getByLabel('по', { exact: true }).fill('2026-02-01');
    await page.getByRole('button', { name: 'Показать', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Просмотров с 30 января 2026 г. по 1 февраля 2026 г.: 8.').waitFor();

    assert.deepEqual(await tableRows(page, '#stats-periods'), [
      ['30 января 2026 г.', '4'],
      ['31 января 2026 г.', '2'],
      ['1 февраля 2026 г.', '2'],
    ]);
    assert.equal(await page.locator('#stats-total').textContent(), '8');
    assert.deepEqual(await tableRows(page, '#stats-top'), [
      ['1', 'lekciya', '4'],
      ['2', 'Выставка «Книги и люди»', '4'],
    ]);
    assert.equal(
      await page.getByRole('table', { name: 'Самые читаемые материалы' }).count(),
      1,
      'each table is named by its heading',
    );
    const chart = page.getByRole('img', { name: /^Просмотры по дням с 2026-01-30 по 2026-02-01/ });
    assert.equal(await chart.locator('rect').count(), 3);

    await page.getByLabel('Итоги').selectOption('month');
    await page.getByRole('button', { name: 'Показать', exact: true }).click();
    await page.getByText('Просмотров с 1 января 2026 г. по 28 февраля 2026 г.: 8.').waitFor();
    assert.deepEqual(await tableRows(page, '#stats-periods'), [
      ['январь 2026 г.', '6'],
      ['февраль 2026 г.', '2'],
    ]);
    assert.deepEqual(violations, []);
    await page.close();
  });

  test('downloads the CSV of the figures shown, under the name the server gives', async () => {
    const { page } = await signedIn('ru-RU');
    await page.getByLabel('С', { exact: true }).fill('2026-01-30');
    await page.getByLabel('по', { exact: true }).fill('2026-02-01');
    await page.getByRole('button', { name: 'Показать', exact: true }).click();
    await page.getByText(/: 8\.$/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать CSV по периодам' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'views-by-day_2026-01-30_2026-02-01.csv');
    const rows = parse(await readFile((await download.path())!), {
      delimiter: ';',
      bom: true,
    }) as string[][];
    assert.deepEqual(rows, [
      ['Начало периода', 'Конец периода', 'Просмотры'],
      ['2026-01-30', '2026-01-30', '4'],
      ['2026-01-31', '2026-01-31', '2'],
      ['2026-02-01', '2026-02-01', '2'],
    ]);
    await page.close();
  });

  test('speaks English to an English browser and refuses a backwards range in it', async () => {
    const { page } = await signedIn('en-GB');
    await page.getByRole('heading', { name: 'View statistics' }).waitFor();
    assert.deepEqual(await page.locator('#stats-periods thead th').allTextContents(), [
      'Period',
      'Views',
    ]);
    await page.getByLabel('From', { exact: true }).fill('2026-02-01');
    await page.getByLabel('to', { exact: true }).fill('2026-01-30');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The “From” date is after the “to” date.' })
      .waitFor();
    await page.close();
  });

  for (const [locale, summary] of [
    ['en-GB', 'Views from 30 January 2026 to 1 February 2026: 8.'],
    ['en-US', 'Views from January 30, 2026 to February 1, 2026: 8.'],
  ]) {
    test(`writes dates as the browser's own English does (${locale})`, async () => {
      const { page } = await signedIn(locale);
      await page.getByLabel('From', { exact: true }).fill('2026-01-30');
      await page.getByLabel('to', { exact: true }).fill('2026-02-01');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.getByText(summary).waitFor();
      await page.close();
    });
  }

  test('fits a 320 px phone at 200 % text: only the tables scroll sideways, and a keyboard can scroll them', async () => {
    const { page } = await signedIn('ru-RU', { width: 320, height: 640 });
    // The page's CSP allows no inline style, so the text is enlarged as a reader's setting would.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await page.getByLabel('С', { exact: true }).fill('2026-01-30');
    await page.getByLabel('по', { exact: true }).fill('2026-02-01');
    await page.getByRole('button', { name: 'Показать', exact: true }).click();
    await page.getByText('Просмотров с 30 января 2026 г. по 1 февраля 2026 г.: 8.').waitFor();

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'the page itself never scrolls sideways');
    const tables = await page.locator('.table-scroll:visible').evaluateAll((regions) =>
      regions.map((region) => ({
        scrolls: region.scrollWidth > region.clientWidth,
        tabIndex: region.tabIndex,
        name: region.getAttribute('aria-labelledby'),
      })),
    );
    assert.ok(
      tables.some((table) => table.scrolls),
      'at this width a table is wider than the screen, so the check above means something',
    );
    assert.deepEqual(
      tables.map(({ tabIndex, name }) => ({ tabIndex, name })),
      [
        { tabIndex: 0, name: 'stats-periods-heading' },
        { tabIndex: 0, name: 'stats-top-heading' },
      ],
    );
    await page.close();
  });

  test('signing out takes the figures off the page', async () => {
    const { page } = await signedIn('ru-RU');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.locator('#stats').waitFor({ state: 'hidden' });
    assert.equal(await page.locator('#stats-periods tbody tr').count(), 0);
    assert.equal(await page.locator('#stats-chart svg').count(), 0);
    await page.close();
  });
});
