import { Hono } from 'hono';
import { schemaVersion } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import type { Services } from '../services.js';

/** For uptime checks and load balancers: answers only when the database answers. */
export function healthRoutes({ db, engine }: Services): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', async (c) =>
    c.json({ status: 'ok', engine, schemaVersion: await schemaVersion(db) }),
  );
}
