import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsItem } from '../../data/model.js';
import '../../define/news-list.js';
import { makeNewsItems as makeItems } from '../../../test/fixtures/news-items.js';
import { all, announced, part, shadow, titles } from '../../../test/support/news-list-queries.js';
import type { BiblioNewsList } from './news-list.js';

async function listOf(items: NewsItem[], attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div .innerHTML=${`<biblio-news-list ${attributes}></biblio-news-list>`}></div>`,
  );
  const el = wrapper.querySelector('biblio-news-list')!;
  el.items = items;
  await el.updateComplete;
  return el;
}

/** Which paging controls the list offers (booleans: a failed match on elements hangs the runner). */
const pagerControls = (el: BiblioNewsList) => ({
  more: part(el, 'more') !== null,
  pages: part(el, 'pages') !== null,
});

describe('<biblio-news-list>', () => {
  describe('items set from script', () => {
    it('renders one page of items with linked titles, machine-readable dates and summaries', async () => {
      const el = await listOf(makeItems(25), 'lang="en"');
      expect(titles(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `Item ${i + 1}`));
      const time = part(el, 'date') as HTMLTimeElement;
      expect(time.dateTime).to.equal('2025-01-31T09:00:00.000Z');
      expect(time.textContent).to.equal('January 31, 2025');
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://library.example/news/1');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(part(el, 'summary')!.textContent!.trim()).to.equal(
        'Summary of item 1: reading at the library.',
      );
      await expect(el).to.be.accessible();
    });

    it('loads nothing and reports no load or error when items come from script', async () => {
      const events: string[] = [];
      const record = (event: Event) => events.push(event.type);
      document.addEventListener('biblio-load', record);
      document.addEventListener('biblio-error', record);
      try {
        const el = await listOf(makeItems(3));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(titles(el)).to.have.length(3);
        expect(events).to.deep.equal([]);
      } finally {
        document.removeEventListener('biblio-load', record);
        document.removeEventListener('biblio-error', record);
      }
    });

    it('dates items in Russian for a Russian page', async () => {
      const el = await listOf(makeItems(1), 'lang="ru"');
      expect(part(el, 'date')!.textContent).to.equal('31 января 2025 г.');
    });

    it('shows views and comments with plural forms only when asked and present', async () => {
      const items = makeItems(3).map((news, index) => ({
        ...news,
        ...(index < 2 && { views: [225, 21][index], commentCount: [3, 11][index] }),
      }));
      const el = await listOf(items, 'lang="ru" show="date,views,comments"');
      expect(all(el, '[part="views"]').map((v) => v.textContent)).to.deep.equal([
        '225 просмотров',
        '21 просмотр',
      ]);
      expect(all(el, '[part="comments"]').map((c) => c.textContent!.trim())).to.deep.equal([
        '3 комментария',
        '11 комментариев',
      ]);
      expect(part(el, 'summary')).to.be.null;
      expect(part(el, 'tags')).to.be.null;
    });

    it('trims summaries at a word boundary to excerpt-length', async () => {
      const [first] = makeItems(1);
      const el = await listOf(
        [{ ...first, summary: 'The reading room reopens after repairs next week' }],
        'excerpt-length="30"',
      );
      expect(part(el, 'summary')!.textContent!.trim()).to.equal('The reading room reopens after…');
    });

    it('builds links from article-href with {id}, {slug} and {url}', async () => {
      const [first] = makeItems(1);
      for (const [pattern, expected] of [
        ['/news/{id}', '/news/1'],
        ['/read?slug={slug}', '/read?slug=item-1'],
        ['/open?u={url}', '/open?u=https%3A%2F%2Flibrary.example%2Fnews%2F1'],
      ]) {
        const el = await listOf([first], `article-href="${pattern}"`);
        const link = part(el, 'link') as HTMLAnchorElement;
        expect(link.getAttribute('href')).to.equal(new URL(expected, location.href).href);
        expect(link.hasAttribute('rel')).to.be.false;
      }
    });

    it('renders a hostile item as inert text: no script link, no script image', async () => {
      const hostile: NewsItem = {
        id: 'x',
        url: 'javascript:alert(1)',
        title: '<script>alert(1)</script><img src=x onerror=alert(2)>',
        summary: '<b onmouseover=alert(3)>bold</b>',
        image: { url: 'javascript:alert(4)' },
        tags: ['<i>tag</i>'],
      };
      const el = await listOf([hostile]);
      expect(titles(el)).to.deep.equal([hostile.title]);
      expect(shadow(el).querySelector('script, b, i, a[href], img[src]')).to.be.null;
      expect(part(el, 'tag')!.textContent!.trim()).to.equal('<i>tag</i>');
      await expect(el).to.be.accessible();
    });

    it('reserves the picture space before the image loads, and loads it lazily', async () => {
      const [first] = makeItems(1);
      const el = await listOf([
        { ...first, image: { url: '/test-api/slow/3000', alt: 'Reading room' } },
      ]);
      const image = part(el, 'image') as HTMLImageElement;
      expect(image.loading).to.equal('lazy');
      expect(image.alt).to.equal('Reading room');
      const box = image.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      expect(box.height).to.be.greaterThan(50);
    });

    it('hides a picture that fails to load instead of showing a broken image', async () => {
      const [first] = makeItems(1);
      const el = await listOf([{ ...first, image: { url: '/test-api/status/404' } }]);
      const image = shadow(el).querySelector('img')!;
      await waitUntil(() => image.hidden, 'image still shown');
      expect(image.getBoundingClientRect().height).to.equal(0);
    });

    it('keeps the alt text of a picture that fails to load, out of sight', async () => {
      const [first] = makeItems(1);
      const el = await listOf([
        { ...first, image: { url: '/test-api/status/404', alt: 'Reading room' } },
      ]);
      const image = shadow(el).querySelector('img')!;
      await waitUntil(() => image.getBoundingClientRect().height <= 1, 'broken image still shown');
      expect([image.hidden, getComputedStyle(image).display]).to.deep.equal([false, 'block']);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state in Russian when there is no news', async () => {
      const el = await listOf([], 'lang="ru"');
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('Новостей пока нет');
      await expect(el).to.be.accessible();
    });

    it('renders one page of a 10,000-item archive, never all of it', async () => {
      const started = performance.now();
      const el = await listOf(makeItems(10_000), 'page-size="20"');
      expect(performance.now() - started).to.be.below(1000);
      expect(all(el, '[part="item"]')).to.have.length(20);
      expect(shadow(el).querySelectorAll('*').length).to.be.below(500);
      const pages = all(el, '[part="page"]').map((page) => page.textContent!.trim());
      expect(pages).to.deep.equal(['1', '2', '500']);
    });
  });

  describe('layouts', () => {
    for (const layout of ['list', 'grid', 'compact'] as const) {
      it(`fits a 320 px column with 200 % text in the ${layout} layout, accessibly`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 320px; font-size: 200%">
            <biblio-news-list layout=${layout} search archive-href="/news/"></biblio-news-list>
          </div>`,
        );
        const el = wrapper.querySelector('biblio-news-list')!;
        el.items = makeItems(12).map((news) => ({
          ...news,
          image: { url: new URL('/test/fixtures/logos/library.svg', location.href).href },
        }));
        await el.updateComplete;
        expect(el.scrollWidth).to.be.at.most(320);
        expect(shadow(el).querySelector('section')!.scrollWidth).to.be.at.most(320);
        await expect(el).to.be.accessible();
      });
    }

    it("keeps a missing piece hidden even when the page styles its part's display", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <style>
            biblio-news-list::part(summary),
            biblio-news-list::part(image) {
              display: block;
              min-height: 3em;
            }
          </style>
          <biblio-news-list></biblio-news-list>
        </div>`,
      );
      const el = wrapper.querySelector('biblio-news-list')!;
      el.items = [{ id: '1', title: 'No summary, no picture', tags: [] }];
      await el.updateComplete;
      const hidden = [...shadow(el).querySelectorAll('[part="summary"], [part="image"]')];
      expect(hidden).to.have.length(2);
      expect(hidden.map((node) => node.getBoundingClientRect().height)).to.deep.equal([0, 0]);
    });

    it('shows titles and dates only in the compact layout', async () => {
      const [first] = makeItems(1);
      const el = await listOf(
        [{ ...first, image: { url: 'https://library.example/a.jpg' }, views: 5 }],
        'layout="compact" show="date,image,summary,tags,views"',
      );
      expect(titles(el)).to.deep.equal(['Item 1']);
      expect(part(el, 'date')).to.exist;
      expect(part(el, 'image') ?? part(el, 'summary') ?? part(el, 'tags')).to.be.null;
      expect(part(el, 'views')).to.be.null;
    });

    it('puts the picture beside the text in a wide list and above it in a narrow one', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px"><biblio-news-list></biblio-news-list></div>`,
      );
      const el = wrapper.querySelector('biblio-news-list')!;
      const [first] = makeItems(1);
      el.items = [{ ...first, image: { url: '/test/fixtures/logos/library.svg' } }];
      await el.updateComplete;
      const image = () => part(el, 'image')!.getBoundingClientRect();
      const title = () => part(el, 'title')!.getBoundingClientRect();
      expect(image().right).to.be.at.most(title().left);
      wrapper.style.width = '320px';
      await waitUntil(() => image().bottom <= title().top || image().top >= title().bottom);
    });
  });

  describe('paging', () => {
    it('jumps between numbered pages and marks the current one', async () => {
      const el = await listOf(makeItems(25), 'lang="en"');
      const page = (n: string) =>
        all(el, '[part="page"]').find((b) => b.textContent!.trim() === n)!;
      expect(page('1').getAttribute('aria-current')).to.equal('page');
      page('3').click();
      await waitUntil(() => titles(el).length === 5, 'page 3 never shown');
      expect(titles(el)).to.deep.equal(['Item 21', 'Item 22', 'Item 23', 'Item 24', 'Item 25']);
      expect(page('3').getAttribute('aria-current')).to.equal('page');
      expect(part(el, 'more')).to.be.null;
      expect(announced(el)).to.equal('Page 3');
    });

    it('adds the next page below with "Show more" and announces how many are shown', async () => {
      const el = await listOf(makeItems(25), 'lang="ru"');
      expect(part(el, 'more')!.textContent!.trim()).to.equal('Показать ещё');
      part(el, 'more')!.click();
      await waitUntil(() => titles(el).length === 20);
      await waitUntil(() => announced(el) === 'Показано 20 новостей');
    });

    it('offers "Show more" and page numbers in a list, only "Show more" in a compact one', async () => {
      const list = await listOf(makeItems(25), 'page-size="5"');
      expect(pagerControls(list)).to.deep.equal({ more: true, pages: true });
      const compact = await listOf(makeItems(25), 'layout="compact" page-size="5"');
      expect(pagerControls(compact)).to.deep.equal({ more: true, pages: false });
    });

    for (const [paging, more, pages] of [
      ['more', true, false],
      ['pages', false, true],
      ['both', true, true],
      ['none', false, false],
    ] as const) {
      it(`shows only what paging="${paging}" asks for, in a list and a compact list`, async () => {
        for (const layout of ['list', 'compact']) {
          const el = await listOf(makeItems(25), `layout="${layout}" paging="${paging}"`);
          expect(pagerControls(el), layout).to.deep.equal({ more, pages });
          if (!more && !pages) expect(part(el, 'pagination') === null).to.be.true;
        }
      });
    }

    it('keeps focus on the pressed page number as the numbers around it shift', async () => {
      const el = await listOf(makeItems(50));
      const page = (n: string) =>
        all(el, '[part="page"]').find((b) => b.textContent!.trim() === n)!;
      for (const [n, first] of [
        ['2', 'Item 11'],
        ['3', 'Item 21'],
      ]) {
        page(n).click();
        await waitUntil(() => titles(el)[0] === first, `page ${n} never shown`);
      }
      // 1 2 3 4 5 becomes 1 … 4 5: the 5 moves one place to the left.
      const five = page('5');
      five.focus();
      five.click();
      await waitUntil(() => titles(el)[0] === 'Item 41', 'page 5 never shown');
      expect(shadow(el).activeElement).to.equal(five);
      expect(five.getAttribute('aria-current')).to.equal('page');
    });

    it('moves focus to the first new item when "Show more" reveals the last page', async () => {
      const el = await listOf(makeItems(15));
      const more = part(el, 'more')!;
      more.focus();
      more.click();
      await waitUntil(() => titles(el).length === 15, 'page 2 never added');
      expect(part(el, 'more')).to.be.null;
      expect(shadow(el).activeElement!.textContent).to.equal('Item 11');
    });

    it('reflects the page in the address bar when page-param is set, and follows Back', async () => {
      const original = location.href;
      try {
        const el = await listOf(makeItems(25), 'page-param="page"');
        all(el, '[part="page"]')
          .find((b) => b.textContent!.trim() === '2')!
          .click();
        await waitUntil(() => titles(el)[0] === 'Item 11', 'page 2 never shown');
        expect(new URL(location.href).searchParams.get('page')).to.equal('2');
        history.back();
        await waitUntil(() => titles(el)[0] === 'Item 1', 'Back did not return to page 1');
        expect(new URL(location.href).searchParams.has('page')).to.be.false;
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('opens on the page named in the address bar', async () => {
      const original = location.href;
      history.replaceState(null, '', `${location.pathname}${location.search}#news=3`);
      try {
        const el = await listOf(makeItems(25), 'page-param="#news"');
        expect(titles(el)[0]).to.equal('Item 21');
      } finally {
        history.replaceState(null, '', original);
      }
    });
  });

  describe('search and tags', () => {
    async function search(el: BiblioNewsList, text: string) {
      const input = part(el, 'search-input') as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }

    it('filters by title, summary and tags and announces the count', async () => {
      const el = await listOf(makeItems(25), 'search lang="en"');
      expect(shadow(el).querySelector('form[role="search"] label')!.textContent).to.equal(
        'Search news',
      );
      await search(el, 'concert');
      await waitUntil(() => titles(el).length === 8, 'search did not filter');
      expect(titles(el)[0]).to.equal('Item 3');
      await waitUntil(() => announced(el) === '8 items found');
      await expect(el).to.be.accessible();
    });

    it('says nothing was found, in Russian, and keeps the search box', async () => {
      const el = await listOf(makeItems(5), 'search lang="ru"');
      await search(el, 'опера');
      await waitUntil(() => part(el, 'empty'));
      expect(part(el, 'empty')!.textContent!.trim()).to.equal(
        'По запросу «опера» ничего не найдено.',
      );
      expect(part(el, 'search-input')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('filters by a clicked tag, marks it pressed, and lifts the filter', async () => {
      const el = await listOf(makeItems(6), 'lang="en"');
      const tag = all(el, '[part="tag"]')[1];
      expect(tag.textContent!.trim()).to.equal('even');
      tag.click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Item 2', 'Item 4', 'Item 6']);
      expect(tag.getAttribute('aria-pressed')).to.equal('true');
      expect(part(el, 'tag-filter')!.textContent).to.contain('Showing news tagged “even”');
      await waitUntil(() => announced(el) === '3 items found');
      part(el, 'clear-tag')!.focus();
      part(el, 'clear-tag')!.click();
      await waitUntil(() => titles(el).length === 6, 'the tag filter stayed');
      expect(shadow(el).activeElement!.textContent).to.equal('Item 1');
    });

    it('starts filtered by the tag attribute', async () => {
      const el = await listOf(makeItems(6), 'tag="odd"');
      expect(titles(el)).to.deep.equal(['Item 1', 'Item 3', 'Item 5']);
    });
  });

  describe('biblio-item-select', () => {
    it('bubbles out of the shadow root with the item, and cancelling keeps the page', async () => {
      const el = await listOf(makeItems(3));
      const selected = oneEvent(document, 'biblio-item-select');
      el.addEventListener('biblio-item-select', (event) => event.preventDefault(), { once: true });
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      all(el, '[part="link"]')[1].dispatchEvent(click);
      const event = await selected;
      expect(event.detail.item.title).to.equal('Item 2');
      expect(event.cancelable).to.be.true;
      expect(click.defaultPrevented).to.be.true;
    });

    it('lets the link navigate when nobody cancels, and ignores clicks that open a new tab', async () => {
      const el = await listOf(makeItems(2), 'article-href="#news-{id}"');
      const events: Event[] = [];
      el.addEventListener('biblio-item-select', (event) => events.push(event));
      const link = part(el, 'link')!;
      link.click();
      expect(events).to.have.length(1);
      expect(location.hash).to.equal('#news-1');
      const ctrlClick = new MouseEvent('click', { bubbles: true, composed: true, ctrlKey: true });
      link.dispatchEvent(ctrlClick);
      expect(events).to.have.length(1);
      history.replaceState(null, '', location.pathname + location.search);
    });
  });
});
