/**
 * The tarball as a consumer gets it: publint and Are the Types Wrong find nothing in it, and once
 * installed into an empty folder its entries load under Node's own resolution and in a Vite build,
 * without a warning from either. Run after `npm run build`: `node --test test/build/`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, createLogger } from 'vite';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const { name } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

/** The entries issue 21 names: classes only, every element, one element, the manifest. */
const entries = ['', '/all.js', '/define/news-list.js', '/custom-elements.json'].map(
  (subpath) => `${name}${subpath}`,
);

let workspace;
let tarball;
/** The empty folder the tarball is installed into, and what npm said while installing it. */
let app;
let installWarnings;

before(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'package-checks-'));
  // --ignore-scripts: the build ran already; this checks what it left, not the prepack hook.
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', workspace],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  tarball = join(workspace, JSON.parse(stdout)[0].filename);
  app = join(workspace, 'app');
  await mkdir(app);
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const { stderr } = await run('npm', ['install', '--no-audit', '--no-fund', tarball], {
    cwd: app,
  });
  installWarnings = stderr.split('\n').filter((line) => /\bwarn/i.test(line));
});

after(() => rm(workspace, { recursive: true, force: true }));

test('publint finds nothing to report in the tarball, suggestions included', async () => {
  const { stdout } = await run(bin('publint'), ['run', tarball, '--level', 'suggestion']);
  assert.match(stdout, /All good!/, stdout);
});

test('Are the Types Wrong finds nothing in the tarball for ESM consumers', async () => {
  // esm-only: the package is ESM-only browser code, with no CommonJS build on purpose, so the
  // node10 and require() resolutions (which cannot load it) are not asked of it; node16 from
  // ESM and bundler resolution are. The define/* wildcard is expanded, as attw cannot.
  const defines = (await readdir(join(root, 'src/define'))).map(
    (file) => `./define/${file.replace(/\.ts$/, '.js')}`,
  );
  const args = [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'];
  const result = await run(bin('attw'), [...args, '--include-entrypoints', ...defines]).catch(
    (failure) => failure,
  );
  assert.equal(result.code ?? 0, 0, result.stdout);
});

test('the tarball installs into an empty folder without a warning', () => {
  assert.deepEqual(installWarnings, []);
});

test("every entry resolves and imports under Node's resolution, without a warning", async () => {
  // Lit's "node" export condition brings a DOM shim, so even the defining entries import here.
  const probe = join(app, 'probe.mjs');
  await writeFile(
    probe,
    entries
      .map((entry) => {
        const options = entry.endsWith('.json') ? ", { with: { type: 'json' } }" : '';
        return `console.log(import.meta.resolve('${entry}'), Object.keys(await import('${entry}'${options})).length);`;
      })
      .join('\n'),
  );
  const { stdout, stderr } = await run(process.execPath, [probe], { cwd: app });
  assert.equal(stderr, '');
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, entries.length);
  for (const line of lines) {
    assert.match(line, /^file:\/\/.*\/node_modules\/biblio-widgets\/dist\/\S+ \d+$/);
  }
});

test('a Vite build of a page importing every entry succeeds without a warning', async () => {
  await writeFile(join(app, 'index.html'), '<script type="module" src="./main.js"></script>\n');
  await writeFile(
    join(app, 'main.js'),
    [
      `import { BiblioNewsList } from '${entries[0]}';`,
      `import '${entries[1]}';`,
      `import '${entries[2]}';`,
      `import manifest from '${entries[3]}';`,
      'console.log(BiblioNewsList.name, manifest.schemaVersion);',
    ].join('\n'),
  );
  const warnings = [];
  const logger = createLogger('warn');
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = logger.warn;
  logger.error = logger.warn;
  await build({
    root: app,
    configFile: false,
    logLevel: 'warn',
    customLogger: logger,
  });
  assert.deepEqual(warnings, []);
  const assets = join(app, 'dist/assets');
  const scripts = (await readdir(assets)).filter((file) => file.endsWith('.js'));
  const bundle = (
    await Promise.all(scripts.map((file) => readFile(join(assets, file), 'utf8')))
  ).join('\n');
  assert.match(bundle, /biblio-news-list/);
  assert.match(bundle, /schemaVersion/);
});
