import { BanStore } from './bans/store.js';
import { CommentStore } from './comments/store.js';
import type { Db } from './db/database.js';
import { WriteQueue } from './db/write-queue.js';
import type { Logger } from './logger.js';
import { NewsStore } from './news/store.js';
import { PartnerStore } from './partners/store.js';
import { DailySalt, createIpHasher } from './privacy.js';
import type { Settings } from './settings.js';
import { ViewStore } from './views/store.js';

/** Everything a route needs, built once per server. */
export interface Services {
  settings: Settings;
  db: Db;
  /** Every write goes through it, to be acknowledged only once it is on disk. */
  writes: WriteQueue;
  logger: Logger;
  views: ViewStore;
  comments: CommentStore;
  bans: BanStore;
  news: NewsStore;
  partners: PartnerStore;
  dailySalt: DailySalt;
  hashIp: (ip: string) => string;
}

export function createServices(settings: Settings, db: Db, logger: Logger): Services {
  return {
    settings,
    db,
    writes: new WriteQueue(db),
    logger,
    views: new ViewStore(db),
    comments: new CommentStore(db),
    bans: new BanStore(db),
    news: new NewsStore(db),
    partners: new PartnerStore(db),
    dailySalt: new DailySalt(),
    hashIp: createIpHasher(db),
  };
}
