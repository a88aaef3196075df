import { expect } from '@open-wc/testing';
import { FeedError } from '../../errors.js';
import { detectFormat, readFeed, readItem, type ReadOptions } from '../../feed.js';
import { asReceived, readerCases } from '../../../../test/fixtures/feeds/reader-cases.js';

const domParser = new DOMParser();

async function fixture(file: string): Promise<string> {
  const response = await fetch(`/test/fixtures/feeds/${file}`);
  if (!response.ok) throw new Error(`fixture ${file} is missing`);
  return response.text();
}

async function failure(read: () => Promise<unknown>): Promise<FeedError> {
  try {
    await read();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('RSS and Atom', () => {
  const url = 'https://library.example/bitrix/rss.php?ID=1';

  it('reads a Bitrix /bitrix/rss.php export: HTML entities, relative links, enclosure, RFC 822 dates', async () => {
    const body = await fixture('bitrix-rss.xml');
    expect(detectFormat(body, { url, domParser })).to.equal('rss');
    const page = await readFeed(body, { url, domParser });
    expect(page.title).to.equal('Новости библиотеки');
    expect(page.items).to.have.length(3);
    const [exhibition, lecture] = page.items;
    expect(exhibition).to.include({
      title: 'Выставка «Книжная графика» открылась в читальном зале',
      url: 'https://library.example/news/vystavka-knizhnaya-grafika/',
      summary: 'В читальном зале открылась выставка иллюстраций к русским сказкам.',
    });
    expect(exhibition.datePublished?.toISOString()).to.equal('2025-11-25T07:00:00.000Z');
    expect(exhibition.image?.url).to.equal('https://library.example/upload/iblock/1a2/grafika.jpg');
    expect(exhibition.tags).to.deep.equal(['Выставки']);
    expect(exhibition.contentHtml).to.contain(
      'src="https://library.example/upload/iblock/1a2/grafika.jpg"',
    );
    expect(lecture.tags).to.deep.equal(['Лекции', 'Краеведение']);
  });

  it('keeps scripts in an item out of its text and never runs them', async () => {
    const trap = window as unknown as { __biblioFeedTrap?: boolean };
    const page = await readFeed(await fixture('bitrix-rss.xml'), { url, domParser });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.items[1].summary).to.equal('Лекция состоится 2 декабря в 18:00. Вход свободный.');
    expect(trap.__biblioFeedTrap).to.be.undefined;
  });

  it('titles an untitled item with the first words of its text and drops an unparseable date', async () => {
    const untitled = (await readFeed(await fixture('bitrix-rss.xml'), { url, domParser })).items[2];
    expect(untitled.title).to.equal(
      'Библиотека работает в праздничные дни по сокращённому графику с десяти до…',
    );
    expect(untitled.datePublished).to.be.undefined;
    expect(untitled.id).to.match(/^h[0-9a-z]+$/);
    const again = (await readFeed(await fixture('bitrix-rss.xml'), { url, domParser })).items[2];
    expect(again.id, 'ids are stable between loads').to.equal(untitled.id);
  });

  it('reads Atom: HTML and XHTML content, enclosure image, categories, rel="next"', async () => {
    const atomUrl = 'https://events.example/atom.xml';
    const body = await fixture('atom.xml');
    expect(detectFormat(body, { url: atomUrl, domParser })).to.equal('rss');
    const page = await readFeed(body, { url: atomUrl, domParser });
    expect(page.title).to.equal('Library events');
    expect(page.nextPage).to.equal('https://events.example/atom.xml?page=2');
    const [club, poetry] = page.items;
    expect(club).to.include({
      id: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
      title: 'Reading club & tea',
      url: 'https://events.example/events/reading-club',
      summary: 'Every Thursday in the reading room.',
      author: 'Anna Petrova',
      contentHtml: '<p>Bring a book. <a href="https://events.example/events">All events</a></p>',
    });
    expect(club.tags).to.deep.equal(['Clubs']);
    expect(club.image?.url).to.equal('https://events.example/images/club.png');
    expect(club.datePublished?.toISOString()).to.equal('2025-11-20T15:30:02.000Z');
    expect(club.dateModified?.toISOString()).to.equal('2025-11-21T09:00:00.000Z');
    expect(poetry.contentText).to.equal('Poems by local authors.');
    expect(poetry.datePublished?.toISOString()).to.equal('2025-11-18T17:00:00.000Z');
  });
});

describe('RSS and Atom as feedparser reads them', () => {
  for (const readerCase of readerCases) {
    const { name, file, url, pick, expected } = readerCase;
    it(name, async () => {
      const body = asReceived(await fixture(file), readerCase);
      expect(pick(await readFeed(body, { url, domParser }))).to.deep.equal(expected);
    });
  }
});

describe('JSON Feed details the real feeds lack', () => {
  it('follows next_url, takes the feed author for items without one, and reads image and tags', async () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Paged',
      authors: [{ name: 'Library' }],
      next_url: '/feed.json?page=2',
      items: [
        {
          id: 'a',
          title: 'One',
          content_text: 'Line one.\nLine two.',
          image: 'img/one.png',
          tags: ['x', 'x', 'y'],
        },
      ],
    });
    const page = await readFeed(body, { url: 'https://library.example/news/feed.json', domParser });
    expect(page.nextPage).to.equal('https://library.example/feed.json?page=2');
    expect(page.items[0]).to.include({ author: 'Library', contentText: 'Line one.\nLine two.' });
    expect(page.items[0].image?.url).to.equal('https://library.example/news/img/one.png');
    expect(page.items[0].tags).to.deep.equal(['x', 'y']);
  });
});

