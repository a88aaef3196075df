import { type DayRange, type Grouping, periodBounds, periodKeys } from './period.js';
import type { StatsStore } from './store.js';

/** The languages of the CSV headers and the chart's labels. */
export type StatsLanguage = 'ru' | 'en';
export const statsLanguages: readonly StatsLanguage[] = ['ru', 'en'];

export interface PeriodViews extends DayRange {
  /** `2026-03-01`, `2026-03` or `2026`. */
  period: string;
  views: number;
}

export interface TopItem {
  rank: number;
  itemId: string;
  views: number;
  /** Known when the item is one of the server's news items. */
  newsItem?: { title: string; url: string };
}

/** What GET /api/admin/stats answers, and what its CSV and chart are made from. */
export interface StatsReport extends DayRange {
  group: Grouping;
  total: number;
  /** Every period of the range in order, those without views at 0. */
  periods: PeriodViews[];
  topItems: TopItem[];
}

export interface ReportRequest {
  range: DayRange;
  group: Grouping;
  top: number;
}

export interface ReportSources {
  stats: StatsStore;
  titles: (itemIds: string[]) => Promise<Map<string, string>>;
  itemUrl: (itemId: string) => string;
}

export async function buildReport(
  { stats, titles, itemUrl }: ReportSources,
  { range, group, top }: ReportRequest,
): Promise<StatsReport> {
  const [viewsByPeriod, items] = await Promise.all([
    stats.viewsByPeriod(range, group),
    stats.topItems(range, top),
  ]);
  const titleOf = await titles(items.map((item) => item.itemId));
  const periods = periodKeys(range, group).map((period) => ({
    period,
    ...periodBounds(period, group),
    views: viewsByPeriod.get(period) ?? 0,
  }));
  return {
    ...range,
    group,
    total: periods.reduce((sum, { views }) => sum + views, 0),
    periods,
    topItems: items.map(({ itemId, views }, index) => {
      const title = titleOf.get(itemId);
      return {
        rank: index + 1,
        itemId,
        views,
        ...(title !== undefined && { newsItem: { title, url: itemUrl(itemId) } }),
      };
    }),
  };
}
