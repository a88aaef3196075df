/**
 * The API tables of docs/elements/*.md are generated from the manifest (scripts/docs-tables.mjs,
 * run by `npm run build`). The manifest is analyzed afresh here, as the build does it, so a
 * JSDoc change without regenerated docs fails, whether or not the build ran since. The build
 * rewrites the pages in the working tree, so the committed pages are checked too: in CI that
 * is what catches docs left behind. Run with `node --test test/build/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { describeDrift, generateDocs } from '../../scripts/docs-tables.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts/docs-tables.mjs');
const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
const working = await generateDocs(manifest);
const fix = 'run `npm run build:manifest && npm run docs:tables` and commit the pages';

async function committed(file) {
  const { stdout } = await run('git', ['show', `HEAD:${file}`], { cwd: root });
  return stdout;
}

async function inGitCheckout() {
  try {
    await run('git', ['rev-parse', '--verify', 'HEAD'], { cwd: root });
    return true;
  } catch {
    return false;
  }
}

test('every element section has its table on a page, and every marker names an element', async () => {
  assert.deepEqual(working.problems, []);
});

test('the pages in the working tree match a freshly analyzed manifest', async () => {
  const drift = describeDrift(working.pages);
  assert.deepEqual(drift, [], `tables differ from the source's JSDoc: ${fix}`);
});

test('the committed pages match a freshly analyzed manifest', async (t) => {
  if (!(await inGitCheckout())) return t.skip('not a git checkout');
  const drift = describeDrift((await generateDocs(manifest, committed)).pages);
  assert.deepEqual(drift, [], `committed tables differ from the source's JSDoc: ${fix}`);
});

test('--check exits 1 and names the page and table when the manifest moved on', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'docs-tables-'));
  try {
    const moved = structuredClone(manifest);
    const partners = moved.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'biblio-partners');
    partners.cssParts[0].description = 'A description the page has not seen.';
    const file = join(directory, 'custom-elements.json');
    await writeFile(file, JSON.stringify(moved));
    const failure = await run('node', [script, '--check', '--manifest', file]).then(
      () => assert.fail('--check passed'),
      (error) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /docs\/elements\/partners\.md \(parts biblio-partners\)/);
  } finally {
    await rm(directory, { recursive: true });
  }
});
