import { loadChunk } from './chunk.js';
import type { Adapter } from './adapter.js';
import {
  findRecordList,
  guessedListPaths,
  guessedTitlePaths,
  guessedUrlPaths,
  someRecordHas,
} from './record-lists.js';

/**
 * A bare array or one wrapped in `data`, `items`, `news`, `articles`, `response.results`…, with
 * field names guessed. It only claims lists whose records have a title or a link, so a list of
 * comments or users is not mistaken for news.
 */
export const arrayAdapter: Adapter = {
  format: 'array',
  detect(source) {
    const records = findRecordList(source.json, guessedListPaths);
    return Boolean(
      records?.length && someRecordHas(records, [...guessedTitlePaths, ...guessedUrlPaths]),
    );
  },
  loadReader: async () => (await loadChunk(() => import('./array-reader.js'))).arrayReader,
};
