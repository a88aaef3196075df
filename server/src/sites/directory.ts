import { createHash, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/schema.js';
import type { Settings } from '../settings.js';
import { type Site, defaultSite, defaultSiteId, isSiteId } from './site.js';
import { SiteStore } from './store.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Comparing digests keeps the comparison constant-time whatever the lengths. */
const matches = (given: string, expected: Buffer | undefined) =>
  expected !== undefined && timingSafeEqual(digest(given), expected);

/**
 * Finds the site a request addresses and says who administers it: the default site comes from
 * the settings, every other one from the database, read on each request so a site the command
 * adds, changes or removes is seen by every running instance at once.
 */
export class SiteDirectory {
  private readonly defaultSite: Site;
  private readonly store: SiteStore;
  private readonly defaultAdmin: Buffer | undefined;
  private readonly networkAdmin: Buffer | undefined;

  constructor(db: Db, settings: Settings) {
    this.defaultSite = defaultSite(settings);
    this.store = new SiteStore(db);
    this.defaultAdmin = settings.adminToken === undefined ? undefined : digest(settings.adminToken);
    this.networkAdmin =
      settings.networkAdminToken === undefined ? undefined : digest(settings.networkAdminToken);
  }

  get default(): Site {
    return this.defaultSite;
  }

  async find(id: string): Promise<Site | undefined> {
    if (id === defaultSiteId) return this.defaultSite;
    return isSiteId(id) ? this.store.get(id) : undefined;
  }

  /** Only the default site can lack an admin: every other one is added with a token. */
  hasAdmin(site: Site): boolean {
    return (
      site.id !== defaultSiteId ||
      this.defaultAdmin !== undefined ||
      this.networkAdmin !== undefined
    );
  }

  /** The network admin token manages every site; a site's own tokens manage that site only. */
  async isAdmin(site: Site, token: string): Promise<boolean> {
    if (matches(token, this.networkAdmin)) return true;
    if (site.id === defaultSiteId) return matches(token, this.defaultAdmin);
    return this.store.hasAdminToken(site.id, token);
  }
}
