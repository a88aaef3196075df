/**
 * Every build in vite.config.ts finishes without a warning, so a new one is noticed instead of
 * scrolling past among old ones. Builds in memory (nothing is written to dist/). Run from the
 * project root, as vite.config.ts reads its paths from there: `node --test test/build/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, createLogger } from 'vite';

/**
 * Rolldown's note that plugins took most of the build time: it says how busy this machine is
 * (the template minifier crosses its threshold when tests run in parallel), not what was built.
 */
const isTimingNote = (message) => message.includes('[PLUGIN_TIMINGS]');

/** Builds in one mode and returns the warnings it printed about what it built. */
async function warningsOf(mode) {
  const warnings = [];
  const logger = createLogger('warn');
  logger.warn = (message) => {
    if (!isTimingNote(message)) warnings.push(message);
  };
  logger.warnOnce = logger.warn;
  await build({ mode, customLogger: logger, build: { write: false } });
  return warnings;
}

for (const mode of ['lib', 'cdn', 'demo']) {
  test(`the ${mode} build warns about nothing`, async () => {
    assert.deepEqual(await warningsOf(mode), []);
  });
}
