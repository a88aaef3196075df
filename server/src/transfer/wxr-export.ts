import { DOMImplementation, type Element, XMLSerializer } from '@xmldom/xmldom';
import type { CommentRow } from '../comments/comment.js';
import { rfc2822Date, wordpressDate } from './dates.js';
import type { SiteComments, SiteThread } from './site-comments.js';

const namespaces = {
  excerpt: 'http://wordpress.org/export/1.2/excerpt/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  dc: 'http://purl.org/dc/elements/1.1/',
  wp: 'http://wordpress.org/export/1.2/',
} as const;

type Prefix = keyof typeof namespaces;

/** Our statuses in `wp:comment_approved`: a comment a moderator rejected goes to the trash. */
const approved: Record<CommentRow['status'], string> = {
  published: '1',
  pending: '0',
  rejected: 'trash',
};

/**
 * Text XML 1.0 can carry: a lone surrogate, U+FFFE and U+FFFF become U+FFFD. Our texts hold
 * no other control characters (the comment store drops them).
 */
const xmlText = (text: string) =>
  text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    '\uFFFD',
  );

/** Our plain text as the HTML WordPress keeps: markup characters escaped, newlines as typed. */
const asWordpressHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

class WxrWriter {
  readonly document = new DOMImplementation().createDocument(null, 'rss', null);

  constructor() {
    const root = this.document.documentElement!;
    root.setAttribute('version', '2.0');
    for (const [prefix, uri] of Object.entries(namespaces))
      root.setAttributeNS('http://www.w3.org/2000/xmlns/', `xmlns:${prefix}`, uri);
  }

  element(parent: Element, name: string, prefix?: Prefix): Element {
    const element = prefix
      ? this.document.createElementNS(namespaces[prefix], `${prefix}:${name}`)
      : this.document.createElement(name);
    parent.appendChild(element);
    return element;
  }

  /** A field of plain value (ids, dates, statuses): escaped as XML text. */
  text(parent: Element, name: string, value: string, prefix?: Prefix): Element {
    const element = this.element(parent, name, prefix);
    if (value) element.appendChild(this.document.createTextNode(xmlText(value)));
    return element;
  }

  /**
   * A field of prose, in CDATA as WordPress writes it. A `]]>` inside would end the section,
   * so it is split across two sections; xmldom does not do that itself.
   */
  cdata(parent: Element, name: string, value: string, prefix?: Prefix): Element {
    const element = this.element(parent, name, prefix);
    const pieces = xmlText(value).split(']]>');
    pieces.forEach((piece, index) => {
      const section = `${index > 0 ? '>' : ''}${piece}${index < pieces.length - 1 ? ']]' : ''}`;
      element.appendChild(this.document.createCDATASection(section));
    });
    return element;
  }

  toString(): string {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(this.document)}\n`;
  }
}

function writeComment(writer: WxrWriter, item: Element, row: CommentRow): void {
  const comment = writer.element(item, 'comment', 'wp');
  writer.text(comment, 'comment_id', String(row.id), 'wp');
  writer.cdata(comment, 'comment_author', row.author_name, 'wp');
  writer.text(comment, 'comment_author_email', '', 'wp');
  writer.text(comment, 'comment_author_url', '', 'wp');
  writer.text(comment, 'comment_author_IP', '', 'wp');
  // Our times are UTC, so the blog's local date is written in UTC too.
  writer.text(comment, 'comment_date', wordpressDate(row.created_at), 'wp');
  writer.text(comment, 'comment_date_gmt', wordpressDate(row.created_at), 'wp');
  writer.cdata(comment, 'comment_content', asWordpressHtml(row.text), 'wp');
  writer.text(comment, 'comment_approved', approved[row.status], 'wp');
  writer.text(comment, 'comment_type', 'comment', 'wp');
  writer.text(comment, 'comment_parent', String(row.parent_id ?? 0), 'wp');
  writer.text(comment, 'comment_user_id', '0', 'wp');
}

function writeThread(
  writer: WxrWriter,
  channel: Element,
  { thread, item, comments }: SiteThread,
  postId: number,
): void {
  const element = writer.element(channel, 'item');
  // A thread that is no news item is dated by its first comment.
  const date = item?.datePublished ?? comments[0]!.row.created_at;
  writer.cdata(element, 'title', item?.title ?? thread);
  if (item) writer.text(element, 'link', item.url);
  writer.text(element, 'pubDate', rfc2822Date(date));
  writer.cdata(element, 'creator', '', 'dc');
  if (item) writer.text(element, 'guid', item.url).setAttribute('isPermaLink', 'false');
  writer.text(element, 'description', '');
  writer.cdata(element, 'encoded', item?.contentHtml ?? '', 'content');
  writer.cdata(element, 'encoded', '', 'excerpt');
  writer.text(element, 'post_id', String(postId), 'wp');
  writer.text(element, 'post_date', wordpressDate(date), 'wp');
  writer.text(element, 'post_date_gmt', wordpressDate(date), 'wp');
  writer.text(element, 'comment_status', 'open', 'wp');
  writer.text(element, 'ping_status', 'closed', 'wp');
  writer.cdata(element, 'post_name', thread, 'wp');
  writer.text(element, 'status', 'publish', 'wp');
  writer.text(element, 'post_parent', '0', 'wp');
  writer.text(element, 'menu_order', '0', 'wp');
  writer.text(element, 'post_type', 'post', 'wp');
  writer.text(element, 'post_password', '', 'wp');
  writer.text(element, 'is_sticky', '0', 'wp');
  for (const { row, replies } of comments) {
    writeComment(writer, element, row);
    for (const reply of replies) writeComment(writer, element, reply);
  }
}

/**
 * A site's comments as a WordPress export (WXR 1.2) that WordPress's importer reads: one post
 * per thread (the news item's title, page, date and body, its slug the thread's name), each
 * comment with its id, parent, author, dates in WordPress's formats (UTC) and status. Our
 * plain text goes in as HTML-escaped text, its newlines as typed, as WordPress keeps comments.
 */
export function toWxrExport(comments: SiteComments, now: Date): string {
  const writer = new WxrWriter();
  const channel = writer.element(writer.document.documentElement!, 'channel');
  writer.cdata(channel, 'title', comments.site.name);
  writer.text(channel, 'link', comments.origin ?? '');
  writer.text(channel, 'description', '');
  writer.text(channel, 'pubDate', rfc2822Date(now.toISOString()));
  writer.text(channel, 'wxr_version', '1.2', 'wp');
  writer.text(channel, 'base_site_url', comments.origin ?? '', 'wp');
  writer.text(channel, 'base_blog_url', comments.origin ?? '', 'wp');
  writer.text(channel, 'generator', 'biblio-widgets');
  comments.threads.forEach((thread, index) => writeThread(writer, channel, thread, index + 1));
  return writer.toString();
}
