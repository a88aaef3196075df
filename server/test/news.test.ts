import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seedNews } from '../seed/news.js';
import { seedPartners } from '../seed/partners.js';
import { errorCode, testServerForSuite } from './helpers.js';

interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  date_published: string;
  image?: string;
  tags: string[];
  _biblio: { subtitle?: string; views: number; comments: number };
}
interface Feed {
  version: string;
  next_url?: string;
  items: FeedItem[];
  _biblio: { total: number; pages: number };
}

describe('the library news and partners (seeded)', () => {
  const server = testServerForSuite({
    SEED: 'true',
    NEWS_ITEM_URL: 'https://library.example.org/news/{id}',
  });

  const feed = async (query = '') =>
    (await (await server.request(`/api/news${query}`)).json()) as Feed;

  test('is a JSON Feed 1.1, newest first, paged with next_url and a total', async () => {
    const first = await feed('?limit=10');
    assert.equal(first.version, 'https://jsonfeed.org/version/1.1');
    assert.deepEqual(first._biblio, {
      total: seedNews.length,
      pages: Math.ceil(seedNews.length / 10),
    });
    assert.equal(first.items.length, 10);
    const dates = first.items.map((item) => Date.parse(item.date_published));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    );
    const nextPath = new URL(first.next_url!).pathname + new URL(first.next_url!).search;
    const second = (await (await server.request(nextPath)).json()) as Feed;
    assert.equal(second.items.length, 10);
    assert.ok(!second.items.some((item) => first.items.some((seen) => seen.id === item.id)));
    const last = await feed('?limit=10&page=3');
    assert.equal(last.items.length, seedNews.length - 20);
    assert.equal(last.next_url, undefined);
  });

  test('items carry the fields the elements show', async () => {
    const [item] = (await feed('?limit=1')).items;
    const seed = seedNews[0]!;
    assert.equal(item!.id, seed.id);
    assert.equal(item!.url, `https://library.example.org/news/${seed.id}`);
    assert.equal(item!.title, seed.title);
    assert.equal(item!._biblio.subtitle, seed.subtitle);
    assert.equal(item!.summary, seed.paragraphs[0]);
    assert.equal((item!.content_html.match(/<p>/g) ?? []).length, seed.paragraphs.length);
    assert.deepEqual(item!.tags, seed.tags);
    assert.equal(item!._biblio.comments, 3);
    assert.ok(item!._biblio.views > 0);
    assert.equal(item!.image, `${server.url}/api/news/images/${seed.image}`);
  });

  test('an item image is served as SVG that cannot run scripts', async () => {
    const [item] = (await feed('?limit=1')).items;
    const response = await fetch(item!.image!);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/svg+xml');
    assert.match(response.headers.get('content-security-policy') ?? '', /sandbox/);
    assert.match(await response.text(), /^<svg /);
    assert.equal((await server.request('/api/news/images/..%2Fnews.ts')).status, 404);
    assert.equal((await server.request('/api/news/images/missing.svg')).status, 404);
  });

  test('search finds Russian words whatever their case, and tags filter', async () => {
    const found = await feed('?search=ВЫСТАВКА');
    assert.ok(found.items.length >= 2);
    for (const item of found.items)
      assert.match(`${item.title} ${item.content_html}`.toLowerCase(), /выставк/);
    const tagged = await feed('?tag=краеведение&limit=100');
    const expected = seedNews
      .filter((item) => item.tags.includes('краеведение'))
      .map((item) => item.id);
    assert.deepEqual(tagged.items.map((item) => item.id).sort(), expected.sort());
    assert.equal(tagged._biblio.total, expected.length);
    const none = await feed('?search=%25');
    assert.deepEqual(none._biblio, { total: 0, pages: 1 });
  });

  test('one item by id, and a 404 for an unknown one', async () => {
    const response = await server.request(`/api/news/${seedNews[5]!.id}`);
    assert.equal(((await response.json()) as FeedItem).title, seedNews[5]!.title);
    const missing = await server.request('/api/news/no-such-news');
    assert.equal(missing.status, 404);
    assert.equal(await errorCode(missing), 'item_not_found');
  });

  test('refuses bad paging parameters', async () => {
    for (const query of ['?page=0', '?limit=1000', '?page=two']) {
      const response = await server.request(`/api/news${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(await errorCode(response), 'invalid_parameter', query);
    }
  });

  test('partners are listed in order with their groups', async () => {
    const { partners } = (await (await server.request('/api/partners')).json()) as {
      partners: unknown[];
    };
    assert.deepEqual(partners, seedPartners);
  });
});
