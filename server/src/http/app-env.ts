import type { HttpBindings } from '@hono/node-server';
import type { Stores } from '../db/stores.js';
import type { Site } from '../sites/site.js';

/** Writes to the request's site: acknowledged once durable, like every write. */
export interface SiteWrites {
  run<Value>(write: (stores: Stores) => Promise<Value>): Promise<Value>;
}

/** What every handler finds on the Hono context. */
export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    clientIp: string;
    /** The origin the client used, behind a trusted proxy too (http/origin.ts). */
    origin: string;
    requestId: string;
    /** The site the request addresses (http/site.ts), with its stores: nothing else is read. */
    site: Site;
    stores: Stores;
    writes: SiteWrites;
  };
}
