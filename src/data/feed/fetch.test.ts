import { expect } from '@open-wc/testing';
import { clearMemoryCache, type StorageLike } from './cache.js';
import { FeedError } from '../errors.js';
import { loadFeed, type LoadFeedOptions } from '../feed.js';
import type { FeedPage } from '../model.js';

const domParser = new DOMParser();
const fast: LoadFeedOptions = { domParser, retryDelay: 10 };

/** A fresh key per test, so the page-wide cache and the server's counters never mix tests. */
function key(): string {
  return Math.random().toString(36).slice(2);
}

async function hits(testKey: string): Promise<{ count: number; conditional: number }> {
  return (await fetch(`/feeds-api/hits/${testKey}`)).json();
}

async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}

function feedUrl(testKey: string, query = 'fixture=bare-array.json'): string {
  return new URL(`/feeds-api/feed/${testKey}?${query}`, location.href).href;
}

class MemoryStorage implements StorageLike {
  readonly values = new Map<string, string>();
  getItem(name: string) {
    return this.values.get(name) ?? null;
  }
  setItem(name: string, value: string) {
    this.values.set(name, value);
  }
  removeItem(name: string) {
    this.values.delete(name);
  }
}

describe('loadFeed: one request per URL', () => {
  it('three elements loading one URL at once cause one request', async () => {
    const testKey = key();
    const url = feedUrl(testKey, 'fixture=bare-array.json&delay=100');
    const pages = await Promise.all([
      loadFeed(url, fast),
      loadFeed(url, fast),
      loadFeed(url, fast),
    ]);
    expect(pages.map((page) => page.items[0].title)).to.deep.equal([
      'Book fair',
      'Book fair',
      'Book fair',
    ]);
    expect((await hits(testKey)).count).to.equal(1);
  });

  it('one caller giving up does not fail the others sharing its request', async () => {
    const testKey = key();
    const url = feedUrl(testKey, 'fixture=bare-array.json&delay=200');
    const leaving = new AbortController();
    const first = loadFeed(url, { ...fast, signal: leaving.signal });
    const second = loadFeed(url, fast);
    leaving.abort();
    expect((await rejection(first)).name).to.equal('AbortError');
    expect((await second).items).to.have.length(2);
    expect((await hits(testKey)).count).to.equal(1);
  });

  it('a page loaded a moment ago is reused without a request', async () => {
    const testKey = key();
    await loadFeed(feedUrl(testKey), fast);
    await loadFeed(feedUrl(testKey), fast);
    expect((await hits(testKey)).count).to.equal(1);
  });
});

describe('loadFeed: retries', () => {
  it('retries 5xx with backoff until the feed answers', async () => {
    const testKey = key();
    const page = await loadFeed(
      new URL(`/feeds-api/fail/${testKey}?failures=2&status=503`, location.href).href,
      fast,
    );
    expect(page.items[0].title).to.equal('Book fair');
    expect((await hits(testKey)).count).to.equal(3);
  });

  it('gives up after the allowed retries with a typed http error', async () => {
    const testKey = key();
    const error = await rejection(
      loadFeed(`/feeds-api/fail/${testKey}?failures=9&status=500`, { ...fast, retries: 1 }),
    );
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('http');
    expect(error.details.status).to.equal(500);
    expect((await hits(testKey)).count).to.equal(2);
  });

  it('does not retry 4xx', async () => {
    const testKey = key();
    const error = await rejection(
      loadFeed(`/feeds-api/fail/${testKey}?failures=9&status=410`, fast),
    );
    expect(error.kind).to.equal('http');
    expect(error.details.status).to.equal(410);
    expect((await hits(testKey)).count).to.equal(1);
  });

  it('waits as long as Retry-After asks on 429, within the cap', async () => {
    const testKey = key();
    const started = performance.now();
    await loadFeed(`/feeds-api/fail/${testKey}?failures=1&status=429&retryAfter=1`, fast);
    expect(performance.now() - started).to.be.at.least(950);
    expect((await hits(testKey)).count).to.equal(2);
  });

  it('gives up at once when Retry-After is beyond the cap', async () => {
    const testKey = key();
    const error = await rejection(
      loadFeed(`/feeds-api/fail/${testKey}?failures=1&status=503&retryAfter=120`, {
        ...fast,
        maxRetryDelay: 1000,
      }),
    );
    expect(error.details.status).to.equal(503);
    expect((await hits(testKey)).count).to.equal(1);
  });

  it('retries network errors', async () => {
    let calls = 0;
    const flakyFetch: typeof fetch = (input, init) => {
      calls++;
      return calls < 3 ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
    };
    const page = await loadFeed(feedUrl(key()), { ...fast, fetch: flakyFetch });
    expect(page.items).to.have.length(2);
    expect(calls).to.equal(3);
  });

  it('a network error that persists is kind network', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await rejection(loadFeed(feedUrl(key()), { ...fast, fetch: offline }));
    expect(error.kind).to.equal('network');
  });

  it('times out a slow feed without retrying it', async () => {
    const testKey = key();
    const error = await rejection(
      loadFeed(feedUrl(testKey, 'fixture=bare-array.json&delay=1000'), { ...fast, timeout: 100 }),
    );
    expect(error.kind).to.equal('timeout');
    expect((await hits(testKey)).count).to.equal(1);
  });
});

