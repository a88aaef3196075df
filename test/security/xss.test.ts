import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { BiblioArticle } from '../../src/components/article/article.js';
import { readFeed } from '../../src/data/feed.js';
import { createDomParser } from '../../src/internal/trusted-types.js';
import { loadPayloads, mountSeededComments, stash, uniqueKey } from './stash.js';
import { dangerousNodes, deepElements, imagesSettled, setTrap, type Trap } from './trap.js';

/**
 * The XSS corpus (test/security/payloads) fed through every path where feed or reader text
 * reaches the page: news titles, summaries, authors, tags and ids (JSON Feed, RSS and `map`ped
 * JSON), article bodies, partner names and URLs, comment text and author names. The trap
 * proves that none runs; the rendered DOM is searched for anything a payload could run later.
 */
describe('hostile feed and reader text', function () {
  this.timeout(60_000);

  let markup: string[] = [];
  let urls: string[] = [];
  let trap: Trap;
  const tried = new Map<string, number>();
  const findings: string[] = [];

  const count = (path: string, injections: number) =>
    tried.set(path, (tried.get(path) ?? 0) + injections);
  const urlAt = (index: number) => urls[index % urls.length];

  /** Waits until images had their chance to fire `onerror`, then looks for executions. */
  async function expectNothingRan(root: Element, path: string) {
    await imagesSettled(root);
    const found = dangerousNodes(root);
    findings.push(...found.map((finding) => `${path}: ${finding}`));
    expect(trap.executions, `${path} executed a payload`).to.deep.equal([]);
    expect(found, `${path} left something dangerous in the DOM`).to.deep.equal([]);
  }

  const settled = (root: Element, selector: string) =>
    waitUntil(
      () =>
        deepElements(root).some((element) =>
          element.matches(`${selector}, [part="error"], [part="empty"]`),
        ),
      `nothing rendered under ${root.localName}`,
      { timeout: 20_000 },
    );

  const partCount = (root: Element, part: string) =>
    deepElements(root).filter((element) => element.getAttribute('part') === part).length;

  function jsonFeed() {
    return {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Hostile feed',
      items: markup.map((payload, index) => ({
        id: payload,
        url: urlAt(index),
        title: payload,
        summary: payload,
        content_html: payload,
        image: urlAt(index + 1),
        date_published: '2026-01-15T10:00:00Z',
        authors: [{ name: payload, url: urlAt(index + 2) }],
        tags: [payload],
      })),
    };
  }

  /**
   * A fixed title keeps every item: one whose title and text are empty once the payload is
   * read as text is dropped by the data layer before its body could reach the sanitizer.
   */
  function titledFeed() {
    const feed = jsonFeed();
    feed.items.forEach((item, index) => (item.title = `Article ${index}`));
    return feed;
  }

  /** How many items the data layer keeps from a feed: each of them must be rendered. */
  const keptItems = async (body: string, map?: string) =>
    (await readFeed(body, { url: location.href, map, domParser: createDomParser() })).items.length;

  before(async () => {
    ({ markup, urls } = await loadPayloads());
    trap = setTrap();
  });

  after(() => {
    trap.release();
    const total = [...tried.values()].reduce((sum, value) => sum + value, 0);
    const byPath = [...tried].map(([path, value]) => `${path} ${value}`).join(', ');
    console.log(
      `XSS: payloads tried: ${total} (${markup.length} markup + ${urls.length} URL payloads; ${byPath}), ` +
        `executed: ${trap.executions.length}, dangerous nodes left: ${findings.length}`,
    );
  });

  it('the trap catches a payload put into the page without sanitizing (self-check)', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.innerHTML = '<img src="/no-such-image.png" onerror="alert(1)">';
    await waitUntil(() => trap.executions.length > 0, 'the trap missed an unsanitized payload');
    expect(trap.executions).to.deep.equal(['alert(1)']);
    expect(dangerousNodes(probe)).to.deep.equal(['<img onerror>']);
    probe.remove();
    trap.executions.length = 0;
  });

  it('news list: JSON Feed titles, summaries, authors, tags, ids and URLs stay text', async () => {
    const feed = JSON.stringify(jsonFeed());
    const src = await stash(uniqueKey('xss-jsonfeed'), feed);
    const el = await fixture(
      html`<biblio-news-list
        src=${src}
        page-size="1000"
        show="date,image,summary,tags"
        article-href="/news/{id}"
      ></biblio-news-list>`,
    );
    await settled(el, '[part="item"]');
    count('news JSON Feed', markup.length * 5 + urls.length * 2);
    expect(partCount(el, 'item')).to.equal(await keptItems(feed));
    await expectNothingRan(el, 'news JSON Feed');
  });

  it('news list: RSS titles (CDATA), descriptions (escaped) and links stay text', async () => {
    const xmlSafe = (text: string) =>
      text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/g, '').replace(/&(?!\w+;|#)/g, '&amp;');
    const escape = (text: string) =>
      xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const cdata = (text: string) =>
      `<![CDATA[${xmlSafe(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
    const items = markup.map(
      (payload, index) => `<item>
        <title>${cdata(payload)}</title>
        <link>${escape(urlAt(index))}</link>
        <guid isPermaLink="false">${escape(payload)}</guid>
        <description>${escape(payload)}</description>
        <category>${cdata(payload)}</category>
        <pubDate>Thu, 15 Jan 2026 10:00:00 GMT</pubDate>
      </item>`,
    );
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
      <title>Hostile RSS</title><link>https://library.example/</link>${items.join('')}
      </channel></rss>`;
    const src = await stash(uniqueKey('xss-rss'), rss, 'application/rss+xml');
    const el = await fixture(
      html`<biblio-news-list src=${src} page-size="1000" show="summary,tags"></biblio-news-list>`,
    );
    await settled(el, '[part="item"]');
    count('news RSS', markup.length * 4 + urls.length);
    expect(partCount(el, 'item')).to.equal(await keptItems(rss));
    await expectNothingRan(el, 'news RSS');
  });

  it('news list: an RSS feed with entity bombs and external entities expands neither', async () => {
    const entities = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`,
    ).join('');
    const rss = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">${entities}
      <!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>Bombs</title>
      <item><title>&lol9;</title><link>https://library.example/1</link></item>
      <item><title>Внешняя сущность &xxe;</title><link>https://library.example/2</link></item>
      </channel></rss>`;
    const src = await stash(uniqueKey('xss-entities'), rss, 'application/rss+xml');
    const started = performance.now();
    const el = await fixture(html`<biblio-news-list src=${src}></biblio-news-list>`);
    await settled(el, '[part="item"]');
    count('news RSS entities', 2);
    expect(performance.now() - started).to.be.below(5000);
    const text = el.shadowRoot!.textContent ?? '';
    expect(text.length).to.be.below(10_000);
    expect(text).not.to.match(/root:/);
    await expectNothingRan(el, 'news RSS entities');
  });

  it('news list: fields read through a map stay text', async () => {
    const feed = {
      data: {
        news: markup.map((payload, index) => ({
          key: `m${index}`,
          headline: payload,
          teaser: payload,
          link: urlAt(index),
          picture: urlAt(index + 3),
          writer: payload,
        })),
      },
    };
    const map = JSON.stringify({
      items: 'data.news',
      id: 'key',
      title: 'headline',
      summary: 'teaser',
      url: 'link',
      image: 'picture',
      author: 'writer',
    });
    const src = await stash(uniqueKey('xss-mapped'), JSON.stringify(feed));
    const el = await fixture(
      html`<biblio-news-list src=${src} map=${map} page-size="1000"></biblio-news-list>`,
    );
    await settled(el, '[part="item"]');
    count('news map', markup.length * 3 + urls.length * 2);
    expect(partCount(el, 'item')).to.equal(await keptItems(JSON.stringify(feed), map));
    await expectNothingRan(el, 'news map');
  });

  it('article: every body, title and author is sanitized or rendered as text', async () => {
    const feedUrl = 'https://library.example/feed.json';
    const { items } = await readFeed(JSON.stringify(titledFeed()), {
      url: feedUrl,
      domParser: createDomParser(),
    });
    expect(items.length).to.equal(markup.length);
    const batchSize = 40;
    for (let start = 0; start < items.length; start += batchSize) {
      const batch = items.slice(start, start + batchSize);
      const container = await fixture(
        html`<div>
          ${batch.map(
            (item) =>
              html`<biblio-article .item=${item} allow-embeds="youtube.com"></biblio-article>`,
          )}
        </div>`,
      );
      const articles = [...container.querySelectorAll<BiblioArticle>('biblio-article')];
      await waitUntil(
        () => articles.every((article) => article.shadowRoot?.querySelector('[part="base"]')),
        'an article never rendered',
        { timeout: 20_000 },
      );
      await expectNothingRan(container, 'article');
    }
    count('article', markup.length * 3 + urls.length * 2);
  });

  it('article: an item looked up in a hostile feed by item-id is sanitized too', async () => {
    const src = await stash(uniqueKey('xss-article-feed'), titledFeed());
    const picked = markup.filter((payload) => /onerror|onload|script/i.test(payload)).slice(0, 8);
    const container = await fixture(
      html`<div>
        ${picked.map(
          (payload) => html`<biblio-article feed=${src} item-id=${payload}></biblio-article>`,
        )}
      </div>`,
    );
    const articles = [...container.querySelectorAll('biblio-article')];
    await waitUntil(
      () =>
        articles.every((article) =>
          article.shadowRoot?.querySelector('[part="base"], [part="error"], [part="empty"]'),
        ),
      'an article from the feed never rendered',
      { timeout: 20_000 },
    );
    count('article by item-id', picked.length);
    expect(articles.filter((article) => partCount(article, 'base') === 1)).to.have.length(
      picked.length,
    );
    await expectNothingRan(container, 'article by item-id');
  });

  it('partners: hostile names, groups, URLs and logos never become markup or links', async () => {
    const partners = [
      ...markup.map((payload, index) => ({
        name: payload,
        url: `https://partner.example/${index}`,
        logo: urlAt(index),
        group: payload,
      })),
      ...urls.map((url, index) => ({ name: `Partner ${index}`, url, logo: url })),
    ];
    const src = await stash(uniqueKey('xss-partners'), { partners });
    const el = await fixture(html`<biblio-partners src=${src}></biblio-partners>`);
    await settled(el, '[part="link"]');
    count('partners', markup.length * 2 + urls.length * 2);
    expect(partCount(el, 'link')).to.be.at.least(markup.length);
    await expectNothingRan(el, 'partners');
  });

  it('comments: hostile author names and comment text stay text; links stay http(s)', async () => {
    // A page holds at most 100 comments, so the corpus is spread over threads of 100.
    const pageSize = 100;
    for (let start = 0; start < markup.length; start += pageSize) {
      const comments = markup.slice(start, start + pageSize).map((payload, offset) => ({
        id: `c${start + offset}`,
        author: { name: payload },
        text: `${payload} ${urlAt(start + offset)} https://library.example/${start + offset}`,
        createdAt: '2026-01-15T10:00:00Z',
      }));
      const el = await mountSeededComments('xss-comments', comments);
      await settled(el, '[part="list"]');
      expect(partCount(el, 'text')).to.equal(comments.length);
      expect(partCount(el, 'text-link')).to.be.at.least(comments.length);
      await expectNothingRan(el, 'comments');
    }
    count('comments', markup.length * 3);
  });
});
