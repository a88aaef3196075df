/**
 * Our elements on host pages that work against them: aggressive global CSS, builtins
 * (`Array.prototype.map`, `JSON.parse`, `fetch`) redefined badly, a page that registered
 * `<biblio-news-list>` itself, two copies of the bundle. Each element keeps working or shows its
 * own error (a console warning for a taken tag), none stays loading, and nothing is thrown
 * into the host page. Run after `npm run build:cdn`: `node --test test/security/csp/`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../../scripts/chromium.mjs';
import {
  allElements,
  bundleExists,
  openPage,
  pageHead,
  readElementStates,
  startSite,
} from './harness.mjs';

const bundle = '/dist/cdn/biblio-widgets.js';

/** A theme of an old CMS that styles every element it can reach, with !important. */
const aggressiveCss = `
* { box-sizing: content-box !important; }
div, p, ul, li, a, span, button, time, img, nav, section, header, article, figure {
  display: inline !important; position: absolute !important; float: right !important;
  border: 4px dashed red !important; margin: 30px !important; padding: 30px !important;
  list-style: square inside !important; visibility: hidden !important; opacity: 0.1 !important;
  width: 10px !important; height: 10px !important; overflow: hidden !important;
}
button { background: black !important; color: black !important; }
`;

const hostileScripts = {
  // An old polyfill: no index or thisArg, and enumerable, so for-in over arrays sees it.
  '/map-polyfill.js': `
Array.prototype.map = function (callback) {
  var out = [];
  for (var i = 0; i < this.length; i++) out.push(callback(this[i]));
  return out;
};
Array.prototype.unique = function () { return this; };`,
  '/json-parse-broken.js': `JSON.parse = function () { throw new SyntaxError('JSON.parse is disabled on this site'); };`,
  '/fetch-throws.js': `window.fetch = function () { throw new Error('fetch is blocked on this site'); };`,
  '/fetch-undefined.js': `window.fetch = function () { return undefined; };`,
  '/fetch-never-answers.js': `window.fetch = function () { return new Promise(function () {}); };`,
  '/own-news-list.js': `
customElements.define('biblio-news-list', class extends HTMLElement {
  connectedCallback() { this.textContent = 'The site\\'s own news list'; }
});`,
};

const page = (scripts, head = {}) =>
  `<!doctype html><html lang="ru"><head>${pageHead(scripts, head)}</head><body>${allElements}</body></html>`;

const hostilePages = {
  '/plain.html': page([bundle]),
  '/aggressive-css.html': page([bundle], { stylesheets: ['/aggressive.css'] }),
  '/map-polyfill.html': page([bundle], { classicScripts: ['/map-polyfill.js'] }),
  '/json-parse-broken.html': page([bundle], { classicScripts: ['/json-parse-broken.js'] }),
  '/fetch-throws.html': page([bundle], { classicScripts: ['/fetch-throws.js'] }),
  '/fetch-undefined.html': page([bundle], { classicScripts: ['/fetch-undefined.js'] }),
  '/fetch-never-answers.html': page([bundle], { classicScripts: ['/fetch-never-answers.js'] }),
  '/own-news-list.html': page([bundle], { classicScripts: ['/own-news-list.js'] }),
  '/two-copies.html': page([bundle, '/copy/biblio-widgets.js']),
};

const built = await bundleExists();
const skip = built ? false : 'dist/cdn/biblio-widgets.js is absent: run `npm run build:cdn` first';
const outcomes = [];

let site;
let browser;