describe('loadFeed: cache and revalidation', () => {
  it('returns the cached page at once and reports a changed feed through onUpdate', async () => {
    const url = new URL(`/feeds-api/version/${key()}`, location.href).href;
    const first = await loadFeed(url, fast);
    expect(first.title).to.equal('Version 1');
    const updated = new Promise<FeedPage>((resolve) => {
      void loadFeed(url, { ...fast, maxAge: 0, onUpdate: resolve }).then((cached) => {
        expect(cached.title, 'the stale copy comes first').to.equal('Version 1');
      });
    });
    expect((await updated).title).to.equal('Version 2');
  });

  it('asks If-None-Match and keeps the cached page on 304, without an update', async () => {
    const testKey = key();
    const url = feedUrl(testKey);
    await loadFeed(url, fast);
    let updates = 0;
    const cached = await loadFeed(url, { ...fast, maxAge: 0, onUpdate: () => updates++ });
    expect(cached.items[0].title).to.equal('Book fair');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await hits(testKey)).to.deep.equal({ count: 2, conditional: 1 });
    expect(updates).to.equal(0);
  });

  it('paints a repeat visit from storage without waiting for the network', async () => {
    const testKey = key();
    const storage = new MemoryStorage();
    await loadFeed(feedUrl(testKey), { ...fast, storage });
    clearMemoryCache();
    const page = await loadFeed(feedUrl(testKey), { ...fast, storage });
    expect(page.items[0].title).to.equal('Book fair');
    expect((await hits(testKey)).count).to.equal(1);
  });

  it('keeps storage under its size limit by dropping the oldest feeds', async () => {
    const storage = new MemoryStorage();
    const [older, newer] = [key(), key()];
    await loadFeed(feedUrl(older), { ...fast, storage });
    const entrySize = storage.values.get(`biblio-feed:${feedUrl(older)}`)!.length;
    await loadFeed(feedUrl(newer), { ...fast, storage, storageLimit: entrySize + 10 });
    const stored = [...storage.values.keys()].filter((name) => name.startsWith('biblio-feed:'));
    expect(stored).to.deep.equal([`biblio-feed:${feedUrl(newer)}`]);
    const tooBig = feedUrl(key(), 'fixture=custom-map.json');
    await loadFeed(tooBig, { ...fast, storage, storageLimit: 100 });
    expect(storage.values.has(`biblio-feed:${tooBig}`)).to.be.false;
  });
});

describe('loadFeed: bodies', () => {
  it('decodes a windows-1251 feed in its declared charset', async () => {
    const page = await loadFeed(new URL(`/feeds-api/cp1251/${key()}`, location.href).href, fast);
    expect(page.title).to.equal('Новости');
    expect(page.items[0].title).to.equal('Ёлка в детском зале');
    expect(page.items[0].url).to.equal(new URL('/news/elka/', location.href).href);
  });

  it('a text/html error page is a parse error and is not cached', async () => {
    const testKey = key();
    const url = `/feeds-api/html/${testKey}`;
    expect((await rejection(loadFeed(url, fast))).kind).to.equal('parse');
    await rejection(loadFeed(url, fast));
    expect((await hits(testKey)).count).to.equal(2);
  });
});
