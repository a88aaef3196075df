import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

export function partnerRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', async (c) =>
    c.json({ partners: await c.get('stores').partners.list() }),
  );
}
