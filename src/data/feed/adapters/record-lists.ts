import { isPresent, valueAt } from '../json-path.js';
import { type Json, isRecord } from '../../json.js';

/** Lists of items inside a wrapper object, as APIs commonly nest them. */
export const guessedListPaths = [
  'items',
  'data',
  'news',
  'articles',
  'posts',
  'results',
  'entries',
  'records',
  'docs',
  'response.results',
  'response.items',
  'response.docs',
  'data.items',
  'data.news',
  'data.results',
] as const;

/** Where home-made JSON puts an item's title and link: a list with neither is not news. */
export const guessedTitlePaths = ['title', 'name', 'headline', 'webTitle', 'subject', 'caption'];
export const guessedUrlPaths = [
  'url',
  'link',
  'href',
  'webUrl',
  'permalink',
  'canonical_url',
  'detail_page_url',
];

/** The first of the paths that leads to a list of records. */
export function findRecordList(json: unknown, paths: readonly string[]): Json[] | undefined {
  if (Array.isArray(json)) return json.filter(isRecord);
  for (const path of paths) {
    const value = valueAt(json, path);
    if (Array.isArray(value) && value.some(isRecord)) return value.filter(isRecord);
  }
  return undefined;
}

/** True when at least one record has a value at one of the paths. */
export function someRecordHas(records: readonly Json[], paths: readonly string[]): boolean {
  return records.some((record) => paths.some((path) => isPresent(valueAt(record, path))));
}
