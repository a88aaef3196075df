import { expect } from '@open-wc/testing';
import type { NewsItem } from '../../data/model.js';
import { searchesOnServer, withSearch } from './feed-url.js';
import { filterItems } from './news-filter.js';
import { parseShow } from './news-item.js';
import { knownPageCount, pageNumbers, pageUrlBuilder } from './news-paging.js';
import { itemHref, safeItemUrl, trimExcerpt } from './news-text.js';
import { readPageFromUrl, withPageInUrl } from './page-url.js';

const item = (fields: Partial<NewsItem> & { id: string }): NewsItem => ({
  title: `Item ${fields.id}`,
  tags: [],
  ...fields,
});

describe('trimExcerpt', () => {
  it('cuts at the last whole word and marks the cut', () => {
    expect(trimExcerpt('Читальный зал открыт после ремонта', 19)).to.equal('Читальный зал…');
    expect(trimExcerpt('The reading room reopens, after repairs', 25)).to.equal(
      'The reading room reopens…',
    );
  });

  it('leaves short text whole and collapses its white space', () => {
    expect(trimExcerpt('  Open\n\ttoday  ', 40)).to.equal('Open today');
  });

  it('cuts a single overlong word where it must', () => {
    expect(trimExcerpt('Supercalifragilistic', 5)).to.equal('Super…');
  });
});

describe('itemHref', () => {
  const base = 'https://library.example/news/';
  const news = item({ id: 'a/b 1', slug: 'open-day', url: 'https://site.example/p?id=1' });

  it('fills {id}, {slug} and {url} URL-encoded, so an id cannot add path segments', () => {
    expect(itemHref(news, '/article/{id}', base)).to.equal(
      'https://library.example/article/a%2Fb%201',
    );
    expect(itemHref(news, 'read.html?slug={slug}', base)).to.equal(
      'https://library.example/news/read.html?slug=open-day',
    );
    expect(itemHref(news, '/view?src={url}', base)).to.equal(
      'https://library.example/view?src=https%3A%2F%2Fsite.example%2Fp%3Fid%3D1',
    );
  });

  it("falls back to the item's URL when the pattern needs a value the item lacks", () => {
    const noSlug = item({ id: '7', url: 'https://site.example/7' });
    expect(itemHref(noSlug, '/news/{slug}', base)).to.equal('https://site.example/7');
    expect(itemHref(noSlug, undefined, base)).to.equal('https://site.example/7');
  });

  it('refuses script URLs from the item and from the pattern', () => {
    expect(itemHref(item({ id: '1', url: 'javascript:alert(1)' }), undefined, base)).to.be
      .undefined;
    expect(itemHref(item({ id: '1' }), 'javascript:alert({id})', base)).to.be.undefined;
  });
});

describe('safeItemUrl', () => {
  const base = 'https://library.example/news/';

  it('takes plain absolute http(s) URLs as they are and resolves the rest', () => {
    expect(safeItemUrl('https://cdn.example/a b.jpg', base, 'image')).to.equal(
      'https://cdn.example/a%20b.jpg',
    );
    expect(safeItemUrl('https://cdn.example/a.jpg?x=1', base, 'image')).to.equal(
      'https://cdn.example/a.jpg?x=1',
    );
    expect(safeItemUrl('img/a.jpg', base, 'image')).to.equal(
      'https://library.example/news/img/a.jpg',
    );
  });

  it('sends anything unusual through the full gate, which refuses scripts', () => {
    const hostile = [
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'mailto:a@library.example',
    ];
    expect(hostile.map((url) => safeItemUrl(url, base, 'image'))).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(safeItemUrl('https:\\\\evil.example/', base)).to.equal('https://evil.example/');
    expect(safeItemUrl(undefined, base)).to.be.undefined;
  });
});

