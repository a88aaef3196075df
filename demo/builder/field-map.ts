import { guessedFieldPaths } from '../../src/data/feed/adapters/fields.js';
import { guessedListPaths } from '../../src/data/feed/adapters/record-lists.js';
import type { FeedMap } from '../../src/data/feed.js';
import type { RecordList } from './json-paths.js';

/** The fields a webmaster picks in the mapping helper; the others are guessed by name. */
export const mappedFields = ['title', 'date', 'url', 'summary', 'image'] as const;

export type MappedField = (typeof mappedFields)[number];

/** The webmaster's choices: which list holds the items, and the path of each picked field. */
export interface FieldChoices {
  /** Dot path of the item list; `''` when the document itself is the list. */
  listPath: string;
  fields: Partial<Record<MappedField, string>>;
}

/** The list the data layer would read items from: the document itself, a usual wrapper, or the longest. */
function guessedList(lists: readonly RecordList[]): RecordList | undefined {
  const byPath = (path: string) => lists.find((list) => list.path === path);
  return [byPath(''), ...guessedListPaths.map(byPath)].find(Boolean) ?? lists[0];
}

/**
 * Where the mapping helper starts, so a person corrects the guesses instead of picking every
 * field again: the list (`listPath`, else the one the data layer would read) and each field at
 * the first path the data layer guesses by name that the list's records hold.
 */
export function guessedChoices(
  lists: readonly RecordList[],
  listPath?: string,
): FieldChoices | undefined {
  const list =
    listPath === undefined ? guessedList(lists) : lists.find((one) => one.path === listPath);
  if (!list) return undefined;
  const held = new Set(list.fields.map((field) => field.path));
  const fields: FieldChoices['fields'] = {};
  for (const field of mappedFields) {
    const path = guessedFieldPaths[field].find((guess) => held.has(guess));
    if (path) fields[field] = path;
  }
  return { listPath: list.path, fields };
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
