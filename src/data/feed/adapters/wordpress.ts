import { loadChunk } from './chunk.js';
import { asRecord, type Adapter } from './adapter.js';
import { type Json, isRecord } from '../../json.js';

/** WordPress wraps every text field in `{ rendered }`. */
export function rendered(value: unknown): unknown {
  return asRecord(value).rendered;
}

export function isPost(value: unknown): value is Json {
  return (
    isRecord(value) &&
    rendered(value.title) !== undefined &&
    ('link' in value || 'content' in value)
  );
}

/**
 * WordPress REST `/wp/v2/posts`, with or without `_embed`. Pages are numbered by the `page`
 * parameter; the `X-WP-Total` and `X-WP-TotalPages` headers say how many there are.
 */
export const wordpressAdapter: Adapter = {
  format: 'wordpress',
  detect: (source) =>
    Array.isArray(source.json) &&
    (isPost(source.json[0]) ||
      (source.json.length === 0 && source.header('x-wp-total') !== undefined)),
  detectItem: (source) => isPost(source.json),
  loadReader: async () => (await loadChunk(() => import('./wordpress-reader.js'))).wordpressReader,
};
