import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../define/news-list.js';
import { all, announced, part, shadow, titles } from '../../../test/support/news-list-queries.js';
import type { BiblioNewsList } from './news-list.js';

const pageButtons = (el: BiblioNewsList) =>
  all(el, '[part="page"]').map((button) => button.textContent!.trim());
const unique = () => Math.random().toString(36).slice(2);

/** A list from `attributes`, in English unless they say otherwise. */
async function feedList(attributes: string) {
  const lang = attributes.includes('lang=') ? '' : 'lang="en"';
  const wrapper = await fixture<HTMLDivElement>(
    html`<div .innerHTML=${`<biblio-news-list ${lang} ${attributes}></biblio-news-list>`}></div>`,
  );
  return wrapper.querySelector('biblio-news-list')!;
}

async function settled(el: BiblioNewsList) {
  await waitUntil(
    () => titles(el).length > 0 || part(el, 'error') || part(el, 'empty'),
    'the list never settled',
    { timeout: 6000 },
  );
  return el;
}

describe('<biblio-news-list src>', () => {
  describe('states', () => {
    it('reserves the space of a page with placeholders while the feed loads', async () => {
      const el = await feedList('src="/news-api/jsonfeed?delay=800" page-size="5"');
      const skeleton = part(el, 'loading')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(skeleton.textContent).to.contain('Loading…');
      expect(skeleton.querySelectorAll('li')).to.have.length(5);
      const reserved = skeleton.getBoundingClientRect().height;
      expect(reserved).to.be.greaterThan(300);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(titles(el)[0]).to.equal('Item 1');
    });

    it('shows a localized error with Retry and fires biblio-error', async () => {
      const el = document.createElement('biblio-news-list');
      el.lang = 'ru';
      const failed = oneEvent(el, 'biblio-error');
      el.src = '/test-api/status/503';
      document.body.append(el);
      try {
        expect((await failed).detail.error.details.status).to.equal(503);
        await settled(el);
        const box = part(el, 'error')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(box.textContent).to.contain('Сервер ответил ошибкой (503)');
        expect(part(el, 'retry')!.textContent).to.equal('Повторить');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('recovers when Retry is pressed', async () => {
      const then = encodeURIComponent('/news-api/jsonfeed?total=3');
      const el = await settled(
        await feedList(`src="/test-api/flaky/news-${unique()}?failures=3&then=${then}"`),
      );
      expect(part(el, 'error')).to.exist;
      part(el, 'retry')!.click();
      await waitUntil(() => titles(el).length === 3, 'Retry did not load the feed');
    });

    it('says there is no news yet for an empty feed', async () => {
      const el = await settled(await feedList('src="/news-api/jsonfeed?total=0"'));
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('No news yet.');
      await expect(el).to.be.accessible();
    });

    it('shows a cached copy at once, without placeholders or a second request', async () => {
      const src = `/news-api/fresh/${unique()}`;
      await settled(await feedList(`src="${src}"`));
      const el = await feedList(`src="${src}"`);
      await nextFrame();
      expect(part(el, 'loading')).to.be.null;
      expect(titles(el)).to.deep.equal(['Fresh 1']);
    });

    it('fires biblio-load with the number of items on the first page', async () => {
      const el = document.createElement('biblio-news-list');
      const loaded = oneEvent(el, 'biblio-load');
      el.src = '/news-api/jsonfeed?total=25&per_page=10';
      document.body.append(el);
      expect((await loaded).detail.count).to.equal(10);
      el.remove();
    });
  });

  describe('hostile feeds', () => {
    it('shows script-laden items as inert text, with no unsafe link or picture', async () => {
      const alerts: unknown[] = [];
      const original = window.alert;
      window.alert = (message) => alerts.push(message);
      try {
        const el = await settled(await feedList('src="/test/fixtures/news-hostile.json"'));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(titles(el)).to.have.length(3);
        expect(titles(el)[0]).to.contain('Заголовок со скриптом');
        expect(shadow(el).querySelector('script, iframe, [onerror], [onclick], [onmouseover]')).to
          .be.null;
        const hrefs = all(el, 'a[href]').map((link) => link.getAttribute('href')!);
        expect(hrefs).to.deep.equal(['https://library.example/news/h3']);
        const images = all(el, 'img[src]').map((image) => image.getAttribute('src'));
        expect(images.every((src) => src!.startsWith('https:'))).to.be.true;
        expect(alerts).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        window.alert = original;
      }
    });

    it('refuses a javascript: archive link and shows a safe one in Russian', async () => {
      const safe = await settled(
        await feedList('lang="ru" archive-href="/news/" src="/news-api/jsonfeed?total=2"'),
      );
      const archive = part(safe, 'archive') as HTMLAnchorElement;
      expect(archive.textContent).to.equal('Все новости');
      expect(archive.href).to.equal(new URL('/news/', location.href).href);
      const hostile = await settled(
        await feedList('archive-href="javascript:alert(1)" src="/news-api/jsonfeed?total=2"'),
      );
      expect(part(hostile, 'archive')).to.be.null;
    });
  });

  describe("following the feed's own paging", () => {
    it('walks a JSON Feed by next_url with "Show more"', async () => {
      const el = await settled(await feedList('src="/news-api/jsonfeed?total=25&per_page=10"'));
      expect(pageButtons(el)).to.deep.equal([]);
      part(el, 'more')!.click();
      await waitUntil(() => titles(el).length === 20, 'page 2 was not added');
      part(el, 'more')!.click();
      await waitUntil(() => titles(el).length === 25, 'page 3 was not added');
      expect(titles(el).at(-1)).to.equal('Item 25');
      expect(part(el, 'more')).to.be.null;
      expect(announced(el)).to.equal('25 items shown');
    });

    it('walks a JSON:API collection by links.next', async () => {
      const el = await settled(await feedList('src="/news-api/jsonapi?total=15&page[limit]=10"'));
      expect(titles(el)).to.have.length(10);
      part(el, 'more')!.click();
      await waitUntil(() => titles(el).length === 15, 'links.next was not followed');
      expect(part(el, 'more')).to.be.null;
    });

    it('keeps "Show more" with paging="pages" when the feed cannot jump to a page', async () => {
      const el = await settled(
        await feedList('src="/news-api/jsonapi?total=15&page[limit]=10" paging="pages"'),
      );
      expect(pageButtons(el)).to.deep.equal([]);
      part(el, 'more')!.click();
      await waitUntil(() => titles(el).length === 15, 'links.next was not followed');
    });

    it('numbers WordPress pages from X-WP-TotalPages and jumps straight to one', async () => {
      const el = await settled(await feedList('src="/news-api/wp?total=45&per_page=10"'));
      expect(pageButtons(el)).to.deep.equal(['1', '2', '5']);
      all(el, '[part="page"]')
        .find((button) => button.textContent!.trim() === '5')!
        .click();
      await waitUntil(() => titles(el)[0] === 'Item 41', 'page 5 was not loaded');
      expect(titles(el)).to.have.length(5);
      expect(pageButtons(el)).to.deep.equal(['1', '4', '5']);
      expect(part(el, 'page')!.closest('nav')!.getAttribute('aria-label')).to.equal('Pages');
      await expect(el).to.be.accessible();
    });

    it('keeps the list and offers Retry when a further page fails', async () => {
      const el = await settled(await feedList('src="/news-api/wp?total=25&per_page=10"'));
      const original = window.fetch;
      window.fetch = () => Promise.resolve(new Response('{}', { status: 500 }));
      try {
        part(el, 'more')!.click();
        await waitUntil(() => part(el, 'error'), 'no error for the failed page', {
          timeout: 5000,
        });
        expect(titles(el)).to.have.length(10);
      } finally {
        window.fetch = original;
      }
      part(el, 'retry')!.click();
      await waitUntil(() => titles(el).length === 20, 'Retry did not add page 2');
      expect(titles(el)[10]).to.equal('Item 11');
      expect(part(el, 'error')).to.be.null;
    });

    it('opens on the first page, with the error below it, when the page the address bar names fails', async () => {
      const original = location.href;
      const fetch = window.fetch;
      const errors: Event[] = [];
      const record = (event: Event) => errors.push(event);
      document.addEventListener('biblio-error', record);
      history.replaceState(null, '', `${location.pathname}${location.search}#news=2`);
      window.fetch = (input, init) =>
        String(input instanceof Request ? input.url : input).includes('page=2')
          ? Promise.resolve(new Response('{}', { status: 500 }))
          : fetch(input, init);
      try {
        const el = await feedList(
          `page-param="#news" src="/news-api/wp?total=25&per_page=10&list=${unique()}"`,
        );
        await waitUntil(() => part(el, 'error'), 'no error for the failed page', {
          timeout: 5000,
        });
        expect(titles(el)).to.have.length(10);
        expect(titles(el)[0]).to.equal('Item 1');
        expect(errors).to.deep.equal([]);
      } finally {
        window.fetch = fetch;
        document.removeEventListener('biblio-error', record);
        history.replaceState(null, '', original);
      }
    });
  });

  describe('search and tags on feeds', () => {
    it('passes the search to WordPress, which searches its whole archive', async () => {
      const el = await settled(
        await feedList('search format="wordpress" src="/news-api/wp?total=25&per_page=10"'),
      );
      const input = part(el, 'search-input') as HTMLInputElement;
      input.value = 'item 2';
      input.form!.requestSubmit();
      await waitUntil(() => titles(el).includes('Item 25'), 'the server was not asked');
      expect(titles(el)).to.deep.equal([
        'Item 2',
        'Item 20',
        'Item 21',
        'Item 22',
        'Item 23',
        'Item 24',
        'Item 25',
      ]);
      expect(announced(el)).to.equal('7 items found');
    });

    it('keeps the current items on screen while the server searches', async () => {
      const el = await settled(
        await feedList(
          'search format="wordpress" src="/news-api/wp?total=25&per_page=10&delay=600"',
        ),
      );
      const input = part(el, 'search-input') as HTMLInputElement;
      input.value = 'item 2';
      input.form!.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 450));
      expect(part(el, 'loading')).to.be.null;
      expect(titles(el)).to.have.length(10);
      await waitUntil(() => titles(el).length === 7, 'search results never came', {
        timeout: 3000,
      });
    });

    it('searches a single-page feed in place and filters it by tag', async () => {
      const el = await settled(
        await feedList('search tag="even" src="/news-api/jsonfeed?total=12&per_page=50"'),
      );
      expect(titles(el)).to.deep.equal([
        'Item 2',
        'Item 4',
        'Item 6',
        'Item 8',
        'Item 10',
        'Item 12',
      ]);
      const input = part(el, 'search-input') as HTMLInputElement;
      input.value = 'concert';
      input.dispatchEvent(new InputEvent('input'));
      await waitUntil(() => titles(el).length === 2, 'search did not filter the loaded feed');
      expect(titles(el)).to.deep.equal(['Item 6', 'Item 12']);
      await waitUntil(() => announced(el) === '2 items found');
    });
  });

  describe('refresh', () => {
    it('adds new items, announces them politely and leaves focus where it was', async () => {
      const el = await settled(await feedList(`refresh="1" src="/news-api/fresh/${unique()}"`));
      expect(titles(el)).to.deep.equal(['Fresh 1']);
      const toggle = part(el, 'refresh-toggle')!;
      expect(toggle.textContent!.trim()).to.equal('Pause updates');
      toggle.focus();
      await waitUntil(() => titles(el)[0] === 'Fresh 2', 'no refresh', { timeout: 3000 });
      expect(titles(el)).to.deep.equal(['Fresh 2', 'Fresh 1']);
      expect(announced(el)).to.equal('1 new item');
      expect(shadow(el).activeElement).to.equal(toggle);
    });

    it('stops refreshing while paused and starts again on resume', async () => {
      const el = await settled(await feedList(`refresh="1" src="/news-api/fresh/${unique()}"`));
      part(el, 'refresh-toggle')!.click();
      await el.updateComplete;
      expect(part(el, 'refresh-toggle')!.textContent!.trim()).to.equal('Resume updates');
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect(titles(el)).to.deep.equal(['Fresh 1']);
      part(el, 'refresh-toggle')!.click();
      await waitUntil(() => titles(el)[0] === 'Fresh 2', 'resume did not refresh', {
        timeout: 3000,
      });
    });

    it('starts paused when the reader asks for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await settled(await feedList(`refresh="1" src="/news-api/fresh/${unique()}"`));
        expect(part(el, 'refresh-toggle')!.textContent!.trim()).to.equal('Resume updates');
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(titles(el)).to.deep.equal(['Fresh 1']);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
