import { expect } from '@open-wc/testing';
import { FeedError } from '../../errors.js';
import {
  detectFormat,
  readFeed,
  type FeedFormat,
  type FeedMap,
  type ReadOptions,
} from '../../feed.js';
import type { FeedPage } from '../../model.js';
import { toPlainText } from '../text.js';
import { sharedSourceCases } from '../../../../test/fixtures/feeds/shared-source-cases.js';

/**
 * Every real feed in ../shared/fixtures/feeds (see SOURCES.md there), read without a format
 * hint. A user's clone has no ../shared: the whole suite then skips and says why.
 */
const domParser = new DOMParser();
const bodies = new Map<string, string>();

async function sharedFeed(file: string): Promise<string | undefined> {
  const response = await fetch(`/shared-fixtures/feeds/${file}`);
  return response.ok ? response.text() : undefined;
}

function read(file: string, url: string, options: Partial<ReadOptions> = {}): Promise<FeedPage> {
  return readFeed(bodies.get(file)!, { url, domParser, ...options });
}

function format(file: string, url: string, options: Partial<ReadOptions> = {}): FeedFormat {
  return detectFormat(bodies.get(file)!, { url, domParser, ...options });
}

async function readError(
  file: string,
  url: string,
  options: Partial<ReadOptions> = {},
): Promise<FeedError> {
  try {
    await read(file, url, options);
  } catch (error) {
    return error as FeedError;
  }
  throw new Error(`${file} was expected to fail`);
}

const files = [
  'jsonfeed-1.1-daringfireball.json',
  'jsonfeed-1.0-hypercritical.json',
  'jsonfeed-1.0-pxlnv-http-version.json',
  'jsonfeed-1.1-xss-payload-feedparser-rs-test.json',
  'wp-v2-posts-wordpress-develop-fixture.json',
  'wp-v2-posts-embed-click9ja.json',
  'drupal-jsonapi-node-article-collection-de.json',
  'joomla-api-v1-content-articles-vmmapicon.json',
  'ghost-content-api-v6-posts-page1-trimmed.json',
  'newsapi-top-headlines-ru-news_ag.json',
  'remark42-comments-radio-t-ru.json',
  'invalid/jsonfeed-allthis-partial-truncated.json.invalid',
  'invalid/joomla-api-v1-content-articles-ts-holding.json.invalid',
];

