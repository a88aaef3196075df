import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';

/**
 * The real feeds live in ../shared/fixtures, outside the test runner's root and absent from a
 * user's clone. This serves them under /shared-fixtures/ (404 when missing) so browser tests can
 * read them and skip with a clear message when they are not there.
 */
const sharedRoot = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const prefix = '/shared-fixtures/';

export async function sharedFixtures(context, next) {
  if (!context.path.startsWith(prefix)) return next();
  const file = resolve(sharedRoot, decodeURIComponent(context.path.slice(prefix.length)));
  if (!file.startsWith(sharedRoot.replace(/[\\/]$/, '') + sep)) {
    context.status = 403;
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    context.body = await readFile(file);
    context.type = 'text/plain; charset=utf-8';
  } catch {
    context.status = 404;
    context.body = 'shared fixtures are not present in this checkout';
  }
}
