import type { DOMParserLike, DocumentLike } from '../dom.js';
import type { FeedPage, NewsItem } from '../model.js';
import type { ItemContext } from '../normalize.js';

export type FeedFormat =
  'jsonfeed' | 'wordpress' | 'jsonapi' | 'ghost' | 'rss2json' | 'rss' | 'array' | 'mapped';

export type Json = Record<string, unknown>;

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

/** One feed format: recognises its documents and turns them into the one model. */
export interface Adapter {
  format: FeedFormat;
  detect(source: FeedSource): boolean;
  toFeedPage(source: FeedSource): FeedPage;
  /** Recognises a document holding one item (a single post or resource), for an article. */
  detectItem?(source: FeedSource): boolean;
  toItem?(source: FeedSource): NewsItem | undefined;
}

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** A query parameter of the source URL as a positive integer (a page number). */
export function pageNumber(url: string, parameter: string): number {
  const value = Number(new URL(url).searchParams.get(parameter) ?? 1);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** The source URL with one query parameter changed: the next page of a numbered feed. */
export function withParameter(url: string, parameter: string, value: string | number): string {
  const next = new URL(url);
  next.searchParams.set(parameter, String(value));
  return next.href;
}
