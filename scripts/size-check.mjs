/**
 * Size budgets, measured the way the peers in issue 11 were: minified ES modules, brotli -11
 * (gzip -9 beside it), each file compressed on its own as a server sends it.
 *
 * What counts is what a page downloads before an element can paint: a file and every file it
 * imports statically, however the bundler split them. Files reached only through `import()`
 * (DOMPurify, the readers of feed formats other than JSON Feed, code an element loads after
 * first paint) are printed apart as lazy.
 * - The CDN build (dist/cdn, as built): the script tag's file with every element.
 * - Each element's npm define entry, bundled here with esbuild (Lit templates minified as the
 *   Vite builds do), with Lit inside (the element budget) and without. esbuild splits the code
 *   an entry shares with its lazy chunks into chunks of its own; an app's bundler would keep
 *   it in one, so the up-front files are measured joined, as one file.
 * Exits 1 when a budget is exceeded. Run after `npm run build`.
 *
 *   node scripts/size-check.mjs [--enforce cdn/biblio-widgets.js,define/view-counter.js]
 *
 * `--enforce` fails the run only for the listed rows (the budgets already met, so CI keeps them
 * met); the others are still printed with OVER.
 *
 * Every file also has a ceiling, always enforced: what it weighs now plus a little. While most
 * budgets are out of reach, the ceilings keep a change from making any file heavier unnoticed;
 * lower a ceiling when a file gets lighter.
 */
import { createHash } from 'node:crypto';
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

/**
 * Brotli KB, up front with Lit (see above). Raised by 0.5-0.6 KB each for the nine languages
 * fetched on demand (issue 21): the language list, fallbacks, the loader, registerStrings and
 * the host's `dir`. define/comments.js raised 0.3 KB and the CDN bundle 0.2 KB for the consent
 * checkbox of the always-loaded form and its sentence in English and Russian (issue 18). The
 * CDN bundle and define/news-list.js raised 0.1-0.2 KB for feed text taking its own direction
 * (unicode-bidi: plaintext) on right-to-left pages. define/comments.js raised 0.3 KB and the
 * CDN bundle 0.4 KB for "Your comments on this site" (issue 18): the button, which must be in
 * the always-loaded chunk so the lazy writing part changes nothing on screen when it arrives,
 * its label in English and Russian, and reading the reader's key; the panel itself, its strings
 * and its two requests load with the writing part.
 */
const ceilings = {
  'cdn/biblio-widgets.js': 38.5,
  'define/article.js': 20.9,
  'define/comment-count.js': 9.9,
  'define/comments.js': 17.6,
  'define/news-list.js': 24.5,
  'define/partners.js': 12.7,
  'define/view-counter.js': 10.4,
  'define/vision-panel.js': 10.5,
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

/**
 * A set of built files and their imports: `files` maps a name to its bytes, `imports(name)`
 * gives `{ static, dynamic }` names.
 */
function moduleGraph(files, imports) {
  const closure = (roots) => {
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      imports(name).static.forEach(visit);
    };
    roots.forEach(visit);
    return seen;
  };
  /** What a page with `roots` loads up front, and what those files can load lazily. */
  const load = (roots) => {
    const upFront = closure(roots);
    const lazy = new Set(
      [...upFront].flatMap((name) => imports(name).dynamic).filter((name) => !upFront.has(name)),
    );
    const lazyFiles = [...closure([...lazy])].filter((name) => !upFront.has(name));
    return {
      upFront: [...upFront].map((name) => files[name]),
      lazy: lazyFiles.map((name) => files[name]),
    };
  };
  return { load };
}

/** Sizes of files served one by one: each is compressed alone. */
const sum = (list, measure) => list.reduce((total, bytes) => total + measure(bytes), 0);

/**
 * Chunk names carry a content hash, and a hash in an import line compresses worse or better by
 * chance: any change to a lazy chunk moved an entry's brotli size by about 30 bytes, more than
 * some ceilings' margin. Each hash is measured as a stand-in of the same length and the same
 * randomness (the n-th hash of a file always gets the n-th stand-in), so a figure moves only
 * when code does and still counts what hashes cost.
 */
