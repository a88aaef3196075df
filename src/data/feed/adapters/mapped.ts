import { FeedError } from '../../errors.js';
import { valueAt } from '../json-path.js';
import { type FeedReader, type FeedSource } from './adapter.js';
import { readRecordList, type RecordListLayout } from './array-reader.js';
import {
  guessedFieldPaths,
  guessedNextPaths,
  guessedTotalPaths,
  itemFields,
  type ItemField,
} from './fields.js';
import { findRecordList, guessedListPaths, someRecordHas } from './record-lists.js';
import { type Json, isRecord } from '../../json.js';

/**
 * Field name -> dot path, e.g. `{"items": "data.news", "title": "headline", "url": "links.0.href"}`.
 * `items`, `next` and `total` are paths into the document; the others into each item. Fields
 * left out are guessed as for a plain array. `next` and `total` may be absent (the last page).
 */
export type FeedMap = Partial<Record<ItemField | 'items' | 'next' | 'total', string>>;

const documentKeys = ['items', 'next', 'total'];

function missing(path: string, url: string): FeedError {
  return new FeedError('map', `The map path "${path}" matches nothing in the feed`, { path, url });
}

/** Reads the `map` attribute's JSON text, or takes a map object as it is. */
export function toFeedMap(map: unknown, url?: string): FeedMap {
  let value = map;
  if (typeof map === 'string') {
    try {
      value = JSON.parse(map);
    } catch (error) {
      throw new FeedError('map', `The map is not valid JSON: ${String(error)}`, {
        path: map,
        url,
        cause: error,
      });
    }
  }
  if (!isRecord(value))
    throw new FeedError('map', 'The map must be a JSON object', { path: String(map), url });
  for (const [key, path] of Object.entries(value)) {
    if (!(key in itemFields) && !documentKeys.includes(key)) {
      throw new FeedError('map', `The map names an unknown field "${key}"`, { path: key, url });
    }
    if (typeof path !== 'string')
      throw new FeedError('map', `The map path for "${key}" is not text`, { path: key, url });
  }
  return value as FeedMap;
}

function layoutFor(map: FeedMap): RecordListLayout {
  const mappedPaths = new Set(Object.values(map));
  const fieldPaths = { ...guessedFieldPaths };
  for (const field of Object.keys(itemFields) as ItemField[]) {
    const path = map[field];
    // A path the map gave one field is not guessed again for another.
    fieldPaths[field] =
      path !== undefined ? [path] : fieldPaths[field].filter((guess) => !mappedPaths.has(guess));
  }
  return {
    listPaths: map.items !== undefined ? [map.items] : guessedListPaths,
    fieldPaths,
    nextPaths: map.next !== undefined ? [map.next] : guessedNextPaths,
    totalPaths: map.total !== undefined ? [map.total] : guessedTotalPaths,
  };
}

function recordsFor(source: FeedSource, map: FeedMap): Json[] {
  if (map.items !== undefined) {
    const list = valueAt(source.json, map.items);
    if (!Array.isArray(list)) throw missing(map.items, source.url);
    return list.filter(isRecord);
  }
  const records = findRecordList(source.json, guessedListPaths);
  if (records) return records;
  // A single object with no list in it is one item: `<biblio-article src>` of a custom API.
  if (isRecord(source.json)) return [source.json];
  throw missing('items', source.url);
}

/**
 * The declarative reader for a feed no adapter knows, loaded only when a page gives a `map`.
 * A path that matches nothing in any item is an error naming it: a typo must not look like an
 * empty feed.
 */
export function mappedReader(map: FeedMap): FeedReader {
  return {
    toFeedPage(source) {
      const records = recordsFor(source, map);
      for (const field of Object.keys(itemFields) as ItemField[]) {
        const path = map[field];
        if (path !== undefined && records.length > 0 && !someRecordHas(records, [path])) {
          throw missing(path, source.url);
        }
      }
      return readRecordList(source, records, layoutFor(map));
    },
  };
}