describe('RSS modules', () => {
  const url = 'https://town.example/feed/';

  it('reads content:encoded, dc:creator, media:content and an atom:link to the next page', async () => {
    const page = await readFeed(await fixture('wordpress-rss.xml'), { url, domParser });
    expect(page.nextPage).to.equal('https://town.example/feed/?paged=2');
    const [talk, joomla] = page.items;
    expect(talk).to.include({
      id: 'https://town.example/?p=42',
      url: 'https://town.example/2025/11/author-talk/',
      summary: 'A talk with a local author.',
      author: 'Olga Smirnova',
    });
    expect(talk.contentHtml).to.contain(
      '<img src="https://town.example/wp-content/uploads/talk.jpg" alt="">',
    );
    expect(talk.image).to.deep.equal({
      url: 'https://town.example/wp-content/uploads/talk-large.jpg',
      width: 1200,
      height: 800,
    });
    expect(joomla).to.include({
      url: 'https://town.example/news/joomla-style',
      author: 'Town Library',
    });
    expect(joomla.datePublished?.toISOString()).to.equal('2025-11-18T08:00:00.000Z');
  });
});

describe('JSON:API relationships', () => {
  it('follows included files, media, users and tags in Drupal', async () => {
    const url = 'https://library.example/jsonapi/node/article?include=field_image,uid,field_tags';
    const page = await readFeed(await fixture('drupal-included.json'), { url, domParser });
    expect(page.nextPage).to.equal(
      'https://library.example/jsonapi/node/article?page%5Boffset%5D=2&page%5Blimit%5D=2',
    );
    const [room, media] = page.items;
    expect(room).to.include({
      title: 'Reading room reopens',
      url: 'https://library.example/news/reading-room',
      summary: 'After repairs.',
      contentHtml: '<p>Processed</p>',
      author: 'Мария Иванова',
      slug: 'reading-room',
    });
    expect(room.tags).to.deep.equal(['Events', 'Library']);
    expect(room.image).to.deep.equal({
      url: 'https://library.example/sites/default/files/room.jpg',
      alt: 'The reading room',
      width: 800,
      height: 600,
    });
    expect(media.image).to.deep.equal({
      url: 'https://library.example/sites/default/files/cover.png',
      alt: 'Cover',
    });
    expect(media.url).to.be.undefined;
  });

  it('reads a Joomla intro image from the site root, with the size in its fragment', async () => {
    const body = JSON.stringify({
      data: [
        {
          type: 'articles',
          id: '9',
          attributes: {
            title: 'Новая выставка',
            images: {
              image_intro:
                'images/2025/expo.jpg#joomlaImage://local-images/2025/expo.jpg?width=822&height=400',
              image_intro_alt: 'Выставка',
            },
          },
        },
      ],
    });
    const [item] = (
      await readFeed(body, {
        url: 'https://lib.example/site/api/index.php/v1/content/articles',
        domParser,
      })
    ).items;
    expect(item.url).to.equal(
      'https://lib.example/site/index.php?option=com_content&view=article&id=9',
    );
    expect(item.image).to.deep.equal({
      url: 'https://lib.example/site/images/2025/expo.jpg',
      alt: 'Выставка',
      width: 822,
      height: 400,
    });
  });
});

