/** What a reader is writing: the top form, or a reply under the comment `parentId`. */
export type DraftSlot = 'top' | 'reply';

export interface Draft {
  text: string;
  author: string;
  /** Idempotency key: the same while the text is unchanged, so a retry posts one comment. */
  key: string;
  parentId?: string;
}

export type ThreadDrafts = Partial<Record<DraftSlot, Draft>>;

/** A random key; `crypto.randomUUID` is missing on plain-http sites, `getRandomValues` is not. */
export function newDraftKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const storageKey = (thread: string) => `biblio-comments:${thread}`;

/**
 * Drafts of one thread from the page's storage. Storage may be missing, full or forbidden
 * (private windows, sandboxed frames): then drafts live only as long as the page.
 */
export function readDrafts(storage: Storage | undefined, thread: string): ThreadDrafts {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(storageKey(thread)) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as ThreadDrafts) : {};
  } catch {
    return {};
  }
}

export function writeDrafts(storage: Storage | undefined, thread: string, drafts: ThreadDrafts) {
  const kept = Object.fromEntries(
    Object.entries(drafts).filter(([, draft]) => draft && (draft.text || draft.author)),
  );
  try {
    if (Object.keys(kept).length) storage?.setItem(storageKey(thread), JSON.stringify(kept));
    else storage?.removeItem(storageKey(thread));
  } catch {
    // Full or forbidden storage: the draft still lives in the form.
  }
}

/** The page's localStorage, or nothing where reading it throws. */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
