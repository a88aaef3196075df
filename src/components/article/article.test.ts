import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define/article.js';
import type { NewsItem } from '../../data/model.js';
import { fakeViews } from '../../../test/support/fake-views.js';
import type { BiblioArticle } from './article.js';

const fixtures = new URL('/test/fixtures/article/', location.href).href;
const sharedFeeds = '/shared-fixtures/feeds/';

const part = (el: BiblioArticle, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const title = (el: BiblioArticle) => part(el, 'title')?.textContent?.trim();

async function settled(el: BiblioArticle) {
  await waitUntil(
    () => part(el, 'base') || part(el, 'error') || part(el, 'empty'),
    'article never settled',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

async function skipWithoutSharedFeed(context: Mocha.Context, file: string) {
  const response = await fetch(sharedFeeds + file);
  if (!response.ok) {
    console.warn(`Skipped: ${file} is not in ../shared/fixtures/feeds (a user's clone has none).`);
    context.skip();
  }
}

const poetryEvening: NewsItem = {
  id: 'news-225',
  url: 'https://library.example/news/225',
  title: 'Вечер поэзии в читальном зале',
  subtitle: 'Встреча с местными поэтами',
  contentText: 'Первый абзац.\n\nВторой абзац.',
  datePublished: new Date(Date.UTC(2021, 11, 16, 9)),
  image: {
    url: 'https://library.example/img/hall.jpg',
    alt: 'Читальный зал',
    width: 800,
    height: 450,
  },
  author: 'Отдел массовой работы',
  tags: ['поэзия', 'встречи'],
  views: 225,
};

describe('<biblio-article>', () => {
  describe('sources', () => {
    it('shows an item set from script with every part of the card', async () => {
      const el = await fixture<BiblioArticle>(
        html`<biblio-article lang="ru" archive-href="/news/" heading-level="1"></biblio-article>`,
      );
      el.item = poetryEvening;
      await settled(el);
      expect(title(el)).to.equal('Вечер поэзии в читальном зале');
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('1');
      expect(part(el, 'subtitle')!.textContent).to.equal('Встреча с местными поэтами');
      const time = part(el, 'date') as HTMLTimeElement;
      expect([time.dateTime, time.textContent]).to.deep.equal([
        '2021-12-16T09:00:00.000Z',
        '16 декабря 2021 г.',
      ]);
      expect(part(el, 'author')!.textContent).to.equal('Автор: Отдел массовой работы');
      const image = part(el, 'image') as HTMLImageElement;
      expect([
        image.src,
        image.alt,
        image.getAttribute('width'),
        image.getAttribute('height'),
      ]).to.deep.equal(['https://library.example/img/hall.jpg', 'Читальный зал', '800', '450']);
      expect([...part(el, 'body')!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
        'Первый абзац.',
        'Второй абзац.',
      ]);
      expect(
        [...el.shadowRoot!.querySelectorAll('[part="tag"]')].map((tag) => tag.textContent),
      ).to.deep.equal(['поэзия', 'встречи']);
      const archive = part(el, 'archive') as HTMLAnchorElement;
      expect([archive.href, archive.textContent!.replace(/\s+/g, ' ').trim()]).to.deep.equal([
        new URL('/news/', location.href).href,
        '← К архиву новостей',
      ]);
      const counter = part(el, 'views')!;
      await waitUntil(() => counter.shadowRoot?.textContent?.includes('225'), 'no view count');
      expect(counter.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal(
        'Просмотров: 225',
      );
      await expect(el).to.be.accessible();
    });

    it('loads one item from src (a single WordPress post) and decodes its title', async () => {
      const el = await settled(
        await fixture<BiblioArticle>(
          html`<biblio-article lang="ru" src="${fixtures}wordpress-post.json"></biblio-article>`,
        ),
      );
      expect(title(el)).to.equal('Вечер поэзии — итоги');
      expect(part(el, 'body')!.textContent).to.contain('Стихи читали двенадцать авторов.');
      await expect(el).to.be.accessible();
    });

    it('finds item-id in a feed by following its next pages', async () => {
      const el = document.createElement('biblio-article');
      Object.assign(el, { feed: `${fixtures}feed-page-1.json`, itemId: 'news-225', lang: 'ru' });
      const loaded = oneEvent(el, 'biblio-load');
      document.body.append(el);
      expect((await loaded).detail.count).to.equal(1);
      await settled(el);
      expect(title(el)).to.equal('Вечер поэзии в читальном зале');
      expect((part(el, 'image') as HTMLImageElement).src).to.equal(
        `${fixtures}images/poetry-lead.svg`,
      );
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says the article is not found when the feed does not have item-id', async () => {
      const el = await settled(
        await fixture<BiblioArticle>(
          html`<biblio-article
            lang="ru"
            feed="${fixtures}feed-page-1.json"
            item-id="news-1"
          ></biblio-article>`,
        ),
      );
      expect(part(el, 'empty')!.textContent).to.equal('Статья не найдена.');
      await expect(el).to.be.accessible();
    });

    it('takes the item from the news list’s biblio-item-select event', async () => {
      const el = await fixture<BiblioArticle>(html`<biblio-article lang="en"></biblio-article>`);
      document.addEventListener('biblio-item-select', (event) => (el.item = event.detail.item), {
        once: true,
      });
      document.dispatchEvent(
        new CustomEvent('biblio-item-select', { detail: { item: poetryEvening } }),
      );
      await settled(el);
      expect(title(el)).to.equal('Вечер поэзии в читальном зале');
    });
  });

  describe('progressive enhancement and failures', () => {
    it('keeps the server-rendered article visible until the item arrives', async () => {
      const el = await fixture<BiblioArticle>(
        html`<biblio-article src="/test-api/slow/600"
          ><h1>Вечер поэзии</h1>
          <p>Текст со страницы.</p></biblio-article
        >`,
      );
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(part(el, 'loading')).to.be.null;
      expect(el.querySelector('h1')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the server-rendered article when loading fails', async () => {
      const el = document.createElement('biblio-article');
      el.innerHTML = '<p>Текст со страницы.</p>';
      el.src = '/test-api/status/503';
      const failed = oneEvent(el, 'biblio-error');
      document.body.append(el);
      expect((await failed).detail.error.details.status).to.equal(503);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(part(el, 'error')).to.be.null;
      el.remove();
    });

    it('leaves no broken-image box when the lead image fails, and still tells its alt text', async () => {
      const el = await fixture<BiblioArticle>(html`<biblio-article lang="ru"></biblio-article>`);
      el.item = {
        ...poetryEvening,
        image: { ...poetryEvening.image!, url: '/test-api/status/404' },
      };
      await settled(el);
      const image = part(el, 'image') as HTMLImageElement;
      await waitUntil(() => image.getBoundingClientRect().height <= 1, 'broken image still shown');
      const gap = parseFloat(getComputedStyle(part(el, 'base')!).rowGap);
      const between =
        part(el, 'body')!.getBoundingClientRect().top -
        part(el, 'header')!.getBoundingClientRect().bottom;
      expect(between).to.be.closeTo(gap, 1);
      // Still rendered (not display: none nor hidden), so screen readers still read its alt text.
      expect([image.alt, image.hidden, getComputedStyle(image).display]).to.deep.equal([
        'Читальный зал',
        false,
        'block',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows the next article’s image after a lead image failed', async () => {
      const el = await fixture<BiblioArticle>(html`<biblio-article></biblio-article>`);
      el.item = { ...poetryEvening, image: { url: '/test-api/status/404', alt: 'Зал' } };
      await settled(el);
      await waitUntil(() => part(el, 'image')!.getBoundingClientRect().height <= 1);
      el.item = {
        ...poetryEvening,
        id: 'next',
        image: { url: '/test/fixtures/logos/library.svg' },
      };
      await waitUntil(
        () => part(el, 'image')!.getBoundingClientRect().height > 50,
        'the new image stayed hidden',
      );
    });

    it('shows a skeleton, then a localized error with Retry, when nothing was written inside', async () => {
      const key = `article-${Math.random().toString(36).slice(2)}`;
      // The data layer retries a 500 twice on its own; the third failure reaches the reader.
      const flakySrc = `/test-api/flaky/${key}?failures=3&then=${fixtures}wordpress-post.json`;
      const el = await fixture<BiblioArticle>(
        html`<biblio-article lang="ru" src=${flakySrc}></biblio-article>`,
      );
      expect(part(el, 'loading') ?? part(el, 'error')).to.exist;
      await settled(el);
      expect(part(el, 'error')!.textContent).to.contain('Сервер ответил ошибкой (500)');
      await expect(el).to.be.accessible();
      (part(el, 'retry') as HTMLButtonElement).click();
      await waitUntil(() => title(el) === 'Вечер поэзии — итоги', 'retry did not load');
    });
  });

  describe('the body', () => {
    async function poetryArticle(width = 0) {
      const wrapper = await fixture<HTMLElement>(
        html`<div style=${width ? `width: ${width}px` : ''}>
          <biblio-article
            lang="ru"
            feed="${fixtures}feed-page-2.json"
            item-id="news-225"
            allow-embeds="youtube.com rutube.ru vk.com"
          ></biblio-article>
        </div>`,
      );
      return settled(wrapper.querySelector('biblio-article')!);
    }

    it('keeps an allowed iframe and turns a refused one into a link', async () => {
      const el = await poetryArticle();
      const body = part(el, 'body')!;
      const frames = [...body.querySelectorAll('iframe')];
      expect(frames.map((frame) => frame.src)).to.deep.equal([
        'https://www.youtube.com/embed/abc123',
      ]);
      expect(frames[0].loading).to.equal('lazy');
      const refused = [...body.querySelectorAll('a')].find((link) =>
        link.href.startsWith('https://tracker.example/'),
      )!;
      expect(refused.textContent).to.equal('Чужое видео');
      await expect(el).to.be.accessible();
    });

    it('resolves relative links and images against the feed they came from', async () => {
      const body = part(await poetryArticle(), 'body')!;
      expect(body.querySelector('a')!.href).to.equal(new URL('/halls/reading', fixtures).href);
      expect(body.querySelector('img')!.src).to.equal(`${fixtures}images/poetry.svg`);
      expect(body.querySelector('img')!.loading).to.equal('lazy');
    });

    it('fits a 320 px screen: long words wrap and wide tables scroll inside the card', async () => {
      const el = await poetryArticle(320);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(part(el, 'base')!.scrollWidth).to.be.at.most(320);
      const table = part(el, 'body')!.querySelector('table')!;
      expect(table.getBoundingClientRect().width).to.be.at.most(320);
      expect(table.scrollWidth).to.be.greaterThan(table.clientWidth);
    });

    it('puts the body’s headings under the title in the outline', async () => {
      const el = await fixture<BiblioArticle>(
        html`<biblio-article heading-level="3"></biblio-article>`,
      );
      el.item = {
        ...poetryEvening,
        contentHtml: '<h1>Программа</h1><p>a</p><h3>Вечер</h3><p>b</p><h2>Итоги</h2>',
      };
      await settled(el);
      const levels = () =>
        [...part(el, 'body')!.querySelectorAll('h1, h2, h3')].map((heading) =>
          heading.getAttribute('aria-level'),
        );
      expect(levels()).to.deep.equal(['4', '5', '5']);
      el.headingLevel = 1;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['2', '3', '3']);
      await expect(el).to.be.accessible();
    });

    it('drops the form and the style that would cover the page', async () => {
      const el = await settled(
        await fixture<BiblioArticle>(
          html`<biblio-article src="${fixtures}wordpress-post.json"></biblio-article>`,
        ),
      );
      const body = part(el, 'body')!;
      expect(body.querySelector('form, input, button')).to.be.null;
      expect(body.querySelector<HTMLElement>('[style]')!.style.cssText).to.equal(
        'text-align: center;',
      );
    });
  });

  describe('views', () => {
    it('counts the view only once the article itself is shown, and shows the new count', async () => {
      const server = fakeViews();
      await server.seed('news-225', 225);
      const wrapper = await fixture<HTMLElement>(
        html`<div hidden>
          <biblio-article lang="ru" views-api=${server.api} register-view></biblio-article>
        </div>`,
      );
      const el = wrapper.querySelector('biblio-article')!;
      el.item = poetryEvening;
      await settled(el);
      const counter = part(el, 'views')!;
      await waitUntil(() => counter.shadowRoot?.textContent?.includes('225'), 'no fetched count');
      await aTimeout(300);
      expect(await server.posts()).to.equal(0);
      const registered = oneEvent(el, 'biblio-view-registered');
      wrapper.hidden = false;
      expect((await registered).detail).to.deep.equal({
        itemId: 'news-225',
        views: 226,
        counted: true,
      });
      await waitUntil(
        () => counter.shadowRoot!.textContent!.includes('Просмотров: 226'),
        'registered count not shown',
      );
    });

    it('shows the item’s own count without a views server and registers nothing', async () => {
      const el = await fixture<BiblioArticle>(html`<biblio-article lang="en"></biblio-article>`);
      el.item = { ...poetryEvening, views: 12 };
      await settled(el);
      const counter = part(el, 'views')!;
      await waitUntil(() => counter.shadowRoot?.textContent?.includes('Views: 12'), 'no count');
      expect(counter.hasAttribute('api')).to.be.false;
    });
  });

  describe('share links', () => {
    it('offers plain links for VK, Telegram, OK and e-mail, and a copy button', async () => {
      const el = await fixture<BiblioArticle>(
        html`<biblio-article lang="ru" share></biblio-article>`,
      );
      el.item = poetryEvening;
      await settled(el);
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="share-link"]')];
      const encoded = encodeURIComponent(poetryEvening.url!);
      expect(links.map((link) => link.href.split('?')[0])).to.deep.equal([
        'https://vk.com/share.php',
        'https://t.me/share/url',
        'https://connect.ok.ru/offer',
        'mailto:',
      ]);
      expect(links.every((link) => link.href.includes(encoded))).to.be.true;
      expect(links[0].rel).to.equal('noopener noreferrer');
      expect(el.shadowRoot!.querySelector('script')).to.be.null;
      expect(
        el.shadowRoot!.querySelector('button[part="share-link"]')!.textContent!.trim(),
      ).to.equal('Скопировать ссылку');
      await expect(el).to.be.accessible();
    });

    it('shows only the networks asked for', async () => {
      const el = await fixture<BiblioArticle>(
        html`<biblio-article lang="en" share="telegram email"></biblio-article>`,
      );
      el.item = poetryEvening;
      await settled(el);
      const names = [...el.shadowRoot!.querySelectorAll('[part="share-link"]')].map((link) =>
        link.textContent!.replace(/\(.*\)/, '').trim(),
      );
      expect(names).to.deep.equal(['Telegram', 'Email']);
    });

    /** Clicks "Copy link" with the page's clipboard replaced by `writeText`; returns the status. */
    async function copyWith(writeText: (text: string) => Promise<void>) {
      const el = await fixture<BiblioArticle>(
        html`<biblio-article lang="ru" share="copy"></biblio-article>`,
      );
      el.item = poetryEvening;
      await settled(el);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
      try {
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="share-link"]')!.click();
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        await waitUntil(() => status.textContent, 'nothing said after copying');
        return status.textContent;
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    }

    it('copies the link and says so', async () => {
      const copied: string[] = [];
      expect(await copyWith(async (text) => void copied.push(text))).to.equal(
        'Ссылка скопирована.',
      );
      expect(copied).to.deep.equal([poetryEvening.url]);
    });

    it('says so when the browser refuses to copy', async () => {
      const refuse = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      expect(await copyWith(refuse)).to.equal('Не удалось скопировать ссылку.');
    });
  });

  describe('real feeds from ../shared/fixtures', () => {
    const cases = [
      {
        name: 'WordPress (one post, src)',
        file: 'wp-v2-posts-wordpress-develop-fixture.json',
        title: 'REST API Client Fixture: Post',
        body: 'Updated post content.',
      },
      {
        name: 'WordPress with _embed (feed + item-id)',
        file: 'wp-v2-posts-embed-click9ja.json',
        itemId: '16483',
        title: 'Boko Haram Attacks In Borno Getting Worse – Gov Shettima Raises Alarm',
        body: 'raised an alarm that the security situation in the state is getting worse',
        author: 'lawizee',
        image:
          'https://click9ja.com/wp-content/uploads/2019/01/Boko-Haram-Attacks-In-Borno-Getting-Worse-Gov-Shettima-Raises-Alarm.jpg',
      },
      {
        name: 'Drupal JSON:API',
        file: 'drupal-jsonapi-node-article-collection-de.json',
        itemId: '58e198f6-41af-48b0-b889-596adcb9622e',
        title: 'Milchfreie und köstliche Milchschokolade',
        body: 'Der Kalender ist voll von Ausreden für Schokoladenliebhaber',
      },
      {
        name: 'Ghost Content API',
        file: 'ghost-content-api-v6-posts-page1-trimmed.json',
        itemId: '6a7d75c8b25e8a000197c521',
        title: 'Ghost 6 rendered content contract',
        body: 'Rendered by Ghost 6 from synthetic source HTML',
        author: 'Algolia Fixture Author',
        tags: ['Ghost 6', 'Acceptance'],
      },
      {
        name: 'JSON Feed 1.1',
        file: 'jsonfeed-1.1-daringfireball.json',
        itemId: 'https://daringfireball.net/linked/2021/02/26/mailtrackerblocker',
        title: 'MailTrackerBlocker for Apple Mail on MacOS',
        body: 'Open source plugin for Apple Mail on MacOS',
        author: 'John Gruber',
      },
    ];
    for (const expected of cases) {
      it(`shows the ${expected.name} article`, async function () {
        await skipWithoutSharedFeed(this, expected.file);
        const url = sharedFeeds + expected.file;
        const el = await settled(
          await fixture<BiblioArticle>(
            expected.itemId
              ? html`<biblio-article
                  lang="en"
                  feed=${url}
                  item-id=${expected.itemId}
                ></biblio-article>`
              : html`<biblio-article lang="en" src=${url}></biblio-article>`,
          ),
        );
        expect(title(el)).to.equal(expected.title);
        expect(part(el, 'body')!.textContent).to.contain(expected.body);
        expect(part(el, 'body')!.querySelector('script, [onerror], [onclick]')).to.be.null;
        if (expected.author)
          expect(part(el, 'author')!.textContent).to.equal(`By ${expected.author}`);
        if (expected.image)
          expect((part(el, 'image') as HTMLImageElement).src).to.equal(expected.image);
        if (expected.tags) {
          expect(
            [...el.shadowRoot!.querySelectorAll('[part="tag"]')].map((tag) => tag.textContent),
          ).to.deep.equal(expected.tags);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('keeps the YouTube video of a Hypercritical post when youtube.com is allowed', async function () {
      await skipWithoutSharedFeed(this, 'jsonfeed-1.0-hypercritical.json');
      const el = await settled(
        await fixture<BiblioArticle>(
          html`<biblio-article
            feed="${sharedFeeds}jsonfeed-1.0-hypercritical.json"
            item-id="http://hypercritical.co/2013/02/08/dont-stop-thinking-about-tomorrow"
            allow-embeds="youtube.com"
          ></biblio-article>`,
        ),
      );
      const frame = part(el, 'body')!.querySelector('iframe')!;
      expect(frame.src).to.equal('https://www.youtube.com/embed/vOvQCPLkPt4?start=52&rel=0');
    });

    it('runs nothing from the hostile feed: the trap never fires', async function () {
      await skipWithoutSharedFeed(this, 'jsonfeed-1.1-xss-payload-feedparser-rs-test.json');
      let fired = 0;
      const originalAlert = window.alert;
      window.alert = () => void fired++;
      try {
        const el = await settled(
          await fixture<BiblioArticle>(
            html`<biblio-article
              src="${sharedFeeds}jsonfeed-1.1-xss-payload-feedparser-rs-test.json"
            ></biblio-article>`,
          ),
        );
        await aTimeout(500);
        expect(fired).to.equal(0);
        expect(title(el)).to.equal('Post');
        const body = part(el, 'body')!;
        expect(body.querySelector('script')).to.be.null;
        expect(body.querySelector('img')!.hasAttribute('onerror')).to.be.false;
        expect(el.shadowRoot!.innerHTML).not.to.contain('<script');
      } finally {
        window.alert = originalAlert;
      }
    });
  });
});
