import { loadChunk } from './chunk.js';
import { type Adapter } from './adapter.js';
import { isRecord } from '../../json.js';

/** rss2json.com-style `{ status, feed, items }`: an RSS feed already turned into JSON. */
export const rss2jsonAdapter: Adapter = {
  format: 'rss2json',
  detect: ({ json }) =>
    isRecord(json) &&
    typeof json.status === 'string' &&
    isRecord(json.feed) &&
    Array.isArray(json.items),
  loadReader: async () => (await loadChunk(() => import('./rss2json-reader.js'))).rss2jsonReader,
};
