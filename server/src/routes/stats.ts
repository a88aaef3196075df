import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { parseChoice, parseInteger } from '../http/validate.js';
import { newsItemUrl } from '../news/news-item.js';
import type { Services } from '../services.js';
import { chartSvg, chartWidths } from '../stats/chart-svg.js';
import { csvTables, reportCsv, reportFileName } from '../stats/csv.js';
import { groupings, parseRange } from '../stats/period.js';
import { buildReport, statsLanguages } from '../stats/report.js';
import { StatsStore } from '../stats/store.js';

const formats = ['json', 'csv', 'svg'] as const;

/**
 * GET /api/admin/stats: the addressed site's views per day, month or year and its most viewed
 * items, as JSON, as CSV for a spreadsheet (one table a file: `table=periods|items`) or as the
 * chart in SVG. Mounted under /admin, behind the admin token.
 */
export function statsRoutes({ db, settings }: Services): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', async (c) => {
    const query = c.req.query();
    const group = parseChoice(query.group, 'group', groupings);
    const format = parseChoice(query.format, 'format', formats);
    const table = parseChoice(query.table, 'table', csvTables);
    const language = parseChoice(query.lang, 'lang', statsLanguages);
    const range = parseRange(query, group, new Date());
    const top = parseInteger(query.top, 'top', 10, 0, 100);
    const { min, max, fallback } = chartWidths;
    const width = parseInteger(query.width, 'width', fallback, min, max);
    const origin = c.get('origin');
    const { news } = c.get('stores');
    const report = await buildReport(
      {
        stats: new StatsStore(db, c.get('site').id),
        titles: (itemIds) => news.titles(itemIds),
        itemUrl: (itemId) => newsItemUrl(itemId, settings.newsItemUrl, origin),
      },
      { range, group, top },
    );
    // The figures change with every view: a kept copy would be wrong at once.
    c.header('Cache-Control', 'no-store');
    if (format === 'json') return c.json(report);
    if (format === 'svg') {
      return c.body(chartSvg(report, language, width), 200, {
        'Content-Type': 'image/svg+xml; charset=utf-8',
      });
    }
    return c.body(reportCsv(report, table, language), 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${reportFileName(report, table)}"`,
    });
  });
}
