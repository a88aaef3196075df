import { loadChunk } from './chunk.js';
import { type Adapter } from './adapter.js';
import { type Json, isRecord } from '../../json.js';

export function isResource(value: unknown): value is Json {
  return (
    isRecord(value) && typeof value.type === 'string' && 'id' in value && isRecord(value.attributes)
  );
}

/**
 * JSON:API collections: Drupal (`/jsonapi/node/article`) and Joomla 4/5
 * (`/api/index.php/v1/content/articles`), paged by `links.next`.
 */
export const jsonApiAdapter: Adapter = {
  format: 'jsonapi',
  detect: ({ json }) =>
    isRecord(json) &&
    Array.isArray(json.data) &&
    (isResource(json.data[0]) || (json.data.length === 0 && isRecord(json.jsonapi))),
  detectItem: ({ json }) => isRecord(json) && isResource(json.data),
  loadReader: async () => (await loadChunk(() => import('./jsonapi-reader.js'))).jsonApiReader,
};
