import { sql } from 'kysely';
import type { Db } from '../db/schema.js';
import { type Day, type DayRange, type Grouping, periodKeyLength } from './period.js';

export interface ItemViews {
  itemId: string;
  views: number;
}

/** pg hands sums (bigint) over as strings, better-sqlite3 as numbers. */
const toCount = (value: string | number) => Number(value);

/**
 * One site's views per item per UTC day: counts only. Nothing in it says who viewed, so it is kept for
 * good, unlike view_visits.
 */
export class StatsStore {
  constructor(
    private readonly db: Db,
    private readonly siteId: string,
  ) {}

  /** One more view of the item on `day`; run it in the write that counts the view. */
  async addView(itemId: string, day: Day): Promise<void> {
    await this.db
      .insertInto('view_days')
      .values({ site_id: this.siteId, day, item_id: itemId, views: 1 })
      .onConflict((conflict) =>
        conflict
          .columns(['site_id', 'day', 'item_id'])
          .doUpdateSet((update) => ({ views: update('view_days.views', '+', 1) })),
      )
      .execute();
  }

  /** Views of every period that has any, by period key (`2026-03-01`, `2026-03`, `2026`). */
  async viewsByPeriod({ from, to }: DayRange, grouping: Grouping): Promise<Map<string, number>> {
    // A literal, not a parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
    const period = sql<string>`substr(day, 1, ${sql.lit(periodKeyLength[grouping])})`;
    const rows = await this.db
      .selectFrom('view_days')
      .select([period.as('period'), sql<string | number>`sum(views)`.as('period_views')])
      .where('site_id', '=', this.siteId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .groupBy(period)
      .execute();
    return new Map(rows.map((row) => [row.period, toCount(row.period_views)]));
  }

  /** The most viewed items in the range, most first; ties in id order, so pages agree. */
  async topItems({ from, to }: DayRange, limit: number): Promise<ItemViews[]> {
    if (limit === 0) return [];
    const rows = await this.db
      .selectFrom('view_days')
      .select(['item_id', sql<string | number>`sum(views)`.as('item_views')])
      .where('site_id', '=', this.siteId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .groupBy('item_id')
      .orderBy('item_views', 'desc')
      .orderBy('item_id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ itemId: row.item_id, views: toCount(row.item_views) }));
  }
}
