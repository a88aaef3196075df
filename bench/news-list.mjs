/**
 * First render of <biblio-news-list> against a plain-DOM baseline that builds the same markup,
 * in one run of Debian's Chromium: 10, 100 and 1,000 items, several repetitions, medians.
 *
 *   node bench/news-list.mjs [--repetitions 15]
 *
 * The page is a production build (Vite, in-process) served by Vite's preview server, which is
 * started and stopped here.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { launchChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Item counts and how often each is timed: small renders are short and noisier, so more often. */
const repetitionsFlag = process.argv.indexOf('--repetitions');
const fixedRepetitions = repetitionsFlag > 0 ? Number(process.argv[repetitionsFlag + 1]) : 0;
const runs = [
  { size: 10, repetitions: fixedRepetitions || 101 },
  { size: 100, repetitions: fixedRepetitions || 41 },
  { size: 1000, repetitions: fixedRepetitions || 15 },
];
const warmups = 3;
const target = { size: 100, ratio: 1.2 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const outDir = await mkdtemp(join(tmpdir(), 'biblio-bench-'));
let server;
let browser;
try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: join(root, 'bench/news-list.html') },
    },
  });
  await writeFile(
    join(outDir, 'bench-image.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#1a56a6"/></svg>',
  );
  server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const url = new URL('bench/news-list.html', server.resolvedUrls.local[0]).href;

  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  page.on('console', (message) => console.log(`[page] ${message.text()}`));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.benchmark === 'function');

  console.log(
    `<biblio-news-list> first render (script, style, layout) vs plain DOM, ` +
      `Chromium ${browser.version()}, medians in ms after ${warmups} warm-up renders\n`,
  );
  console.log('items   runs   element   baseline   ratio   paired   same markup (elements)');
  const ratios = new Map();
  for (const { size, repetitions } of runs) {
    const markup = await page.evaluate((count) => window.sameMarkup(count), size);
    await page.evaluate(([count, runs]) => window.benchmark(count, runs), [size, warmups]);
    const times = await page.evaluate(
      ([count, runs]) => window.benchmark(count, runs),
      [size, repetitions],
    );
    const ours = median(times.element);
    const theirs = median(times.baseline);
    // The ratio within each repetition, whose median shrugs off load that hits one repetition.
    const paired = median(times.element.map((time, index) => time / times.baseline[index]));
    ratios.set(size, ours / theirs);
    console.log(
      `${String(size).padStart(5)}   ${String(repetitions).padStart(4)}   ` +
        `${ours.toFixed(2).padStart(7)}   ${theirs.toFixed(2).padStart(8)}   ` +
        `${(ours / theirs).toFixed(2).padStart(4)}x   ${paired.toFixed(2).padStart(5)}x   ` +
        `${markup.same ? 'yes' : 'NO'} (${markup.elements})`,
    );
  }
  const ratio = ratios.get(target.size);
  console.log(
    `\ntarget: at most ${target.ratio}x the baseline for ${target.size} items: ` +
      `${ratio <= target.ratio ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x)`,
  );
} finally {
  await browser?.close();
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
}
