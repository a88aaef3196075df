/**
 * English strings: the reference shape every language file follows. A plural entry holds the
 * CLDR categories the language uses; `{count}` is replaced by the formatted number.
 */
export const en = {
  loading: 'Loading…',
  retry: 'Try again',
  errors: {
    network: 'Could not connect. Check your connection and try again.',
    timeout: 'The server took too long to answer.',
    http: 'The server answered with an error ({status}).',
    parse: 'The data could not be read: it is not valid JSON or XML.',
    format: 'This feed format is not recognised. Describe its fields with the “map” attribute.',
    map: 'The “map” attribute points to a missing field: {path}.',
    config: 'The element is not set up: the “{attribute}” attribute is missing.',
  },
  partners: {
    label: 'Partners',
    empty: 'No partners to show yet.',
    count: { one: '{count} partner', other: '{count} partners' },
  },
  views: { one: '{count} view', other: '{count} views' },
  news: {
    label: 'News',
    empty: 'No news yet.',
    archive: 'All news',
    showMore: 'Show more',
    pages: 'Pages',
    page: 'Page {page}',
    previous: 'Previous page',
    next: 'Next page',
    search: 'Search news',
    noResults: 'Nothing found for “{query}”.',
    found: { one: '{count} item found', other: '{count} items found' },
    tag: 'Showing news tagged “{tag}”',
    clearTag: 'Show all news',
    tags: 'Tags',
    pause: 'Pause updates',
    resume: 'Resume updates',
    fresh: { one: '{count} new item', other: '{count} new items' },
    shown: { one: '{count} item shown', other: '{count} items shown' },
    comments: { one: '{count} comment', other: '{count} comments' },
  },
} as const;
