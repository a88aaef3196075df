import type { ElementLike } from '../../dom.js';
import type { FeedPage } from '../../model.js';
import { toPlainText } from '../text.js';
import type { FeedSource } from './adapter.js';
import { urlIn } from './xml-base.js';
import { childElement, childElements, childText } from './xml-elements.js';
import {
  atomLink,
  attachmentsOf,
  body,
  firstImageIn,
  isImage,
  linkHref,
  mediaImage,
  mediaText,
  toPage,
  type XmlItem,
} from './xml-items.js';
import { asMarkup, atomText } from './xml-text.js';

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
    url: linkHref(atomLink(entry, 'alternate'), url),
    title: asMarkup(atomText(childElement(entry, 'title'))),
    summary: asMarkup(atomText(childElement(entry, 'summary'))) ?? mediaText(entry, 'description'),
    contentHtml,
    contentText,
    datePublished: childText(entry, 'published') ?? childText(entry, 'issued') ?? updated,
    dateModified: updated,
    image:
      linkHref(enclosure, url) ??
      urlIn(media, media?.getAttribute('url'), url) ??
      firstImageIn(contentHtml),
    attachments: attachmentsOf(enclosures, 'href', url),
    author: childElements(entry, 'author').map((author) => childText(author, 'name')),
    tags: childElements(entry, 'category').map(
      (category) => category.getAttribute('label') ?? category.getAttribute('term'),
    ),
  };
}

/** Atom 1.0 and 0.3. */
export function readAtom(source: FeedSource, feed: ElementLike): FeedPage {
  const title = toPlainText(asMarkup(atomText(childElement(feed, 'title'))), source.parser);
  const items = childElements(feed, 'entry').map((entry) => atomItem(entry, source.url));
  return toPage(source, items, title, atomLink(feed, 'next'));
}
