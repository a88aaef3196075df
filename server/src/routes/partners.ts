import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { Services } from '../services.js';

export function partnerRoutes({ partners }: Services): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', async (c) => c.json({ partners: await partners.list() }));
}
