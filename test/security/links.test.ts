import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import { loadPayloads, mountSeededComments, stash, uniqueKey } from './stash.js';
import { dangerousNodes, deepElements } from './trap.js';

/**
 * Links and images from feeds and readers: only http(s), mailto (links only) and relative URLs
 * are ever rendered, whatever the spelling (`javascript:`, `data:`, `vbscript:`, mixed case,
 * tabs, newlines, entities); external links carry `rel="noopener noreferrer"`; and the safe
 * ones do become links, so the check is not passed by rendering nothing.
 */
describe('links and images', function () {
  this.timeout(30_000);

  let urls: string[] = [];
  const safeLinks = [
    'https://library.example/news/1',
    'http://library.example/news/2',
    'HTTPS://LIBRARY.EXAMPLE/news/3',
    '/news/4',
    'news/5',
    '?page=6',
    '//cdn.library.example/news/7',
    'mailto:reader@library.example',
  ];
  const tally = { tried: 0, unsafeRendered: 0, safeRendered: 0, safeTried: 0 };

  before(async () => {
    ({ urls } = await loadPayloads());
  });

  after(() => {
    console.log(
      `Links: URLs tried: ${tally.tried} (${urls.length} hostile + ${safeLinks.length} safe, per path), ` +
        `unsafe rendered: ${tally.unsafeRendered}, safe rendered as links: ${tally.safeRendered}/${tally.safeTried}`,
    );
  });

  const hrefs = (root: Element, selector: string, attribute: string) =>
    deepElements(root)
      .filter((element) => element.matches(selector))
      .map((element) => element.getAttribute(attribute) ?? '');

  /** Nothing unsafe rendered, and each safe URL present in `rendered` as its resolved form. */
  function check(root: Element, rendered: string[], safe: string[], base: string) {
    const findings = dangerousNodes(root);
    tally.tried += urls.length + safe.length;
    tally.unsafeRendered += findings.length;
    expect(findings).to.deep.equal([]);
    const expected = safe.map((url) => new URL(url, base).href);
    const present = expected.filter((url) => rendered.includes(url));
    tally.safeTried += expected.length;
    tally.safeRendered += present.length;
    expect(present).to.deep.equal(expected);
  }

  it('news item links and images', async () => {
    const all = [...urls, ...safeLinks];
    const src = await stash(uniqueKey('links-news'), {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Links',
      items: all.map((url, index) => ({
        id: `link-${index}`,
        url,
        title: `Item ${index}`,
        image: url,
      })),
    });
    const el = await fixture(
      html`<biblio-news-list src=${src} page-size="200" show="image"></biblio-news-list>`,
    );
    await waitUntil(() => deepElements(el).some((element) => element.matches('[part~="item"]')));
    check(el, hrefs(el, 'a[part~="link"]', 'href'), safeLinks, src);
    const images = hrefs(el, 'img', 'src');
    const safeImages = safeLinks.filter((url) => !url.startsWith('mailto:'));
    expect(
      safeImages.map((url) => new URL(url, src).href).filter((url) => images.includes(url)),
    ).to.have.length(safeImages.length);
  });

  it('article body links and images', async () => {
    const all = [...urls, ...safeLinks];
    const body = all
      .map(
        (url) =>
          `<p><a href="${url.replace(/"/g, '&quot;')}">link</a><img src="${url.replace(/"/g, '&quot;')}" alt="image"></p>`,
      )
      .join('');
    const item = {
      id: 'links',
      url: 'https://library.example/news/links',
      title: 'Links',
      contentHtml: body,
      tags: [],
    };
    const el = await fixture(html`<biblio-article .item=${item}></biblio-article>`);
    await waitUntil(() => deepElements(el).some((element) => element.matches('[part="body"]')));
    check(el, hrefs(el, '[part="body"] a', 'href'), safeLinks, item.url);
  });

  it('partner links and logos (mailto is not a partner website)', async () => {
    const partners = [...urls, ...safeLinks].map((url, index) => ({
      name: `Partner ${index}`,
      url,
      logo: url,
    }));
    const src = await stash(uniqueKey('links-partners'), { partners });
    const el = await fixture(html`<biblio-partners src=${src}></biblio-partners>`);
    await waitUntil(() => deepElements(el).some((element) => element.matches('[part="link"]')));
    const websites = safeLinks.filter((url) => !url.startsWith('mailto:'));
    check(el, hrefs(el, 'a[part="link"]', 'href'), websites, src);
  });

  it('links in comment text: only http(s) addresses become links', async () => {
    const absolute = safeLinks.filter((url) => /^https?:/i.test(url));
    const comments = [...urls, ...absolute].map((url, index) => ({
      id: `c${index}`,
      author: { name: 'Читатель' },
      text: `Смотрите ${url} пожалуйста`,
      createdAt: '2026-01-15T10:00:00Z',
    }));
    const el = await mountSeededComments('links-comments', comments);
    await waitUntil(() => deepElements(el).some((element) => element.matches('[part="text"]')));
    check(el, hrefs(el, 'a[part="text-link"]', 'href'), absolute, location.href);
  });
});
