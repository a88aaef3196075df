/** What RSS items and Atom entries share: Media RSS, enclosures, links, bodies, the page. */
import type { ElementLike } from '../../dom.js';
import type { FeedPage, NewsAttachment } from '../../model.js';
import { resolveHtmlUrls } from '../html-urls.js';
import { toNewsItem, type RawItem } from '../normalize.js';
import { toSafeUrl } from '../../url.js';
import { itemContext, type FeedSource } from './adapter.js';
import { baseOf, urlIn } from './xml-base.js';
import { childElements } from './xml-elements.js';
import type { FeedText } from './xml-text.js';

const mediaNamespace = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];

export function isImage(element: ElementLike): boolean {
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
export function firstImageIn(html: string | undefined): string | undefined {
  return html?.match(/<img\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/i)?.[1];
}

/** Media RSS elements of an item, also those inside its `<media:group>`s. */
export function mediaElements(item: ElementLike, name: string): ElementLike[] {
  return [
    ...childElements(item, name, mediaNamespace),
    ...childElements(item, 'group', mediaNamespace).flatMap((group) =>
      childElements(group, name, mediaNamespace),
    ),
  ];
}

export function mediaImage(item: ElementLike): ElementLike | undefined {
  return [...mediaElements(item, 'content'), ...mediaElements(item, 'thumbnail')].find(
    (element) => element.localName === 'thumbnail' || isImage(element),
  );
}

export function mediaText(item: ElementLike, name: string): string | undefined {
  return mediaElements(item, name)[0]?.textContent?.trim() || undefined;
}

/** An item as read, with the files it links to (kept here: only RSS and Atom have them). */
export type XmlItem = RawItem & { attachments: NewsAttachment[] };

/** Enclosures that are not pictures: podcast episodes, PDF programmes, videos. */
export function attachmentsOf(
  enclosures: ElementLike[],
  address: string,
  url: string,
): NewsAttachment[] {
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

/** An HTML body made absolute against its element's `xml:base`, or plain text as it is. */
export function body(value: FeedText | undefined, element: ElementLike | undefined, url: string) {
  return {
    contentHtml: value?.html && resolveHtmlUrls(value.html, baseOf(element, url)),
    contentText: value?.text,
  };
}

/** Atom 0.3 feeds in the wild write the address as the link's text instead of its `href`. */
export function linkAddress(link: ElementLike | undefined): string | undefined {
  return link?.getAttribute('href')?.trim() || link?.textContent?.trim() || undefined;
}

export function atomLink(parent: ElementLike, relation: string): ElementLike | undefined {
  return childElements(parent, 'link').find(
    (link) => (link.getAttribute('rel') ?? 'alternate') === relation && linkAddress(link),
  );
}

export function linkHref(link: ElementLike | undefined, url: string): string | undefined {
  return urlIn(link, linkAddress(link), url);
}

/** The page of a feed: its cleaned items, its title, the next page its `rel="next"` link names. */
export function toPage(
  source: FeedSource,
  items: XmlItem[],
  title: string | undefined,
  next: ElementLike | undefined,
): FeedPage {
  const context = itemContext(source);
  const nextPage = toSafeUrl(linkHref(next, source.url), source.url);
  return {
    items: items.flatMap(({ attachments, ...raw }) => {
      const item = toNewsItem(raw, context);
      if (!item) return [];
      return [attachments.length ? { ...item, attachments } : item];
    }),
    ...(title && { title }),
    ...(nextPage && { nextPage }),
  };
}
