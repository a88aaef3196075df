import type { StatsLanguage, StatsReport } from './report.js';

/** The two tables a report gives: a CSV file holds one table, so a spreadsheet can sort it. */
export type CsvTable = 'periods' | 'items';
export const csvTables: readonly CsvTable[] = ['periods', 'items'];

const headers: Record<StatsLanguage, Record<CsvTable, string[]>> = {
  ru: {
    periods: ['Начало периода', 'Конец периода', 'Просмотры'],
    items: ['Место', 'Материал', 'Заголовок', 'Адрес', 'Просмотры'],
  },
  en: {
    periods: ['Period start', 'Period end', 'Views'],
    items: ['Rank', 'Item', 'Title', 'URL', 'Views'],
  },
};

/**
 * One field, always quoted (a title may hold `;`, quotes or line breaks). Text that Excel
 * would run as a formula (=, +, -, @ first: "CSV injection") gets an apostrophe in front, as
 * OWASP advises: titles come from the site's feed, which the moderator does not control.
 */
function field(value: string | number): string {
  const text =
    typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * A CSV that Excel opens right in a Russian locale: UTF-8 with a BOM (without it Excel reads
 * Windows-1251), `;` between fields (Russian Windows' list separator, since `,` is its decimal
 * one), CRLF line ends, dates as ISO 8601, which Excel turns into dates in any locale. No
 * `sep=;` line: with it Excel ignores the BOM and garbles Cyrillic.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(field).join(';')}\r\n`).join('')}`;
}

export function reportCsv(report: StatsReport, table: CsvTable, language: StatsLanguage): string {
  const rows =
    table === 'periods'
      ? report.periods.map(({ from, to, views }) => [from, to, views])
      : report.topItems.map(({ rank, itemId, newsItem, views }) => [
          rank,
          itemId,
          newsItem?.title ?? '',
          newsItem?.url ?? '',
          views,
        ]);
  return toCsv([headers[language][table], ...rows]);
}

/** An ASCII file name that says what the file holds and when. */
export function reportFileName(report: StatsReport, table: CsvTable): string {
  const what = table === 'periods' ? `views-by-${report.group}` : 'top-items';
  return `${what}_${report.from}_${report.to}.csv`;
}
