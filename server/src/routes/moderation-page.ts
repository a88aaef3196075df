import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { packageFolder } from '../package-folder.js';

const folder = new URL('moderation/', packageFolder);
const files: Record<string, string> = {
  '': 'text/html; charset=utf-8',
  'moderation.js': 'text/javascript; charset=utf-8',
  'moderation-api.js': 'text/javascript; charset=utf-8',
  'moderation-strings.js': 'text/javascript; charset=utf-8',
  'moderation.css': 'text/css; charset=utf-8',
  'stats.js': 'text/javascript; charset=utf-8',
  'stats.css': 'text/css; charset=utf-8',
  'deliveries.js': 'text/javascript; charset=utf-8',
};

/** The moderation page: its static files, served under the server's strict CSP. */
export function moderationPageRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/:file{.*}', async (c) => {
    const file = c.req.param('file');
    const type = files[file];
    if (type === undefined) return c.notFound();
    const body = await readFile(new URL(file || 'index.html', folder));
    return c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  });
}
