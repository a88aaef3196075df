import { isElement, nameOf, type ElementLike } from '../../dom.js';
import type { FeedPage, NewsAttachment, NewsItem } from '../../model.js';
import { toNewsItem, type RawItem } from '../normalize.js';
import { toPlainText } from '../text.js';
import { resolveHtmlUrls } from '../html-urls.js';
import { toSafeUrl } from '../../url.js';
import { itemContext, type FeedReader, type FeedSource } from './adapter.js';
import { rootName } from './xml.js';
import { baseOf, urlIn } from './xml-base.js';
import { childElement, childElements, childText, descendants } from './xml-elements.js';
import { asMarkup, atomText, rssHtml, type FeedText } from './xml-text.js';

const atomNamespace = 'http://www.w3.org/2005/Atom';
const contentNamespace = 'http://purl.org/rss/1.0/modules/content/';
const dublinCoreNamespace = 'http://purl.org/dc/elements/1.1/';
const dublinCoreTermsNamespace = 'http://purl.org/dc/terms/';
const itunesNamespace = [
  'http://www.itunes.com/dtds/podcast-1.0.dtd',
  'http://www.itunes.com/DTDs/Podcast-1.0.dtd',
];
const mediaNamespace = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];
const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';
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

/** Media RSS elements of an item, also those inside its `<media:group>`s. */
function mediaElements(item: ElementLike, name: string): ElementLike[] {
  return [
    ...childElements(item, name, mediaNamespace),
    ...childElements(item, 'group', mediaNamespace).flatMap((group) =>
      childElements(group, name, mediaNamespace),
    ),
  ];
}

function mediaImage(item: ElementLike): ElementLike | undefined {
  return [...mediaElements(item, 'content'), ...mediaElements(item, 'thumbnail')].find(
    (element) => element.localName === 'thumbnail' || isImage(element),
  );
}

function mediaText(item: ElementLike, name: string): string | undefined {
  return mediaElements(item, name)[0]?.textContent?.trim() || undefined;
}

/** An item as read, with the files it links to (kept here: only RSS and Atom have them). */
type XmlItem = RawItem & { attachments: NewsAttachment[] };

/** Enclosures that are not pictures: podcast episodes, PDF programmes, videos. */
function attachmentsOf(enclosures: ElementLike[], address: string, url: string): NewsAttachment[] {
  return enclosures
    .filter((enclosure) => !isImage(enclosure))
    .flatMap((enclosure) => {
      const href = toSafeUrl(urlIn(enclosure, enclosure.getAttribute(address), url), url, 'image');
      const type = enclosure.getAttribute('type')?.trim();
      const size = Number(enclosure.getAttribute('length'));
      if (!href) return [];
      return [
        { url: href, ...(type && { type }), ...(Number.isInteger(size) && size > 0 && { size }) },
      ];
    });
}

function toItems(items: XmlItem[], source: FeedSource): NewsItem[] {
  const context = itemContext(source);
  return items.flatMap(({ attachments, ...raw }) => {
    const item = toNewsItem(raw, context);
    if (!item) return [];
    return [attachments.length ? { ...item, attachments } : item];
  });
}

/**
 * RSS 2.0 `author` is an e-mail address, `news@library.example (Name)`, and others write
 * `Name <news@library.example>`: readers want the name, and get the address only when it is all.
 */
function personName(person: ElementLike): string | undefined {
  const written = person.textContent?.trim();
  const name = written
    ?.replace(/[<(]?\s*[^\s<>()@]+@[^\s<>()@]+\s*[>)]?/, '')
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  return name || written || undefined;
}

/** The item's people from the first element kind it names them with: `dc:creator` first. */
function rssAuthors(item: ElementLike): (string | undefined)[] {
  const people = [
    childElements(item, 'creator', dublinCoreNamespace),
    childElements(item, 'author', dublinCoreNamespace),
    childElements(item, 'author'),
    childElements(item, 'author', itunesNamespace),
  ].find((elements) => elements.length);
  return (people ?? []).map(personName);
}

