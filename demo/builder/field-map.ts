import type { FeedMap } from '../../src/data/feed.js';

/** The fields a webmaster picks in the mapping helper; the others are guessed by name. */
export const mappedFields = ['title', 'date', 'url', 'summary', 'image'] as const;

export type MappedField = (typeof mappedFields)[number];

/** The webmaster's choices: which list holds the items, and the path of each picked field. */
export interface FieldChoices {
  /** Dot path of the item list; `''` when the document itself is the list. */
  listPath: string;
  fields: Partial<Record<MappedField, string>>;
}

/**
 * The `map` attribute's JSON for the choices, `''` until a title is picked: a map without one
 * would turn every item into "(no title)". A root list needs no `items` path.
 */
export function toMapAttribute(choices: FieldChoices): string {
  if (!choices.fields.title) return '';
  const map: FeedMap = choices.listPath ? { items: choices.listPath } : {};
  for (const field of mappedFields) {
    const path = choices.fields[field];
    if (path) map[field] = path;
  }
  return JSON.stringify(map);
}
