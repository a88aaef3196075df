import { BanStore } from '../bans/store.js';
import { CommentStore } from '../comments/store.js';
import { NewsStore } from '../news/store.js';
import { PartnerStore } from '../partners/store.js';
import { ViewStore, type VisitPurges } from '../views/store.js';
import type { Db, Engine } from './schema.js';

/** Every store, on the database or on one transaction in it. */
export interface Stores {
  views: ViewStore;
  comments: CommentStore;
  bans: BanStore;
  news: NewsStore;
  partners: PartnerStore;
}

/** What the stores of every transaction share: they are made anew for each one. */
export interface StoreMemory {
  engine: Engine;
  visitPurges: VisitPurges;
}

export function createStores(db: Db, { engine, visitPurges }: StoreMemory): Stores {
  return {
    views: new ViewStore(db, visitPurges),
    comments: new CommentStore(db),
    bans: new BanStore(db),
    news: new NewsStore(db, engine),
    partners: new PartnerStore(db),
  };
}
