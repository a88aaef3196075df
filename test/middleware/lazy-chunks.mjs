/**
 * Slows down or breaks the download of lazily imported modules, so tests can prove an element
 * keeps its space while a chunk is on its way, and shows its error when a chunk cannot be
 * loaded (a flaky network, a deploy that removed it).
 *
 * A test sets a cookie (see test/support/lazy-chunks.ts) naming modules by file name without
 * extension: with `fail-modules=a,b` every request whose path ends in `/a.js`, `/a.ts`… answers
 * 503; with `slow-modules=a,b` it is served 600 ms late. A cookie, not a global switch, because
 * each test page has its own browser context: test files running side by side never see each
 * other's faults.
 */
const slowModuleDelay = 600;

function modulesIn(context, cookieName) {
  const cookie = context.get('cookie') ?? '';
  const match = cookie.match(new RegExp(`(?:^|;\\s*)${cookieName}=([^;]*)`));
  return match ? decodeURIComponent(match[1]).split(',').filter(Boolean) : [];
}

/** Probe ids already asked for: the first download of each fails, later ones succeed. */
const probed = new Set();

/**
 * `/lazy-chunks/refetch-probe.js?id=…` fails its first download and serves a module after: a
 * page imports it twice to learn whether this browser fetches a failed module again
 * (whatwg/html#10327, Chromium 156) or repeats the old failure (Chromium 150 and the spec
 * before it), which decides what Retry after a failed chunk can do.
 */
function refetchProbe(context) {
  const id = context.query.id ?? '';
  context.set('cache-control', 'no-store');
  context.type = 'text/javascript';
  if (!probed.has(id)) {
    probed.add(id);
    context.status = 503;
    context.body = '/* the first download of the probe fails */';
    return;
  }
  context.body = 'export const refetched = true;';
}

export async function lazyChunkFaults(context, next) {
  if (context.path === '/lazy-chunks/refetch-probe.js') return refetchProbe(context);
  const name = context.path.match(/\/([^/]+)\.(?:js|ts|mjs)$/)?.[1];
  if (!name) return next();
  if (modulesIn(context, 'fail-modules').includes(name)) {
    // The test runner marks a source file's answer cacheable for a year; under another path the
    // failure is not cached, or the browser would keep it after the test lets the module load.
    context.path = '/lazy-chunks/unavailable';
    context.status = 503;
    context.set('cache-control', 'no-store');
    context.body = `/* ${name} is made to fail by the test */`;
    return;
  }
  if (modulesIn(context, 'slow-modules').includes(name)) {
    await new Promise((resolve) => setTimeout(resolve, slowModuleDelay));
  }
  return next();
}
