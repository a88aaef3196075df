import type { NewsItem } from '../../data/model.js';

export interface NewsFilter {
  /** Words typed in the search box: every word must appear in the title, summary or tags. */
  query?: string;
  /** Only items carrying this tag (case-insensitive). */
  tag?: string;
}

const normalize = (text: string) => text.toLocaleLowerCase().replace(/ё/g, 'е');

function searchableText(item: NewsItem): string {
  return normalize([item.title, item.summary ?? '', ...item.tags].join('\n'));
}

/** True when the filter asks for anything at all. */
export function isFiltering(filter: NewsFilter): boolean {
  return Boolean(filter.query?.trim() || filter.tag?.trim());
}

/**
 * The items matching a search and a tag. Matching ignores case and treats «ё» as «е», as
 * Russian readers type it either way.
 */
export function filterItems(items: readonly NewsItem[], filter: NewsFilter): readonly NewsItem[] {
  const words = normalize(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const tag = normalize(filter.tag?.trim() ?? '');
  if (words.length === 0 && !tag) return items;
  return items.filter((item) => {
    if (tag && !item.tags.some((itemTag) => normalize(itemTag) === tag)) return false;
    if (words.length === 0) return true;
    const text = searchableText(item);
    return words.every((word) => text.includes(word));
  });
}
