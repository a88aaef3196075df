/**
 * The template minifier changes nothing a reader sees: the CDN bundle is built twice, with and
 * without it, and every element on one page must end with the same style rules, the same
 * computed styles on every node, the same text and the same box sizes. Run: `node --test test/build/`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { build } from 'vite';
import { litTemplatesPlugin } from '../../scripts/minify-lit-templates.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Elements in states that need no server: given content, given items, a counted value, errors. */
const page = (bundle) => `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<script type="module" src="/${bundle}/biblio-widgets.js"></script></head>
<body style="width: 800px">
<biblio-vision-panel></biblio-vision-panel>
<biblio-partners><a href="https://culture.example/">Министерство культуры</a></biblio-partners>
<biblio-view-counter count="225"></biblio-view-counter>
<biblio-news-list></biblio-news-list>
<biblio-article src="/missing.json"></biblio-article>
<biblio-comments api="/missing" thread="one"></biblio-comments>
<script type="module">
  await customElements.whenDefined('biblio-news-list');
  document.querySelector('biblio-news-list').items = [1, 2, 3].map((n) => ({
    id: String(n), url: 'https://library.example/news/' + n, title: 'Новость ' + n,
    summary: 'Читальный зал  открыт', datePublished: new Date(Date.UTC(2025, 0, n)), tags: ['События'],
  }));
</script></body></html>`;

const bundles = ['minified', 'as-written'];
let workDir;
let server;
let browser;
let origin;

async function buildBundle(outDir, plugins) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry: { 'biblio-widgets': join(root, 'src/all.ts') }, formats: ['es'] },
      rolldownOptions: { output: { minify: true } },
    },
  });
}

before(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'biblio-minified-render-'));
  await buildBundle(join(workDir, 'minified'), [litTemplatesPlugin()]);
  await buildBundle(join(workDir, 'as-written'), []);
  server = await startStaticServer({
    root: workDir,
    // The bundle and the chunks it loads on demand.
    folders: bundles.map((bundle) => `/${bundle}/`),
    page: (path) => {
      const [, bundle, file] = path.split('/');
      return file === 'page.html' ? page(bundle) : undefined;
    },
  });
  origin = server.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** What each element shows once it has settled: rules, text and box sizes inside its shadow. */
async function rendered(bundle) {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await tab.goto(`${origin}/${bundle}/page.html`);
  await tab.waitForFunction(() =>
    ['biblio-news-list', 'biblio-article', 'biblio-comments'].every((tag) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('[part~="item"], [part="error"]'),
    ),
  );
  const result = await tab.evaluate(() =>
    [...document.body.children]
      .filter((element) => element.shadowRoot)
      .map((element) => ({
        tag: element.localName,
        rules: element.shadowRoot.adoptedStyleSheets.flatMap((sheet) =>
          [...sheet.cssRules].map((rule) => rule.cssText),
        ),
        text: element.shadowRoot.textContent,
        boxes: [...element.shadowRoot.querySelectorAll('*')].map((node) => {
          const box = node.getBoundingClientRect();
          return `${node.localName} ${box.x},${box.y} ${box.width}x${box.height}`;
        }),
        computed: [element, ...element.shadowRoot.querySelectorAll('*')].map((node) => {
          const style = getComputedStyle(node);
          return Object.fromEntries([...style].map((name) => [name, style.getPropertyValue(name)]));
        }),
      })),
  );
  await tab.close();
  return result;
}

test('every element renders the same with and without the template minifier', async () => {
  const minified = await rendered('minified');
  const asWritten = await rendered('as-written');
  assert.equal(minified.length, 6);
  for (const [index, element] of asWritten.entries()) {
    const other = minified[index];
    assert.ok(element.rules.length > 10, `${element.tag} has its styles`);
    // Chromium keeps the text of values with var() as written, so rules compare without
    // whitespace; the computed styles below are the check that their meaning is unchanged.
    const compact = (rules) => rules.map((rule) => rule.replace(/\s+/g, ''));
    assert.deepEqual(compact(other.rules), compact(element.rules), `${element.tag}: style rules`);
    const differences = element.computed.flatMap((style, node) =>
      Object.keys({ ...style, ...other.computed[node] })
        .filter((name) => style[name] !== other.computed[node][name])
        .map(
          (name) => `node ${node} ${name}: "${style[name]}" became "${other.computed[node][name]}"`,
        ),
    );
    assert.deepEqual(differences, [], `${element.tag}: computed styles`);
    assert.deepEqual(other.boxes, element.boxes, `${element.tag}: box sizes`);
    // Text nodes lose indentation, which HTML collapses anyway; what remains must match.
    const words = (text) => text.replace(/\s+/g, ' ').trim();
    assert.equal(words(other.text), words(element.text), `${element.tag}: text`);
  }
});

test('the minified bundle is smaller', async () => {
  const size = async (bundle) =>
    (await readFile(join(workDir, bundle, 'biblio-widgets.js'))).length;
  assert.ok((await size('minified')) < (await size('as-written')) - 4000);
});
