/**
 * Page load of the CDN script in Debian's Chromium, several repetitions, medians:
 * - the time from the page meeting our <script> tag to the first frame that paints a news item,
 *   with a cold cache (new profile: no HTTP cache, no stored feed), a warm one (a repeat visit
 *   within the feed's max age: script from the HTTP cache, feed from the data layer's storage
 *   cache) and a stale one (the stored feed is past its max age: it is painted at once and
 *   revalidated behind, stale-while-revalidate);
 * - the layout shift (CLS) of that page, with text below the list that a growing list pushes,
 *   and of the same page reserving the list's space as README.md asks (cold cache);
 * - the number of feed requests when five news lists on one page share one feed URL (must be 1).
 *
 *   node bench/page-load.mjs [--repetitions 9] [--feed-delay 200]
 *
 * The CDN bundle is built here with the project's Vite config into a temporary folder and served
 * by a small in-process server whose feed answers after `--feed-delay` ms, like a distant site.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const repetitions = option('repetitions', 9);
const feedDelay = option('feed-delay', 200);
const feedPath = '/feed.json';
const sharedListCount = 5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A JSON Feed of plain text items: no images, so the timing is ours and not the network's. */
const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Library news',
  items: Array.from({ length: 20 }, (_, index) => ({
    id: `item-${index + 1}`,
    url: `https://library.example/news/${index + 1}`,
    title: `Reading room news ${index + 1}`,
    summary: 'New opening hours, a quiet room for study and a talk on local history.',
    date_published: new Date(Date.UTC(2025, 0, 31 - index, 9)).toISOString(),
  })),
});

/** What README.md asks a page to add so that nothing moves while the script arrives. */
const reservedSpace = 'biblio-news-list:not(:defined) { display: block; min-height: 100vh }';

/**
 * `scriptStart` is taken where the page meets our script tag; every animation frame then looks
 * for an item, and the first frame that has one is the frame that paints it. Layout shifts add
 * up as Lighthouse counts them (none follows an input here).
 */
const page = (lists, { reserve = false } = {}) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>biblio-widgets page load</title>
    <link rel="icon" href="data:," />
    ${reserve ? `<style>${reservedSpace}</style>` : ''}
  </head>
  <body>
    ${`<biblio-news-list src="${feedPath}" page-size="10"></biblio-news-list>\n`.repeat(lists)}
    <p>Opening hours: Monday to Saturday, 10:00 to 19:00.</p>
    <script>
      window.scriptStart = performance.now();
      window.layoutShift = 0;
      new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries()) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      requestAnimationFrame(function look() {
        const item = [...document.querySelectorAll('biblio-news-list')].some((list) =>
          list.shadowRoot?.querySelector('[part~="item"]'),
        );
        if (item) window.firstItemPainted = performance.now();
        else requestAnimationFrame(look);
      });
    </script>
    <script type="module" src="/biblio-widgets.js"></script>
  </body>
