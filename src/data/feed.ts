import { adapters } from './feed/adapters/index.js';
import type { Adapter, FeedFormat, FeedReader, FeedSource } from './feed/adapters/adapter.js';
import { loadChunk } from './feed/adapters/chunk.js';
import type { FeedMap } from './feed/adapters/mapped.js';
import { parseBody } from './body.js';
import { forgetCachedResponse } from './feed/cache.js';
import type { DOMParserLike } from './dom.js';
import { FeedError } from './errors.js';
import { fetchFeedText, type FeedResponse, type FetchFeedOptions } from './feed/fetch.js';
import type { FeedPage, NewsItem } from './model.js';

export type { DOMParserLike } from './dom.js';
export type { FeedFormat } from './feed/adapters/adapter.js';
export type { FeedMap } from './feed/adapters/mapped.js';

/** How a feed is read: by detection (`auto`, the default) or as a named format. */
export type FeedFormatOption = 'auto' | FeedFormat;

export interface ReadOptions {
  /** The URL the body came from: relative URLs resolve against it, pages are counted from it. */
  url: string;
  /** Response headers; WordPress counts its pages in them. */
  headers?: Headers | Record<string, string>;
  format?: FeedFormatOption;
  /** Dot paths for a feed no adapter knows, as an object or as the JSON text of the `map` attribute. */
  map?: FeedMap | string;
  /** The browser's `new DOMParser()`, or `@xmldom/xmldom`'s on the server. */
  domParser: DOMParserLike;
}

const formats: readonly FeedFormatOption[] = [
  'auto',
  'mapped',
  ...adapters.map((adapter) => adapter.format),
];

function headerReader(headers: ReadOptions['headers']): FeedSource['header'] {
  if (!headers) return () => undefined;
  if (typeof (headers as Headers).get === 'function') {
    return (name) => (headers as Headers).get(name) ?? undefined;
  }
  const lowered = new Map(
    Object.entries(headers as Record<string, string>).map(([name, value]) => [
      name.toLowerCase(),
      value,
    ]),
  );
  return (name) => lowered.get(name.toLowerCase());
}

function toSource(body: string, options: ReadOptions): FeedSource {
  return {
    ...parseBody(body, options.domParser, options.url),
    header: headerReader(options.headers),
    url: options.url,
    parser: options.domParser,
  };
}

/** An empty `map=""` or `format=""` attribute means none was given. */
function givenMap(options: Pick<ReadOptions, 'map'>): FeedMap | string | undefined {
  return typeof options.map === 'string' && options.map.trim() === '' ? undefined : options.map;
}

/** A `map` applies unless `format` names another format. */
function usesMap(options: Pick<ReadOptions, 'format' | 'map'>): boolean {
  const format = options.format || 'auto';
  return givenMap(options) !== undefined && (format === 'auto' || format === 'mapped');
}

function checkFormat(options: ReadOptions): FeedFormatOption {
  const format = options.format || 'auto';
  if (!formats.includes(format)) {
    throw new FeedError('format', `Unknown format "${format}"; use one of ${formats.join(', ')}`, {
      url: options.url,
    });
  }
  return format;
}

/** The adapter for a body, by detection or as named; `mapped` when a `map` is given. */
function chooseAdapter(source: FeedSource, options: ReadOptions): Adapter | 'mapped' {
  const format = checkFormat(options);
  if (usesMap(options)) return 'mapped';
  if (format === 'mapped') {
    throw new FeedError('config', 'The "mapped" format needs a map', {
      attribute: 'map',
      url: options.url,
    });
  }
  const adapter = adapters.find(
    (candidate) => (format === 'auto' || candidate.format === format) && candidate.detect(source),
  );
  if (!adapter) {
    const expected = format === 'auto' ? 'a known feed format' : `a ${format} feed`;
    throw new FeedError('format', `Not ${expected}: describe its fields with the "map" attribute`, {
      url: options.url,
    });
  }
  return adapter;
}

function loadMappedChunk() {
  return loadChunk(() => import('./feed/adapters/mapped.js'));
}

