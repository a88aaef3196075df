import { type Db, statementCache } from '../db/database.js';
import type { Ban } from './ban.js';

/** IP hashes a moderator has banned from commenting. */
export class BanStore {
  private readonly prepare;

  constructor(db: Db) {
    this.prepare = statementCache(db);
  }

  isBanned(ipHash: string): boolean {
    return this.prepare('SELECT 1 FROM bans WHERE ip_hash = ?').get(ipHash) !== undefined;
  }

  ban(ipHash: string, reason: string | undefined, now: Date): void {
    this.prepare('INSERT OR REPLACE INTO bans (ip_hash, reason, created_at) VALUES (?, ?, ?)').run(
      ipHash,
      reason ?? null,
      now.toISOString(),
    );
  }

  unban(ipHash: string): boolean {
    return this.prepare('DELETE FROM bans WHERE ip_hash = ?').run(ipHash).changes === 1;
  }

  list(): Ban[] {
    return this.prepare<[], { ip_hash: string; reason: string | null; created_at: string }>(
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
