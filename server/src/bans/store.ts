import type { Db } from '../db/schema.js';
import type { Ban } from './ban.js';

/** IP hashes a moderator has banned from commenting. */
export class BanStore {
  constructor(private readonly db: Db) {}

  async isBanned(ipHash: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('bans')
      .select('ip_hash')
      .where('ip_hash', '=', ipHash)
      .executeTakeFirst();
    return row !== undefined;
  }

  async ban(ipHash: string, reason: string | undefined, now: Date): Promise<void> {
    const ban = { reason: reason ?? null, created_at: now.toISOString() };
    await this.db
      .insertInto('bans')
      .values({ ip_hash: ipHash, ...ban })
      .onConflict((conflict) => conflict.column('ip_hash').doUpdateSet(ban))
      .execute();
  }

  async unban(ipHash: string): Promise<boolean> {
    const { numDeletedRows } = await this.db
      .deleteFrom('bans')
      .where('ip_hash', '=', ipHash)
      .executeTakeFirstOrThrow();
    return numDeletedRows === 1n;
  }

  async list(): Promise<Ban[]> {
    const rows = await this.db
      .selectFrom('bans')
      .selectAll()
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((row) => ({
      ipHash: row.ip_hash,
      ...(row.reason && { reason: row.reason }),
      createdAt: row.created_at,
    }));
  }
}
