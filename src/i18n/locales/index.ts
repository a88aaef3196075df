import type { Language, LanguageFile } from '../languages.js';

/**
 * The language files that are not inline, each its own chunk, fetched only by an element that
 * speaks it, so a page downloads the strings of the languages it shows and no other. This table
 * is a chunk of its own too: the elements name one chunk, not nine (each name carries a hash
 * that does not compress). Exported so a test can stand in a file that cannot be fetched.
 * @internal
 */
export const languageFiles: Record<Language, () => Promise<{ default: LanguageFile }>> = {
  uk: () => import('./uk.js'),
  be: () => import('./be.js'),
  kk: () => import('./kk.js'),
  tt: () => import('./tt.js'),
  ba: () => import('./ba.js'),
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  ar: () => import('./ar.js'),
};
