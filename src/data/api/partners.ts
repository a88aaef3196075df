import { FeedError } from '../errors.js';
import type { Partner } from '../model.js';
import { toSafeUrl } from '../url.js';

type Json = Record<string, unknown>;

const listKeys = ['partners', 'items', 'data', 'links'];
const nameKeys = ['name', 'title', 'label', 'text'];
const urlKeys = ['url', 'href', 'link', 'website'];
const logoKeys = ['logo', 'image', 'icon', 'img'];

function firstString(record: Json, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

function findList(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object') {
    for (const key of listKeys) {
      const value = (json as Json)[key];
      if (Array.isArray(value)) return value;
    }
  }
  return undefined;
}

/**
 * Reads a partner list: a bare array or one wrapped in `partners`, `items`, `data` or `links`,
 * each entry with a name, an http(s) URL, an optional logo and group. Entries without a name
 * or a safe URL are dropped rather than shown broken.
 */
export function toPartners(json: unknown, baseUrl: string): Partner[] {
  const list = findList(json);
  if (!list) {
    throw new FeedError('unexpected', 'Expected an array of partners or {"partners": [...]}', {
      url: baseUrl,
    });
  }
  return list.flatMap((entry): Partner[] => {
    if (!entry || typeof entry !== 'object') return [];
    const record = entry as Json;
    const name = firstString(record, nameKeys);
    const url = toSafeUrl(firstString(record, urlKeys), baseUrl);
    if (!name || !url || url.startsWith('mailto:')) return [];
    const logo = toSafeUrl(firstString(record, logoKeys), baseUrl, 'image');
    const group = firstString(record, ['group', 'category']);
    return [{ name, url, ...(logo && { logo }), ...(group && { group }) }];
  });
}