</html>`;

const contentTypes = { '.js': 'text/javascript', '.json': 'application/json' };

const pages = {
  '/one.html': page(1),
  '/reserved.html': page(1, { reserve: true }),
  '/five.html': page(sharedListCount),
};

function serve(bundleDir) {
  const counts = { feed: 0 };
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === feedPath) {
      counts.feed += 1;
      await new Promise((resolve) => setTimeout(resolve, feedDelay));
      response.writeHead(200, {
        'content-type': 'application/feed+json',
        'cache-control': 'no-cache',
      });
      response.end(feed);
    } else if (pages[pathname]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(pages[pathname]);
    } else {
      try {
        const body = await readFile(join(bundleDir, pathname.slice(1)));
        response.writeHead(200, {
          'content-type': contentTypes[extname(pathname)] ?? 'application/octet-stream',
          'cache-control': 'max-age=3600',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, counts, port: server.address().port })),
  );
}

/** Time to the first painted item, and the layout shift once the page has settled. */
async function load(tab, url) {
  await tab.goto(url);
  await tab.waitForFunction(() => window.firstItemPainted !== undefined, null, { timeout: 15_000 });
  const time = await tab.evaluate(() => window.firstItemPainted - window.scriptStart);
  // A stale copy is revalidated behind the paint; its answer may still move things.
  await tab.waitForTimeout(feedDelay + 300);
  return { time, shift: await tab.evaluate(() => window.layoutShift) };
}

/** Moves every stored feed past its max age, as if the reader came back the next day. */
function ageStoredFeeds(tab) {
  return tab.evaluate(() => {
    let aged = 0;
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith('biblio-feed:')) continue;
      const entry = JSON.parse(localStorage.getItem(key));
      entry.savedAt = 0;
      localStorage.setItem(key, JSON.stringify(entry));
      aged += 1;
    }
    return aged;
  });
}

const bundleDir = await mkdtemp(join(tmpdir(), 'biblio-page-load-'));
let served;
let browser;
try {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'warn',
    build: { outDir: bundleDir, emptyOutDir: true },
  });
  served = await serve(bundleDir);
  const origin = `http://127.0.0.1:${served.port}`;
  browser = await launchChromium();

  const caches = ['cold', 'warm', 'stale'];
  const times = { cold: [], warm: [], stale: [], reserved: [] };
  const shifts = { cold: [], warm: [], stale: [], reserved: [] };
  const feedRequests = { cold: [], warm: [], stale: [], reserved: [] };
  const measure = async (tab, name, path) => {
    const before = served.counts.feed;
    const { time, shift } = await load(tab, `${origin}${path}`);
    times[name].push(time);
    shifts[name].push(shift);
    feedRequests[name].push(served.counts.feed - before);
  };
  for (let run = 0; run < repetitions; run += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    for (const cache of caches) {
      if (cache === 'stale' && (await ageStoredFeeds(tab)) !== 1) {
        throw new Error('The feed was not stored.');
      }
      await measure(tab, cache, '/one.html');
    }
    await context.close();
    const reservingContext = await browser.newContext();
    await measure(await reservingContext.newPage(), 'reserved', '/reserved.html');
    await reservingContext.close();
  }

  const sharedRuns = [];
  for (let run = 0; run < repetitions; run += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requested = [];
    tab.on('request', (request) => {
      if (new URL(request.url()).pathname === feedPath) requested.push(request.url());
    });
    const before = served.counts.feed;
    await tab.goto(`${origin}/five.html`);
    await tab.waitForFunction(
      (count) =>
        [...document.querySelectorAll('biblio-news-list')].filter((list) =>
          list.shadowRoot?.querySelector('[part~="item"]'),
        ).length === count,
      sharedListCount,
      { timeout: 15_000 },
    );
    sharedRuns.push({ browser: requested.length, server: served.counts.feed - before });
    await context.close();
  }

  console.log(
    `Page load of dist/cdn/biblio-widgets.js, Chromium ${browser.version()}, ` +
      `feed answering after ${feedDelay} ms, medians of ${repetitions} runs\n`,
  );
  console.log('cache   script tag -> first item painted   CLS (worst)     feed requests');
  const row = (name, requests) =>
    console.log(
      `${name.padEnd(6)}  ${`${median(times[name]).toFixed(1)} ms`.padStart(12)}` +
        `${''.padEnd(23)}${median(shifts[name]).toFixed(3)} ` +
        `(${Math.max(...shifts[name]).toFixed(3)})   ${requests}`,
    );
  row('cold', `${median(feedRequests.cold)}`);
  row('warm', `${median(feedRequests.warm)} (fresh copy from storage)`);
  row('stale', `${median(feedRequests.stale)} (revalidated after the paint)`);
  console.log(`\n"reserved": cold, on a page with README's rule: ${reservedSpace}`);
  row('reserved', `${median(feedRequests.reserved)}`);
  const staleShare = median(times.stale) / median(times.cold);
  console.log(
    `\nstale-while-revalidate paints in ${(staleShare * 100).toFixed(0)} % of the cold time`,
  );

  const most = Math.max(...sharedRuns.map((run) => Math.max(run.browser, run.server)));
  console.log(
    `${sharedListCount} news lists sharing one feed URL: ${most} feed request(s) at most ` +
      `over ${repetitions} cold loads (browser and server agree: ` +
      `${sharedRuns.every((run) => run.browser === run.server) ? 'yes' : 'NO'}) -> ` +
      `${most === 1 ? 'met' : 'NOT met'} (must be 1)`,
  );
  if (most !== 1) process.exitCode = 1;
} finally {
  await browser?.close();
  served?.server.close();
  await rm(bundleDir, { recursive: true, force: true });
}
