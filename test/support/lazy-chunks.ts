/**
 * The browser side of test/middleware/lazy-chunks.mjs: while `run` runs, every download of the
 * named modules (file names without extension, e.g. `sanitize-with-purify`) fails with 503, or
 * arrives 600 ms late. A browser remembers a module it failed to load for the rest of the page
 * (Chromium does, as of version 156), so a test file that breaks a module cannot load it later.
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