describe('JSON shapes without an adapter of their own', () => {
  const url = 'https://library.example/api/news.json';
  const map = {
    items: 'data.news',
    id: 'uuid',
    title: 'headline',
    url: 'links.0.href',
    date: 'published_at',
    summary: 'lead',
    content: 'body_html',
    image: 'img.src',
    imageAlt: 'img.alt',
    views: 'stats.views',
    next: 'data.next',
  };

  it('reads custom JSON with a map of dot paths and array indexes', async () => {
    const page = await readFeed(await fixture('custom-map.json'), { url, domParser, map });
    expect(page.nextPage).to.equal('https://library.example/api/news?page=2');
    const [hall, night] = page.items;
    expect(hall).to.include({
      id: 'n-101',
      title: 'Новый читальный зал',
      url: 'https://library.example/news/101',
      summary: 'Открылся после ремонта.',
      views: 225,
      contentHtml: '<p>Фото: <img src="https://library.example/media/hall.jpg"></p>',
    });
    expect(hall.image).to.deep.equal({
      url: 'https://library.example/media/hall.jpg',
      alt: 'Читальный зал',
    });
    expect(hall.datePublished?.toISOString()).to.equal('2025-11-12T00:00:00.000Z');
    expect(night.datePublished?.toISOString()).to.equal('2024-11-12T08:26:40.000Z');
    expect(night.image).to.be.undefined;
  });

  it('names the map path that matches nothing, the list path included', async () => {
    const body = await fixture('custom-map.json');
    const wrongField = await failure(() =>
      readFeed(body, { url, domParser, map: { ...map, title: 'heading' } }),
    );
    expect(wrongField.kind).to.equal('map');
    expect(wrongField.details.path).to.equal('heading');
    const wrongList = await failure(() =>
      readFeed(body, { url, domParser, map: { items: 'data.items' } }),
    );
    expect(wrongList.details.path).to.equal('data.items');
    const unknownField = await failure(() =>
      readFeed(body, { url, domParser, map: '{"headline": "title"}' }),
    );
    expect(unknownField).to.include({ kind: 'map' });
    expect(unknownField.details.path).to.equal('headline');
    expect(
      (await failure(() => readFeed(body, { url, domParser, map: '{items: data.news}' }))).kind,
    ).to.equal('map');
  });

  it('guesses the fields of a bare array', async () => {
    const body = await fixture('bare-array.json');
    expect(detectFormat(body, { url, domParser })).to.equal('array');
    const [fair, hours] = (await readFeed(body, { url, domParser })).items;
    expect(fair).to.include({
      id: '7',
      title: 'Book fair',
      url: 'https://library.example/fair',
      summary: 'Three days of books.',
      views: 41,
    });
    expect(fair.image?.url).to.equal('https://library.example/api/img/fair.jpg');
    expect(fair.datePublished?.toISOString()).to.equal('2025-10-01T12:00:00.000Z');
    expect(hours.title).to.equal('Opening hours');
    expect(hours.datePublished?.toISOString()).to.equal('2024-10-27T03:33:20.000Z');
  });

  it('finds a list wrapped in response.results with its total', async () => {
    const body = await fixture('wrapped-array.json');
    expect(detectFormat(body, { url, domParser })).to.equal('array');
    const page = await readFeed(body, { url, domParser });
    expect(page.total).to.equal(2);
    expect(page.items.map((item) => item.title)).to.deep.equal([
      'Archive digitised',
      'Summer reading results',
    ]);
    expect(page.items[0].summary).to.equal('Ten thousand pages online.');
    expect(page.items[0].url).to.equal('https://library.example/archive');
  });

  it('reads rss2json-style JSON', async () => {
    const body = await fixture('rss2json.json');
    expect(detectFormat(body, { url, domParser })).to.equal('rss2json');
    const page = await readFeed(body, { url, domParser });
    expect(page.title).to.equal('Library news');
    const [winter] = page.items;
    expect(winter).to.include({
      id: 'https://library.example/news/winter',
      title: 'Winter schedule',
      summary: 'New opening hours from December.',
      author: 'Reading room',
    });
    expect(winter.contentHtml).to.contain('<p>Saturdays 10–16.</p>');
    expect(winter.image?.url).to.equal('https://library.example/img/winter.jpg');
    expect(winter.datePublished?.toISOString()).to.equal('2025-11-20T07:00:00.000Z');
    expect(winter.tags).to.deep.equal(['Schedule']);
  });

  it('ignores a byte-order mark', async () => {
    const page = await readFeed(await fixture('bom.json'), { url, domParser });
    expect(page.title).to.equal('BOM feed');
    expect(page.items[0]).to.include({
      title: 'Starts with a byte-order mark',
      contentText: 'Some servers add one.',
    });
  });
});

