/**
 * A small static file server on a free loopback port, for the Node-side checks that open pages
 * in Chromium (the built CDN file, the static Storybook, the CSP pages). `answer` may handle a
 * request first (fake APIs), `page` may return the HTML of a page made in the test; anything
 * else is a file under `root`, or 404 for a path outside it or outside `folders`.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function contentType(path) {
  return contentTypes[extname(path)] ?? 'application/octet-stream';
}

/**
 * @param {{ root: string, folders?: string[], rewrite?: (path: string) => string,
 *   page?: (path: string) => string | undefined,
 *   answer?: (path: string, request: import('node:http').IncomingMessage,
 *     response: import('node:http').ServerResponse) => Promise<boolean> | boolean }} options
 */
export async function startStaticServer({
  root,
  folders,
  rewrite = (path) => path,
  page = () => undefined,
  answer,
}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (answer && (await answer(path, request, response))) return;
    const html = page(path);
    if (html !== undefined) {
      response.writeHead(200, { 'content-type': contentTypes['.html'] }).end(html);
      return;
    }
    const diskPath = rewrite(path.endsWith('/') ? `${path}index.html` : path);
    const file = normalize(join(root, diskPath));
    const allowed =
      file.startsWith(root) && (!folders || folders.some((folder) => diskPath.startsWith(folder)));
    try {
      if (!allowed) throw new Error('not served');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentType(file) }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
