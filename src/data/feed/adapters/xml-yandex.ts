/** The bodies of Yandex's RSS dialects, which Bitrix, DataLife Engine and many Russian CMSs export. */
import type { ElementLike } from '../../dom.js';
import { childElement } from './xml-elements.js';
import { asHtml5 } from './xml-markup.js';
import type { FeedText } from './xml-text.js';

/** Yandex.News RSS: `<yandex:full-text>`, the whole article beside a short `<description>`. */
const yandexNewsNamespace = 'http://news.yandex.ru';
/** Yandex Turbo pages: `<turbo:content>`, the article as CDATA HTML. */
const turboNamespace = 'http://turbo.yandex.ru';

/**
 * A Turbo page opens with a `<header>` whose `<h1>` is, by Turbo's rules, the item's title: the
 * element shows that title already, so the body drops it (and keeps the header's `<figure>`).
 */
function withoutHeaderTitle(html: string): string {
  return html.replace(/<header\b[^>]*>[\s\S]*?<\/header>/i, (header) => {
    const rest = header.replace(/<h1\b[^>]*>[\s\S]*?<\/h1>\s*/i, '');
    return /^<header\b[^>]*>\s*<\/header>$/i.test(rest) ? '' : rest;
  });
}

/** Yandex.News wants plain text in `full-text`; Bitrix writes the article's HTML there, escaped. */
function fullText(written: string): FeedText {
  const isHtml = /<[a-z][^>]*>|&#?\w+;/i.test(written);
  return isHtml ? { html: asHtml5(written) } : { text: written };
}

/** An item's Turbo or Yandex.News body, and the element it is in (for its `xml:base`). */
export function yandexBody(
  item: ElementLike,
): { element: ElementLike; text: FeedText } | undefined {
  const turbo = childElement(item, 'content', turboNamespace);
  if (turbo) {
    return { element: turbo, text: { html: withoutHeaderTitle(asHtml5(turbo.textContent ?? '')) } };
  }
  const full = childElement(item, 'full-text', yandexNewsNamespace);
  return full && { element: full, text: fullText(full.textContent ?? '') };
}