before(async () => {
  if (!built) return;
  site = await startSite({
    pages: Object.fromEntries(Object.entries(hostilePages).map(([path, html]) => [path, { html }])),
    assets: { '/aggressive.css': aggressiveCss, ...hostileScripts },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  const uncaught = outcomes.reduce((sum, outcome) => sum + outcome.uncaught, 0);
  const working = outcomes.reduce((sum, outcome) => sum + outcome.working, 0);
  const failedClearly = outcomes.reduce((sum, outcome) => sum + outcome.failedClearly, 0);
  console.log(
    `Hostile pages: ${outcomes.length} page visits, elements working: ${working}, ` +
      `failing with their own message: ${failedClearly}, uncaught errors in the host page: ${uncaught}`,
  );
});

/**
 * Opens a page and waits until no element is loading (a 15 s request timeout is the longest
 * wait a never-answering fetch may cause). Asserts nothing leaked into the host page.
 */
async function visit(path) {
  const { page, messages } = await openPage(browser, site.origin + path);
  await page.waitForFunction(
    // Counters have no loading state: blank means they are still waiting.
    (read) =>
      Object.values(new Function(`return (${read})`)()()).every(
        (state) => state !== 'loading' && state !== 'blank',
      ),
    readElementStates.toString(),
    { timeout: 25_000, polling: 250 },
  );
  const states = await page.evaluate(readElementStates);
  const { errors } = await page.evaluate(() => window.__security);
  const pageErrors = messages.filter((message) => message.type === 'pageerror');
  const values = Object.values(states);
  outcomes.push({
    uncaught: errors.length + pageErrors.length,
    working: values.filter((state) => state === 'rendered').length,
    failedClearly: values.filter((state) => state.startsWith('error: ')).length,
  });
  assert.deepEqual(errors, [], `${path}: errors reached the host page`);
  assert.deepEqual(pageErrors, [], `${path}: uncaught errors`);
  assert.ok(
    !values.includes('blank'),
    `${path}: an element rendered nothing: ${JSON.stringify(states)}`,
  );
  return { page, states, messages };
}

const allRendered = (states) =>
  Object.fromEntries(Object.keys(states).map((id) => [id, 'rendered']));

test('on a plain page every element renders (the baseline)', { skip }, async () => {
  const { page, states } = await visit('/plain.html');
  assert.deepEqual(states, allRendered(states));
  await page.close();
});

/** Layout properties that do not inherit: page rules must not change them inside our shadow roots. */
async function shadowLayout(page) {
  return page.evaluate(() => {
    const properties = [
      'display',
      'position',
      'float',
      'border-top-style',
      'box-sizing',
      'visibility',
      'width',
    ];
    return [...document.querySelectorAll('[id]')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('li, a, p, div, button, img') ?? [])]
        .slice(0, 8)
        .map((element) => {
          const style = getComputedStyle(element);
          // An image's width follows its loading, not the page's rules.
          const measured = element.localName === 'img' ? properties.slice(0, -1) : properties;
          return `${host.id} ${element.localName}: ${measured.map((name) => style.getPropertyValue(name)).join(' ')}`;
        }),
    );
  });
}

test('aggressive global CSS does not reach inside the elements', { skip }, async () => {
  const plain = await visit('/plain.html');
  const hostile = await visit('/aggressive-css.html');
  assert.deepEqual(hostile.states, allRendered(hostile.states));
  const expected = await shadowLayout(plain.page);
  assert.ok(expected.length > 20);
  assert.deepEqual(await shadowLayout(hostile.page), expected);
  await plain.page.close();
  await hostile.page.close();
});

test(
  'an old Array.prototype.map polyfill (no index, enumerable extras) changes nothing',
  { skip },
  async () => {
    const { page, states } = await visit('/map-polyfill.html');
    assert.deepEqual(states, allRendered(states));
    await page.close();
  },
);

for (const [name, path] of [
  ['JSON.parse that throws', '/json-parse-broken.html'],
  ['fetch that throws', '/fetch-throws.html'],
  ['fetch that returns undefined', '/fetch-undefined.html'],
  ['fetch that never answers', '/fetch-never-answers.html'],
]) {
  test(
    `with ${name}, elements show their own error or keep working, and never stay loading`,
    { skip, timeout: 40_000 },
    async () => {
      const { page, states } = await visit(path);
      for (const [id, state] of Object.entries(states)) {
        assert.ok(state === 'rendered' || state.startsWith('error: '), `${id}: ${state}`);
      }
      await page.close();
    },
  );
}

test(
  'a page that registered <biblio-news-list> itself keeps it, with a console warning',
  { skip },
  async () => {
    const { page, states, messages } = await visit('/own-news-list.html');
    assert.equal(states['news-json'], 'not ours');
    assert.equal(await page.locator('#news-json').textContent(), "The site's own news list");
    // Both lists are the site's now; every other element is ours and renders.
    assert.equal(states['news-rss'], 'not ours');
    const others = Object.fromEntries(
      Object.entries(states).filter(([id]) => !id.startsWith('news-')),
    );
    assert.deepEqual(others, allRendered(others));
    const warnings = messages.filter((message) => message.type === 'warning');
    assert.ok(
      warnings.some((message) => /<biblio-news-list> is already defined/.test(message.text)),
    );
    await page.close();
  },
);

test('two copies of the bundle on one page: every element renders once', { skip }, async () => {
  const { page, states } = await visit('/two-copies.html');
  assert.deepEqual(states, allRendered(states));
  await page.close();
});