/** iTunes categories nest (`Technology` > `Gadgets`); each level is a tag. */
function itunesCategories(parent: ElementLike): (string | null)[] {
  return childElements(parent, 'category', itunesNamespace).flatMap((category) => [
    category.getAttribute('text'),
    ...itunesCategories(category),
  ]);
}

function rssTags(item: ElementLike): (string | null)[] {
  return [
    ...childElements(item, 'category').map((category) => category.textContent),
    ...childElements(item, 'subject', dublinCoreNamespace).map((subject) => subject.textContent),
    ...mediaElements(item, 'category').map(
      (category) => category.getAttribute('label') ?? category.textContent,
    ),
    ...itunesCategories(item),
  ];
}

/** An HTML body made absolute against its element's `xml:base`, or plain text as it is. */
function body(value: FeedText | undefined, element: ElementLike | undefined, url: string) {
  return {
    contentHtml: value?.html && resolveHtmlUrls(value.html, baseOf(element, url)),
    contentText: value?.text,
  };
}

/**
 * An RSS item's text: the first `description` (or `summary`) is the excerpt when a body
 * follows (`content:encoded`, `<xhtml:body>`, `fullitem`, or a second description), else the body.
 */
function rssText(item: ElementLike, url: string): { summary?: string; contentHtml?: string } {
  const [first, second] = childElements(item, ['description', 'summary']);
  const bodyElement =
    childElement(item, 'encoded', contentNamespace) ??
    childElement(item, 'body', xhtmlNamespace) ??
    childElement(item, 'body') ??
    childElement(item, 'fullitem') ??
    second;
  const summaryElement = bodyElement ? first : undefined;
  const html = body(rssHtml(bodyElement ?? first), bodyElement ?? first, url).contentHtml;
  return {
    summary:
      asMarkup(rssHtml(summaryElement)) ??
      childText(item, 'description', dublinCoreNamespace) ??
      childText(item, 'summary', itunesNamespace) ??
      mediaText(item, 'description'),
    contentHtml: html,
  };
}

function rssItem(item: ElementLike, url: string): XmlItem {
  const guid = childElement(item, 'guid');
  const guidIsLink = guid && guid.getAttribute('isPermaLink') !== 'false';
  const link = childElement(item, 'link');
  const enclosures = childElements(item, 'enclosure');
  const enclosure = enclosures.find(isImage);
  const media = mediaImage(item);
  const itunesImage = childElement(item, 'image', itunesNamespace);
  const { summary, contentHtml } = rssText(item, url);
  return {
    id: guid?.textContent?.trim() ?? item.getAttribute('rdf:about') ?? undefined,
    url:
      urlIn(link, link?.textContent, url) ??
      (guidIsLink ? urlIn(guid, guid.textContent, url) : undefined),
    title:
      childText(item, 'title') ??
      childText(item, 'title', dublinCoreNamespace) ??
      mediaText(item, 'title'),
    subtitle: childText(item, 'subtitle', itunesNamespace),
    summary,
    contentHtml,
    contentText: contentHtml ? undefined : childText(item, 'full-text', yandexNamespace),
    datePublished:
      childText(item, 'pubdate') ??
      childText(item, 'date', dublinCoreNamespace) ??
      childText(item, 'issued', dublinCoreTermsNamespace),
    dateModified: childText(item, 'modified', dublinCoreTermsNamespace),
    image:
      urlIn(enclosure, enclosure?.getAttribute('url'), url) ??
      urlIn(media, media?.getAttribute('url'), url) ??
      urlIn(
        itunesImage,
        itunesImage?.getAttribute('href') ?? itunesImage?.getAttribute('url'),
        url,
      ) ??
      firstImageIn(contentHtml),
    imageWidth: enclosure ? undefined : media?.getAttribute('width'),
    imageHeight: enclosure ? undefined : media?.getAttribute('height'),
    attachments: attachmentsOf(enclosures, 'url', url),
    author: rssAuthors(item),
    tags: rssTags(item),
  };
}

