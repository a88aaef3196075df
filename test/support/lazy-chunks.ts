/**
 * The browser side of test/middleware/lazy-chunks.mjs: while `run` runs, every download of the
 * named modules (file names without extension, e.g. `sanitize-with-purify`) fails with 503, or
 * arrives 600 ms late. A module the page has already loaded cannot be broken any more: tests
 * that break one run in their own file, before anything loads it.
 */
async function withModuleCookie<T>(cookie: string, names: string[], run: () => Promise<T>) {
  document.cookie = `${cookie}=${encodeURIComponent(names.join(','))}; path=/`;
  try {
    return await run();
  } finally {
    document.cookie = `${cookie}=; path=/; max-age=0`;
  }
}

export const withFailingModules = <T>(names: string[], run: () => Promise<T>) =>
  withModuleCookie('fail-modules', names, run);

export const withSlowModules = <T>(names: string[], run: () => Promise<T>) =>
  withModuleCookie('slow-modules', names, run);

/** The file names (without extension) of the modules this page has downloaded. */
export function downloadedModules(): string[] {
  return performance.getEntriesByType('resource').map((entry) =>
    new URL(entry.name).pathname
      .split('/')
      .pop()!
      .replace(/\.[^.]+$/, ''),
  );
}

let refetches: Promise<boolean> | undefined;

/**
 * Whether this browser downloads a module again after its download failed, so that Retry after
 * a lost connection can load a chunk (whatwg/html#10327; Chromium 156 does, Chromium 150 keeps
 * the failure until the page reloads). Asked once per page, of test/middleware/lazy-chunks.mjs.
 */
export function browserRefetchesFailedModules(): Promise<boolean> {
  const url = `/lazy-chunks/refetch-probe.js?id=${crypto.randomUUID()}`;
  const load = () => import(/* @vite-ignore */ url);
  return (refetches ??= load().then(
    () => false,
    () =>
      load().then(
        () => true,
        () => false,
      ),
  ));
}
