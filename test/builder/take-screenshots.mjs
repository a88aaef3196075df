/**
 * Screenshots of the snippet builder for docs/images: the page at desktop width with a pasted
 * WordPress sample read, the CORS advice for a feed on another site, and at 320 px a custom
 * JSON being mapped.
 *   node test/builder/take-screenshots.mjs
 * Starts its own Vite server and Debian's Chromium (CHROME_PATH), and stops both.
 */
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../../scripts/chromium.mjs';
import { createServer } from 'vite';

const fixture = (name) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const output = (name) => new URL(`../../docs/images/${name}`, import.meta.url).pathname;

const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
  // Bundled up front: a dependency found later reloads the page in the middle of a shot.
  optimizeDeps: { include: ['lit', '@lit/task', 'dompurify'] },
});
await server.listen();
const browser = await launchChromium();

async function builderPage(width, language) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: 'light' });
  await page.goto(`${server.resolvedUrls.local[0]}demo/builder.html?lang=${language}`);
  await page.waitForSelector('#feed-sample');
  return page;
}

async function pasteSample(page, url, text) {
  await page.fill('#feed-url', url);
  await page.fill('#feed-sample', text);
  await page.click('#read-sample');
}

try {
  const desktop = await builderPage(1280, 'ru');
  await pasteSample(
    desktop,
    'https://library.example/wp-json/wp/v2/posts',
    await fixture('wordpress-posts.json'),
  );
  await desktop.waitForFunction(() =>
    document.querySelector('biblio-news-list')?.shadowRoot?.querySelector('[part="title"]'),
  );
  await desktop.screenshot({ path: output('builder.png'), fullPage: true });

  const cors = await builderPage(1280, 'en');
  await cors.fill('#feed-url', 'https://portal.example/news.rss');
  await cors.press('#feed-url', 'Enter');
  await cors.waitForSelector('#cors-help');
  await cors.locator('#reading').screenshot({ path: output('builder-cors.png') });

  const narrow = await builderPage(320, 'en');
  await pasteSample(
    narrow,
    'https://library.example/api/news.json',
    await fixture('custom-news.json'),
  );
  await narrow.selectOption('#map-title', 'caption_text');
  await narrow.selectOption('#map-date', 'when');
  await narrow.locator('#mapping').scrollIntoViewIfNeeded();
  await narrow.screenshot({ path: output('builder-mapping-320.png') });
  const overflow = await narrow.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  console.log(`horizontal overflow at 320 px: ${overflow}px`);
} finally {
  await browser.close();
  await server.close();
}