/** Atom 0.3 feeds in the wild write the address as the link's text instead of its `href`. */
function linkAddress(link: ElementLike | undefined): string | undefined {
  return link?.getAttribute('href')?.trim() || link?.textContent?.trim() || undefined;
}

function atomLink(parent: ElementLike, relation: string): ElementLike | undefined {
  return childElements(parent, 'link').find(
    (link) => (link.getAttribute('rel') ?? 'alternate') === relation && linkAddress(link),
  );
}

function atomHref(link: ElementLike | undefined, url: string): string | undefined {
  return urlIn(link, linkAddress(link), url);
}

function atomItem(entry: ElementLike, url: string): XmlItem {
  const content = childElement(entry, 'content');
  const { contentHtml, contentText } = body(atomText(content), content, url);
  const enclosures = childElements(entry, 'link').filter(
    (link) => link.getAttribute('rel') === 'enclosure',
  );
  const enclosure = enclosures.find(isImage);
  const media = mediaImage(entry);
  const updated = childText(entry, 'updated') ?? childText(entry, 'modified');
  return {
    id: childText(entry, 'id'),
    url: atomHref(atomLink(entry, 'alternate'), url),
    title: asMarkup(atomText(childElement(entry, 'title'))),
    summary: asMarkup(atomText(childElement(entry, 'summary'))) ?? mediaText(entry, 'description'),
    contentHtml,
    contentText,
    datePublished: childText(entry, 'published') ?? childText(entry, 'issued') ?? updated,
    dateModified: updated,
    image:
      atomHref(enclosure, url) ??
      urlIn(media, media?.getAttribute('url'), url) ??
      firstImageIn(contentHtml),
    attachments: attachmentsOf(enclosures, 'href', url),
    author: childElements(entry, 'author').map((author) => childText(author, 'name')),
    tags: childElements(entry, 'category').map(
      (category) => category.getAttribute('label') ?? category.getAttribute('term'),
    ),
  };
}

function readRss(source: FeedSource, root: ElementLike): FeedPage {
  // RSS 1.0 puts its items beside the channel, in the channel's namespace: `<rss:item>` too.
  // The channel is the root's child in every RSS; in RSS 1.0 the root is RDF's, the channel not.
  const channel = Array.from(root.childNodes)
    .filter(isElement)
    .find((element) => nameOf(element) === 'channel');
  const namespace = (channel ?? root).namespaceURI ?? null;
  const title =
    channel &&
    toPlainText(
      childText(channel, 'title') ?? childText(channel, 'title', dublinCoreNamespace),
      source.parser,
    );
  const items = descendants(root, 'item', namespace).map((item) => rssItem(item, source.url));
  const next =
    channel &&
    childElements(channel, 'link', atomNamespace).find(
      (link) => link.getAttribute('rel') === 'next',
    );
  const nextPage = toSafeUrl(atomHref(next, source.url), source.url);
  return {
    items: toItems(items, source),
    ...(title && { title }),
    ...(nextPage && { nextPage }),
  };
}

function readAtom(source: FeedSource, feed: ElementLike): FeedPage {
  const title = toPlainText(asMarkup(atomText(childElement(feed, 'title'))), source.parser);
  const nextPage = toSafeUrl(atomHref(atomLink(feed, 'next'), source.url), source.url);
  const items = childElements(feed, 'entry').map((entry) => atomItem(entry, source.url));
  return {
    items: toItems(items, source),
    ...(title && { title }),
    ...(nextPage && { nextPage }),
  };
}

/** Reads RSS items and Atom entries, with their Dublin Core, media, iTunes and Yandex extensions. */
export const xmlReader: FeedReader = {
  toFeedPage(source) {
    const xml = source.xml!;
    const root = xml.documentElement!;
    return rootName(xml) === 'feed' ? readAtom(source, root) : readRss(source, root);
  },
};
