import { parseBody } from '../../src/data/body.js';
import { toFeedError, type FeedError } from '../../src/data/errors.js';
import { detectFormat, readFeed, type FeedFormat } from '../../src/data/feed.js';
import { fetchFeedText } from '../../src/data/feed/fetch.js';
import { findRecordLists, type RecordList } from './json-paths.js';
import type { FeedPage } from '../../src/data/model.js';

/** A feed body and the address it belongs to (relative links in it resolve against that). */
export interface FeedBody {
  text: string;
  url: string;
  headers?: Record<string, string>;
}

/** What the builder learnt from a feed body. */
export type Reading =
  | { status: 'read'; format: FeedFormat; page: FeedPage; lists: RecordList[] }
  | { status: 'failed'; error: FeedError; lists: RecordList[] };

let parser: DOMParser | undefined;

function domParser(): DOMParser {
  parser ??= new DOMParser();
  return parser;
}

/** The record lists of a JSON body, for the field-mapping helper; none for XML or broken text. */
function recordListsOf(text: string): RecordList[] {
  try {
    const parsed = parseBody(text, domParser());
    return 'json' in parsed ? findRecordLists(parsed.json) : [];
  } catch {
    return [];
  }
}

/** A reading that failed before there was a body to read: the address or the file. */
export function failedReading(error: unknown, source: string): Reading {
  return { status: 'failed', error: toFeedError(error, source), lists: [] };
}

/**
 * Reads a body the way `<biblio-news-list>` will, with the `map` when there is one. Never
 * rejects: a failure is a reading too.
 */
export async function readBody(body: FeedBody, map: string): Promise<Reading> {
  const lists = recordListsOf(body.text);
  const options = {
    url: body.url,
    headers: body.headers,
    domParser: domParser(),
    ...(map ? { map } : {}),
  };
  try {
    return {
      status: 'read',
      format: detectFormat(body.text, options),
      page: await readFeed(body.text, options),
      lists,
    };
  } catch (error) {
    return { ...failedReading(error, body.url), lists };
  }
}

/** Loads a feed's text as the elements will: same fetch layer, no retries so failures show fast. */
export async function loadBody(url: string, signal: AbortSignal): Promise<FeedBody> {
  const response = await fetchFeedText(url, {
    signal,
    retries: 0,
    maxAge: 0,
    pageOrigin: location.origin,
  });
  return { text: response.body, url: response.url, headers: response.headers };
}
