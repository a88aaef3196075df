/**
 * A small site for the page-level hardening tests: it serves the built one-file script
 * (dist/cdn, built beforehand by `npm run build:cdn`; nothing is built here), the fixtures,
 * a fake views and comments API, test pages and their scripts, each page with the
 * Content-Security-Policy it is given, and collects the CSP reports the browser sends.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentType, startStaticServer } from '../../../scripts/static-server.mjs';

export const root = new URL('../../../', import.meta.url).pathname;
export const bundlePath = join(root, 'dist/cdn/biblio-widgets.js');

/** Only these folders are served from disk. */
const servedFolders = ['/dist/cdn/', '/test/fixtures/', '/test/security/csp/fixtures/'];

/**
 * Runs before everything else on every page (a file, so a strict CSP allows it): it records
 * CSP violations, uncaught errors and unhandled rejections where the test can read them.
 */
const probeScript = `
window.__security = { violations: [], errors: [], failedElements: [] };
document.addEventListener('biblio-error', (event) => window.__security.failedElements.push(event.target.id));
document.addEventListener('securitypolicyviolation', (event) => {
  const target = event.target instanceof Element ? event.target.outerHTML.slice(0, 120) : String(event.target && event.target.nodeName);
  window.__security.violations.push([event.effectiveDirective, event.blockedURI, event.sample, event.sourceFile + ':' + event.lineNumber, target].filter(Boolean).join(' '));
});
window.addEventListener('error', (event) => {
  window.__security.errors.push('error: ' + (event.message || event.type));
});
window.addEventListener('unhandledrejection', (event) => {
  window.__security.errors.push('unhandledrejection: ' + String(event.reason));
});
`;

export async function bundleExists() {
  try {
    return (await stat(bundlePath)).isFile();
  } catch {
    return false;
  }
}

