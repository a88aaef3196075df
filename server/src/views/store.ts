import type { Db } from '../db/database.js';
import type { Visitor } from '../privacy.js';
import type { ViewResult } from './view-result.js';

/** View counts per item, one view per visitor per day. */
export class ViewStore {
  private readonly selectViews;
  private readonly insertVisit;
  private readonly incrementViews;
  private readonly deleteOldVisits;
  private readonly registerInTransaction;
  private lastPurgedDay = '';

  constructor(private readonly db: Db) {
    this.selectViews = db.prepare<[string], { views: number }>(
      'SELECT views FROM view_counts WHERE item_id = ?',
    );
    this.insertVisit = db.prepare(
      'INSERT OR IGNORE INTO view_visits (day, item_id, visitor) VALUES (?, ?, ?)',
    );
    this.incrementViews = db.prepare(
      'INSERT INTO view_counts (item_id, views) VALUES (?, 1) ON CONFLICT (item_id) DO UPDATE SET views = views + 1',
    );
    this.deleteOldVisits = db.prepare('DELETE FROM view_visits WHERE day < ?');
    this.registerInTransaction = db.transaction((itemId: string, visitor: Visitor): boolean => {
      if (visitor.day !== this.lastPurgedDay) {
        this.deleteOldVisits.run(visitor.day);
        this.lastPurgedDay = visitor.day;
      }
      const counted = this.insertVisit.run(visitor.day, itemId, visitor.hash).changes === 1;
      if (counted) this.incrementViews.run(itemId);
      return counted;
    });
  }

  views(itemId: string): number {
    return this.selectViews.get(itemId)?.views ?? 0;
  }

  /** Views of many items at once, 0 for items never viewed. */
  viewsFor(itemIds: string[]): Map<string, number> {
    const rows = this.db
      .prepare<[string], { item_id: string; views: number }>(
        'SELECT item_id, views FROM view_counts WHERE item_id IN (SELECT value FROM json_each(?))',
      )
      .all(JSON.stringify(itemIds));
    return new Map(itemIds.map((id) => [id, rows.find((row) => row.item_id === id)?.views ?? 0]));
  }

  register(itemId: string, visitor: Visitor): ViewResult {
    const counted = this.registerInTransaction.immediate(itemId, visitor);
    return { itemId, views: this.views(itemId), counted };
  }
}
