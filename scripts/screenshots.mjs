/**
 * Screenshots of the demo for the README, taken with Debian's Chromium: Russian and English,
 * light and dark, desktop and a 360 px phone; and the five low-vision schemes at 200 % text on
 * a 360 px phone, asserting that nothing scrolls sideways. Starts the demo (`npm start`'s
 * script) itself unless DEMO_URL points at a running one.
 *   node scripts/screenshots.mjs          writes docs/images/*.png
 */
import { launchChromium } from './chromium.mjs';
import { startDemo } from './demo-server.mjs';

const outDir = new URL('../docs/images/', import.meta.url).pathname;

/** The running demo DEMO_URL names, or a fresh one started as `npm start` does. */
const demo = process.env.DEMO_URL
  ? { url: process.env.DEMO_URL, stop: async () => {} }
  : await startDemo();
const browser = await launchChromium();

/** Opens a demo page with the given site settings and low-vision settings already saved. */
async function open(path, { width, language = 'ru', theme = 'light', vision }) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: theme === 'dark' ? 'dark' : 'light',
  });
  await context.addInitScript(
    ([language, theme, vision]) => {
      localStorage.setItem('demo-lang', language);
      localStorage.setItem('demo-theme', theme);
      if (vision) localStorage.setItem('biblio-vision', JSON.stringify(vision));
    },
    [language, theme, vision],
  );
  const page = await context.newPage();
  await page.goto(new URL(path, demo.url).href, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  return { page, context };
}

const shots = [];
const overflows = [];
try {
  for (const language of ['ru', 'en']) {
    for (const theme of ['light', 'dark']) {
      for (const [device, width] of [
        ['desktop', 1280],
        ['phone', 360],
      ]) {
        const { page, context } = await open('demo/index.html', { width, language, theme });
        const file = `demo-${language}-${theme}-${device}.png`;
        await page.screenshot({ path: outDir + file, fullPage: device === 'desktop' });
        shots.push(file);
        await context.close();
      }
    }
  }
  const schemes = [
    'black-on-white',
    'white-on-black',
    'blue-on-light-blue',
    'brown-on-beige',
    'green-on-dark-brown',
  ];
  for (const scheme of schemes) {
    const { page, context } = await open('demo/index.html', {
      width: 360,
      vision: {
        scheme,
        fontScale: 2,
        images: 'on',
        letterSpacing: 'normal',
        lineHeight: 'normal',
        fontFamily: 'site',
      },
    });
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    if (scrollWidth > clientWidth) overflows.push(`${scheme}: ${scrollWidth} > ${clientWidth}`);
    const file = `vision-${scheme}-200-phone.png`;
    // The header fills a phone at 200 %: show the news, where the elements are.
    await page.locator('#main').evaluate((main) => main.scrollIntoView());
    await page.screenshot({ path: outDir + file });
    shots.push(file);
    await context.close();
  }
} finally {
  await browser.close();
  await demo.stop();
}
console.log(`Wrote ${shots.length} screenshots to docs/images/:\n  ${shots.join('\n  ')}`);
if (overflows.length) {
  console.error(
    `Horizontal scrolling at 200 % text on a 360 px phone:\n  ${overflows.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('No horizontal scrolling at 200 % text on a 360 px phone in any scheme.');
