import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/news-list.js';
import type { BiblioNewsList } from './news-list.js';

/**
 * The list against the real feeds in ../shared/fixtures/feeds (see SOURCES.md there): the right
 * titles, dates and pictures reach the page. A user's clone has no ../shared: the suite then
 * skips and says why.
 */
const feeds = '/shared-fixtures/feeds/';

interface Shown {
  title: string;
  datetime: string | null;
  date: string | undefined;
  href: string | null;
  image: string | null;
}

async function showFeed(file: string, attributes = ''): Promise<Shown[]> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div
      .innerHTML=${`<biblio-news-list src="${feeds}${file}" show="date,image" ${attributes}></biblio-news-list>`}
    ></div>`,
  );
  const el = wrapper.querySelector<BiblioNewsList>('biblio-news-list')!;
  const root = el.shadowRoot!;
  await waitUntil(
    () => root.querySelector('[part="item"], [part="error"], [part="empty"]'),
    `${file} never rendered`,
    { timeout: 5000 },
  );
  expect(root.querySelector('[part="error"]')?.textContent ?? '').to.equal('');
  await expect(el).to.be.accessible();
  return [...root.querySelectorAll('[part="item"]')].map((item) => ({
    title: item.querySelector('[part="title"]')!.textContent!.trim(),
    datetime: item.querySelector('time:not([hidden])')?.getAttribute('datetime') ?? null,
    date: item.querySelector('time:not([hidden])')?.textContent ?? undefined,
    href: item.querySelector('a[part="link"]')?.getAttribute('href') ?? null,
    image: item.querySelector('img[src]')?.getAttribute('src') ?? null,
  }));
}

describe('<biblio-news-list> against the real feeds in ../shared/fixtures/feeds', function () {
  before(async function () {
    const response = await fetch(`${feeds}SOURCES.md`);
    if (!response.ok) {
      console.warn(
        'Skipping the news list real-feed tests: /shared-fixtures/feeds/ is absent (no ../shared/fixtures in this checkout).',
      );
      this.skip();
    }
  });

  it('shows WordPress posts with their embedded featured images', async () => {
    const shown = await showFeed('wp-v2-posts-embed-click9ja.json', 'lang="en"');
    expect(shown).to.have.length(3);
    expect(shown[0]).to.deep.equal({
      title: 'Boko Haram Attacks In Borno Getting Worse – Gov Shettima Raises Alarm',
      datetime: '2019-01-02T08:19:18.000Z',
      date: 'January 2, 2019',
      href: shown[0].href,
      image:
        'https://click9ja.com/wp-content/uploads/2019/01/Boko-Haram-Attacks-In-Borno-Getting-Worse-Gov-Shettima-Raises-Alarm.jpg',
    });
    expect(shown[0].href).to.match(/^https:\/\/click9ja\.com\//);
    expect(shown.map((item) => item.image)).to.deep.equal([
      shown[0].image,
      'https://click9ja.com/wp-content/uploads/2019/01/osinbajo-2.jpg',
      'https://click9ja.com/wp-content/uploads/2019/01/pdp-apc.jpg',
    ]);
  });

  it('shows Drupal JSON:API articles with links resolved against the site', async () => {
    const shown = await showFeed('drupal-jsonapi-node-article-collection-de.json', 'lang="ru"');
    expect(shown).to.have.length(8);
    expect(shown.slice(0, 3).map((item) => [item.title, item.datetime, item.date])).to.deep.equal([
      ['Milchfreie und köstliche Milchschokolade', '2023-01-27T09:38:39.000Z', '27 января 2023 г.'],
      [
        'Das richtige Angebot für den Einkauf im Supermarkt',
        '2023-01-27T10:01:50.000Z',
        '27 января 2023 г.',
      ],
      [
        'Probieren Sie es aus und bauen Sie Ihre eigenen Kräuter an!',
        '2023-01-30T08:11:24.000Z',
        '30 января 2023 г.',
      ],
    ]);
    expect(shown[0].href).to.equal(
      new URL('/articles/milchfreie-und-koestliche-milchschokolade', location.href).href,
    );
    expect(shown.every((item) => item.image === null)).to.be.true;
  });

  it('shows Ghost posts, with a picture only where the post has one', async () => {
    const shown = await showFeed('ghost-content-api-v6-posts-page1-trimmed.json', 'lang="en"');
    expect(shown.map((item) => item.title)).to.deep.equal([
      'Ghost 6 rendered content contract',
      'No tags and no feature image',
      'Ignored by Algolia fixture configuration',
      'Synthetic Ghost post 098',
    ]);
    expect(shown[0].datetime).to.equal('2026-01-01T01:40:00.000Z');
    expect(shown.map((item) => item.image)).to.deep.equal([
      'https://fixture.invalid/images/ghost-6-contract.jpg',
      null,
      null,
      null,
    ]);
  });

  it('pages a 48-item JSON Feed ten at a time', async () => {
    const shown = await showFeed('jsonfeed-1.1-daringfireball.json', 'lang="en"');
    expect(shown).to.have.length(10);
    expect(shown.slice(0, 2).map((item) => [item.title, item.datetime])).to.deep.equal([
      ['MailTrackerBlocker for Apple Mail on MacOS', '2021-02-27T01:06:30.000Z'],
      ['Spoonbill', '2021-02-27T00:44:34.000Z'],
    ]);
  });

  it('renders the XSS test feed as one inert item', async () => {
    const alerts: unknown[] = [];
    const original = window.alert;
    window.alert = (message) => alerts.push(message);
    try {
      const shown = await showFeed('jsonfeed-1.1-xss-payload-feedparser-rs-test.json');
      expect(shown).to.have.length(1);
      expect(shown[0].title).not.to.contain('<script');
      expect(shown[0].image).to.be.null;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = original;
    }
  });

  it('reads the Russian NewsAPI file through map, with its pictures', async () => {
    const map = JSON.stringify({
      items: 'articles',
      title: 'title',
      url: 'url',
      date: 'publishedAt',
      summary: 'description',
      image: 'urlToImage',
    });
    const shown = await showFeed(
      'newsapi-top-headlines-ru-news_ag.json',
      `lang="ru" page-size="20" map='${map}'`,
    );
    expect(shown).to.have.length(20);
    expect(shown[0]).to.deep.include({
      title: '«Локомотив»: Ремонт РЖД Арены не несёт смысла. Лучше её снести - Soccer.ru',
      datetime: '2021-05-18T16:30:00.000Z',
      date: '18 мая 2021 г.',
      image: 'https://www.soccer.ru/sites/default/files/img_6657_0.jpg',
    });
    expect(shown[1].image).to.equal('https://cdn.echo.msk.ru/att/cards/large/2840226.jpg');
    expect(shown.filter((item) => item.image !== null).length).to.be.greaterThan(15);
  });
});
