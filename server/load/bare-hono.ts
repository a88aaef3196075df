/**
 * The ceiling for the load test: Hono on @hono/node-server answering a constant JSON body,
 * no middleware, no database. The reference server cannot be faster than this on the machine.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().post('/', (c) => c.json({ ok: true })).get('/', (c) => c.json({ ok: true }));
const server = serve({
  fetch: app.fetch,
  port: Number(process.env.PORT ?? 0),
  hostname: '127.0.0.1',
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
