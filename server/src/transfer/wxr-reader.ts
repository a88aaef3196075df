import { parseExportDate } from './dates.js';
import { childText, children, readExportXml } from './export-xml.js';
import { htmlToText } from './html-to-text.js';
import {
  ExportFileError,
  firstProblem,
  importable,
  type SourceComment,
  type SourceExport,
  type SourceState,
  type SourceThread,
} from './source.js';

/** Every WXR version has its own `wp:` namespace: export/1.0/, 1.1/, 1.2/. */
const wp = /^https?:\/\/wordpress\.org\/export\/\d+\.\d+\/$/;

/**
 * `wp:comment_approved`: 1 is approved, 0 (shown as "hold" in the admin) waits for a
 * moderator, and spam and trash are what they say; a post in the trash trashes its comments.
 */
const approvedStates: Record<string, SourceState> = {
  '1': 'published',
  approve: 'published',
  approved: 'published',
  '0': 'pending',
  hold: 'pending',
  spam: 'spam',
  trash: 'trash',
  'post-trashed': 'trash',
};

/** Comment types that are a reader's comment; the rest are pingbacks, trackbacks, notes. */
const readerTypes = new Set(['', 'comment']);

function stateOf(comment: Element): SourceState | undefined {
  const type = childText(comment, 'comment_type', wp) ?? '';
  if (!readerTypes.has(type)) return 'pingback';
  return approvedStates[childText(comment, 'comment_approved', wp) ?? ''];
}

/**
 * The comment's UTC date: `comment_date_gmt`, else `comment_date` (the blog's own time zone,
 * which the export does not name), else none.
 */
function dateOf(comment: Element, localDates: { count: number }): string | undefined {
  const gmt = parseExportDate(childText(comment, 'comment_date_gmt', wp));
  if (gmt) return gmt;
  const local = parseExportDate(childText(comment, 'comment_date', wp));
  if (local) localDates.count += 1;
  return local;
}

/**
 * What names the post in external ids. WordPress's own short link (`…/?p=18`) survives a
 * change of permalinks, so it is used when the export has the blog's address and the post's
 * id; else the post's link.
 */
function postKey(item: Element, blogUrl: string | undefined): string | undefined {
  const postId = childText(item, 'post_id', wp);
  if (blogUrl && postId) return `${blogUrl.replace(/\/?$/, '/')}?p=${postId}`;
  return childText(item, 'link', null) || (postId && `post-${postId}`) || undefined;
}

function readComment(
  comment: Element,
  key: string | undefined,
  localDates: { count: number },
): SourceComment {
  const id = childText(comment, 'comment_id', wp);
  const parent = childText(comment, 'comment_parent', wp);
  const state = stateOf(comment);
  const createdAt = dateOf(comment, localDates);
  const text = htmlToText(children(comment, 'comment_content', wp)[0]?.textContent ?? '', 'typed');
  // Spam, trash and pingbacks are skipped whatever they lack; the rest must be whole.
  const problem =
    state && !importable.has(state)
      ? undefined
      : firstProblem([
          [!key, 'its post has neither wp:post_id nor link'],
          [!id, 'no wp:comment_id'],
          [!state, `wp:comment_approved is "${childText(comment, 'comment_approved', wp) ?? ''}"`],
          [!createdAt, 'no date that can be read'],
          [!text, 'no text'],
        ]);
  return {
    externalId: `${key ?? ''}#comment-${id ?? ''}`,
    ...(parent && parent !== '0' && { parentExternalId: `${key ?? ''}#comment-${parent}` }),
    authorName: childText(comment, 'comment_author', wp) ?? '',
    ...(createdAt && { createdAt }),
    text,
    ...(problem ? { state: 'invalid' as const, problem } : { state: state! }),
  };
}

function readItem(
  item: Element,
  blogUrl: string | undefined,
  localDates: { count: number },
): SourceThread {
  const link = childText(item, 'link', null) || undefined;
  const guid = childText(item, 'guid', null);
  const postName = childText(item, 'post_name', wp);
  const postId = childText(item, 'post_id', wp);
  const key = postKey(item, blogUrl);
  return {
    label: childText(item, 'title', null) || link || `post ${postId ?? '?'}`,
    ...(link && { link }),
    urls: [...new Set([link, guid])].filter((url): url is string => !!url && URL.canParse(url)),
    slugs: postName ? [postName] : [],
    comments: children(item, 'comment', wp).map((comment) => readComment(comment, key, localDates)),
  };
}

/**
 * The comments of a WordPress export (WXR 1.0 to 1.2): one thread per post or page that has
 * any, replies by `wp:comment_parent`, the HTML WordPress keeps turned into plain text.
 */
export function readWxr(bytes: Uint8Array): SourceExport {
  const { document, warnings } = readExportXml(bytes);
  const root = document.documentElement;
  const channel = root.localName === 'rss' ? children(root, 'channel', null)[0] : undefined;
  if (!channel) throw new ExportFileError('Not a WordPress export: no <rss><channel>');
  const items = children(channel, 'item', null);
  const usesWp = items.some((item) =>
    Array.from(item.childNodes).some(
      (node) => node.nodeType === 1 && wp.test((node as Element).namespaceURI ?? ''),
    ),
  );
  if (items.length && !usesWp)
    throw new ExportFileError('Not a WordPress export: RSS without wp: elements (a plain feed?)');
  const blogUrl =
    childText(channel, 'base_blog_url', wp) || childText(channel, 'base_site_url', wp);
  const localDates = { count: 0 };
  const threads = items
    .map((item) => readItem(item, blogUrl, localDates))
    .filter((thread) => thread.comments.length > 0);
  if (localDates.count)
    warnings.push(
      `${localDates.count} comment(s) had no wp:comment_date_gmt: their wp:comment_date, in the blog's time zone, was taken as UTC`,
    );
  return { source: 'wxr', threads, warnings };
}
