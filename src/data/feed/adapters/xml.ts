import type { DocumentLike } from '../../dom.js';
import { loadChunk } from './chunk.js';
import type { Adapter } from './adapter.js';

export function rootName(xml: DocumentLike): string {
  const root = xml.documentElement;
  return (root?.localName ?? root?.nodeName ?? '').toLowerCase();
}

/**
 * RSS 2.0 (also 0.9x and 1.0/RDF) and Atom, parsed with the DOMParser the caller passed:
 * the only feed most Bitrix (`/bitrix/rss.php`) and Joomla sites publish.
 */
export const xmlAdapter: Adapter = {
  format: 'rss',
  detect: ({ xml }) => xml !== undefined && ['rss', 'rdf', 'feed'].includes(rootName(xml)),
  loadReader: async () => (await loadChunk(() => import('./xml-reader.js'))).xmlReader,
};
