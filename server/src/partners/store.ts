import type { Partner } from '../../../src/data/model.js';
import type { Db } from '../db/database.js';

/** The partner links of the library's footer, in the order they were added. */
export class PartnerStore {
  constructor(private readonly db: Db) {}

  list(): Partner[] {
    return this.db
      .prepare<
        [],
        { name: string; url: string; logo: string | null; partner_group: string | null }
      >('SELECT name, url, logo, partner_group FROM partners ORDER BY position')
      .all()
      .map((row) => ({
        name: row.name,
        url: row.url,
        ...(row.logo && { logo: row.logo }),
        ...(row.partner_group && { group: row.partner_group }),
      }));
  }

  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM partners LIMIT 1').get() === undefined;
  }

  add(partner: Partner): void {
    this.db
      .prepare('INSERT INTO partners (name, url, logo, partner_group) VALUES (?, ?, ?, ?)')
      .run(partner.name, partner.url, partner.logo ?? null, partner.group ?? null);
  }
}
