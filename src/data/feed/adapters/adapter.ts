import type { DOMParserLike, DocumentLike } from '../../dom.js';
import type { FeedPage, NewsItem } from '../../model.js';
import type { ItemContext } from '../normalize.js';
import { type Json, isRecord } from '../../json.js';

export type FeedFormat =
  'jsonfeed' | 'wordpress' | 'jsonapi' | 'ghost' | 'rss2json' | 'rss' | 'array' | 'mapped';

/** A parsed response body with what came with it: JSON or an XML document, never both. */
export interface FeedSource {
  json?: unknown;
  xml?: DocumentLike;
  /** A response header, by case-insensitive name. */
  header(name: string): string | undefined;
  /** The URL the body came from: relative URLs in it resolve against this. */
  url: string;
  parser: DOMParserLike;
}

/** Reads the documents of one format into the one model. */
export interface FeedReader {
  toFeedPage(source: FeedSource): FeedPage;
  /** Reads a document holding one item (a single post or resource), for an article. */
  toItem?(source: FeedSource): NewsItem | undefined;
}

/**
 * One feed format: recognises its documents at once, with cheap shape checks only, and loads
 * its reader when a document of that format arrives. A page reads one or two formats, so every
 * reader but JSON Feed's (what the reference server serves) is a lazy chunk.
 */
export interface Adapter {
  format: FeedFormat;
  detect(source: FeedSource): boolean;
  /** Recognises a document holding one item; its reader then has `toItem`. */
  detectItem?(source: FeedSource): boolean;
  loadReader(): Promise<FeedReader>;
}

export function asRecord(value: unknown): Json {
  return isRecord(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function itemContext(source: FeedSource): ItemContext {
  return { baseUrl: source.url, parser: source.parser };
}
