import type { NewsField, NewsLayout } from '../../src/components/news-list/news-item.js';
import type { CommentsAuth } from '../../src/components/comments/comments.js';
import type { Theme } from '../../src/internal/biblio-element.js';

/** `''` leaves the choice to the host page (its `lang`, its colour scheme). */
export type PageChoice<Value extends string> = Value | '';

export interface NewsListSettings {
  src: string;
  /** The `map` attribute's JSON text, `''` when the format is detected. */
  map: string;
  layout: NewsLayout;
  pageSize: number;
  show: NewsField[];
  search: boolean;
  /** Where item links lead, e.g. `/news/?id={id}`; `''` keeps each item's own address. */
  articleHref: string;
}

/** One news article, looked up in the same feed by its id, slug or address. */
export interface ArticleSettings {
  enabled: boolean;
  itemId: string;
  archiveHref: string;
  /** The views server; `''` shows no view count. */
  viewsApi: string;
}

export interface CommentsSettings {
  enabled: boolean;
  api: string;
  thread: string;
  auth: CommentsAuth;
}

export interface ViewCounterSettings {
  enabled: boolean;
  api: string;
  itemId: string;
}

/** Everything the snippet is made of. */
export interface BuilderSettings {
  /** Where the page loads `biblio-widgets.js` from: a CDN, or the site's own copy. */
  scriptSrc: string;
  language: PageChoice<'ru' | 'en'>;
  theme: PageChoice<Theme>;
  newsList: NewsListSettings;
  article: ArticleSettings;
  comments: CommentsSettings;
  viewCounter: ViewCounterSettings;
}

/** The self-hosted path the README's embed example uses. */
export const defaultScriptSrc = '/js/biblio-widgets.js';

export function defaultSettings(): BuilderSettings {
  return {
    scriptSrc: defaultScriptSrc,
    language: '',
    theme: '',
    newsList: {
      src: '',
      map: '',
      layout: 'list',
      pageSize: 10,
      show: ['date', 'image', 'summary', 'tags'],
      search: false,
      articleHref: '',
    },
    article: { enabled: false, itemId: '', archiveHref: '', viewsApi: '/api' },
    comments: { enabled: false, api: '/api', thread: 'news-1', auth: 'optional' },
    viewCounter: { enabled: false, api: '/api', itemId: 'news-1' },
  };
}
