import { FeedError } from '../../../../src/data/errors.js';
import { isRecord, type Json } from '../../../../src/data/json.js';
import type { FeedPage, NewsImage, NewsItem } from '../../../../src/data/model.js';
import { toSafeUrl } from '../../../../src/data/url.js';
import { largestFitting } from './images.js';
import { hashtagsOf, postWords, readPostText } from './post-text.js';

/** Who a wall belongs to or a post came from, from `wall.get` with `extended=1`. */
interface Names {
  groups: Json[];
  profiles: Json[];
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** `[club123|Библиотека]` and `[id1|Иван]` are VK's mentions: the reader sees only the name. */
function withoutMentionMarkup(value: string): string {
  return value.replace(/\[(?:club|public|id)\d+\|([^\]]*)\]/g, '$1').trim();
}

function authorName(id: unknown, names: Names): string | undefined {
  if (typeof id !== 'number') return undefined;
  if (id < 0) return text(names.groups.find((group) => group.id === -id)?.name) || undefined;
  const profile = names.profiles.find((person) => person.id === id);
  return profile ? `${text(profile.first_name)} ${text(profile.last_name)}`.trim() : undefined;
}

/** The sizes of a VK photo: the `sizes` array of API 5.77+, or the older `photo_604` keys. */
function photoSizes(photo: unknown): NewsImage[] {
  if (!isRecord(photo)) return [];
  const sizes = records(photo.sizes).map((size) => ({
    url: size.url ?? size.src,
    width: size.width,
    height: size.height,
  }));
  const keyed = Object.entries(photo)
    .filter(([key]) => /^photo_\d+$/.test(key))
    .map(([key, url]) => ({ url, width: Number(key.slice('photo_'.length)), height: undefined }));
  return [...sizes, ...keyed].flatMap(({ url, width, height }) => {
    const safe = toSafeUrl(url, undefined, 'image');
    if (!safe || typeof width !== 'number') return [];
    return [{ url: safe, width, ...(typeof height === 'number' && height > 0 && { height }) }];
  });
}

/** The picture of each attachment that has one, in the post's order. */
function attachmentImages(post: Json): NewsImage[][] {
  return records(post.attachments).map((attachment) => {
    const body = attachment[text(attachment.type)];
    if (!isRecord(body)) return [];
    if (attachment.type === 'photo') return photoSizes(body);
    if (attachment.type === 'video') return photoSizes({ sizes: body.image });
    return photoSizes(body.photo);
  });
}

/** What an attachment calls itself: an article's or link's title, a poll's question. */
function attachmentTitle(post: Json): string | undefined {
  for (const attachment of records(post.attachments)) {
    const body = attachment[text(attachment.type)];
    const title = isRecord(body) ? text(body.title) || text(body.question) : '';
    if (title.trim()) return title.trim();
  }
  return undefined;
}

/** vk.com/club1 or vk.com/id1: how VK itself names a wall whose name the answer left out. */
function vkAddress(id: unknown): string {
  const number = Number(id);
  return number < 0 ? `vk.com/club${-number}` : `vk.com/id${number}`;
}

function postUrl(post: Json): string {
  return `https://vk.com/wall${String(post.owner_id)}_${String(post.id)}`;
}

function toNewsItem(post: Json, names: Names): NewsItem {
  const original = records(post.copy_history)[0];
  const originalAuthor = original
    ? (authorName(original.from_id ?? original.owner_id, names) ??
      vkAddress(original.from_id ?? original.owner_id))
    : undefined;
  const ownText = withoutMentionMarkup(text(post.text));
  const originalText = original ? withoutMentionMarkup(text(original.text)) : '';
  const image = [...attachmentImages(post), ...(original ? attachmentImages(original) : [])]
    .map((sizes) => largestFitting(sizes))
    .find(Boolean);
  const own = readPostText(ownText);
  const repeated = readPostText(originalText);
  // The title and summary come from one text: the post's own words, else the repeated post's.
  const told = own.title
    ? own
    : repeated.title
      ? repeated
      : { summary: own.summary ?? repeated.summary };
  const repostLine = originalAuthor && `${postWords.repostOf(originalAuthor)}.`;
  const summary = [repostLine, told.summary].filter(Boolean).join(' ');
  const title =
    told.title ??
    attachmentTitle(post) ??
    (original && attachmentTitle(original)) ??
    (originalAuthor && postWords.repostOf(originalAuthor)) ??
    (image ? postWords.photo : postWords.post);
  const contentText = [ownText, originalAuthor && postWords.repostOf(originalAuthor), originalText]
    .filter(Boolean)
    .join('\n\n');
  const author = authorName(post.from_id ?? post.owner_id, names);
  return {
    id: `vk${String(post.owner_id)}_${String(post.id)}`,
    url: postUrl(post),
    ...(original && { externalUrl: postUrl(original) }),
    title,
    ...(originalAuthor &&
      title !== postWords.repostOf(originalAuthor) && {
        subtitle: postWords.repostOf(originalAuthor),
      }),
    ...(summary && { summary }),
    ...(contentText && { contentText }),
    ...(typeof post.date === 'number' && { datePublished: new Date(post.date * 1000) }),
    ...(typeof post.edited === 'number' && { dateModified: new Date(post.edited * 1000) }),
    ...(image && { image }),
    ...(author && { author }),
    tags: hashtagsOf(`${ownText}\n${originalText}`),
    ...(isRecord(post.views) &&
      typeof post.views.count === 'number' && { views: post.views.count }),
    ...(isRecord(post.comments) &&
      typeof post.comments.count === 'number' && { commentCount: post.comments.count }),
  };
}

/**
 * A VK `wall.get` answer as a feed page. Posts come newest first; the pinned post, which VK puts
 * at the top whatever its date, takes its place by date, so a news list stays in date order.
 * An answer `{"error": …}` (a wrong token, a private or deleted wall) is an upstream failure
 * that names VK's own error code and message; VK's `request_params` are not repeated.
 */
export function vkWallToFeedPage(answer: unknown): FeedPage {
  if (isRecord(answer) && isRecord(answer.error)) {
    const { error_code: code, error_msg: message } = answer.error;
    throw new FeedError('http', `VK API error ${String(code)}: ${text(message)}`, { status: 502 });
  }
  const response = isRecord(answer) ? answer.response : undefined;
  if (!isRecord(response) || !Array.isArray(response.items)) {
    throw new FeedError('format', 'The VK answer has no response.items');
  }
  const names = { groups: records(response.groups), profiles: records(response.profiles) };
  const posts = records(response.items).filter(
    (post) => typeof post.id === 'number' && typeof post.owner_id === 'number',
  );
  const items = posts
    .map((post) => toNewsItem(post, names))
    .sort((a, b) => (b.datePublished?.getTime() ?? 0) - (a.datePublished?.getTime() ?? 0));
  const owner = posts[0]?.owner_id;
  const title = authorName(owner, names);
  return {
    items,
    ...(typeof response.count === 'number' && { total: response.count }),
    ...(title && { title }),
  };
}
