/**
 * Lighthouse 12.2.3 against the built demo page (demo/index.html, production build) with
 * Debian's Chromium: prints Performance, Accessibility, Best Practices, CLS and Total Blocking
 * Time, the median of `--runs` runs, the issue's targets (exit code 1 when one is missed) and
 * the audits that cost points.
 *
 *   node scripts/lighthouse.mjs [--runs 3] [--desktop]
 *
 * The reference API server runs as a child process on a temporary database (the demo's news,
 * partners and comments come from it); the built page is served by Vite's preview server, which
 * forwards `/api` to it, as `npm start` does in development. Lighthouse's default is a mobile
 * page on a throttled network and CPU (simulated); `--desktop` uses its desktop settings.
 * Needs `lighthouse` 12.2.3 (13 needs Node 22) as a dev dependency.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { build, preview } from 'vite';
import { litTemplatesPlugin } from './minify-lit-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;
const desktop = process.argv.includes('--desktop');

let lighthouse;
let desktopConfig;
try {
  lighthouse = (await import('lighthouse')).default;
  desktopConfig = (await import('lighthouse/core/config/desktop-config.js')).default;
} catch {
  console.error(
    'Lighthouse is not installed. Add it once with:\n' +
      '  npm install -D --save-exact lighthouse@12.2.3',
  );
  process.exit(2);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startApi(port, databaseDir) {
  const api = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_PATH: join(databaseDir, 'demo.sqlite'),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API server exited with ${api.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return api;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  api.kill('SIGTERM');
  throw new Error('The API server did not answer within 20 s');
}

const categories = [
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best Practices'],
];

const workDir = await mkdtemp(join(tmpdir(), 'biblio-lighthouse-'));
let api;
let server;
let browser;
try {
  const apiPort = await freePort();
  api = await startApi(apiPort, workDir);
  const outDir = join(workDir, 'site');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [litTemplatesPlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: join(root, 'demo/index.html') },
    },
  });
  server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      port: 0,
      host: '127.0.0.1',
      open: false,
      proxy: { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
    },
  });
  const url = new URL('demo/index.html', server.resolvedUrls.local[0]).href;

  const debuggingPort = await freePort();
  browser = await launchChromium([`--remote-debugging-port=${debuggingPort}`]);

  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await lighthouse(
      url,
      {
        port: debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories.map(([id]) => id),
      },
      desktop ? desktopConfig : undefined,
    );
    results.push(result.lhr);
  }

  const last = results.at(-1);
  console.log(
    `Lighthouse ${last.lighthouseVersion}, ${desktop ? 'desktop' : 'mobile (default)'} settings, ` +
      `${last.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ` +
      `median of ${runs} run(s), ${url}\n`,
  );
  const scores = {};
  for (const [id, title] of categories) {
    scores[id] = median(results.map((lhr) => lhr.categories[id].score * 100));
    console.log(`${title.padEnd(24)}${scores[id].toFixed(0).padStart(6)}`);
  }
  const audit = (id) => median(results.map((lhr) => lhr.audits[id].numericValue));
  console.log(
    `${'Cumulative Layout Shift'.padEnd(24)}${audit('cumulative-layout-shift').toFixed(3).padStart(6)}`,
  );
  console.log(
    `${'Total Blocking Time'.padEnd(24)}${`${audit('total-blocking-time').toFixed(0)} ms`.padStart(9)}`,
  );
  for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'speed-index']) {
    console.log(
      `${last.audits[metric].title.padEnd(24)}${`${audit(metric).toFixed(0)} ms`.padStart(9)}`,
    );
  }

  const targets = [
    ['Performance at least 95', scores.performance >= 95],
    ['Accessibility 100', scores.accessibility === 100],
    ['CLS 0', audit('cumulative-layout-shift') === 0],
  ];
  console.log(
    `\ntargets (issue 11): ${targets
      .map(([target, met]) => `${target}: ${met ? 'met' : 'NOT met'}`)
      .join('; ')}`,
  );
  if (targets.some(([, met]) => !met)) process.exitCode = 1;

  const costly = Object.values(last.audits).filter(
    (entry) =>
      entry.score !== null &&
      entry.score < 1 &&
      ['binary', 'numeric', 'metricSavings'].includes(entry.scoreDisplayMode),
  );
  if (costly.length > 0) {
    console.log('\nAudits below full marks in the last run:');
    for (const entry of costly) {
      console.log(
        `  ${entry.id}: ${entry.score}${entry.displayValue ? ` (${entry.displayValue})` : ''}`,
      );
    }
  }
} finally {
  await browser?.close();
  await server?.close();
  if (api && api.exitCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  await rm(workDir, { recursive: true, force: true });
}
