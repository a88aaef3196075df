/**
 * Forgets what comment boxes keep in `localStorage` (drafts, pending comments, the reader's
 * key, all under `biblio-comments:`), so no test sees what an earlier one wrote.
 */
export function forgetCommentStorage() {
  Object.keys(localStorage)
    .filter((key) => key.startsWith('biblio-comments:'))
    .forEach((key) => localStorage.removeItem(key));
}
