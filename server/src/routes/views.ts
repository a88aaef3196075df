import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { parseId } from '../http/validate.js';
import type { Services } from '../services.js';

export function viewRoutes({ dailySalt }: Services): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/:itemId', async (c) => {
      const itemId = parseId(c.req.param('itemId'), 'itemId');
      return c.json({ itemId, views: await c.get('stores').views.views(itemId) });
    })
    .post('/:itemId', async (c) => {
      const itemId = parseId(c.req.param('itemId'), 'itemId');
      const visitor = await dailySalt.visitor(c.get('clientIp'), c.req.header('user-agent') ?? '');
      return c.json(await c.get('writes').run((stores) => stores.views.register(itemId, visitor)));
    });
}
