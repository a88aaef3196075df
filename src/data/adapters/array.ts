import { firstValueAt } from '../json-path.js';
import type { FeedPage } from '../model.js';
import { toNewsItems } from '../normalize.js';
import { toPlainText } from '../text.js';
import { toSafeUrl } from '../url.js';
import { itemContext, type Adapter, type FeedSource, type Json } from './adapter.js';
import {
  findRecordList,
  guessedFieldPaths,
  guessedListPaths,
  guessedNextPaths,
  guessedTotalPaths,
  readRawItem,
  someRecordHas,
  type FieldPaths,
} from './fields.js';

export interface RecordListLayout {
  /** Where the list of items may be, tried in order (a bare array is always accepted). */
  listPaths: readonly string[];
  fieldPaths: FieldPaths;
  nextPaths: readonly string[];
  totalPaths: readonly string[];
}

/** Reads a list of records into a page by a layout: the guessed one, or one a `map` gives. */
export function readRecordList(
  source: FeedSource,
  records: Json[],
  layout: RecordListLayout,
): FeedPage {
  const raws = records.map((record) => readRawItem(record, layout.fieldPaths));
  const wrapper = Array.isArray(source.json) ? {} : source.json;
  const nextPage = toSafeUrl(firstValueAt(wrapper, layout.nextPaths), source.url);
  const total = Number(firstValueAt(wrapper, layout.totalPaths));
  const title = toPlainText(firstValueAt(wrapper, ['title', 'feed.title', 'name']), source.parser);
  return {
    items: toNewsItems(raws, itemContext(source)),
    ...(nextPage && { nextPage }),
    ...(Number.isInteger(total) && total >= 0 && { total }),
    ...(title && { title }),
  };
}

const guessedLayout: RecordListLayout = {
  listPaths: guessedListPaths,
  fieldPaths: guessedFieldPaths,
  nextPaths: guessedNextPaths,
  totalPaths: guessedTotalPaths,
};

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
      records?.length &&
      someRecordHas(records, [...guessedFieldPaths.title, ...guessedFieldPaths.url]),
    );
  },
  toFeedPage: (source) =>
    readRecordList(source, findRecordList(source.json, guessedListPaths) ?? [], guessedLayout),
};
