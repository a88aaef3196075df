/**
 * Screenshots of every element laid out right to left, to look at: the demo's news page (news
 * grid and compact list, partners, the low-vision switch), the same page with the news list in
 * its list layout and the low-vision settings open, an article page (article, view counter,
 * comments) and the snippet builder, at 1280 and 320 px, in the light scheme and in
 * white-on-black at 200 % text. Fails when a page scrolls sideways.
 *   node scripts/rtl-screenshots.mjs [language ...]   writes /tmp/rtl-shots/ (or OUT_DIR)
 * A language is a `lang` for <html>: `ar` (right to left), `kk`, or `rtl`, the default, which
 * is Russian turned right to left to check the layout in a language whose words one can read.
 * A real language is also chosen in the demo's own switch, so the site's texts speak it too.
 * WIDTHS=320 and VIEWS=article,builder take fewer; a phone's page is also cut into parts.
 * Starts the demo as `npm start` does unless DEMO_URL points at a running one.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { startDemo } from './demo-server.mjs';

const outDir = process.env.OUT_DIR ?? '/tmp/rtl-shots';
const languages = process.argv.length > 2 ? process.argv.slice(2) : ['rtl'];
const widths = (process.env.WIDTHS ?? '1280,320').split(',').map(Number);
const rightToLeft = new Set(['ar', 'rtl']);
const partHeight = 1000;

const schemes = {
  light: undefined,
  'white-on-black-200': {
    scheme: 'white-on-black',
    fontScale: 2,
    images: 'on',
    letterSpacing: 'normal',
    lineHeight: 'normal',
    fontFamily: 'site',
  },
};

/** What to do on a page before its shot, by the shot's name. */
const views = {
  news: { path: 'demo/index.html' },
  'news-list-layout': {
    path: 'demo/index.html',
    async prepare(page) {
      await page.evaluate(() => {
        const list = document.querySelector('main biblio-news-list');
        list.setAttribute('layout', 'list');
        const vision = document.querySelector('biblio-vision-panel');
        vision.shadowRoot.querySelector('[part="toggle"]').click();
      });
    },
  },
  // The seed's thread with a reply, so the comments show answered and nested.
  article: { path: 'demo/article.html?id=trening-kommunikatsiya' },
  builder: {
    path: 'demo/builder.html',
    async prepare(page) {
      await page.fill('#feed-url', 'https://library.example/news.json');
      await page.fill('#feed-sample', JSON.stringify(await demoFeed()));
      await page.click('#read-sample');
      await page.waitForSelector('.snippet');
    },
  },
};

const demo = process.env.DEMO_URL
  ? { url: process.env.DEMO_URL, stop: async () => {} }
  : await startDemo();
const browser = await launchChromium();
await mkdir(outDir, { recursive: true });

/** The demo's own feed, which the builder reads as a sample. */
async function demoFeed() {
  return (await fetch(new URL('api/news?limit=3', demo.url))).json();
}

async function shoot(language, viewName, schemeName, width) {
  const view = views[viewName];
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const vision = schemes[schemeName];
  await context.addInitScript(
    ([saved, lang]) => {
      localStorage.setItem('demo-theme', 'light');
      if (lang !== 'rtl') localStorage.setItem('demo-lang', lang);
      if (saved) localStorage.setItem('biblio-vision', saved);
    },
    [vision && JSON.stringify(vision), language],
  );
  const page = await context.newPage();
  await page.goto(new URL(view.path, demo.url).href, { waitUntil: 'networkidle' });
  await page.evaluate(
    ([lang, dir]) => {
      if (lang !== 'rtl') document.documentElement.lang = lang;
      document.documentElement.dir = dir;
    },
    [language, rightToLeft.has(language) ? 'rtl' : 'ltr'],
  );
  await view.prepare?.(page);
  // Through the page once, so images loaded lazily below the first screen are in the shot.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
  const file = `${outDir}/${language}-${viewName}-${schemeName}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  // A phone's page is many screens tall: also in screen-high parts, each of which can be read.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const parts = width < 600 ? Math.ceil(height / partHeight) : 0;
  for (let part = 0; part < parts; part++) {
    await page.screenshot({
      path: file.replace(/\.png$/, `-part${part + 1}.png`),
      fullPage: true,
      clip: {
        x: 0,
        y: part * partHeight,
        width,
        height: Math.min(partHeight, height - part * partHeight),
      },
    });
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await context.close();
  return { file, overflow };
}

const shots = [];
try {
  for (const language of languages) {
    for (const viewName of process.env.VIEWS?.split(',') ?? Object.keys(views)) {
      for (const schemeName of Object.keys(schemes)) {
        for (const width of widths) {
          shots.push(await shoot(language, viewName, schemeName, width));
        }
      }
    }
  }
} finally {
  await browser.close();
  await demo.stop();
}
console.log(`Wrote ${shots.length} screenshots:\n  ${shots.map(({ file }) => file).join('\n  ')}`);
const overflowing = shots.filter(({ overflow }) => overflow > 0);
if (overflowing.length) {
  console.error(
    `Sideways scrolling:\n  ${overflowing.map(({ file, overflow }) => `${file}: ${overflow}px`).join('\n  ')}`,
  );
  process.exit(1);
}
