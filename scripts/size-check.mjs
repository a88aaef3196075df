/**
 * Size budgets, measured the way the peers in issue 11 were: minified ES modules, brotli -11
 * (gzip -9 beside it). The CDN file is measured as built; each element is measured as its
 * define entry bundled with esbuild (Lit templates minified as the Vite builds do), with Lit
 * inside and without. Lazy chunks (DOMPurify) are printed but not counted: a page pays for
 * them only when it shows article HTML.
 * Exits 1 when a budget is exceeded. Run after `npm run build`.
 *
 *   node scripts/size-check.mjs [--enforce cdn/biblio-widgets.js,define/view-counter.js]
 *
 * `--enforce` fails the run only for the listed files (the budgets already met, so CI keeps
 * them met); the others are still printed with OVER.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyLitTemplates } from './minify-lit-templates.mjs';

const kilobyte = 1024;
const budgets = {
  cdn: 24 * kilobyte,
  element: 10 * kilobyte,
};

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / kilobyte).toFixed(1)} KB`;

/** The same template minifier the Vite builds run, so these figures match what we ship. */
const litTemplates = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return { contents: minifyLitTemplates(source, path) ?? source, loader: 'ts' };
    });
  },
};

/** Bundles one entry; returns the bytes a page loads up front and the lazy chunks apart. */
async function bundle(entry, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: '/size-check',
    write: false,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    external,
    logLevel: 'error',
    charset: 'utf8',
    plugins: [litTemplates],
  });
  const entryName = basename(entry).replace(/\.ts$/, '.js');
  const upFront = result.outputFiles.find((file) => basename(file.path) === entryName);
  const lazy = result.outputFiles.filter((file) => file !== upFront && file.path.endsWith('.js'));
  return { upFront: upFront.contents, lazy: lazy.map((file) => file.contents) };
}

const enforceFlag = process.argv.indexOf('--enforce');
const enforced = enforceFlag > 0 ? process.argv[enforceFlag + 1].split(',') : undefined;

const rows = [];
const failures = [];

function report(name, bytes, budget, note = '') {
  const size = brotli(bytes);
  const over = budget !== undefined && size > budget;
  const file = name.split(' ')[0];
  if (over && (enforced === undefined || enforced.includes(file))) failures.push(file);
  rows.push([
    name,
    kb(bytes.length),
    kb(gzip(bytes)),
    kb(size),
    budget === undefined ? '' : `${kb(budget)} ${over ? 'OVER' : 'ok'}`,
    note,
  ]);
}

const cdnDir = 'dist/cdn';
const cdnFiles = await readdir(cdnDir);
report(
  'cdn/biblio-widgets.js (every element, Lit inside)',
  await readFile(`${cdnDir}/biblio-widgets.js`),
  budgets.cdn,
);
for (const file of cdnFiles.filter(
  (name) => name !== 'biblio-widgets.js' && name.endsWith('.js'),
)) {
  report(`cdn/${file}`, await readFile(`${cdnDir}/${file}`), undefined, 'lazy, loaded on demand');
}

for (const file of (await readdir('src/define')).sort()) {
  const entry = `src/define/${file}`;
  const withLit = await bundle(entry, []);
  const withoutLit = await bundle(entry, ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-element']);
  const lazy = withLit.lazy.reduce((sum, chunk) => sum + brotli(chunk), 0);
  report(
    `define/${file.replace(/\.ts$/, '.js')} with Lit`,
    withLit.upFront,
    budgets.element,
    lazy ? `+ ${kb(lazy)} brotli lazy` : '',
  );
  report(`define/${file.replace(/\.ts$/, '.js')} without Lit`, withoutLit.upFront);
}

const header = ['file', 'minified', 'gzip -9', 'brotli -11', 'budget (brotli)', ''];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column].length)),
);
for (const row of [header, ...rows]) {
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
}
const measured = new Set(rows.map((row) => row[0].split(' ')[0]));
const unknown = enforced?.filter((file) => !measured.has(file)) ?? [];
if (unknown.length > 0) {
  console.error(`\n--enforce names files that were not measured: ${unknown.join(', ')}.`);
  process.exit(1);
}
const checked = enforced ? `enforced budgets (${enforced.join(', ')})` : 'size budgets';
if (failures.length > 0) {
  console.error(`\nA size budget is exceeded: ${failures.join(', ')}.`);
  process.exit(1);
}
console.log(`\nAll ${checked} met.`);
