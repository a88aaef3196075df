import { loadChunk } from './chunk.js';
import { asRecord, type Adapter } from './adapter.js';
import { type Json, isRecord } from '../../json.js';

function isGhostPage(json: unknown): json is Json {
  if (!isRecord(json) || !Array.isArray(json.posts)) return false;
  const first = json.posts[0];
  return (
    isRecord(asRecord(json.meta).pagination) ||
    (isRecord(first) && 'html' in first && 'slug' in first)
  );
}

/** Ghost Content API `/posts/`, paged by `meta.pagination` and the `page` parameter. */
export const ghostAdapter: Adapter = {
  format: 'ghost',
  detect: (source) => isGhostPage(source.json),
  loadReader: async () => (await loadChunk(() => import('./ghost-reader.js'))).ghostReader,
};
