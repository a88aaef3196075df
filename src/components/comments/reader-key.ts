import { pageStorage } from '../../internal/page-storage.js';
import { newDraftKey } from './drafts.js';

/** Beside the drafts (`biblio-comments:<thread>`), one for every thread of the page's origin. */
const storageKey = 'biblio-comments:reader-key';

/** The key of this page alone, where storage is missing, full or forbidden. */
let unsavedKey: string | undefined;

/**
 * The key this browser already has, if it ever posted anonymously here; never makes one. A key
 * removed from storage (the reader cleared the site's data) is gone, as the reader meant.
 */
export function storedReaderKey(): string | undefined {
  try {
    return pageStorage()?.getItem(storageKey) ?? unsavedKey;
  } catch {
    return unsavedKey;
  }
}

/**
 * The anonymous reader's own random key, sent with each post: the server keeps only its hash,
 * and the same key later downloads or deletes that reader's comments. Made on first use and
 * kept in the page's storage; where storage is missing or forbidden it lasts as long as the page.
 */
export function readerKey(): string {
  const stored = storedReaderKey();
  if (stored) return stored;
  const key = newDraftKey();
  const storage = pageStorage();
  try {
    if (storage) storage.setItem(storageKey, key);
    else unsavedKey = key;
  } catch {
    unsavedKey = key;
  }
  return key;
}
