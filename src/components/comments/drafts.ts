import type { Comment } from '../../data/api/comments-api.js';

/** What a reader is writing: the top form, or a reply under the comment `parentId`. */
export type DraftSlot = 'top' | 'reply';

export interface Draft {
  text: string;
  author: string;
  /** Idempotency key: the same while the text is unchanged, so a retry posts one comment. */
  key: string;
  parentId?: string;
  /** The reader ticked the consent to personal-data processing the site asks for. */
  consent?: boolean;
}

export type ThreadDrafts = Partial<Record<DraftSlot, Draft>>;

/** A random key; `crypto.randomUUID` is missing on plain-http sites, `getRandomValues` is not. */
export function newDraftKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const storageKey = (thread: string) => `biblio-comments:${thread}`;

/**
 * Storage may be missing, full or forbidden (private windows, sandboxed frames): then what
 * the reader wrote lives only as long as the page.
 */
function readJson(storage: Storage | undefined, key: string): unknown {
  try {
    return JSON.parse(storage?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function writeJson(storage: Storage | undefined, key: string, value: object | undefined) {
  try {
    if (value) storage?.setItem(key, JSON.stringify(value));
    else storage?.removeItem(key);
  } catch {
    // Full or forbidden storage: the text still lives in the form.
  }
}

/** Drafts of one thread from the page's storage. */
export function readDrafts(storage: Storage | undefined, thread: string): ThreadDrafts {
  const stored = readJson(storage, storageKey(thread));
  return stored && typeof stored === 'object' ? (stored as ThreadDrafts) : {};
}

export function writeDrafts(storage: Storage | undefined, thread: string, drafts: ThreadDrafts) {
  const kept = Object.fromEntries(
    Object.entries(drafts).filter(([, draft]) => draft && (draft.text || draft.author)),
  );
  writeJson(storage, storageKey(thread), Object.keys(kept).length ? kept : undefined);
}

/**
 * Comments the reader sent that await moderation. Servers show pending comments to
 * token-identified authors only, so an anonymous reader would otherwise see theirs vanish
 * on the next visit and post it again.
 */
export function readPending(storage: Storage | undefined, thread: string): Comment[] {
  const stored = readJson(storage, `${storageKey(thread)}:pending`);
  return Array.isArray(stored) ? (stored as Comment[]) : [];
}

export function writePending(storage: Storage | undefined, thread: string, comments: Comment[]) {
  writeJson(storage, `${storageKey(thread)}:pending`, comments.length ? comments : undefined);
}

/** Forgets these comments among the pending ones of every thread they belong to. */
export function forgetPending(storage: Storage | undefined, comments: Comment[]) {
  const gone = new Set(comments.map((comment) => comment.id));
  for (const thread of new Set(comments.map((comment) => comment.thread))) {
    const kept = readPending(storage, thread).filter((comment) => !gone.has(comment.id));
    writePending(storage, thread, kept);
  }
}
