/** The bodies of Yandex's RSS dialects, which Bitrix, DataLife Engine and many Russian CMSs export. */
import type { ElementLike } from '../../dom.js';
import { childElement } from './xml-elements.js';
import { asHtml5 } from './xml-markup.js';
import type { FeedText } from './xml-text.js';

/** Yandex.News RSS: `<yandex:full-text>`, the whole article beside a short `<description>`. */
const yandexNewsNamespace = 'http://news.yandex.ru';
/** Yandex Turbo pages: `<turbo:content>`, the article as CDATA HTML. */
const turboNamespace = 'http://turbo.yandex.ru';

/** A Turbo body, and the title its header's `<h1>` gives (as markup, cleaned as titles are). */
interface TurboBody {
  html: string;
  title?: string;
}

/**
 * A Turbo page opens with a `<header>` whose `<h1>` is, by Turbo's rules, the page's title (Turbo
 * needs no `<title>`): it is the item's title, so the body drops it and keeps the `<figure>`.
 */
function turboBody(html: string): TurboBody {
  let title: string | undefined;
  const body = html.replace(/<header\b[^>]*>[\s\S]*?<\/header>/i, (header) => {
    const rest = header.replace(/<h1\b[^>]*>([\s\S]*?)<\/h1>\s*/i, (_, heading: string) => {
      title = heading;
      return '';
    });
    return /^<header\b[^>]*>\s*<\/header>$/i.test(rest) ? '' : rest;
  });
  return { html: body, title };
}

/** Yandex.News wants plain text in `full-text`; Bitrix writes the article's HTML there, escaped. */
function fullText(written: string): FeedText {
  const isHtml = /<[a-z][^>]*>|&#?\w+;/i.test(written);
  return isHtml ? { html: asHtml5(written) } : { text: written };
}

/**
 * An item's Turbo or Yandex.News body, the element it is in (for its `xml:base`), and the title
 * a Turbo header gives.
 */
export function yandexBody(
  item: ElementLike,
): { element: ElementLike; text: FeedText; title?: string } | undefined {
  const turbo = childElement(item, 'content', turboNamespace);
  if (turbo) {
    const { html, title } = turboBody(asHtml5(turbo.textContent ?? ''));
    return { element: turbo, text: { html }, title };
  }
  const full = childElement(item, 'full-text', yandexNewsNamespace);
  return full && { element: full, text: fullText(full.textContent ?? '') };
}
