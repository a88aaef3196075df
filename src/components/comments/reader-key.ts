import { pageStorage } from '../../internal/page-storage.js';
import { newDraftKey } from './drafts.js';

/** Beside the drafts (`biblio-comments:<thread>`), one for every thread of the page's origin. */
const storageKey = 'biblio-comments:reader-key';

let pageKey: string | undefined;

/**
 * The anonymous reader's own random key, sent with each post: the server keeps only its hash,
 * and the same key later downloads or deletes that reader's comments. Made on first use and
 * kept in the page's storage; where storage is missing or forbidden it lasts as long as the page.
 */
export function readerKey(): string {
  const storage = pageStorage();
  try {
    const stored = storage?.getItem(storageKey);
    if (stored) return (pageKey = stored);
  } catch {
    // Forbidden storage: the key of this page alone.
  }
  pageKey ??= newDraftKey();
  try {
    storage?.setItem(storageKey, pageKey);
  } catch {
    // Full or forbidden storage: the comments still post, findable from this page only.
  }
  return pageKey;
}
