import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import type { Site } from './site.js';

/** Admin tokens are kept as this hash only: a leaked database grants no moderation. */
export const hashAdminToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** Every table with a `site_id`: its rows belong to that site. */
export type SiteTable = {
  [Table in keyof Database]: Database[Table] extends { site_id: string } ? Table : never;
}[keyof Database];

/**
 * Every table whose rows belong to a site, its admin tokens included: what a backup holds and
 * what removing the site deletes. A record, so a new table with a `site_id` does not compile
 * until it is listed here. Replies go with their comments through the foreign key.
 */
const ownedBySite: Record<SiteTable, true> = {
  comments: true,
  idempotency_keys: true,
  imported_comments: true,
  view_counts: true,
  view_visits: true,
  view_days: true,
  bans: true,
  news_items: true,
  partners: true,
  site_notifications: true,
  notification_deliveries: true,
  notification_digest: true,
  site_admin_tokens: true,
};

export const siteTables = Object.keys(ownedBySite) as SiteTable[];

export interface RemovedSite {
  site: Selectable<Database['sites']>;
  tables: Record<SiteTable, unknown[]>;
}

/** A site as `sites list` shows it. */
export interface StoredSite extends Site {
  createdAt: string;
  adminTokens: number;
}

function toSite(row: Selectable<Database['sites']>): Site {
  return {
    id: row.id,
    name: row.name,
    origins: JSON.parse(row.origins) as string[],
    moderation: row.moderation,
    commentAuth: row.comment_auth,
    ...(row.token_secret !== null && { tokenSecret: row.token_secret }),
    ...(row.consent_url !== null &&
      row.consent_version !== null && {
        consent: { policyUrl: row.consent_url, policyVersion: row.consent_version },
      }),
  };
}

/** The sites a network adds beside the default one, and their admin tokens. */
export class SiteStore {
  constructor(private readonly db: Db) {}

  async get(id: string): Promise<Site | undefined> {
    const row = await this.db
      .selectFrom('sites')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toSite(row);
  }

  async list(): Promise<StoredSite[]> {
    const rows = await this.db
      .selectFrom('sites')
      .selectAll('sites')
      .select((eb) =>
        eb
          .selectFrom('site_admin_tokens')
          .select((count) => count.cast<number>(count.fn.countAll(), 'integer').as('tokens'))
          .whereRef('site_admin_tokens.site_id', '=', 'sites.id')
          .as('admin_tokens'),
      )
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      ...toSite(row),
      createdAt: row.created_at,
      adminTokens: row.admin_tokens ?? 0,
    }));
  }

  /** Adds the site with its first admin token; run it in a write transaction. */
  async add(site: Site, adminToken: string, now: Date): Promise<void> {
    await this.db
      .insertInto('sites')
      .values({
        id: site.id,
        name: site.name,
        origins: JSON.stringify(site.origins),
        moderation: site.moderation,
        comment_auth: site.commentAuth,
        token_secret: site.tokenSecret ?? null,
        created_at: now.toISOString(),
        consent_url: site.consent?.policyUrl ?? null,
        consent_version: site.consent?.policyVersion ?? null,
      })
      .execute();
    await this.addAdminToken(site.id, adminToken, now);
  }

  /** Makes `adminToken` the site's only admin token; false when there is no such site. */
  async replaceAdminTokens(siteId: string, adminToken: string, now: Date): Promise<boolean> {
    if (!(await this.get(siteId))) return false;
    await this.db.deleteFrom('site_admin_tokens').where('site_id', '=', siteId).execute();
    await this.addAdminToken(siteId, adminToken, now);
    return true;
  }

  private async addAdminToken(siteId: string, adminToken: string, now: Date): Promise<void> {
    await this.db
      .insertInto('site_admin_tokens')
      .values({
        site_id: siteId,
        token_hash: hashAdminToken(adminToken),
        created_at: now.toISOString(),
      })
      .execute();
  }

  async hasAdminToken(siteId: string, adminToken: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('site_admin_tokens')
      .select('site_id')
      .where('site_id', '=', siteId)
      .where('token_hash', '=', hashAdminToken(adminToken))
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Deletes the site and every row it owns, and returns what it deleted, table by table: the
   * backup holds exactly the rows that went, whatever was written meanwhile. Run it in a write
   * transaction; undefined when there is no such site.
   */
  async remove(siteId: string): Promise<RemovedSite | undefined> {
    const site = await this.db
      .selectFrom('sites')
      .selectAll()
      .where('id', '=', siteId)
      .executeTakeFirst();
    if (!site) return undefined;
    const tables = {} as Record<SiteTable, unknown[]>;
    for (const table of siteTables)
      tables[table] = await this.db
        .deleteFrom(table)
        .where('site_id', '=', siteId)
        .returningAll()
        .execute();
    await this.db.deleteFrom('sites').where('id', '=', siteId).execute();
    return { site, tables };
  }
}
