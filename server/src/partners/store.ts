import type { Partner } from '../../../src/data/model.js';
import type { Db } from '../db/schema.js';

/** The partner links of one site's footer, in the order they were added. */
export class PartnerStore {
  constructor(
    private readonly db: Db,
    private readonly siteId: string,
  ) {}

  async list(): Promise<Partner[]> {
    const rows = await this.db
      .selectFrom('partners')
      .select(['name', 'url', 'logo', 'partner_group'])
      .where('site_id', '=', this.siteId)
      .orderBy('position')
      .execute();
    return rows.map((row) => ({
      name: row.name,
      url: row.url,
      ...(row.logo && { logo: row.logo }),
      ...(row.partner_group && { group: row.partner_group }),
    }));
  }

  async isEmpty(): Promise<boolean> {
    return (
      (await this.db
        .selectFrom('partners')
        .select('position')
        .where('site_id', '=', this.siteId)
        .limit(1)
        .executeTakeFirst()) === undefined
    );
  }

  async add(partner: Partner): Promise<void> {
    await this.db
      .insertInto('partners')
      .values({
        site_id: this.siteId,
        name: partner.name,
        url: partner.url,
        logo: partner.logo ?? null,
        partner_group: partner.group ?? null,
      })
      .execute();
  }
}