describe('adapters against the real feeds in ../shared/fixtures/feeds', function () {
  before(async function () {
    for (const file of files) {
      const body = await sharedFeed(file);
      if (body === undefined) {
        console.warn(
          `Skipping the real-feed tests: /shared-fixtures/feeds/${file} is absent (no ../shared/fixtures in this checkout).`,
        );
        this.skip();
      }
      bodies.set(file, body);
    }
  });

  describe('JSON Feed', () => {
    it('reads Daring Fireball (1.1, `authors`, `external_url`)', async () => {
      const file = 'jsonfeed-1.1-daringfireball.json';
      const page = await read(file, 'https://daringfireball.net/feeds/json');
      expect(format(file, 'https://daringfireball.net/feeds/json')).to.equal('jsonfeed');
      expect(page.title).to.equal('Daring Fireball');
      expect(page.items).to.have.length(48);
      expect(page.nextPage).to.be.undefined;
      const [first] = page.items;
      expect(first.title).to.equal('MailTrackerBlocker for Apple Mail on MacOS');
      expect(first.url).to.equal('https://daringfireball.net/linked/2021/02/26/mailtrackerblocker');
      expect(first.externalUrl).to.equal('https://apparition47.github.io/MailTrackerBlocker/');
      expect(first.datePublished?.toISOString()).to.equal('2021-02-27T01:06:30.000Z');
      expect(first.dateModified?.toISOString()).to.equal('2021-02-27T01:09:39.000Z');
      expect(first.author).to.equal('John Gruber');
      expect(first.summary).to.match(/^Open source plugin for Apple Mail on MacOS, by Aaron Lee:/);
      expect(page.items.filter((item) => item.externalUrl)).to.have.length(42);
    });

    it('reads Hypercritical (1.0) and makes its root-relative images absolute', async () => {
      const file = 'jsonfeed-1.0-hypercritical.json';
      const page = await read(file, 'http://hypercritical.co/feeds/main');
      expect(format(file, 'http://hypercritical.co/feeds/main')).to.equal('jsonfeed');
      expect(page.items).to.have.length(35);
      expect(page.items[0].title).to.equal('The Last Guardian');
      expect(page.items[0].author).to.equal('John Siracusa');
      expect(page.items[0].datePublished?.toISOString()).to.equal('2016-12-18T18:45:20.000Z');
      expect(page.items[0].contentHtml).to.contain(
        'src="http://hypercritical.co/2016/12/18/images/trico1.jpg"',
      );
      expect(page.items.map((item) => item.contentHtml).join('')).not.to.match(/src="\/\d{4}\//);
    });

    it('accepts the http:// version URL of Pixel Envy', async () => {
      const file = 'jsonfeed-1.0-pxlnv-http-version.json';
      expect(format(file, 'https://pxlnv.com/feed/json/')).to.equal('jsonfeed');
      const page = await read(file, 'https://pxlnv.com/feed/json/');
      expect(page.title).to.equal('Pixel Envy');
      expect(page.items).to.have.length(20);
      expect(page.items[0]).to.include({
        title: 'Uber Lost $4.5 Billion in 2017',
        url: 'https://pxlnv.com/linklog/uber-losses-2017/',
        author: 'Nick Heer',
      });
      expect(page.items[0].externalUrl).to.match(
        /^https:\/\/www\.bloomberg\.com\/news\/articles\/2018-02-13\//,
      );
      expect(page.items[0].datePublished?.toISOString()).to.equal('2018-02-13T23:23:12.000Z');
    });

    it('turns the hostile feed into plain-text titles without running its scripts', async () => {
      const trap = window as unknown as { alert: (message?: unknown) => void };
      const originalAlert = trap.alert;
      let alerted = false;
      trap.alert = () => {
        alerted = true;
      };
      try {
        const page = await read(
          'jsonfeed-1.1-xss-payload-feedparser-rs-test.json',
          'https://feed.example/feed.json',
        );
        // Its body holds `<img src=x onerror=alert(1)>`: reading it as text must not load the image.
        expect(toPlainText(page.items[0].contentHtml, domParser)).to.be.undefined;
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(page.title).to.equal('Feed');
        expect(page.items).to.have.length(1);
        expect(page.items[0]).to.include({ id: '1', title: 'Post', summary: 'Summary' });
        expect(page.items[0].url).to.be.undefined;
        expect(page.items[0].datePublished).to.be.undefined;
        expect(alerted, 'alert() was called while reading the feed').to.be.false;
      } finally {
        trap.alert = originalAlert;
      }
    });
  });

  describe('WordPress REST', () => {
    it('reads the core fixture without _embed', async () => {
      const file = 'wp-v2-posts-wordpress-develop-fixture.json';
      expect(format(file, 'http://example.org/wp-json/wp/v2/posts')).to.equal('wordpress');
      const [post] = (await read(file, 'http://example.org/wp-json/wp/v2/posts')).items;
      expect(post).to.include({
        id: '4',
        title: 'REST API Client Fixture: Post',
        url: 'http://example.org/?p=4',
        contentHtml: '<p>Updated post content.</p>',
        slug: 'restapi-client-fixture-post',
      });
      expect(post.datePublished?.toISOString()).to.equal('2017-02-14T00:00:00.000Z');
      expect(post.image).to.be.undefined;
    });

    it('reads image, author and terms from _embedded, and pages from X-WP-TotalPages', async () => {
      const file = 'wp-v2-posts-embed-click9ja.json';
      const url = 'https://click9ja.com/wp-json/wp/v2/posts?_embed=1&per_page=3';
      const headers = { 'X-WP-Total': '30', 'X-WP-TotalPages': '10' };
      expect(format(file, url)).to.equal('wordpress');
      const page = await read(file, url, { headers });
      expect(page.items).to.have.length(3);
      expect(page.total).to.equal(30);
      expect(page.totalPages).to.equal(10);
      expect(page.nextPage).to.equal(
        'https://click9ja.com/wp-json/wp/v2/posts?_embed=1&per_page=3&page=2',
      );
      const [first] = page.items;
      expect(first.title).to.equal(
        'Boko Haram Attacks In Borno Getting Worse – Gov Shettima Raises Alarm',
      );
      expect(first.url).to.equal(
        'https://click9ja.com/2019/01/02/boko-haram-attacks-in-borno-getting-worse-gov-shettima-raises-alarm/',
      );
      expect(first.author).to.equal('lawizee');
      expect(first.tags).to.deep.equal(['NEWS']);
      expect(first.datePublished?.toISOString()).to.equal('2019-01-02T08:19:18.000Z');
      expect(first.image?.url).to.equal(
        'https://click9ja.com/wp-content/uploads/2019/01/Boko-Haram-Attacks-In-Borno-Getting-Worse-Gov-Shettima-Raises-Alarm.jpg',
      );
    });

    it('has no next page on the last page', async () => {
      const url = 'https://click9ja.com/wp-json/wp/v2/posts?page=10';
      const page = await read('wp-v2-posts-embed-click9ja.json', url, {
        headers: { 'x-wp-totalpages': '10' },
      });
      expect(page.nextPage).to.be.undefined;
    });
  });

  describe('JSON:API', () => {
    it('reads Drupal articles and resolves their relative path aliases', async () => {
      const file = 'drupal-jsonapi-node-article-collection-de.json';
      const url = 'https://my-drupal.com/jsonapi/node/article';
      expect(format(file, url)).to.equal('jsonapi');
      const page = await read(file, url);
      expect(page.items).to.have.length(8);
      expect(page.nextPage).to.be.undefined;
      const [first] = page.items;
      expect(first).to.include({
        id: '58e198f6-41af-48b0-b889-596adcb9622e',
        title: 'Milchfreie und köstliche Milchschokolade',
        url: 'https://my-drupal.com/articles/milchfreie-und-koestliche-milchschokolade',
      });
      expect(first.datePublished?.toISOString()).to.equal('2023-01-27T09:38:39.000Z');
      expect(first.dateModified?.toISOString()).to.equal('2023-02-23T11:10:08.000Z');
      expect(first.contentHtml).to.match(/^<p>Der Kalender ist voll von Ausreden/);
    });

    it('reads Joomla articles: publish_up as UTC, hits as views, a non-SEF article URL', async () => {
      const file = 'joomla-api-v1-content-articles-vmmapicon.json';
      const url = 'https://www.example.de/api/index.php/v1/content/articles';
      expect(format(file, url)).to.equal('jsonapi');
      const [article] = (await read(file, url)).items;
      expect(article).to.include({
        id: '581',
        title: 'New drilling rig HBR201 for underground',
        views: 36,
        slug: 'new-drilling-rig-hbr201',
        url: 'https://www.example.de/index.php?option=com_content&view=article&id=581',
      });
      expect(article.datePublished?.toISOString()).to.equal('2025-02-26T07:39:11.000Z');
      expect(article.dateModified?.toISOString()).to.equal('2025-05-21T08:25:56.000Z');
      expect(article.image).to.be.undefined;
    });
  });

  it('reads Ghost posts with meta.pagination', async () => {
    const file = 'ghost-content-api-v6-posts-page1-trimmed.json';
    const url = 'https://blog.example/ghost/api/content/posts/?key=abc&include=tags,authors';
    expect(format(file, url)).to.equal('ghost');
    const page = await read(file, url);
    expect(page.items.map((item) => item.title)).to.deep.equal([
      'Ghost 6 rendered content contract',
      'No tags and no feature image',
      'Ignored by Algolia fixture configuration',
      'Synthetic Ghost post 098',
    ]);
    expect(page).to.include({ total: 101, totalPages: 2 });
    expect(page.nextPage).to.equal(
      'https://blog.example/ghost/api/content/posts/?key=abc&include=tags%2Cauthors&page=2',
    );
    const [first, second] = page.items;
    expect(first.image?.url).to.equal('https://fixture.invalid/images/ghost-6-contract.jpg');
    expect(first.tags).to.deep.equal(['Ghost 6', 'Acceptance']);
    expect(first.author).to.equal('Algolia Fixture Author');
    expect(first.datePublished?.toISOString()).to.equal('2026-01-01T01:40:00.000Z');
    expect(second.image).to.be.undefined;
  });

  describe('NewsAPI (a custom shape)', () => {
    const file = 'newsapi-top-headlines-ru-news_ag.json';
    const url = 'https://newsapi.example/v2/top-headlines?country=ru';
    const map: FeedMap = {
      items: 'articles',
      title: 'title',
      url: 'url',
      date: 'publishedAt',
      summary: 'description',
      image: 'urlToImage',
      author: 'source.name',
      total: 'totalResults',
    };

    it('is found as a wrapped array with its field names guessed', async () => {
      expect(format(file, url)).to.equal('array');
      const page = await read(file, url);
      expect(page.items).to.have.length(20);
      expect(page.total).to.equal(34);
      expect(page.items[0].title).to.equal(
        '«Локомотив»: Ремонт РЖД Арены не несёт смысла. Лучше её снести - Soccer.ru',
      );
    });

    it('reads with a map alone, given as the attribute text', async () => {
      const page = await read(file, url, { map: JSON.stringify(map) });
      expect(page.items).to.have.length(20);
      expect(page.total).to.equal(34);
      const [first, , , fourth, , sixth] = page.items;
      expect(first).to.include({
        url: 'https://www.soccer.ru/news/1257781/lokomotiv',
        summary:
          'Руководство РЖД попросило мэрию Москвы передать «Лужники» в долгосрочную аренду «Локомотиву»',
        author: 'Soccer.ru',
      });
      expect(first.datePublished?.toISOString()).to.equal('2021-05-18T16:30:00.000Z');
      expect(first.image?.url).to.equal('https://www.soccer.ru/sites/default/files/img_6657_0.jpg');
      expect(fourth.title).to.equal('Биткоин подорожал на $3 тыс. за сутки - РБК');
      expect(fourth.image?.url).to.equal('https://newsapi.example/v2/images/social-facebook.png');
      expect(sixth.image).to.be.undefined;
    });

    it('names the map path that matches nothing', async () => {
      const error = await readError(file, url, { map: { ...map, image: 'urlToPicture' } });
      expect(error).to.be.instanceOf(FeedError);
      expect(error.kind).to.equal('map');
      expect(error.details.path).to.equal('urlToPicture');
    });
  });

  describe('remark42 comments (not a news feed)', () => {
    const file = 'remark42-comments-radio-t-ru.json';
    const url = 'https://remark42.example/api/v1/find?site=radio-t';

    it('is not mistaken for news: auto-detection fails with a format error naming `map`', async () => {
      const error = await readError(file, url);
      expect(error.kind).to.equal('format');
      expect(error.message).to.contain('"map"');
    });

    it('can still be shown with a map, titles cut from the comment text', async () => {
      const page = await read(file, url, {
        map: { content: 'text', date: 'time', url: 'locator.url', author: 'user.name' },
      });
      expect(page.items).to.have.length(58);
      expect(page.items[0]).to.include({
        id: '3665976683',
        title: 'Новая реклама - позор! Отписка, немедленно!!111',
        author: 'bobuk',
        url: 'https://radio-t.com/p/2017/12/16/podcast-576/',
      });
      expect(page.items[0].datePublished?.toISOString()).to.equal('2017-12-17T04:47:50.000Z');
    });
  });

  describe('invalid/', () => {
    for (const file of files.filter((name) => name.startsWith('invalid/'))) {
      it(`${file} gives a typed parse error`, async () => {
        const error = await readError(file, 'https://feed.example/feed.json');
        expect(error).to.be.instanceOf(FeedError);
        expect(error.kind).to.equal('parse');
      });
    }
  });
});

describe('RSS from Russian CMSs against the real captures in ../shared/fixtures/sources', () => {
  for (const { name, file, url, pick, expected } of sharedSourceCases) {
    it(name, async function () {
      const response = await fetch(`/shared-fixtures/sources/${file}`);
      if (!response.ok) {
        console.warn(
          `Skipping: /shared-fixtures/sources/${file} is absent (no ../shared/fixtures in this checkout).`,
        );
        this.skip();
      }
      const page = await readFeed(await response.text(), { url, domParser });
      expect(pick(page)).to.deep.equal(expected);
    });
  }
});
