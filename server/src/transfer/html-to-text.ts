import { parseFragment } from 'parse5';
import { ApiError } from '../http/api-error.js';
import { parseCommentText } from '../http/validate.js';

/**
 * The part of parse5's default tree that is read here, declared as telegram.ts does: parse5 6
 * has its types in @types/parse5 and later versions ship their own, with the same tree shape.
 */
interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  value?: string;
}

/**
 * How the source's line breaks read. WordPress keeps a comment as typed, with some tags: its
 * newlines are the writer's (wpautop makes them `<br>` and `<p>` on display). Disqus keeps
 * HTML proper, where a newline in the markup is a space, as in a browser.
 */
export type Newlines = 'typed' | 'markup';

/** Elements whose content is no text a reader saw. */
const hidden = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'head',
  'title',
  'select',
  'canvas',
  'audio',
  'video',
]);

/** Elements that start a new paragraph (a blank line) or a new line. */
const paragraphs = new Set([
  'p',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const lines = new Set([
  'div',
  'li',
  'dt',
  'dd',
  'tr',
  'figure',
  'figcaption',
  'address',
  'header',
  'footer',
  'section',
  'article',
  'aside',
  'nav',
  'main',
  'details',
  'summary',
  'caption',
  'form',
  'fieldset',
  'legend',
  'center',
]);

/** HTML's own whitespace: a no-break space is text, as in a browser. */
const markupSpace = /[ \t\n\f\r]+/g;

/** Builds the text: breaks and spaces wait for the next word, so none trail or double. */
class TextWriter {
  private text = '';
  private newlines = 0;
  private space = false;

  /** Words with their spaces already collapsed; a space at either end is a soft space. */
  words(value: string): void {
    if (!value) return;
    if (value.startsWith(' ')) this.space = true;
    const word = value.trim();
    if (word) {
      this.emit(word);
      this.space = value.endsWith(' ');
    }
  }

  /** Text written as it is, spaces and all (inside `<pre>`). */
  verbatim(value: string): void {
    value.split('\n').forEach((line, index) => {
      if (index > 0) this.hardBreak();
      if (line) this.emit(line);
    });
  }

  /** A `<br>` or a typed newline: two in a row leave a blank line. */
  hardBreak(): void {
    if (this.text) this.newlines = Math.min(this.newlines + 1, 2);
    this.space = false;
  }

  /** The edge of a block: at least `count` newlines before the next word, never more than 2. */
  blockBreak(count: 1 | 2): void {
    if (this.text) this.newlines = Math.max(this.newlines, count);
    this.space = false;
  }

  softSpace(): void {
    this.space = true;
  }

  private emit(word: string): void {
    if (this.text) this.text += this.newlines ? '\n'.repeat(this.newlines) : this.space ? ' ' : '';
    this.text += word;
    this.newlines = 0;
    this.space = false;
  }

  toString(): string {
    return this.text;
  }
}

function attribute(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

/** Where a link goes, if a reader may follow it: http(s) and mailto, absolute only. */
function linkTarget(node: HtmlNode): string | undefined {
  const href = attribute(node, 'href')?.trim();
  if (!href || !URL.canParse(href)) return undefined;
  const { protocol } = new URL(href);
  if (protocol === 'mailto:') return href.slice('mailto:'.length);
  return protocol === 'http:' || protocol === 'https:' ? href : undefined;
}

/** A URL as a reader compares two: no scheme, no `www.`, no trailing slash. */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/^[a-z]+:(\/\/)?/, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

const ellipsis = /(\.\.\.|…)$/;

/**
 * A link in plain text: its words and, in brackets, where it went. A link whose words are its
 * address, or that address shortened ("http://blogs.msdn.com/b/b8/..."), is the address alone.
 */
function linkText(words: string, target: string): string {
  if (!words) return target;
  const address = comparable(target);
  const shortened =
    ellipsis.test(words) && address.startsWith(comparable(words.replace(ellipsis, '')));
  return shortened || comparable(words) === address ? target : `${words} (${target})`;
}

class HtmlReader {
  constructor(
    private readonly writer: TextWriter,
    private readonly newlines: Newlines,
  ) {}

  read(node: HtmlNode, preformatted = false): void {
    const name = node.nodeName;
    if (name === '#text') return this.textNode(node.value ?? '', preformatted);
    if (name.startsWith('#') && name !== '#document-fragment') return; // comments, doctypes
    if (hidden.has(name)) return;
    if (name === 'br') return this.writer.hardBreak();
    if (name === 'img')
      return this.writer.words(attribute(node, 'alt')?.replace(markupSpace, ' ') ?? '');
    if (name === 'a') return this.link(node, preformatted);
    const block = paragraphs.has(name) ? 2 : lines.has(name) ? 1 : 0;
    if (block) this.writer.blockBreak(block);
    if (name === 'li') this.writer.words('• ');
    for (const child of node.childNodes ?? []) this.read(child, preformatted || name === 'pre');
    if (block) this.writer.blockBreak(block);
    if (name === 'td' || name === 'th') this.writer.softSpace();
  }

  private textNode(value: string, preformatted: boolean): void {
    if (preformatted) return this.writer.verbatim(value);
    if (this.newlines === 'markup') return this.writer.words(value.replace(markupSpace, ' '));
    value.split(/(\n+)/).forEach((part, index) => {
      if (index % 2 === 0) this.writer.words(part.replace(markupSpace, ' '));
      else
        for (let count = Math.min(part.length, 2); count > 0; count -= 1) this.writer.hardBreak();
    });
  }

  private link(node: HtmlNode, preformatted: boolean): void {
    const inner = new TextWriter();
    const reader = new HtmlReader(inner, this.newlines);
    for (const child of node.childNodes ?? []) reader.read(child, preformatted);
    const words = inner.toString().replace(/\s+/g, ' ');
    const target = linkTarget(node);
    this.writer.words(target ? linkText(words, target) : words);
  }
}

/**
 * A comment's HTML as the plain text our comments are: parsed as a browser parses it (parse5),
 * entities decoded, paragraphs and line breaks kept, links' addresses kept beside their words,
 * scripts, styles and other invisible content dropped, then cleaned as a posted comment is
 * (control characters out, newlines normalized). Empty when nothing readable is left.
 */
export function htmlToText(html: string, newlines: Newlines): string {
  const writer = new TextWriter();
  new HtmlReader(writer, newlines).read(parseFragment(html) as unknown as HtmlNode);
  try {
    return parseCommentText(writer.toString(), Number.POSITIVE_INFINITY);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'text_required') return '';
    throw error;
  }
}
