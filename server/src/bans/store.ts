import type { Db } from '../db/schema.js';
import type { Ban } from './ban.js';

/** IP hashes a moderator of one site has banned from commenting there. */
export class BanStore {
  constructor(
    private readonly db: Db,
    private readonly siteId: string,
  ) {}

  async isBanned(ipHash: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('bans')
      .select('ip_hash')
      .where('site_id', '=', this.siteId)
      .where('ip_hash', '=', ipHash)
      .executeTakeFirst();
    return row !== undefined;
  }

  async ban(ipHash: string, reason: string | undefined, now: Date): Promise<void> {
    const ban = { reason: reason ?? null, created_at: now.toISOString() };
    await this.db
      .insertInto('bans')
      .values({ site_id: this.siteId, ip_hash: ipHash, ...ban })
      .onConflict((conflict) => conflict.columns(['site_id', 'ip_hash']).doUpdateSet(ban))
      .execute();
  }

  async unban(ipHash: string): Promise<boolean> {
    const { numDeletedRows } = await this.db
      .deleteFrom('bans')
      .where('site_id', '=', this.siteId)
      .where('ip_hash', '=', ipHash)
      .executeTakeFirstOrThrow();
    return numDeletedRows === 1n;
  }

  async list(): Promise<Ban[]> {
    const rows = await this.db
      .selectFrom('bans')
      .selectAll()
      .where('site_id', '=', this.siteId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((row) => ({
      ipHash: row.ip_hash,
      ...(row.reason && { reason: row.reason }),
      createdAt: row.created_at,
    }));
  }
}
