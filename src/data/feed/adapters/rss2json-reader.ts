import { toNewsItems, type RawItem } from '../normalize.js';
import { toPlainText } from '../text.js';
import { asArray, asRecord, itemContext, type FeedReader } from './adapter.js';
import { type Json, isRecord } from '../../json.js';

/** An enclosure is the item's image unless it says it is something else (a podcast's audio). */
function enclosureImage(enclosure: Json): unknown {
  const type = typeof enclosure.type === 'string' ? enclosure.type : '';
  return type === '' || type.startsWith('image/') ? enclosure.link : undefined;
}

function toRawItem(item: Json): RawItem {
  const hasContent = typeof item.content === 'string' && item.content.trim() !== '';
  return {
    id: item.guid,
    url: item.link,
    title: item.title,
    summary: hasContent && item.description !== item.content ? item.description : undefined,
    contentHtml: hasContent ? item.content : item.description,
    datePublished: item.pubDate,
    image: item.thumbnail || enclosureImage(asRecord(item.enclosure)),
    author: item.author,
    tags: item.categories,
  };
}

/** Reads rss2json items: an enclosure is the image, `content` the full text. */
export const rss2jsonReader: FeedReader = {
  toFeedPage(source) {
    const json = asRecord(source.json);
    const title = toPlainText(asRecord(json.feed).title, source.parser);
    const items = asArray(json.items).filter(isRecord).map(toRawItem);
    return { items: toNewsItems(items, itemContext(source)), ...(title && { title }) };
  },
};