async function loadReader(adapter: Adapter | 'mapped', options: ReadOptions): Promise<FeedReader> {
  if (adapter !== 'mapped') return adapter.loadReader();
  const { mappedReader, toFeedMap } = await loadMappedChunk();
  return mappedReader(toFeedMap(givenMap(options), options.url));
}

async function readPage(source: FeedSource, options: ReadOptions): Promise<FeedPage> {
  const reader = await loadReader(chooseAdapter(source, options), options);
  return reader.toFeedPage(source);
}

/**
 * Reads one page of any supported feed (JSON Feed, WordPress, JSON:API, Ghost, rss2json,
 * RSS/Atom, arrays, or anything with a `map`) into the one model. Every format's reader but
 * JSON Feed's loads on first use. Rejects with a FeedError.
 */
export async function readFeed(body: string, options: ReadOptions): Promise<FeedPage> {
  return readPage(toSource(body, options), options);
}

/**
 * Which format `readFeed` reads a body as, by detection alone (no reader is loaded): for
 * diagnostics and the "Connect your feed" guide. Throws a FeedError.
 */
export function detectFormat(body: string, options: ReadOptions): FeedFormat {
  const adapter = chooseAdapter(toSource(body, options), options);
  return adapter === 'mapped' ? adapter : adapter.format;
}

/**
 * Reads a document holding one item (a single WordPress post, a JSON:API resource, a JSON Feed
 * item); a whole feed gives its first item. Rejects with a FeedError.
 */
export async function readItem(body: string, options: ReadOptions): Promise<NewsItem> {
  const source = toSource(body, options);
  const format = checkFormat(options);
  const single =
    givenMap(options) === undefined
      ? adapters.find(
          (adapter) =>
            (format === 'auto' || adapter.format === format) && adapter.detectItem?.(source),
        )
      : undefined;
  const reader = await single?.loadReader();
  const item = reader?.toItem ? reader.toItem(source) : (await readPage(source, options)).items[0];
  if (!item) throw new FeedError('format', 'The document holds no item', { url: options.url });
  return item;
}

export interface LoadFeedOptions
  extends Omit<ReadOptions, 'url' | 'headers'>, Omit<FetchFeedOptions, 'onRevalidate'> {
  /** Called with the fresh page when a cached one was returned and the feed has changed since. */
  onUpdate?: (page: FeedPage) => void;
}

/**
 * A reader the page names (by `format`, or with a `map`) is fetched alongside the feed instead
 * of after it. Only a head start: reading loads it again, and reports a failure then.
 */
function preloadReader(options: Pick<ReadOptions, 'format' | 'map'>): void {
  const loading = usesMap(options)
    ? loadMappedChunk()
    : adapters.find((adapter) => adapter.format === options.format)?.loadReader();
  loading?.catch(() => {});
}

async function load<Value>(
  url: string,
  options: Omit<LoadFeedOptions, 'onUpdate'>,
  read: (body: string, options: ReadOptions) => Promise<Value>,
  onUpdate: ((value: Value) => void) | undefined,
): Promise<Value> {
  const readResponse = (response: FeedResponse) =>
    read(response.body, { ...options, url: response.url, headers: response.headers });
  preloadReader(options);
  const response = await fetchFeedText(url, {
    ...options,
    onRevalidate: (fresh) => {
      readResponse(fresh)
        .then((value) => onUpdate?.(value))
        // A broken update keeps the page that is already shown.
        .catch(() => {});
    },
  });
  try {
    return await readResponse(response);
  } catch (error) {
    forgetCachedResponse(url, options.storage);
    throw error;
  }
}

/**
 * Loads and reads one page of a feed: cached pages at once (fresh ones changed later through
 * `onUpdate`), one request however many elements ask. Rejects with a FeedError, or with the
 * caller's abort reason.
 */
export function loadFeed(url: string, options: LoadFeedOptions): Promise<FeedPage> {
  return load(url, options, readFeed, options.onUpdate);
}

/** Loads and reads one item, for `<biblio-article src>`. */
export function loadItem(
  url: string,
  options: Omit<LoadFeedOptions, 'onUpdate'> & { onUpdate?: (item: NewsItem) => void },
): Promise<NewsItem> {
  return load(url, options, readItem, options.onUpdate);
}
