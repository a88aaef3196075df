import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from './db/schema.js';

function hmacHex(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

/**
 * The stable pseudonym of an IP address, stored with comments so a moderator can ban a
 * spammer without the server keeping addresses. The key is random per installation and
 * stays in the database, so hashes survive restarts.
 */
export async function createIpHasher(db: Db): Promise<(ip: string) => string> {
  const key = await readServerKey(db, 'ip_hash_key');
  return (ip) => hmacHex(key, ip).slice(0, 32);
}

/** A random key of this installation, made by the first start that needs it, kept in the database. */
export async function readServerKey(db: Db, name: string): Promise<Buffer> {
  // Two instances starting together on one database: the first key stored is everybody's.
  await db
    .insertInto('server_keys')
    .values({ name, value: randomBytes(32) })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  const { value } = await db
    .selectFrom('server_keys')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return value;
}

export interface Visitor {
  /** The UTC day (YYYY-MM-DD) the hash is valid for. */
  day: string;
  /** Same visitor and day give the same hash; nothing turns it back into an IP address. */
  hash: string;
}

/**
 * Counts a visitor once a day without cookies, the way GoatCounter and Plausible do: the
 * hash of IP and User-Agent is salted with a random value of the day, replaced at UTC midnight,
 * so yesterday's hashes cannot be linked to today's. The salt is kept in the database, in
 * `daily_salts`, so that every instance on one database (and a restarted one) hashes a visitor
 * alike and counts them once; the row of a past day is deleted as soon as any instance starts
 * the new day. The price (docs/server.md, "Many instances"): a copy of the database taken during
 * a day holds that day's salt, with which that day's hashes can be brute-forced back to
 * addresses.
 */
export class DailySalt {
  private day = '';
  private salt: Promise<Buffer> | undefined;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async visitor(ip: string, userAgent: string): Promise<Visitor> {
    const day = this.now().toISOString().slice(0, 10);
    if (day !== this.day || !this.salt) {
      this.day = day;
      this.salt = this.saltOf(day);
      // A failed read is tried again by the next visitor, not remembered.
      this.salt.catch(() => {
        if (this.day === day) this.salt = undefined;
      });
    }
    return { day, hash: hmacHex(await this.salt, `${ip}\n${userAgent}`).slice(0, 32) };
  }

  /** The salt of `day`: the first instance to need it draws it, everybody reads that one. */
  private async saltOf(day: string): Promise<Buffer> {
    await this.db.deleteFrom('daily_salts').where('day', '<', day).execute();
    await this.db
      .insertInto('daily_salts')
      .values({ day, salt: randomBytes(32) })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    const { salt } = await this.db
      .selectFrom('daily_salts')
      .select('salt')
      .where('day', '=', day)
      .executeTakeFirstOrThrow();
    return salt;
  }
}
