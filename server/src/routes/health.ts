import { Hono } from 'hono';
import { schemaVersion } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import type { Services } from '../services.js';

/** For uptime checks and load balancers: answers only when the database answers. */
export function healthRoutes({ db }: Services): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', (c) =>
    c.json({ status: 'ok', schemaVersion: schemaVersion(db) }),
  );
}
