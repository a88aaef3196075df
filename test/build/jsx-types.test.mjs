/**
 * The generated JSX types (dist/custom-elements-jsx.d.ts, `biblio-widgets/jsx`) type-check a TSX
 * file that uses every element: right attribute and property types pass, and every wrong one
 * is an error tsc expects (test/build/fixtures/jsx-usage.tsx marks them with @ts-expect-error,
 * so a wrong type the JSX types let through fails the run as an unused directive).
 * Run after `npm run build`.
 */
import { execFile } from 'node:child_process';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'test/build/fixtures/jsx-usage.tsx');

/**
 * tsc over one file alone. The file sits inside this checkout, so `biblio-widgets/jsx` resolves
 * by the package's own name through its `exports`, as in an app that installed it.
 */
async function typeCheck(file) {
  const folder = await mkdtemp(join(tmpdir(), 'jsx-types-'));
  const config = join(folder, 'tsconfig.json');
  await writeFile(
    config,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        jsx: 'preserve',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        // The generated file also augments react, preact, solid-js and others, absent here.
        skipLibCheck: true,
        types: [],
      },
      files: [file],
    }),
  );
  try {
    await run(join(root, 'node_modules/.bin/tsc'), ['-p', config], { cwd: root });
    return '';
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Whether the JSX types are built; a test without them skips and says how to build them. */
async function built(t) {
  try {
    await access(join(root, 'dist/custom-elements-jsx.d.ts'));
    return true;
  } catch {
    t.skip('dist/custom-elements-jsx.d.ts is missing: run `npm run build` first');
    return false;
  }
}

test('the JSX types accept every element with right types and refuse each wrong one', async (t) => {
  if (!(await built(t))) return;
  assert.equal(await typeCheck(fixture), '');
});

test('a wrong type the JSX types accepted would fail the check', async (t) => {
  if (!(await built(t))) return;
  const folder = await mkdtemp(join(root, 'test/build/fixtures/jsx-wrong-'));
  const file = join(folder, 'accepted.tsx');
  await writeFile(
    file,
    [
      "import type {} from 'biblio-widgets/jsx';",
      '// @ts-expect-error a right type: tsc must report this directive as unused',
      'export const right = <biblio-partners layout="list" />;',
      '',
    ].join('\n'),
  );
  try {
    assert.match(await typeCheck(file), /TS2578: Unused '@ts-expect-error' directive/);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
