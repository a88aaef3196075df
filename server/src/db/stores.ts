import { BanStore } from '../bans/store.js';
import { CommentStore } from '../comments/store.js';
import { NewsStore } from '../news/store.js';
import { NotificationStore } from '../notifications/store.js';
import { PartnerStore } from '../partners/store.js';
import { TransferStore } from '../transfer/store.js';
import { ViewStore, type VisitPurges } from '../views/store.js';
import type { Db, Engine } from './schema.js';

/** Every store of one site, on the database or on one transaction in it. */
export interface Stores {
  views: ViewStore;
  comments: CommentStore;
  bans: BanStore;
  news: NewsStore;
  partners: PartnerStore;
  transfer: TransferStore;
  notifications: NotificationStore;
}

/** What the stores of every transaction share: they are made anew for each one. */
export interface StoreMemory {
  engine: Engine;
  visitPurges: VisitPurges;
}

export function createStores(db: Db, siteId: string, { engine, visitPurges }: StoreMemory): Stores {
  return {
    views: new ViewStore(db, siteId, visitPurges),
    comments: new CommentStore(db, siteId),
    bans: new BanStore(db, siteId),
    news: new NewsStore(db, engine, siteId),
    partners: new PartnerStore(db, siteId),
    transfer: new TransferStore(db, siteId),
    notifications: new NotificationStore(db, siteId),
  };
}
