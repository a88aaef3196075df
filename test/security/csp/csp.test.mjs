/**
 * Every element on a page with a strict Content-Security-Policy and Trusted Types enforced,
 * using the built one-file script: no `unsafe-inline`, no `unsafe-eval`, styles only from
 * Lit's adopted stylesheets, feed HTML and RSS parsed through named Trusted Types policies.
 * Run after `npm run build:cdn`: `node --test test/security/csp/`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../../scripts/chromium.mjs';
import {
  allElements,
  bundleExists,
  everyElementSettled,
  openPage,
  pageHead,
  readElementStates,
  readRenderedElements,
  startSite,
} from './harness.mjs';

/** The policy; the Trusted Types names are the three the code really creates. */
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify biblio-widgets',
  'report-uri /csp-report',
].join('; ');

const page = (body, scripts = ['/dist/cdn/biblio-widgets.js']) =>
  `<!doctype html><html lang="ru"><head>${pageHead(scripts)}</head><body>${body}</body></html>`;

/** An item whose body has what CMS editors write: a `style` attribute and an inline handler. */
const inlineAttributesArticle = `<biblio-article id="article"
  feed="/test/security/csp/fixtures/news.json" item-id="inline-attributes"></biblio-article>`;

const built = await bundleExists();
const skip = built ? false : 'dist/cdn/biblio-widgets.js is absent: run `npm run build:cdn` first';

let site;
let browser;

before(async () => {
  if (!built) return;
  site = await startSite({
    pages: {
      '/strict.html': { html: page(allElements), csp: strictPolicy },
      '/inline-attributes.html': { html: page(inlineAttributesArticle), csp: strictPolicy },
      '/two-copies.html': {
        html: page(allElements, ['/dist/cdn/biblio-widgets.js', '/copy/biblio-widgets.js']),
        csp: strictPolicy.replace('biblio-widgets;', "biblio-widgets 'allow-duplicates';"),
      },
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the strict page, waits for every element and uses the ones a reader clicks. */
async function renderStrictPage() {
  const opened = await openPage(browser, `${site.origin}/strict.html`);
  const { page } = opened;
  await page.waitForFunction(everyElementSettled, undefined, { timeout: 20_000 });
  await page.locator('biblio-vision-panel [part="toggle"]').click();
  await page.getByRole('radio').nth(2).check();
  await page.locator('#news-json input[type="search"]').fill('выставка');
  await page.locator('#comments textarea').first().fill('Черновик комментария');
  await page.waitForTimeout(500);
  return opened;
}

test(
  'every element renders under a strict CSP with Trusted Types and zero violations',
  { skip },
  async () => {
    const { page, messages } = await renderStrictPage();
    const rendered = await page.evaluate(readRenderedElements);
    const { violations, errors } = await page.evaluate(() => window.__security);
    const pwned = await page.evaluate(() => window.__pwned);

    assert.deepEqual(rendered.errors, [], 'an element showed its error state');
    assert.equal(rendered.newsJsonItems, 1, 'the JSON news list, filtered by the search');
    assert.equal(rendered.newsRssItems, 2, 'the RSS news list (DOMParser under Trusted Types)');
    assert.equal(rendered.newsRssSummary, 'Встреча с поэтами края.');
    assert.equal(rendered.articleParagraphs, 2, 'the sanitized article body (DOMPurify)');
    assert.match(rendered.views, /225|226/);
    assert.match(rendered.commentCount, /3/);
    assert.equal(rendered.comments, 4);
    assert.equal(rendered.partners, 3);
    assert.equal(rendered.visionToggle, 1);
    assert.equal(pwned, undefined);
    assert.deepEqual(errors, [], 'uncaught errors in the page');
    assert.deepEqual(violations, [], 'securitypolicyviolation events');
    assert.deepEqual(site.reports, [], 'reports sent to report-uri');
    const consoleErrors = messages.filter((message) =>
      ['error', 'pageerror'].includes(message.type),
    );
    assert.deepEqual(consoleErrors, [], JSON.stringify(messages));
    console.log(
      `CSP: violations: ${violations.length} (page listener), reports: ${site.reports.length} (report-uri), ` +
        `every element rendered, under "${strictPolicy}"`,
    );
    await page.close();
  },
);

test(
  "styles come from adopted stylesheets, never <style> elements, so style-src needs no 'unsafe-inline'",
  { skip },
  async () => {
    const { page } = await renderStrictPage();
    const sheets = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('biblio-'))
        .map((element) => ({
          tag: element.localName,
          adopted: element.shadowRoot.adoptedStyleSheets.length,
          styleElements: element.shadowRoot.querySelectorAll('style').length,
        })),
    );
    assert.ok(sheets.length >= 8);
    for (const sheet of sheets) {
      assert.ok(sheet.adopted > 0, `${sheet.tag} has adopted stylesheets`);
      assert.equal(sheet.styleElements, 0, `${sheet.tag} has no <style> element`);
    }
    await page.close();
  },
);

test(
  'the violation listener and report-uri do see a violation (self-check)',
  { skip },
  async () => {
    const { page } = await openPage(browser, `${site.origin}/strict.html`);
    const reportsBefore = site.reports.length;
    const refused = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>raw string into an HTML sink</b>');
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(refused, true, 'Trusted Types refused a raw string');
    await page.waitForFunction(() => window.__security.violations.length > 0);
    const { violations } = await page.evaluate(() => window.__security);
    assert.match(violations[0], /require-trusted-types-for/);
    await page.waitForTimeout(300);
    assert.ok(site.reports.length > reportsBefore, 'the browser sent a report');
    site.reports.length = reportsBefore;
    await page.close();
  },
);

test(
  'feed HTML with style and handler attributes is sanitized without CSP reports',
  { skip },
  async () => {
    const { page } = await openPage(browser, `${site.origin}/inline-attributes.html`);
    await page.waitForFunction(() =>
      document.querySelector('#article')?.shadowRoot?.querySelector('[part="body"]'),
    );
    const align = await page.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('#article').shadowRoot.querySelector('[part="body"] p'),
        ).textAlign,
    );
    const { violations } = await page.evaluate(() => window.__security);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(align, 'center', 'the kept text style is applied without inline CSS');
    console.log(`CSP, feed HTML with inline attributes: violations: ${violations.length}`);
    await page.close();
    assert.deepEqual(violations, []);
  },
);

test(
  "two copies of the bundle render under Trusted Types with 'allow-duplicates' and no violations",
  { skip },
  async () => {
    const { page } = await openPage(browser, `${site.origin}/two-copies.html`);
    await page.waitForFunction(everyElementSettled, undefined, { timeout: 20_000 });
    const states = await page.evaluate(readElementStates);
    const { violations, errors } = await page.evaluate(() => window.__security);
    assert.deepEqual(
      Object.values(states).filter((state) => state !== 'rendered'),
      [],
      JSON.stringify(states),
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, []);
    await page.close();
  },
);
