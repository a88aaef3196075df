import { parseExportDate } from './dates.js';
import { childText, children, readExportXml } from './export-xml.js';
import { htmlToText } from './html-to-text.js';
import {
  ExportFileError,
  firstProblem,
  type SourceComment,
  type SourceExport,
  type SourceState,
  type SourceThread,
} from './source.js';

const disqus = 'http://disqus.com';
const internals = 'http://disqus.com/disqus-internals';

const dsqId = (element: Element | undefined) =>
  element?.getAttributeNS(internals, 'id')?.trim() || undefined;

/** `true`, `false`, or absent (false); anything else is reported, not guessed. */
function flag(element: Element, name: string): boolean | string {
  const value = childText(element, name, disqus);
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return `${name} is "${value}"`;
}

/**
 * A thread's identifier (`disqus_identifier`) is what the site's own page called itself: a
 * slug, an id, an address, or (the WordPress plugin's) an id and an address with a space.
 */
function identifierParts(identifier: string | undefined) {
  const parts = (identifier ?? '').split(/\s+/).filter(Boolean);
  return {
    urls: parts.filter((part) => /^https?:\/\//i.test(part) && URL.canParse(part)),
    slugs: parts.filter((part) => !/^https?:\/\//i.test(part)),
  };
}

interface DisqusThread extends SourceThread {
  deleted: boolean;
}

function readThread(element: Element): DisqusThread {
  const link = childText(element, 'link', disqus) || undefined;
  const identifier = identifierParts(childText(element, 'id', disqus));
  return {
    label: childText(element, 'title', disqus) || link || `Disqus thread ${dsqId(element) ?? '?'}`,
    ...(link && { link }),
    urls: [...new Set([...identifier.urls, ...(link && URL.canParse(link) ? [link] : [])])],
    slugs: identifier.slugs,
    comments: [],
    deleted: flag(element, 'isDeleted') === true,
  };
}

function readPost(post: Element, threadDeleted: boolean): SourceComment {
  const externalId = dsqId(post) ?? childText(post, 'id', disqus);
  const spam = flag(post, 'isSpam');
  const deleted = flag(post, 'isDeleted');
  const createdAt = parseExportDate(childText(post, 'createdAt', disqus));
  const text = htmlToText(children(post, 'message', disqus)[0]?.textContent ?? '', 'markup');
  const author = children(post, 'author', disqus)[0];
  const state: SourceState =
    spam === true ? 'spam' : deleted === true || threadDeleted ? 'trash' : 'published';
  // Spam and deleted posts are skipped whatever they lack; the rest must be whole.
  const problem =
    state === 'published'
      ? firstProblem([
          [!externalId, 'no dsq:id and no <id>'],
          [typeof spam === 'string', String(spam)],
          [typeof deleted === 'string', String(deleted)],
          [!createdAt, 'no createdAt that can be read'],
          [!text, 'no text'],
        ])
      : undefined;
  const parent = dsqId(children(post, 'parent', disqus)[0]);
  return {
    externalId: externalId ?? '',
    ...(parent && { parentExternalId: parent }),
    authorName:
      (author && (childText(author, 'name', disqus) || childText(author, 'username', disqus))) ||
      '',
    ...(createdAt && { createdAt }),
    text,
    ...(problem ? { state: 'invalid' as const, problem } : { state }),
  };
}

/**
 * The comments of a Disqus export: `<thread>`s with their pages' addresses and identifiers,
 * `<post>`s that name their thread and parent by `dsq:id`. A post whose thread is not in the
 * file is kept in a thread of its own that matches no item, so the report counts it.
 */
export function readDisqus(bytes: Uint8Array): SourceExport {
  const { document, warnings } = readExportXml(bytes);
  const root = document.documentElement;
  if (root.localName !== 'disqus' || root.namespaceURI !== disqus)
    throw new ExportFileError(`Not a Disqus export: the root is <${root.tagName}>, not <disqus>`);
  const threads = new Map<string, DisqusThread>();
  for (const element of children(root, 'thread', disqus)) {
    const id = dsqId(element);
    if (id) threads.set(id, readThread(element));
  }
  for (const post of children(root, 'post', disqus)) {
    const threadId = dsqId(children(post, 'thread', disqus)[0]) ?? '';
    let thread = threads.get(threadId);
    if (!thread) {
      thread = {
        label: `Disqus thread ${threadId || '(none named)'}, not in the file`,
        urls: [],
        slugs: [],
        comments: [],
        deleted: false,
      };
      threads.set(threadId, thread);
    }
    thread.comments.push(readPost(post, thread.deleted));
  }
  return {
    source: 'disqus',
    threads: [...threads.values()]
      .filter((thread) => thread.comments.length > 0)
      .map(({ deleted: _deleted, ...thread }) => thread),
    warnings,
  };
}
