/**
 * English strings: the reference shape every language file follows. A plural entry holds the
 * CLDR categories the language uses; `{count}` is replaced by the formatted number.
 */
export const loading = 'Loading…';

export const retry = 'Try again';

/** A bug of ours while rendering: the one error every element can show, even without data. */
export const internalError = 'Something went wrong while showing this.';

export const errors = {
  network: 'Could not connect. Check your connection and try again.',
  timeout: 'The server took too long to answer.',
  http: 'The server answered with an error ({status}).',
  parse: 'The data could not be read: it is not valid JSON or XML.',
  format: 'This feed format is not recognised. Describe its fields with the “map” attribute.',
  map: 'The “map” attribute points to a missing field: {path}.',
  config: 'The element is not set up: the “{attribute}” attribute is missing.',
  unexpected: 'The server answered with data this block cannot show.',
  htmlPage:
    'The address opens a web page, not data. Check the address: it must lead to the RSS or JSON file itself, not to a page of the site.',
  brokenJson:
    'The JSON at this address is broken or cut off. Open the address in a browser to check it, or ask the site’s developer.',
  tooLarge: 'The feed is too large (over 5 MB). Put fewer items in it or split it into pages.',
} as const;

export const vision = {
  toggle: 'Low vision',
} as const;

export const partners = {
  label: 'Partners',
  empty: 'No partners to show yet.',
  count: { one: '{count} partner', other: '{count} partners' },
} as const;

export const views = { one: '{count} view', other: '{count} views' } as const;

/** Its own export so the comment count element bundles it without the comment box's strings. */
export const commentCount = { one: '{count} comment', other: '{count} comments' } as const;

export const comments = {
  label: 'Comments',
  count: commentCount,
  empty: 'No comments yet. Be the first.',
  sort: 'Order',
  oldest: 'Oldest first',
  newest: 'Newest first',
  showMore: 'Show more comments',
  shownMore: { one: '{count} more comment shown', other: '{count} more comments shown' },
  formLabel: 'Leave a comment',
  replyLabel: 'Reply to {name}',
  name: 'Your name',
  text: 'Comment',
  honeypot: 'Leave this field empty',
  characters: '{count} of {max} characters',
  shortcut: 'Ctrl+Enter or ⌘+Enter sends.',
  send: 'Send',
  sending: 'Sending…',
  reply: 'Reply',
  cancel: 'Cancel',
  edit: 'Edit',
  delete: 'Delete',
  edited: 'edited',
  pending: 'Awaiting moderation',
  login: 'To leave a comment, {link} using the form above.',
  loginLink: 'log in',
  consent: 'I agree to the processing of my personal data as set out in the {link}.',
  consentLink: 'privacy policy',
  ownComments: 'Your comments on this site',
  closed: 'Commenting is closed.',
  siteRefused:
    'The comment server does not accept this site ({origin}): its CORS_ORIGINS setting must list it.',
} as const;

export const viewCounter = {
  label: 'Views: {count}',
} as const;

export const article = {
  empty: 'This article could not be found.',
  archive: 'Back to news',
  author: 'By {author}',
  tags: 'Tags',
  share: 'Share',
  vk: 'VK',
  telegram: 'Telegram',
  ok: 'OK',
  email: 'Email',
  copyLink: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy the link.',
  newTab: '(opens in a new tab)',
} as const;

export const news = {
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
} as const;
