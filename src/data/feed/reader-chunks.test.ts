import { expect } from '@open-wc/testing';
import {
  browserRefetchesFailedModules,
  withFailingModules,
} from '../../../test/support/lazy-chunks.js';
import { loadChunk } from './adapters/chunk.js';
import { FeedError } from '../errors.js';
import { detectFormat, loadFeed, readFeed, type ReadOptions } from '../feed.js';

const domParser = new DOMParser();
const options: ReadOptions = { url: 'https://library.example/rss.json', domParser };

async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

/** The feed-reader modules this page has fetched so far. */
const fetchedAdapterModules = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/src/data/feed/adapters/'));

describe('lazy feed readers', () => {
  it('reads JSON Feed, what the reference server serves, without fetching any reader', async () => {
    const before = fetchedAdapterModules();
    const body = await (await fetch('/test/fixtures/feeds/jsonfeed-biblio-extension.json')).text();
    const page = await readFeed(body, options);
    expect(page.items.length).to.be.greaterThan(0);
    expect(fetchedAdapterModules()).to.deep.equal(before);
  });

  it('detects every format without loading a reader', () => {
    const rss2json = JSON.stringify({ status: 'ok', feed: {}, items: [] });
    expect(detectFormat(rss2json, options)).to.equal('rss2json');
    expect(detectFormat('<rss version="2.0"><channel/></rss>', options)).to.equal('rss');
    expect(detectFormat('[{"title": "One"}]', options)).to.equal('array');
  });

  it('fetches the reader that format= names alongside the feed, not after it', async () => {
    const feed = new URL(
      '/feeds-api/feed/reader-head-start?fixture=wordpress-rss.xml&delay=300',
      location.href,
    ).href;
    const page = await loadFeed(feed, { domParser, format: 'rss', retries: 0 });
    expect(page.items.length).to.be.greaterThan(0);
    const timing = (part: string) =>
      performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.includes(part)) as PerformanceResourceTiming;
    expect(timing('/adapters/xml-reader.').startTime).to.be.below(timing(feed).responseEnd);
  });

  it('a chunk that cannot load is a network error, and nothing of it is kept', async () => {
    let attempts = 0;
    const offline = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const error = await rejection(loadChunk(offline));
    expect(error.kind).to.equal('network');
    expect(error.cause).to.be.instanceOf(TypeError);
    await rejection(loadChunk(offline));
    expect(attempts).to.equal(2);
  });

  it('a reader chunk that fails to load rejects with a network FeedError; reading again imports it', async () => {
    const body = await (await fetch('/test/fixtures/feeds/rss2json.json')).text();
    const error = await withFailingModules(['rss2json-reader'], () =>
      rejection(readFeed(body, options)),
    );
    expect(error.kind).to.equal('network');
    if (!(await browserRefetchesFailedModules())) {
      // This browser keeps the failed download until the page reloads: reading again fails alike.
      expect((await rejection(readFeed(body, options))).kind).to.equal('network');
      return;
    }
    const page = await readFeed(body, options);
    expect(page.items.map((item) => item.title)).to.deep.equal(['Winter schedule']);
  });

  it('the map reader too, through loadFeed, with no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const record = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', record);
    try {
      const url = new URL(`/test/fixtures/feeds/custom-map.json?case=${Date.now()}`, location.href)
        .href;
      const map = '{"items": "data.news", "title": "headline"}';
      const error = await withFailingModules(['mapped'], () =>
        rejection(loadFeed(url, { domParser, map, retries: 0 })),
      );
      expect(error.kind).to.equal('network');
      if (await browserRefetchesFailedModules()) {
        const page = await loadFeed(url, { domParser, map, retries: 0 });
        expect(page.items.length).to.be.greaterThan(0);
      } else {
        const again = await rejection(loadFeed(url, { domParser, map, retries: 0 }));
        expect(again.kind).to.equal('network');
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', record);
    }
  });
});