describe('errors', () => {
  const options: ReadOptions = { url: 'https://library.example/feed', domParser };

  it('an HTML error page is a parse error, not an empty feed', async () => {
    expect((await failure(() => readFeed(' \n<!doctype html><p>502</p>', options))).kind).to.equal(
      'parse',
    );
    const page = await fixture('error-page.html');
    expect((await failure(() => readFeed(page, options))).kind).to.equal('parse');
  });

  it('broken XML and plain text are parse errors', async () => {
    expect((await failure(() => readFeed('<rss><channel><item>', options))).kind).to.equal('parse');
    expect((await failure(() => readFeed('Service unavailable', options))).kind).to.equal('parse');
  });

  it('a format hint that does not fit, or does not exist, is a format error', async () => {
    const body = await fixture('bare-array.json');
    expect((await failure(() => readFeed(body, { ...options, format: 'ghost' }))).kind).to.equal(
      'format',
    );
    expect(
      (await failure(() => readFeed(body, { ...options, format: 'xml' as 'rss' }))).kind,
    ).to.equal('format');
    expect((await readFeed(body, { ...options, format: 'array' })).items).to.have.length(2);
  });

  it('empty map and format attributes count as not given', async () => {
    const body = await fixture('bare-array.json');
    expect(
      (await readFeed(body, { ...options, map: ' ', format: '' as 'auto' })).items,
    ).to.have.length(2);
  });

  it('the mapped format without a map names the missing attribute', async () => {
    const error = await failure(() => readFeed('[]', { ...options, format: 'mapped' }));
    expect(error.kind).to.equal('config');
    expect(error.details.attribute).to.equal('map');
  });
});

describe('readItem', () => {
  const url = 'https://library.example/wp-json/wp/v2/posts/5';

  it('reads a single WordPress post', async () => {
    const post = {
      id: 5,
      link: '/news/5',
      title: { rendered: 'Open day &#8211; Saturday' },
      content: { rendered: '<p>All welcome</p>' },
    };
    const item = await readItem(JSON.stringify(post), { url, domParser });
    expect(item).to.include({
      id: '5',
      title: 'Open day – Saturday',
      url: 'https://library.example/news/5',
    });
  });

  it('reads a single JSON:API resource', async () => {
    const resource = {
      data: {
        type: 'node--article',
        id: 'abc',
        attributes: { title: 'Archive', path: { alias: '/archive' } },
      },
    };
    const item = await readItem(JSON.stringify(resource), { url, domParser });
    expect(item).to.include({
      id: 'abc',
      title: 'Archive',
      url: 'https://library.example/archive',
    });
  });

  it('reads a JSON Feed item, and the first item of a whole feed', async () => {
    const jsonFeedItem = { id: 'x1', title: 'Single', content_html: '<p>Body</p>' };
    expect((await readItem(JSON.stringify(jsonFeedItem), { url, domParser })).title).to.equal(
      'Single',
    );
    const rss = await fixture('bitrix-rss.xml');
    expect((await readItem(rss, { url, domParser })).title).to.equal(
      'Выставка «Книжная графика» открылась в читальном зале',
    );
  });

  it('reads a single custom object with a map', async () => {
    const body = JSON.stringify({ headline: 'Одна новость', links: [{ href: '/news/1' }] });
    const item = await readItem(body, {
      url,
      domParser,
      map: { title: 'headline', url: 'links.0.href' },
    });
    expect(item).to.include({ title: 'Одна новость', url: 'https://library.example/news/1' });
  });

  it('an empty feed holds no item: a format error', async () => {
    const empty = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Empty',
      items: [],
    });
    expect((await failure(() => readItem(empty, { url, domParser }))).kind).to.equal('format');
  });
});

describe('JSON Feed with our _biblio extension', () => {
  it('reads the subtitle, view and comment counts and the total the reference server adds', async () => {
    const url = 'https://library.example/api/news';
    const page = await readFeed(await fixture('jsonfeed-biblio-extension.json'), {
      url,
      domParser,
    });
    expect(page).to.include({ total: 24, totalPages: 4 });
    expect(page.items[0]).to.include({
      subtitle: 'Как говорить с читателем',
      views: 225,
      commentCount: 3,
    });
  });
});
