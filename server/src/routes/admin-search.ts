import type { CommentSearch } from '../comments/store.js';
import { ApiError } from '../http/api-error.js';

/** Longer than any name and than a phrase a moderator remembers from a comment. */
export const maxSearchLength = 200;

function parseTerm(value: string | undefined, name: string): string | undefined {
  const term = value?.trim();
  if (!term) return undefined;
  if ([...term].length > maxSearchLength)
    throw new ApiError(
      400,
      'invalid_parameter',
      `${name} must be at most ${maxSearchLength} characters`,
    );
  return term;
}

/** `q` (part of the text) and `author` (part of the name); blank ones search nothing. */
export function parseSearchTerms(query: (name: string) => string | undefined): CommentSearch {
  const text = parseTerm(query('q'), 'q');
  const author = parseTerm(query('author'), 'author');
  return { ...(text !== undefined && { text }), ...(author !== undefined && { author }) };
}
