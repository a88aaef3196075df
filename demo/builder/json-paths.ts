import { type Json, isRecord } from '../../src/data/json.js';
/**
 * Lists what a JSON document holds, in the dot paths a `map` uses, so a person can pick which
 * path is the title, the date or the link of a feed no adapter recognises.
 */

/** A value a field can show, at a dot path inside one record, e.g. `links.0.href`. */
export interface FieldPath {
  path: string;
  /** The first non-empty value found at the path, as short text, to recognise the field by. */
  example: string;
}

/** A list of records (objects) in a document: the candidates for a feed's items. */
export interface RecordList {
  /** Dot path from the document root; `''` when the document itself is the list. */
  path: string;
  /** How many records the list holds. */
  count: number;
  /** Paths inside a record to text, numbers and booleans, in the order first seen. */
  fields: FieldPath[];
}

export interface JsonPathLimits {
  /** How deep to look, counting one step per key. */
  maxDepth: number;
  /** How many records of a list are read to collect its fields. */
  sampledRecords: number;
  /** The most fields listed for one list. */
  maxFields: number;
  /** Examples longer than this are cut, with an ellipsis. */
  exampleLength: number;
}

const defaultLimits: JsonPathLimits = {
  maxDepth: 6,
  sampledRecords: 20,
  maxFields: 200,
  exampleLength: 60,
};

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * A key with a dot can only be the last step of a path (`valueAt` matches the rest of a path as
 * one key), so walking on through it would list paths that lead nowhere.
 */
function canWalkThrough(key: string): boolean {
  return key !== '' && !key.includes('.');
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** Leaf paths of one record; arrays inside it are read through their first element (`.0`). */
function collectFields(
  value: unknown,
  path: string,
  depth: number,
  limits: JsonPathLimits,
  found: Map<string, string>,
): void {
  if (found.size >= limits.maxFields) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const example = shorten(String(value), limits.exampleLength);
    if (path !== '' && !found.get(path)) found.set(path, example);
    return;
  }
  if (depth >= limits.maxDepth) return;
  if (Array.isArray(value)) {
    if (value.length > 0) collectFields(value[0], join(path, '0'), depth + 1, limits, found);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const leaf = typeof child !== 'object' || child === null;
    if (leaf ? key !== '' : canWalkThrough(key)) {
      collectFields(child, join(path, key), depth + 1, limits, found);
    }
  }
}

function describeList(path: string, records: Json[], limits: JsonPathLimits): RecordList {
  const found = new Map<string, string>();
  for (const record of records.slice(0, limits.sampledRecords)) {
    collectFields(record, '', 0, limits, found);
  }
  return {
    path,
    count: records.length,
    fields: [...found].map(([fieldPath, example]) => ({ path: fieldPath, example })),
  };
}

function collectLists(
  value: unknown,
  path: string,
  depth: number,
  limits: JsonPathLimits,
  lists: RecordList[],
): void {
  if (Array.isArray(value)) {
    const records = value.filter(isRecord);
    if (records.length > 0) lists.push(describeList(path, records, limits));
    return;
  }
  if (!isRecord(value) || depth >= limits.maxDepth) return;
  for (const [key, child] of Object.entries(value)) {
    if (canWalkThrough(key)) collectLists(child, join(path, key), depth + 1, limits, lists);
  }
}

/**
 * Every list of records in a parsed JSON document with the fields its records hold, the
 * longest list first (a feed's items usually outnumber its links and authors). Lists inside
 * records are fields of an item, not candidates for the items.
 */
export function findRecordLists(
  document: unknown,
  limits: Partial<JsonPathLimits> = {},
): RecordList[] {
  const lists: RecordList[] = [];
  collectLists(document, '', 0, { ...defaultLimits, ...limits }, lists);
  return lists.sort((first, second) => second.count - first.count);
}

/** How a path reads to a person: `data.news[].headline`, or `data.news[]` for the list itself. */
export function describePath(listPath: string, fieldPath?: string): string {
  const list = `${listPath}[]`;
  return fieldPath === undefined ? list : `${list}.${fieldPath}`;
}
