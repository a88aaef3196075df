import { parseDate } from './dates.js';
import type { DOMParserLike } from '../dom.js';
import { resolveHtmlUrls } from './html-urls.js';
import type { NewsImage, NewsItem } from '../model.js';
import { firstWords, toPlainText } from './text.js';
import { toSafeUrl } from '../url.js';

/**
 * An item as an adapter found it: values straight from the feed, not yet trusted. Adapters only
 * say where each field is; `toNewsItem` does the cleaning once for every format.
 */
export interface RawItem {
  id?: unknown;
  url?: unknown;
  externalUrl?: unknown;
  title?: unknown;
  subtitle?: unknown;
  summary?: unknown;
  contentHtml?: unknown;
  contentText?: unknown;
  datePublished?: unknown;
  dateModified?: unknown;
  image?: unknown;
  imageAlt?: unknown;
  imageWidth?: unknown;
  imageHeight?: unknown;
  author?: unknown;
  tags?: unknown;
  views?: unknown;
  commentCount?: unknown;
  slug?: unknown;
}

/** What every adapter needs to clean items: where the feed came from and how to read HTML. */
export interface ItemContext {
  baseUrl: string;
  parser: DOMParserLike;
}

function toCount(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
}

function toHtml(value: unknown, baseUrl: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return resolveHtmlUrls(value.trim(), baseUrl);
}

/** An author may be a name, `{name}`, or a list of either; names are joined with commas. */
function toAuthorName(value: unknown, parser: DOMParserLike): string | undefined {
  const values = Array.isArray(value) ? value : [value];
  const names = values
    .map((author) =>
      author && typeof author === 'object' ? (author as Record<string, unknown>).name : author,
    )
    .map((name) => toPlainText(name, parser))
    .filter((name): name is string => Boolean(name));
  return names.length ? [...new Set(names)].join(', ') : undefined;
}

function toTags(value: unknown, parser: DOMParserLike): string[] {
  const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const names = values
    .map((tag) => {
      if (!tag || typeof tag !== 'object') return tag;
      const record = tag as Record<string, unknown>;
      return record.name ?? record.title ?? record.term ?? record.label;
    })
    .map((name) => toPlainText(name, parser))
    .filter((name): name is string => Boolean(name));
  return [...new Set(names)];
}

function toImage(raw: RawItem, context: ItemContext): NewsImage | undefined {
  const record =
    raw.image && typeof raw.image === 'object' ? (raw.image as Record<string, unknown>) : {};
  const url = toSafeUrl(
    typeof raw.image === 'string' ? raw.image : (record.url ?? record.src ?? record.href),
    context.baseUrl,
    'image',
  );
  if (!url) return undefined;
  const alt = toPlainText(raw.imageAlt ?? record.alt ?? record.title, context.parser);
  const width = toCount(raw.imageWidth ?? record.width);
  const height = toCount(raw.imageHeight ?? record.height);
  return { url, ...(alt && { alt }), ...(width && { width }), ...(height && { height }) };
}

const summaryLength = 280;

/** FNV-1a: a short, stable id for items whose feed gives none. */
function hashId(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `h${(hash >>> 0).toString(36)}`;
}

function toId(raw: RawItem, url: string | undefined, title: string): string {
  if (typeof raw.id === 'number' || (typeof raw.id === 'string' && raw.id.trim())) {
    return String(raw.id).trim();
  }
  return hashId(url ?? title);
}

/**
 * Cleans one raw item: plain-text title and summary, absolute safe URLs (also inside the HTML),
 * real dates or none, a title made from the summary when the feed has none, a stable id.
 * An item with nothing to show (no title, summary or content) is `undefined`.
 */
export function toNewsItem(raw: RawItem, context: ItemContext): NewsItem | undefined {
  const { baseUrl, parser } = context;
  const contentHtml = toHtml(raw.contentHtml, baseUrl);
  // Plain text keeps its line breaks: the element shows it as text, paragraphs and all.
  const contentText =
    typeof raw.contentText === 'string' ? raw.contentText.trim() || undefined : undefined;
  const givenSummary = toPlainText(raw.summary, parser);
  const bodyText = givenSummary ?? toPlainText(contentText ?? contentHtml, parser);
  const title = toPlainText(raw.title, parser) ?? (bodyText && firstWords(bodyText));
  // A list shows an excerpt; feeds that send only the body get one cut from it.
  const summary = givenSummary ?? (bodyText && firstWords(bodyText, summaryLength));
  if (!title) return undefined;
  const url = toSafeUrl(raw.url, baseUrl);
  const externalUrl = toSafeUrl(raw.externalUrl, baseUrl);
  const subtitle = toPlainText(raw.subtitle, parser);
  const datePublished = parseDate(raw.datePublished);
  const dateModified = parseDate(raw.dateModified);
  const image = toImage(raw, context);
  const author = toAuthorName(raw.author, parser);
  const views = toCount(raw.views);
  const commentCount = toCount(raw.commentCount);
  const slug = typeof raw.slug === 'string' && raw.slug.trim() ? raw.slug.trim() : undefined;
  return {
    id: toId(raw, url, title),
    title,
    tags: toTags(raw.tags, parser),
    ...(url && { url }),
    ...(externalUrl && externalUrl !== url && { externalUrl }),
    ...(subtitle && { subtitle }),
    ...(summary && { summary }),
    ...(contentHtml && { contentHtml }),
    ...(contentText && { contentText }),
    ...(datePublished && { datePublished }),
    ...(dateModified && { dateModified }),
    ...(image && { image }),
    ...(author && { author }),
    ...(views !== undefined && { views }),
    ...(commentCount !== undefined && { commentCount }),
    ...(slug && { slug }),
  };
}

export function toNewsItems(raws: RawItem[], context: ItemContext): NewsItem[] {
  return raws.flatMap((raw) => toNewsItem(raw, context) ?? []);
}
