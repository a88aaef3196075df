import type { Db, Engine } from './db/schema.js';
import { type StoreMemory, type Stores, createStores } from './db/stores.js';
import { createWriter } from './db/write-queue.js';
import type { Logger } from './logger.js';
import type { Clock } from './notifications/clock.js';
import { type Notifications, createNotifications } from './notifications/create.js';
import { DailySalt, createIpHasher } from './privacy.js';
import { type RateLimiters, createRateLimiters } from './rate-limit.js';
import type { Settings } from './settings.js';
import { SiteDirectory } from './sites/directory.js';

/** Every write goes through it, to be acknowledged only once it is durable. */
export interface Writes {
  /** Runs `write` on a site's stores in a write transaction; resolves once it is committed. */
  run<Value>(siteId: string, write: (stores: Stores) => Promise<Value>): Promise<Value>;
  /** Writes accepted and not yet committed. */
  readonly depth: number;
}

/** Everything a route needs, built once per server. */
export interface Services {
  settings: Settings;
  sites: SiteDirectory;
  /** A site's stores on the database, for reads. */
  storesOf(siteId: string): Stores;
  db: Db;
  engine: Engine;
  writes: Writes;
  logger: Logger;
  dailySalt: DailySalt;
  /** Shared by the instances on one PostgreSQL database, in memory on SQLite. */
  rateLimiter: RateLimiters;
  hashIp: (ip: string) => string;
  /** Mail and webhooks about new comments, and the mail links that moderate them. */
  notifications: Notifications;
}

export async function createServices(
  settings: Settings,
  { db, engine }: { db: Db; engine: Engine },
  logger: Logger,
  /** Tests move time themselves; the server runs on the system's. */
  clock?: Clock,
): Promise<Services> {
  const memory: StoreMemory = { engine, visitPurges: { day: '' } };
  const writer = createWriter(db, engine);
  const hashIp = await createIpHasher(db);
  const services: Omit<Services, 'notifications'> = {
    settings,
    sites: new SiteDirectory(db, settings),
    storesOf: (siteId) => createStores(db, siteId, memory),
    db,
    engine,
    writes: {
      run: (siteId, write) =>
        writer.run((transaction) => write(createStores(transaction, siteId, memory))),
      get depth() {
        return writer.depth;
      },
    },
    logger,
    dailySalt: new DailySalt(db),
    hashIp,
    rateLimiter: createRateLimiters(db, engine, hashIp),
  };
  return {
    ...services,
    notifications: await createNotifications(services, settings, logger, clock),
  };
}
