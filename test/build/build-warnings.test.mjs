/**
 * Every build in vite.config.ts finishes without a warning, so a new one is noticed instead of
 * scrolling past among old ones. Builds in memory (nothing is written to dist/). Run from the
 * project root, as vite.config.ts reads its paths from there: `node --test test/build/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, createLogger } from 'vite';

/** Builds in one mode and returns the warnings it printed. */
async function warningsOf(mode) {
  const warnings = [];
  const logger = createLogger('warn');
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = logger.warn;
  await build({ mode, customLogger: logger, build: { write: false } });
  return warnings;
}

for (const mode of ['lib', 'cdn', 'demo']) {
  test(`the ${mode} build warns about nothing`, async () => {
    assert.deepEqual(await warningsOf(mode), []);
  });
}