describe('filterItems', () => {
  const items = [
    item({ id: '1', title: 'Ёлка в читальном зале', tags: ['Праздник'] }),
    item({ id: '2', title: 'Concert', summary: 'Chamber music in the library', tags: ['music'] }),
    item({ id: '3', title: 'Lecture', tags: ['history', 'music'] }),
  ];
  const ids = (list: readonly NewsItem[]) => list.map((news) => news.id);

  it('matches every word in title, summary or tags, ignoring case and ё', () => {
    expect(ids(filterItems(items, { query: 'елка' }))).to.deep.equal(['1']);
    expect(ids(filterItems(items, { query: 'CHAMBER library' }))).to.deep.equal(['2']);
    expect(ids(filterItems(items, { query: 'music' }))).to.deep.equal(['2', '3']);
    expect(ids(filterItems(items, { query: 'music opera' }))).to.deep.equal([]);
  });

  it('filters by tag exactly, and combines tag and query', () => {
    expect(ids(filterItems(items, { tag: 'праздник' }))).to.deep.equal(['1']);
    expect(ids(filterItems(items, { tag: 'mus' }))).to.deep.equal([]);
    expect(ids(filterItems(items, { tag: 'music', query: 'lecture' }))).to.deep.equal(['3']);
  });
});

describe('paging', () => {
  it('numbers pages around the current one with gaps', () => {
    expect(pageNumbers(1, 1)).to.deep.equal([1]);
    expect(pageNumbers(1, 4)).to.deep.equal([1, 2, 'gap', 4]);
    expect(pageNumbers(5, 10)).to.deep.equal([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageNumbers(10, 10)).to.deep.equal([1, 'gap', 9, 10]);
  });

  it('learns a page parameter from the first URL and its next link', () => {
    const build = pageUrlBuilder(
      'https://site.example/wp-json/wp/v2/posts?per_page=10',
      'https://site.example/wp-json/wp/v2/posts?per_page=10&page=2',
    );
    expect(build?.(7)).to.equal('https://site.example/wp-json/wp/v2/posts?per_page=10&page=7');
  });

  it('gives up on cursors and offsets, which only "Show more" can follow', () => {
    expect(pageUrlBuilder('https://a.example/feed', 'https://a.example/feed?after=x9')).to.be
      .undefined;
    expect(
      pageUrlBuilder(
        'https://a.example/jsonapi?page[limit]=10',
        'https://a.example/jsonapi?page[limit]=10&page[offset]=10',
      ),
    ).to.be.undefined;
    expect(pageUrlBuilder('https://a.example/feed', 'https://b.example/feed?page=2')).to.be
      .undefined;
  });

  it('counts pages from totalPages, or from total and the page length', () => {
    expect(knownPageCount({ items: [1, 2], totalPages: 9 }, 10)).to.equal(9);
    expect(knownPageCount({ items: [1, 2, 3, 4], total: 10 }, 10)).to.equal(3);
    expect(knownPageCount({ items: [1, 2] }, 10)).to.be.undefined;
  });
});

describe('page in the address bar', () => {
  it('reads and writes ?page= and #page=, dropping it for page 1', () => {
    const href = 'https://lib.example/news?x=1';
    expect(withPageInUrl('page', href, 3)).to.equal('https://lib.example/news?x=1&page=3');
    expect(withPageInUrl('page', `${href}&page=3`, 1)).to.equal(href);
    expect(withPageInUrl('#page', href, 2)).to.equal('https://lib.example/news?x=1#page=2');
    expect(readPageFromUrl('page', `${href}&page=4`)).to.equal(4);
    expect(readPageFromUrl('#page', `${href}#page=5`)).to.equal(5);
    expect(readPageFromUrl('page', `${href}&page=-2`)).to.be.undefined;
    expect(readPageFromUrl('page', `${href}&page=abc`)).to.be.undefined;
  });
});

describe('server search and show', () => {
  it('lets WordPress search its whole archive and searches other feeds in place', () => {
    expect(searchesOnServer('https://lib.example/wp-json/wp/v2/posts', undefined)).to.be.true;
    expect(searchesOnServer('https://lib.example/?rest_route=/wp/v2/posts', 'auto')).to.be.true;
    expect(searchesOnServer('https://lib.example/api/news.json', 'wordpress')).to.be.true;
    expect(searchesOnServer('https://lib.example/feed.json', undefined)).to.be.false;
    expect(withSearch('https://lib.example/wp-json/wp/v2/posts?page=3', ' книги ')).to.equal(
      'https://lib.example/wp-json/wp/v2/posts?search=%D0%BA%D0%BD%D0%B8%D0%B3%D0%B8',
    );
  });

  it('reads the show list with commas or spaces and ignores unknown names', () => {
    expect([...parseShow('date, image summary,bogus')]).to.deep.equal(['date', 'image', 'summary']);
  });
});
