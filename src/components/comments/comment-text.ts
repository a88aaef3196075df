import { html, type TemplateResult } from 'lit';
import { toSafeUrl } from '../../data/url.js';

const linkPattern = /\bhttps?:\/\/[^\s<>"«»]+/gi;
/** Punctuation that ends the sentence around a link rather than the link itself. */
const trailingPunctuation = /[.,;:!?…'’”\]]+$/;

/** Drops trailing punctuation, and a closing bracket unless the link opened it ("Foo_(bar)"). */
function trimLink(candidate: string): string {
  let link = candidate.replace(trailingPunctuation, '');
  while (link.endsWith(')') && link.split('(').length < link.split(')').length) {
    link = link.slice(0, -1).replace(trailingPunctuation, '');
  }
  return link;
}

/**
 * A reader's text as text nodes with the http(s) links in it made clickable. Lit renders every
 * string part as a text node, so nothing in a comment is ever parsed as HTML.
 */
export function linkify(text: string): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(linkPattern)) {
    const link = trimLink(match[0]);
    const href = toSafeUrl(link, undefined);
    if (!href) continue;
    parts.push(
      text.slice(last, match.index),
      html`<a part="text-link" href=${href} rel="nofollow ugc noopener noreferrer">${link}</a>`,
    );
    last = match.index + link.length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** Characters as the server counts them: code points of the trimmed text, so 😀 is one. */
export const characterCount = (text: string) => [...text.trim()].length;
