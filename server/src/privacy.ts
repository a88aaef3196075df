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
  // Two instances starting together on one database: the first key stored is everybody's.
  await db
    .insertInto('server_keys')
    .values({ name: 'ip_hash_key', value: randomBytes(32) })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  const { value: key } = await db
    .selectFrom('server_keys')
    .select('value')
    .where('name', '=', 'ip_hash_key')
    .executeTakeFirstOrThrow();
  return (ip) => hmacHex(key, ip).slice(0, 32);
}

export interface Visitor {
  /** The UTC day (YYYY-MM-DD) the hash is valid for. */
  day: string;
  /** Same visitor and day give the same hash; nothing turns it back into an IP address. */
  hash: string;
}

/**
 * Counts a visitor once a day without cookies, the way GoatCounter and Plausible do: the
 * hash of IP and User-Agent is salted with a random value that exists only in this process
 * and is replaced at UTC midnight, so yesterday's hashes cannot be linked to today's, and a
 * copy of the database alone cannot be brute-forced back to addresses. The price: a restart
 * draws a new salt, so a visitor may be counted again on the day of a restart.
 */
export class DailySalt {
  private day = '';
  private salt = Buffer.alloc(0);

  constructor(private readonly now: () => Date = () => new Date()) {}

  visitor(ip: string, userAgent: string): Visitor {
    const day = this.now().toISOString().slice(0, 10);
    if (day !== this.day) {
      this.day = day;
      this.salt = randomBytes(32);
    }
    return { day, hash: hmacHex(this.salt, `${ip}\n${userAgent}`).slice(0, 32) };
  }
}
