import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'csv-parse/sync';
import { writeTransaction } from '../src/db/database.js';
import { SiteStore } from '../src/sites/store.js';
import { adminHeaders, errorCode, readRows, testServerForSuite } from './helpers.js';
import { type ViewsByDay, addNewsItems, registerViews } from './support/view-days.js';

interface Report {
  from: string;
  to: string;
  group: string;
  total: number;
  periods: { period: string; from: string; to: string; views: number }[];
  topItems: { rank: number; itemId: string; views: number; newsItem?: { title: string } }[];
}

/** The days the suite simulates. */
const viewsByDay: ViewsByDay = {
  '2025-12-31': { vystavka: 2 },
  '2026-01-30': { vystavka: 3, lekciya: 1 },
  '2026-01-31': { lekciya: 2 },
  '2026-02-01': { vystavka: 1, formula: 1 },
  '2026-02-15': { lekciya: 4 },
  '2026-03-02': { vystavka: 1 },
};
const exhibitionTitle = 'Выставка «Книги; и "люди"»';
/** A feed's title that Excel would run as a formula if the CSV left it as it is. */
const formulaTitle = '=HYPERLINK("http://example.com";"Лекция")';

describe('statistics', () => {
  const server = testServerForSuite();
  const stats = (query: string) =>
    server.request(`/api/admin/stats?${query}`, { headers: adminHeaders });
  const report = async (query: string) => {
    const response = await stats(query);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as Report;
  };
  const csv = async (query: string) => {
    const response = await stats(`format=csv&${query}`);
    assert.equal(response.status, 200);
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const readCsv = (bytes: Buffer) =>
    parse(bytes, { delimiter: ';', bom: true, record_delimiter: '\r\n' }) as string[][];

  before(async () => {
    await addNewsItems(server, { vystavka: exhibitionTitle, formula: formulaTitle });
    const visitors = Object.values(viewsByDay).flatMap(Object.values);
    assert.equal(
      await registerViews(server, viewsByDay),
      visitors.reduce((sum, count) => sum + count, 0),
    );
  });

  test('counts each day a visitor is counted, and nothing for a repeat visit', async () => {
    assert.equal(await registerViews(server, { '2026-03-02': { vystavka: 1 } }), 0);
    const days = await report('from=2026-01-30&to=2026-02-01');
    assert.equal(days.group, 'day');
    assert.deepEqual(
      days.periods.map(({ period, views }) => [period, views]),
      [
        ['2026-01-30', 4],
        ['2026-01-31', 2],
        ['2026-02-01', 2],
      ],
    );
    assert.equal(days.total, 8);
    const [stored] = await readRows(server, 'view_days');
    assert.deepEqual(
      Object.keys(stored!).sort(),
      ['day', 'item_id', 'site_id', 'views'],
      'counts only: nothing about who viewed',
    );
    const march = await report('from=2026-03-01&to=2026-03-03');
    assert.deepEqual(
      march.periods.map(({ views }) => views),
      [0, 1, 0],
      'days without views are there, at 0',
    );
  });

  test('sums months and years, widening the range to whole periods', async () => {
    const months = await report('from=2026-01-15&to=2026-03-01&group=month');
    assert.deepEqual([months.from, months.to], ['2026-01-01', '2026-03-31']);
    assert.deepEqual(
      months.periods.map(({ period, from, to, views }) => [period, from, to, views]),
      [
        ['2026-01', '2026-01-01', '2026-01-31', 6],
        ['2026-02', '2026-02-01', '2026-02-28', 6],
        ['2026-03', '2026-03-01', '2026-03-31', 1],
      ],
    );
    const years = await report('from=2025&to=2026&group=year');
    assert.deepEqual(
      years.periods.map(({ period, views }) => [period, views]),
      [
        ['2025', 2],
        ['2026', 13],
      ],
    );
    assert.equal(years.total, 15);
  });

  test('ranks the most viewed items with the titles of news items', async () => {
    const year = await report('from=2026&to=2026&top=2');
    assert.deepEqual(
      year.topItems.map(({ rank, itemId, views, newsItem }) => [
        rank,
        itemId,
        views,
        newsItem?.title,
      ]),
      [
        [1, 'lekciya', 7, undefined],
        [2, 'vystavka', 5, exhibitionTitle],
      ],
    );
    const both = await report('from=2025-01-01&to=2026-12-31&group=month&top=10');
    assert.deepEqual(
      both.topItems.map(({ itemId, views }) => [itemId, views]),
      [
        ['lekciya', 7],
        ['vystavka', 7],
        ['formula', 1],
      ],
      'a tie is ranked by item id',
    );
    assert.deepEqual((await report('from=2026&to=2026&top=0')).topItems, []);
  });

  test('the CSV of periods is UTF-8 with a BOM, ; and CRLF, and gives the JSON figures', async () => {
    const query = 'from=2026-01&to=2026-03&group=month';
    const { response, bytes } = await csv(query);
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
    assert.equal(
      response.headers.get('content-disposition'),
      'attachment; filename="views-by-month_2026-01-01_2026-03-31.csv"',
    );
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    assert.equal(lines.pop(), '', 'the last line ends with CRLF too');
    for (const line of lines) assert.match(line, /^"[^"]*"(;"[^"]*")*$/, 'every field quoted');
    const [header, ...rows] = readCsv(bytes);
    assert.deepEqual(header, ['Начало периода', 'Конец периода', 'Просмотры']);
    const json = await report(query);
    assert.deepEqual(
      rows,
      json.periods.map(({ from, to, views }) => [from, to, String(views)]),
    );
    assert.equal(
      rows.reduce((sum, row) => sum + Number(row[2]), 0),
      json.total,
    );
  });

  test('the CSV of top items keeps Cyrillic titles intact and disarms formulas', async () => {
    const query = 'from=2026&to=2026&group=year&table=items';
    const { response, bytes } = await csv(query);
    assert.equal(
      response.headers.get('content-disposition'),
      'attachment; filename="top-items_2026-01-01_2026-12-31.csv"',
    );
    const [header, ...rows] = readCsv(bytes);
    assert.deepEqual(header, ['Место', 'Материал', 'Заголовок', 'Адрес', 'Просмотры']);
    const json = await report(query);
    assert.deepEqual(
      rows.map(([rank, itemId, , , views]) => [Number(rank), itemId, Number(views)]),
      json.topItems.map(({ rank, itemId, views }) => [rank, itemId, views]),
    );
    assert.deepEqual(
      rows.map((row) => row[2]),
      ['', exhibitionTitle, `'${formulaTitle}`],
    );
    assert.match(rows[1]![3]!, /^http:\/\/127\.0\.0\.1:\d+\/demo\/article\.html\?id=vystavka$/);
    const [english] = readCsv((await csv(`${query}&lang=en`)).bytes);
    assert.deepEqual(english, ['Rank', 'Item', 'Title', 'URL', 'Views']);
  });

  test('a view counted over HTTP today is in the default range: the last 30 days', async () => {
    const counted = await server.request('/api/views/segodnya', { method: 'POST' });
    assert.equal(((await counted.json()) as { counted: boolean }).counted, true);
    const today = new Date().toISOString().slice(0, 10);
    const recent = await report('top=1');
    assert.equal(recent.periods.length, 30);
    assert.equal(recent.to, today);
    assert.deepEqual(recent.periods.at(-1), { period: today, from: today, to: today, views: 1 });
    assert.equal(recent.topItems[0]?.itemId, 'segodnya');
  });

  test('the chart is SVG with one bar per period and a title naming the total', async () => {
    const response = await stats('format=svg&from=2026-01&to=2026-03&group=month&lang=ru');
    assert.equal(response.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
    const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
    const root = svg.documentElement!;
    assert.equal(root.getAttribute('role'), 'img');
    assert.equal(root.getAttribute('viewBox'), '0 0 720 260', 'drawn 720 px wide unless asked');
    assert.equal(root.getElementsByTagName('rect').length, 3);
    assert.equal(
      root.getElementsByTagName('title')[0]?.textContent,
      'Просмотры по месяцам с 2026-01-01 по 2026-03-31, всего 13',
    );
    const heights = Array.from(root.getElementsByTagName('rect'), (bar) =>
      Number(bar.getAttribute('height')),
    );
    assert.equal(heights[0], heights[1], 'January and February both had 6 views');
    assert.ok(heights[2]! < heights[0]! && heights[2]! > 0);
    const narrow = await stats('format=svg&from=2026-01&to=2026-03&group=month&width=400');
    assert.match(await narrow.text(), /viewBox="0 0 400 260"/, 'as wide as the page asks');
  });

  test('refuses parameters it cannot answer, saying which and why', async () => {
    const refusals: [string, string, RegExp][] = [
      ['group=week', 'invalid_parameter', /group must be one of day, month, year/],
      ['from=2026-02-30', 'invalid_parameter', /from must be a date as YYYY-MM-DD/],
      ['to=01.03.2026', 'invalid_parameter', /to must be a date/],
      ['from=2026-13', 'invalid_parameter', /from must be/],
      ['from=1969-12-31', 'invalid_parameter', /from 1970 on/],
      ['from=2026-03-02&to=2026-03-01', 'invalid_range', /from \(2026-03-02\) is after to/],
      ['from=2020-01-01&to=2026-01-01', 'range_too_long', /at most 1000: group by a longer period/],
      ['top=101', 'invalid_parameter', /top must be a whole number from 0 to 100/],
      ['top=-1', 'invalid_parameter', /top must be/],
      ['format=xlsx', 'invalid_parameter', /format must be one of json, csv, svg/],
      ['format=csv&table=all', 'invalid_parameter', /table must be one of periods, items/],
      ['format=csv&lang=de', 'invalid_parameter', /lang must be one of ru, en/],
      [
        'format=svg&width=100',
        'invalid_parameter',
        /width must be a whole number from 320 to 1600/,
      ],
    ];
    for (const [query, code, message] of refusals) {
      const response = await stats(query);
      assert.equal(response.status, 400, query);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, code, query);
      assert.match(body.error.message, message, query);
    }
    assert.equal((await stats('from=2020-01-01&to=2026-01-01&group=month')).status, 200);
  });

  test("a site's statistics hold its own views only, for its own admin", async () => {
    const siteAdmin = 'gorlovka-admin-token-0123';
    await writeTransaction(server.db, server.engine, (transaction) =>
      new SiteStore(transaction).add(
        {
          id: 'gorlovka',
          name: 'Горловка',
          origins: [],
          moderation: 'post',
          commentAuth: 'optional',
        },
        siteAdmin,
        new Date(),
      ),
    );
    await registerViews(server, { '2026-01-30': { vystavka: 5 } }, 'gorlovka');
    const query = 'from=2026-01-30&to=2026-01-30';
    const own = await server.request(`/api/sites/gorlovka/admin/stats?${query}`, {
      headers: { authorization: `Bearer ${siteAdmin}` },
    });
    const ownReport = (await own.json()) as Report;
    assert.equal(ownReport.total, 5);
    assert.deepEqual(
      ownReport.topItems.map(({ itemId, views, newsItem }) => [itemId, views, newsItem]),
      [['vystavka', 5, undefined]],
      "the default site's news item of that id is not this site's",
    );
    assert.equal((await report(query)).total, 4, 'the default site counts its own');
    const otherAdmin = await server.request(`/api/admin/stats?${query}`, {
      headers: { authorization: `Bearer ${siteAdmin}` },
    });
    assert.equal(otherAdmin.status, 401);
  });

  test('needs the admin token', async () => {
    const anonymous = await server.request('/api/admin/stats');
    assert.equal(anonymous.status, 401);
    assert.equal(await errorCode(anonymous), 'admin_token_required');
    const csvAnonymous = await server.request('/api/admin/stats?format=csv');
    assert.equal(csvAnonymous.status, 401);
  });
});
