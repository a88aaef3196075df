import { isElement, nameOf, type ElementLike } from '../../dom.js';
import type { FeedPage } from '../../model.js';
import { toPlainText } from '../text.js';
import type { FeedSource } from './adapter.js';
import { urlIn } from './xml-base.js';
import { childElement, childElements, childText, descendants } from './xml-elements.js';
import {
  attachmentsOf,
  body,
  firstImageIn,
  isImage,
  mediaElements,
  mediaImage,
  mediaText,
  toPage,
  type XmlItem,
} from './xml-items.js';
import { asMarkup, rssHtml, type FeedText } from './xml-text.js';
import { yandexBody } from './xml-yandex.js';

const atomNamespace = 'http://www.w3.org/2005/Atom';
const contentNamespace = 'http://purl.org/rss/1.0/modules/content/';
const dublinCoreNamespace = 'http://purl.org/dc/elements/1.1/';
const dublinCoreTermsNamespace = 'http://purl.org/dc/terms/';
const itunesNamespace = [
  'http://www.itunes.com/dtds/podcast-1.0.dtd',
  'http://www.itunes.com/DTDs/Podcast-1.0.dtd',
];
const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';

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

/**
 * An RSS item's text: the first `description` (or `summary`) is the excerpt when a body
 * follows (`content:encoded`, `<xhtml:body>`, `fullitem`, Yandex's `turbo:content` or
 * `yandex:full-text`, or a second description), else the body. A Turbo body's header may give
 * the headline, for Turbo feeds without `<title>`.
 */
function rssText(item: ElementLike, url: string) {
  const [first, second] = childElements(item, ['description', 'summary']);
  const bodyElement =
    childElement(item, 'encoded', contentNamespace) ??
    childElement(item, 'body', xhtmlNamespace) ??
    childElement(item, 'body') ??
    childElement(item, 'fullitem');
  const found: { element: ElementLike; text?: FeedText; title?: string } | undefined = bodyElement
    ? { element: bodyElement, text: rssHtml(bodyElement) }
    : (yandexBody(item) ?? (second && { element: second, text: rssHtml(second) }));
  const summaryElement = found ? first : undefined;
  return {
    headline: found?.title,
    summary:
      asMarkup(rssHtml(summaryElement)) ??
      childText(item, 'description', dublinCoreNamespace) ??
      childText(item, 'summary', itunesNamespace) ??
      mediaText(item, 'description'),
    ...body(found ? found.text : rssHtml(first), found?.element ?? first, url),
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
  const { headline, summary, contentHtml, contentText } = rssText(item, url);
  return {
    id: guid?.textContent?.trim() ?? item.getAttribute('rdf:about') ?? undefined,
    url:
      urlIn(link, link?.textContent, url) ??
      (guidIsLink ? urlIn(guid, guid.textContent, url) : undefined),
    title:
      childText(item, 'title') ??
      childText(item, 'title', dublinCoreNamespace) ??
      mediaText(item, 'title') ??
      headline,
    subtitle: childText(item, 'subtitle', itunesNamespace),
    summary,
    contentHtml,
    contentText,
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

/** RSS 0.9x, 1.0 (RDF) and 2.0, with Dublin Core, Media RSS, iTunes and Yandex extensions. */
export function readRss(source: FeedSource, root: ElementLike): FeedPage {
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
  return toPage(source, items, title, next);
}
