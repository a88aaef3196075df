import { attribute } from './html-escape.js';
import type { BuilderSettings } from './settings.js';

/** Attribute name -> value; `true` writes a boolean attribute, `false` or `''` leaves it out. */
type Attributes = Record<string, string | number | boolean>;

function tag(name: string, attributes: Attributes): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== '')
    .map(([key, value]) => (value === true ? key : attribute(key, String(value))));
  return `<${[name, ...written].join(' ')}></${name}>`;
}

/** Language and colour scheme apply to every element; unset, each follows the host page. */
function sharedAttributes(settings: BuilderSettings): Attributes {
  return { lang: settings.language, theme: settings.theme };
}

/** The element tags of the snippet, without the script: what the preview renders too. */
export function elementTags(settings: BuilderSettings): string {
  const { newsList, article, comments, viewCounter } = settings;
  const shared = sharedAttributes(settings);
  const tags = [
    tag('biblio-news-list', {
      src: newsList.src,
      map: newsList.map,
      layout: newsList.layout,
      'page-size': newsList.pageSize,
      show: newsList.show.join(','),
      search: newsList.search,
      'article-href': newsList.articleHref,
      ...shared,
    }),
  ];
  if (article.enabled) {
    tags.push(
      tag('biblio-article', {
        feed: newsList.src,
        map: newsList.map,
        'item-id': article.itemId,
        'archive-href': article.archiveHref,
        'views-api': article.viewsApi,
        'register-view': article.viewsApi !== '',
        ...shared,
      }),
    );
  }
  if (viewCounter.enabled) {
    tags.push(
      tag('biblio-view-counter', {
        api: viewCounter.api,
        'item-id': viewCounter.itemId,
        register: true,
        ...shared,
      }),
    );
  }
  if (comments.enabled) {
    tags.push(
      tag('biblio-comments', {
        api: comments.api,
        thread: comments.thread,
        auth: comments.auth,
        ...shared,
      }),
    );
  }
  return tags.join('\n');
}

/** The script tag that registers every element; `type="module"` also defers it. */
export function scriptTag(settings: BuilderSettings): string {
  return `<script type="module" ${attribute('src', settings.scriptSrc)}></script>`;
}

/** The exact HTML a webmaster pastes into a page. */
export function buildSnippet(settings: BuilderSettings): string {
  return `${scriptTag(settings)}\n\n${elementTags(settings)}`;
}
