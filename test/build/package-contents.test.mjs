/**
 * What `npm publish` would upload: the tarball's file list, from `npm pack --dry-run`, holds
 * everything package.json promises and nothing a consumer does not need. Run after
 * `npm run build`: `node --test test/build/`.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(await readFile(new URL('package.json', `file://${root}`), 'utf8'));

/** Paths in the tarball, relative to the package root. */
let packed;

before(async () => {
  // --ignore-scripts: the build ran already; this checks what it left, not the prepack hook.
  const { stdout } = await promisify(execFile)(
    'npm',
    ['pack', '--dry-run', '--json', '--ignore-scripts'],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  const [tarball] = JSON.parse(stdout);
  packed = new Set(tarball.files.map((file) => file.path));
});

/** Every file an `exports` target names, with `*` expanded over the entries in src/define/. */
async function exportTargets() {
  const defined = (await readdir(new URL('src/define/', `file://${root}`))).map((file) =>
    file.replace(/\.ts$/, ''),
  );
  const targets = Object.values(manifest.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  return targets.flatMap((target) => {
    const path = target.replace(/^\.\//, '');
    return path.includes('*') ? defined.map((name) => path.replace('*', name)) : [path];
  });
}

test('the tarball holds every file package.json exports', async () => {
  const missing = (await exportTargets()).filter((path) => !packed.has(path));
  assert.deepEqual(missing, []);
});

test('the tarball holds the entry points, the manifest, the CDN file, README and LICENSE', () => {
  for (const path of [
    manifest.main,
    manifest.types,
    manifest.customElements,
    'dist/cdn/biblio-widgets.js',
    'README.md',
    'LICENSE',
  ]) {
    assert.ok(packed.has(path.replace(/^\.\//, '')), `${path} is not in the tarball`);
  }
});

test('the tarball holds the editor files: VS Code custom data, web-types and the JSX types', () => {
  for (const path of [
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
    manifest['web-types'],
    manifest.exports['./jsx'].types,
  ]) {
    assert.ok(packed.has(path.replace(/^\.\//, '')), `${path} is not in the tarball`);
  }
});

test('the tarball leaves out the demo site, source maps, sources, tests and the server', () => {
  const unwanted = [...packed].filter(
    (path) =>
      path.startsWith('dist/demo/') ||
      path.endsWith('.map') ||
      /^(src|test|server|stories|demo|scripts|docs)\//.test(path),
  );
  assert.deepEqual(unwanted, []);
});

test('packing a clone builds first, so the tarball never ships without code', () => {
  assert.match(manifest.scripts.prepack ?? '', /\bnpm run build\b/);
});

test('the registry page can link to the repository, its issues and its home', () => {
  assert.match(manifest.repository?.url ?? '', /^git\+https:\/\/github\.com\/.+\.git$/);
  assert.match(manifest.bugs?.url ?? '', /^https:\/\//);
  assert.match(manifest.homepage ?? '', /^https:\/\//);
});