function withStableChunkHashes(bytes) {
  const standIns = new Map();
  const standIn = (hash) => {
    if (!standIns.has(hash)) {
      const digest = createHash('sha256').update(`chunk ${standIns.size}`).digest('base64url');
      standIns.set(hash, digest.slice(0, hash.length));
    }
    return standIns.get(hash);
  };
  return Buffer.from(
    bytes
      .toString()
      .replace(
        /(["'`]\.\/[\w.-]*?-)([\w-]{8})(\.js["'`])/g,
        (_, name, hash, end) => `${name}${standIn(hash)}${end}`,
      ),
  );
}

const enforceFlag = process.argv.indexOf('--enforce');
const enforced = enforceFlag > 0 ? process.argv[enforceFlag + 1].split(',') : undefined;

const rows = [];
const failures = [];
const raised = [];

function report(name, { upFront, lazy = [] }, budget, { joined = false, ceiling } = {}) {
  const served = (joined ? [Buffer.concat(upFront)] : upFront).map(withStableChunkHashes);
  const size = sum(served, brotli);
  const over = budget !== undefined && size > budget;
  const row = name.split(' ')[0];
  if (over && (enforced === undefined || enforced.includes(row))) failures.push(row);
  const aboveCeiling = ceiling !== undefined && size > ceiling * kilobyte;
  if (aboveCeiling) raised.push(`${row} (${kb(size)}, ceiling ${ceiling} KB)`);
  rows.push([
    name,
    String(upFront.length),
    kb(sum(served, (bytes) => bytes.length)),
    kb(sum(served, gzip)),
    kb(size),
    budget === undefined ? '' : `${kb(budget)} ${over ? 'OVER' : 'ok'}`,
    ceiling === undefined ? '' : `${ceiling.toFixed(1)} KB ${aboveCeiling ? 'RAISED' : 'ok'}`,
    lazy.length ? `+ ${kb(sum(lazy, brotli))} lazy in ${lazy.length}` : '',
  ]);
}

/** Static and dynamic relative imports of a file Rolldown wrote (minified ES module). */
function rolldownImports(source) {
  const names = (pattern) => [...source.matchAll(pattern)].map((match) => match[1]);
  return {
    static: names(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+)["'`]/g),
    dynamic: names(/\bimport\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g),
  };
}

async function reportCdn() {
  const dir = 'dist/cdn';
  const names = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  const files = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(`${dir}/${name}`)])),
  );
  const imports = (name) => rolldownImports(files[name].toString());
  report(
    'cdn/biblio-widgets.js (every element, Lit inside)',
    moduleGraph(files, imports).load(['biblio-widgets.js']),
    budgets.cdn,
    { ceiling: ceilings['cdn/biblio-widgets.js'] },
  );
}

/** Bundles one define entry the way an app's bundler would; returns what a page loads. */
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
    metafile: true,
    plugins: [litTemplates],
  });
  const files = Object.fromEntries(
    result.outputFiles.map((file) => [basename(file.path), file.contents]),
  );
  const outputs = new Map(
    Object.entries(result.metafile.outputs).map(([path, output]) => [basename(path), output]),
  );
  const imports = (name) => {
    const output = outputs.get(name) ?? { imports: [] };
    const internal = output.imports.filter((imported) => !imported.external);
    const of = (kind) =>
      internal
        .filter((imported) => imported.kind === kind)
        .map((imported) => basename(imported.path));
    return { static: of('import-statement'), dynamic: of('dynamic-import') };
  };
  return moduleGraph(files, imports).load([basename(entry).replace(/\.ts$/, '.js')]);
}

await reportCdn();
for (const file of (await readdir('src/define')).sort()) {
  const entry = `src/define/${file}`;
  const name = `define/${file.replace(/\.ts$/, '.js')}`;
  // An app's bundler puts what the entry imports statically into one chunk: measure it as one.
  report(`${name} with Lit`, await bundle(entry, []), budgets.element, {
    joined: true,
    ceiling: ceilings[name],
  });
  report(
    `${name} without Lit`,
    await bundle(entry, ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-element']),
    undefined,
    { joined: true },
  );
}

const header = [
  'page / file',
  'files',
  'minified',
  'gzip -9',
  'brotli -11',
  'budget (brotli)',
  'ceiling',
  '',
];
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
const unknown = enforced?.filter((row) => !measured.has(row)) ?? [];
if (unknown.length > 0) {
  console.error(`\n--enforce names rows that were not measured: ${unknown.join(', ')}.`);
  process.exit(1);
}
const checked = enforced ? `enforced budgets (${enforced.join(', ')})` : 'size budgets';
const unlisted = rows
  .filter((row) => row[0].includes(' with Lit') && row[6] === '')
  .map((row) => row[0].split(' ')[0]);
if (unlisted.length > 0) {
  console.error(`\nNo ceiling for ${unlisted.join(', ')}: add one to \`ceilings\`.`);
  process.exit(1);
}
if (raised.length > 0) {
  console.error(`\nHeavier than its ceiling: ${raised.join('; ')}.`);
  process.exit(1);
}
if (failures.length > 0) {
  console.error(`\nA size budget is exceeded: ${failures.join(', ')}.`);
  process.exit(1);
}
console.log(`\nAll ${checked} met.`);
