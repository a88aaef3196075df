import type { Db } from './db/database.js';

export interface Ban {
  ipHash: string;
  reason?: string;
  createdAt: string;
}

/** IP hashes a moderator has banned from commenting. */
export class BanStore {
  constructor(private readonly db: Db) {}

  isBanned(ipHash: string): boolean {
    return this.db.prepare('SELECT 1 FROM bans WHERE ip_hash = ?').get(ipHash) !== undefined;
  }

  ban(ipHash: string, reason: string | undefined, now: Date): void {
    this.db
      .prepare('INSERT OR REPLACE INTO bans (ip_hash, reason, created_at) VALUES (?, ?, ?)')
      .run(ipHash, reason ?? null, now.toISOString());
  }

  unban(ipHash: string): boolean {
    return this.db.prepare('DELETE FROM bans WHERE ip_hash = ?').run(ipHash).changes === 1;
  }

  list(): Ban[] {
    return this.db
      .prepare<[], { ip_hash: string; reason: string | null; created_at: string }>(
        'SELECT * FROM bans ORDER BY created_at DESC',
      )
      .all()
      .map((row) => ({
        ipHash: row.ip_hash,
        ...(row.reason && { reason: row.reason }),
        createdAt: row.created_at,
      }));
  }
}
