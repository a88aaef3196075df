import type { Db } from '../db/schema.js';
import type { Visitor } from '../privacy.js';
import { StatsStore } from '../stats/store.js';
import type { ViewResult } from './view-result.js';

/** The day whose older visits were last deleted: shared by the stores of every transaction. */
export interface VisitPurges {
  day: string;
}

/** View counts per item of one site, one view per visitor per day. */
export class ViewStore {
  constructor(
    private readonly db: Db,
    private readonly siteId: string,
    private readonly purges: VisitPurges = { day: '' },
  ) {}

  async views(itemId: string): Promise<number> {
    const row = await this.db
      .selectFrom('view_counts')
      .select('views')
      .where('site_id', '=', this.siteId)
      .where('item_id', '=', itemId)
      .executeTakeFirst();
    return row?.views ?? 0;
  }

  /** Views of many items at once, 0 for items never viewed. */
  async viewsFor(itemIds: string[]): Promise<Map<string, number>> {
    const rows = itemIds.length
      ? await this.db
          .selectFrom('view_counts')
          .select(['item_id', 'views'])
          .where('site_id', '=', this.siteId)
          .where('item_id', 'in', itemIds)
          .execute()
      : [];
    return new Map(itemIds.map((id) => [id, rows.find((row) => row.item_id === id)?.views ?? 0]));
  }

  /** Counts the visitor once a day; run it in a write transaction. */
  async register(itemId: string, visitor: Visitor): Promise<ViewResult> {
    if (visitor.day !== this.purges.day) {
      // Past days of every site: the salt that made them is gone for all of them alike.
      await this.db.deleteFrom('view_visits').where('day', '<', visitor.day).execute();
      this.purges.day = visitor.day;
    }
    const visit = await this.db
      .insertInto('view_visits')
      .values({ site_id: this.siteId, day: visitor.day, item_id: itemId, visitor: visitor.hash })
      .onConflict((conflict) => conflict.doNothing())
      .executeTakeFirstOrThrow();
    if (visit.numInsertedOrUpdatedRows !== 1n)
      return { itemId, views: await this.views(itemId), counted: false };
    const { views } = await this.db
      .insertInto('view_counts')
      .values({ site_id: this.siteId, item_id: itemId, views: 1 })
      .onConflict((conflict) =>
        conflict
          .columns(['site_id', 'item_id'])
          .doUpdateSet((update) => ({ views: update('view_counts.views', '+', 1) })),
      )
      .returning('views')
      .executeTakeFirstOrThrow();
    await new StatsStore(this.db, this.siteId).addView(itemId, visitor.day);
    return { itemId, views, counted: true };
  }

  /** Sets a count outright: the demo's seed. */
  async setViews(itemId: string, views: number): Promise<void> {
    await this.db
      .insertInto('view_counts')
      .values({ site_id: this.siteId, item_id: itemId, views })
      .onConflict((conflict) => conflict.columns(['site_id', 'item_id']).doUpdateSet({ views }))
      .execute();
  }
}
