import { parse, serialize } from 'parse5';
import type { FeedPage, NewsImage, NewsItem } from '../../../../src/data/model.js';
import { toSafeUrl } from '../../../../src/data/url.js';
import { hashtagsOf, postWords, readPostText } from './post-text.js';

/**
 * The part of parse5's default tree that is read here. Declared rather than imported: parse5 6
 * (pinned now) has its types in @types/parse5, 7 and later ship their own under other names, and
 * the tree's shape is the same in all of them, so an upgrade does not touch this reader.
 */
interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  value?: string;
}

function attribute(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

function hasClass(node: HtmlNode, name: string): boolean {
  return (attribute(node, 'class') ?? '').split(/\s+/).includes(name);
}

/** Every element under `node` that `match` accepts, not looking inside the ones `skip` names. */
function findAll(
  node: HtmlNode,
  match: (node: HtmlNode) => boolean,
  skip: (node: HtmlNode) => boolean = () => false,
): HtmlNode[] {
  return (node.childNodes ?? []).flatMap((child) =>
    skip(child) ? [] : [...(match(child) ? [child] : []), ...findAll(child, match, skip)],
  );
}

function byClass(node: HtmlNode, name: string): HtmlNode | undefined {
  return findAll(node, (child) => hasClass(child, name))[0];
}

/** The visible text, with `<br>` as a line break so the first line can become the title. */
function textOf(node: HtmlNode | undefined): string {
  if (!node) return '';
  // A line break in the markup is a space, as a browser shows it; only <br> breaks the line.
  if (node.nodeName === '#text') return (node.value ?? '').replace(/\s+/g, ' ');
  if (node.nodeName === 'br') return '\n';
  return (node.childNodes ?? []).map(textOf).join('');
}

function backgroundImage(node: HtmlNode): string | undefined {
  const [, url] =
    (attribute(node, 'style') ?? '').match(/background-image:\s*url\('?"?([^'")]+)/) ?? [];
  return toSafeUrl(url, 'https://t.me/', 'image');
}

/**
 * The message's picture: its photo (the first of an album), a video's frame, or the link
 * preview's. The preview page has one size of each photo; its width comes from the style.
 */
function imageOf(message: HtmlNode): NewsImage | undefined {
  const holders = findAll(message, (node) =>
    [
      'tgme_widget_message_photo_wrap',
      'tgme_widget_message_video_thumb',
      'link_preview_image',
      'link_preview_right_image',
    ].some((name) => hasClass(node, name)),
  );
  for (const holder of holders) {
    const url = backgroundImage(holder);
    const [, width] = (attribute(holder, 'style') ?? '').match(/(?:^|;)\s*width:\s*(\d+)px/) ?? [];
    if (url) return { url, ...(width && { width: Number(width) }) };
  }
  return undefined;
}

/**
 * The message's HTML with its links made absolute: hashtags link to `?q=%23tag` on the
 * channel's preview page, which would otherwise resolve against the proxy.
 */
function htmlOf(textNode: HtmlNode, post: string): string {
  const base = `https://t.me/s/${post.split('/')[0]}`;
  for (const link of findAll(textNode, (node) => node.nodeName === 'a')) {
    const href = link.attrs?.find((attr) => attr.name === 'href');
    if (href) href.value = toSafeUrl(href.value, base) ?? base;
  }
  return serialize(textNode as unknown as Parameters<typeof serialize>[0]);
}

/** "1.2K" and "15.3K" as Telegram shortens view counts, back to a number. */
function viewCount(text: string): number | undefined {
  const [, number, unit] = text.trim().match(/^([\d.]+)([KM]?)$/) ?? [];
  if (!number) return undefined;
  return Math.round(Number(number) * ({ K: 1e3, M: 1e6 }[unit] ?? 1));
}

function toNewsItem(message: HtmlNode, post: string): NewsItem {
  // A reply quotes the message it answers; that quote is not this message's text.
  const textNode = findAll(
    message,
    (node) => hasClass(node, 'tgme_widget_message_text'),
    (node) => hasClass(node, 'tgme_widget_message_reply'),
  )[0];
  const text = textOf(textNode).trim();
  const forwarded = byClass(message, 'tgme_widget_message_forwarded_from_name');
  const forwardedFrom = forwarded && textOf(forwarded).trim();
  const forwardedUrl = forwarded && toSafeUrl(attribute(forwarded, 'href'), 'https://t.me/');
  const time = findAll(message, (node) => node.nodeName === 'time')[0];
  const datetime = time && attribute(time, 'datetime');
  const image = imageOf(message);
  const previewTitle = textOf(byClass(message, 'link_preview_title')).trim();
  const author = textOf(byClass(message, 'tgme_widget_message_owner_name')).trim();
  const told = readPostText(text);
  const forwardLine = forwardedFrom && `${postWords.forwardedFrom(forwardedFrom)}.`;
  const summary = [forwardLine, told.summary].filter(Boolean).join(' ');
  const views = viewCount(textOf(byClass(message, 'tgme_widget_message_views')));
  return {
    id: `telegram-${post.replace('/', '-')}`,
    url: `https://t.me/${post}`,
    ...(forwardedUrl && { externalUrl: forwardedUrl }),
    title: told.title || previewTitle || (image ? postWords.photo : postWords.post),
    ...(forwardedFrom && { subtitle: postWords.forwardedFrom(forwardedFrom) }),
    ...(summary && { summary }),
    ...(textNode && { contentHtml: htmlOf(textNode, post) }),
    ...(datetime && !Number.isNaN(Date.parse(datetime)) && { datePublished: new Date(datetime) }),
    ...(image && { image }),
    ...(author && { author }),
    tags: hashtagsOf(text),
    ...(views !== undefined && { views }),
  };
}

export interface TelegramPage extends FeedPage {
  /** The id to ask `?before=` for the page of older messages, when there are older ones. */
  before?: string;
}

/**
 * A public channel's web preview, `https://t.me/s/<channel>`, as a feed page. The preview shows
 * the latest messages oldest first; the feed lists them newest first. Service messages ("channel
 * photo updated") are left out. parse5 reads the page as a browser would, so markup Telegram
 * changes around the message blocks does not break it.
 */
export function telegramPreviewToFeedPage(html: string): TelegramPage {
  const document = parse(html) as unknown as HtmlNode;
  const items = findAll(
    document,
    (node) => hasClass(node, 'tgme_widget_message') && !hasClass(node, 'service_message'),
  )
    .flatMap((message) => {
      const post = attribute(message, 'data-post');
      return post && /^[\w]+\/\d+$/.test(post) ? [toNewsItem(message, post)] : [];
    })
    .sort((a, b) => (b.datePublished?.getTime() ?? 0) - (a.datePublished?.getTime() ?? 0));
  const title =
    textOf(byClass(document, 'tgme_header_title')).trim() ||
    textOf(byClass(document, 'tgme_channel_info_header_title')).trim();
  const more = byClass(document, 'tme_messages_more');
  const before = more && attribute(more, 'data-before');
  return { items, ...(title && { title }), ...(before && /^\d+$/.test(before) && { before }) };
}
