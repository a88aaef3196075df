import { firstValueAt } from '../json-path.js';
import type { FeedPage } from '../../model.js';
import { toNewsItems } from '../normalize.js';
import { toPlainText } from '../text.js';
import { toSafeUrl } from '../../url.js';
import { itemContext, type FeedReader, type FeedSource } from './adapter.js';
import {
  guessedFieldPaths,
  guessedNextPaths,
  guessedTotalPaths,
  readRawItem,
  type FieldPaths,
} from './fields.js';
import { findRecordList, guessedListPaths } from './record-lists.js';
import { type Json } from '../../json.js';

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

/** Reads the list `arrayAdapter` found, by the guessed field names. */
export const arrayReader: FeedReader = {
  toFeedPage: (source) =>
    readRecordList(source, findRecordList(source.json, guessedListPaths) ?? [], guessedLayout),
};
