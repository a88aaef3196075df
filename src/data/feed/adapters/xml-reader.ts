import { isElement, visibleText, type DocumentLike, type ElementLike } from '../../dom.js';
import type { FeedPage } from '../../model.js';
import { toNewsItems, type RawItem } from '../normalize.js';
import { toPlainText } from '../text.js';
import { toSafeUrl } from '../../url.js';
import { itemContext, type FeedReader, type FeedSource } from './adapter.js';
import { rootName } from './xml.js';
import { childElement, childElements, childText } from './xml-elements.js';

const atomNamespace = 'http://www.w3.org/2005/Atom';
const contentNamespace = 'http://purl.org/rss/1.0/modules/content/';
const dublinCoreNamespace = 'http://purl.org/dc/elements/1.1/';
const mediaNamespace = 'http://search.yahoo.com/mrss/';
/** Yandex.News RSS, which Bitrix and many Russian CMSs export: the full text of the item. */
const yandexNamespace = 'http://news.yandex.ru';

function isImage(element: ElementLike): boolean {
  const type = element.getAttribute('type') ?? '';
  const medium = element.getAttribute('medium') ?? '';
  const url = element.getAttribute('url') ?? element.getAttribute('href') ?? '';
  return (
    type.startsWith('image/') ||
    medium === 'image' ||
    (!type && /\.(jpe?g|png|gif|webp|avif|svg)(\?|$)/i.test(url))
  );
}

/** The first `<img src>` of an item's HTML, for feeds (Bitrix, Joomla) that put the picture there. */
function firstImageIn(html: string | undefined): string | undefined {
  return html?.match(/<img\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/i)?.[1];
}

function mediaImage(item: ElementLike): ElementLike | undefined {
  return [
    ...childElements(item, 'content', mediaNamespace),
    ...childElements(item, 'thumbnail', mediaNamespace),
    ...childElements(item, 'group', mediaNamespace).flatMap((group) =>
      childElements(group, 'content', mediaNamespace),
    ),
  ].find((element) => element.localName === 'thumbnail' || isImage(element));
}

/** RSS 2.0 `author` is an e-mail address, `news@library.example (Name)`: readers want the name. */
function rssAuthorName(author: string | undefined): string | undefined {
  return author?.match(/^\S+@\S+\s*\((.+)\)$/)?.[1] ?? author;
}

function rssItem(item: ElementLike): RawItem {
  const description = childText(item, 'description');
  const encoded = childText(item, 'encoded', contentNamespace);
  const guid = childElement(item, 'guid');
  const guidIsLink = guid && guid.getAttribute('isPermaLink') !== 'false';
  const enclosure = childElements(item, 'enclosure').find(isImage);
  const media = mediaImage(item);
  const html = encoded ?? description;
  return {
    id: guid?.textContent?.trim(),
    url: childText(item, 'link') ?? (guidIsLink ? guid?.textContent?.trim() : undefined),
    title: childText(item, 'title'),
    summary: encoded ? description : undefined,
    contentHtml: html,
    contentText: html ? undefined : childText(item, 'full-text', yandexNamespace),
    datePublished: childText(item, 'pubdate') ?? childText(item, 'date', dublinCoreNamespace),
    image: enclosure?.getAttribute('url') ?? media?.getAttribute('url') ?? firstImageIn(html),
    imageWidth: enclosure ? undefined : media?.getAttribute('width'),
    imageHeight: enclosure ? undefined : media?.getAttribute('height'),
    author:
      childText(item, 'creator', dublinCoreNamespace) ?? rssAuthorName(childText(item, 'author')),
    tags: childElements(item, 'category').map((category) => category.textContent),
  };
}

/** Atom text constructs: `type="xhtml"` holds elements, the others text or escaped HTML. */
function atomText(parent: ElementLike, name: string): string | undefined {
  const element = childElement(parent, name);
  if (!element) return undefined;
  const text =
    element.getAttribute('type') === 'xhtml' ? visibleText(element) : element.textContent;
  return text?.trim() || undefined;
}

function atomLink(parent: ElementLike, relation: string): ElementLike | undefined {
  return childElements(parent, 'link').find(
    (link) => (link.getAttribute('rel') ?? 'alternate') === relation,
  );
}

function atomItem(entry: ElementLike): RawItem {
  const content = childElement(entry, 'content');
  const contentType = content?.getAttribute('type') ?? 'text';
  const contentValue = atomText(entry, 'content');
  const enclosure = childElements(entry, 'link').find(
    (link) => link.getAttribute('rel') === 'enclosure' && isImage(link),
  );
  const contentHtml = contentType === 'html' || contentType === 'xhtml' ? contentValue : undefined;
  return {
    id: childText(entry, 'id'),
    url: atomLink(entry, 'alternate')?.getAttribute('href'),
    title: atomText(entry, 'title'),
    summary: atomText(entry, 'summary'),
    contentHtml: contentType === 'xhtml' ? undefined : contentHtml,
    contentText: contentType === 'html' ? undefined : contentValue,
    datePublished: childText(entry, 'published') ?? childText(entry, 'updated'),
    dateModified: childText(entry, 'updated'),
    image:
      enclosure?.getAttribute('href') ??
      mediaImage(entry)?.getAttribute('url') ??
      firstImageIn(contentHtml),
    author: childElements(entry, 'author').map((author) => childText(author, 'name')),
    tags: childElements(entry, 'category').map(
      (category) => category.getAttribute('label') ?? category.getAttribute('term'),
    ),
  };
}

function elementsOf(xml: DocumentLike, name: string): ElementLike[] {
  return Array.from(xml.getElementsByTagName(name)).filter(isElement);
}

function readRss(source: FeedSource, xml: DocumentLike): FeedPage {
  const channel = elementsOf(xml, 'channel')[0];
  const title = channel && toPlainText(childText(channel, 'title'), source.parser);
  const items = elementsOf(xml, 'item').map(rssItem);
  const next =
    channel &&
    childElements(channel, 'link', atomNamespace).find(
      (link) => link.getAttribute('rel') === 'next',
    );
  const nextPage = toSafeUrl(next?.getAttribute('href'), source.url);
  return {
    items: toNewsItems(items, itemContext(source)),
    ...(title && { title }),
    ...(nextPage && { nextPage }),
  };
}

function readAtom(source: FeedSource, feed: ElementLike): FeedPage {
  const title = toPlainText(atomText(feed, 'title'), source.parser);
  const nextPage = toSafeUrl(atomLink(feed, 'next')?.getAttribute('href'), source.url);
  const items = childElements(feed, 'entry').map(atomItem);
  return {
    items: toNewsItems(items, itemContext(source)),
    ...(title && { title }),
    ...(nextPage && { nextPage }),
  };
}

/** Reads RSS items and Atom entries, with their Dublin Core, media and Yandex extensions. */
export const xmlReader: FeedReader = {
  toFeedPage(source) {
    const xml = source.xml!;
    const root = xml.documentElement!;
    return rootName(xml) === 'feed' ? readAtom(source, root) : readRss(source, xml);
  },
};
