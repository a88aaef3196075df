import type { NewsItem } from '../../model.js';
import { toNewsItem, toNewsItems, type RawItem } from '../normalize.js';
import { toPlainText } from '../text.js';
import { toSafeUrl } from '../../url.js';
import { asArray, asRecord, itemContext, type Adapter, type FeedReader } from './adapter.js';
import { type Json, isRecord } from '../../json.js';

/** Both `https://` and the `http://` that real feeds (Pixel Envy) still send. */
const versionPattern = /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/i;

function isJsonFeed(json: unknown): json is Json {
  return isRecord(json) && typeof json.version === 'string' && versionPattern.test(json.version);
}

/**
 * What JSON Feed has no field for travels in our `_biblio` extension (extensions are keys that
 * start with an underscore): the reference server's subtitle, view and comment counts, total.
 */
function extension(object: Json): Json {
  return asRecord(object._biblio);
}

/** JSON Feed 1.0 has a single `author`, 1.1 an `authors` list; an item inherits the feed's. */
function toRawItem(item: Json, feedAuthor: unknown): RawItem {
  const { subtitle, views, comments } = extension(item);
  return {
    subtitle,
    views,
    commentCount: comments,
    id: item.id,
    url: item.url ?? item.external_url,
    externalUrl: item.external_url,
    title: item.title,
    summary: item.summary,
    contentHtml: item.content_html,
    contentText: item.content_text,
    datePublished: item.date_published,
    dateModified: item.date_modified,
    image: item.image ?? item.banner_image,
    author: item.authors ?? item.author ?? feedAuthor,
    tags: item.tags,
  };
}

/** Reads JSON Feed items, with the `_biblio` extension. */
const jsonFeedReader: FeedReader = {
  toFeedPage(source) {
    const feed = asRecord(source.json);
    const feedAuthor = feed.authors ?? feed.author;
    const items = asArray(feed.items)
      .filter(isRecord)
      .map((item) => toRawItem(item, feedAuthor));
    const nextPage = toSafeUrl(feed.next_url, source.url);
    const title = toPlainText(feed.title, source.parser);
    const { total, pages } = extension(feed);
    return {
      items: toNewsItems(items, itemContext(source)),
      ...(nextPage && { nextPage }),
      ...(title && { title }),
      ...(typeof total === 'number' && { total }),
      ...(typeof pages === 'number' && { totalPages: pages }),
    };
  },
  toItem: (source): NewsItem | undefined =>
    toNewsItem(toRawItem(asRecord(source.json), undefined), itemContext(source)),
};

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org), with `next_url` pagination. What the reference
 * server serves, so its reader is in the page at once: the default path costs no extra request.
 */
export const jsonFeedAdapter: Adapter = {
  format: 'jsonfeed',
  detect: (source) => isJsonFeed(source.json),
  detectItem: (source) =>
    isRecord(source.json) &&
    !('items' in source.json) &&
    'id' in source.json &&
    ('content_html' in source.json || 'content_text' in source.json),
  loadReader: async () => jsonFeedReader,
};