function json(response, status, body) {
  response
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

async function readRequest(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

/** The backend contract, just enough for the elements to render: fixed counts and comments. */
async function answerApi(path, request, response) {
  const views = path.match(/^\/api\/views\/([^/]+)$/);
  if (views) {
    const itemId = decodeURIComponent(views[1]);
    const counted = request.method === 'POST';
    return json(response, 200, { itemId, views: counted ? 226 : 225, counted });
  }
  if (path === '/api/comments/counts') return json(response, 200, { counts: { news: 3 } });
  if (/^\/api\/comments\/[^/]+$/.test(path)) {
    const seed = JSON.parse(await readFile(join(root, 'test/fixtures/comments.json'), 'utf8'));
    return json(response, 200, { comments: seed.comments, total: seed.comments.length });
  }
  return json(response, 404, { error: { code: 'not_found' } });
}

/**
 * Starts the site. `pages` maps a path to `{ html, csp? }`; `assets` maps a path to the text
 * of a script or stylesheet a page includes (hostile pages break builtins and styles with them).
 */
export async function startSite({ pages = {}, assets = {} } = {}) {
  const reports = [];
  const server = await startStaticServer({
    root,
    folders: servedFolders,
    // A second copy of the bundle from another URL is a separate module instance.
    rewrite: (path) => path.replace(/^\/copy\//, '/dist/cdn/'),
    answer: async (path, request, response) => {
      // The browser asks for one on every page; a 404 would be a console error.
      if (path === '/favicon.ico') return response.writeHead(204).end();
      if (path === '/csp-report') {
        reports.push(await readRequest(request));
        return response.writeHead(204).end();
      }
      if (path === '/probe.js' || assets[path] !== undefined) {
        return response
          .writeHead(200, { 'content-type': contentType(path) })
          .end(path === '/probe.js' ? probeScript : assets[path]);
      }
      if (pages[path]) {
        const headers = { 'content-type': 'text/html; charset=utf-8' };
        if (pages[path].csp) headers['content-security-policy'] = pages[path].csp;
        return response.writeHead(200, headers).end(pages[path].html);
      }
      if (path.startsWith('/api/')) {
        await answerApi(path, request, response);
        return true;
      }
      return false;
    },
  });
  return { origin: server.origin, reports, close: server.close };
}

/** Opens a page and collects its console messages and uncaught errors as Playwright sees them. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      messages.push({ type: 'http', text: `${response.status()} ${response.url()}` });
    }
  });
  await page.goto(url);
  return { page, messages };
}

/**
 * The head every test page shares: the probe first, then what the host page brings (classic
 * scripts, stylesheets), then the given module scripts.
 */
export function pageHead(scripts, { classicScripts = [], stylesheets = [] } = {}) {
  return [
    '<meta charset="utf-8">',
    '<script src="/probe.js"></script>',
    ...classicScripts.map((src) => `<script src="${src}"></script>`),
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`),
    ...scripts.map((src) => `<script type="module" src="${src}"></script>`),
  ].join('\n');
}

/** Every element, each fed from the site's own fixtures and fake API. */
export const allElements = `
<biblio-vision-panel></biblio-vision-panel>
<biblio-news-list id="news-json" src="/test/security/csp/fixtures/news.json" show="date,image,summary,tags" search></biblio-news-list>
<biblio-news-list id="news-rss" src="/test/security/csp/fixtures/news.rss"></biblio-news-list>
<biblio-article id="article" feed="/test/security/csp/fixtures/news.json" item-id="open-day" views-api="/api" share="email,copy"></biblio-article>
<biblio-view-counter id="views" api="/api" item-id="open-day" register></biblio-view-counter>
<biblio-comment-count id="count" api="/api" thread="news"></biblio-comment-count>
<biblio-comments id="comments" api="/api" thread="news" auth="optional"></biblio-comments>
<biblio-partners id="partners" src="/test/security/csp/fixtures/partners.json"></biblio-partners>
`;

/**
 * What each element shows once loaded, read from inside its shadow root: how many items,
 * links, comments… or the error text when it failed. Runs in the page.
 */
export function readRenderedElements() {
  const shadow = (selector) => document.querySelector(selector)?.shadowRoot;
  const count = (selector, part) => shadow(selector)?.querySelectorAll(`[part~="${part}"]`).length;
  const error = (selector) =>
    shadow(selector)?.querySelector('[part="error"]')?.textContent?.trim();
  return {
    newsJsonItems: count('#news-json', 'item'),
    newsRssItems: count('#news-rss', 'item'),
    newsRssSummary: shadow('#news-rss')?.querySelector('[part="summary"]')?.textContent?.trim(),
    articleParagraphs: shadow('#article')?.querySelectorAll('[part="body"] p').length,
    views: shadow('#views')?.textContent?.replace(/\s+/g, ' ').trim(),
    commentCount: shadow('#count')?.textContent?.replace(/\s+/g, ' ').trim(),
    comments: count('#comments', 'text'),
    partners: count('#partners', 'link'),
    visionToggle: count('biblio-vision-panel', 'toggle'),
    errors: ['#news-json', '#news-rss', '#article', '#views', '#count', '#comments', '#partners']
      .map((selector) => [selector, error(selector)])
      .filter(([, text]) => text),
  };
}

/** True once every element of `allElements` has left its loading state. */
export function everyElementSettled() {
  const loaded = (selector, parts) =>
    document.querySelector(selector)?.shadowRoot?.querySelector(`${parts}, [part="error"]`);
  return Boolean(
    loaded('#news-json', '[part="item"]') &&
    loaded('#news-rss', '[part="item"]') &&
    loaded('#article', '[part="body"]') &&
    loaded('#comments', '[part="text"]') &&
    loaded('#partners', '[part="link"]') &&
    /\d/.test(document.querySelector('#views')?.shadowRoot?.textContent ?? '') &&
    /\d/.test(document.querySelector('#count')?.shadowRoot?.textContent ?? ''),
  );
}

/** Where each element of `allElements` ended up: rendered, its error text, or still loading. */
export function readElementStates() {
  const ids = ['news-json', 'news-rss', 'article', 'views', 'count', 'comments', 'partners'];
  const states = ids.map((id) => {
    const root = document.getElementById(id)?.shadowRoot;
    if (!root) return [id, 'not ours'];
    const error = root.querySelector('[part="error"] p, [part="error"]');
    if (error) return [id, `error: ${error.textContent.trim()}`];
    if (root.querySelector('[part="loading"]')) return [id, 'loading'];
    if (root.textContent.trim()) return [id, 'rendered'];
    // Counters show nothing when they fail (documented), and tell the page with biblio-error.
    const failed = window.__security.failedElements.includes(id);
    return [id, failed ? 'error: (hidden, biblio-error sent)' : 'blank'];
  });
  const panel = document.querySelector('biblio-vision-panel')?.shadowRoot;
  states.push(['vision-panel', panel?.querySelector('[part="toggle"]') ? 'rendered' : 'blank']);
  return Object.fromEntries(states);
}
