import { html, nothing, type TemplateResult } from 'lit';
import type { NewsItem } from '../../data/model.js';
import {
  formatDate,
  formatPlural,
  type CommonStrings,
  type Language,
  type Strings,
} from '../../i18n/index.js';

/** The strings the news list and its pieces read: the shared ones, its own and view counts. */
export type NewsStrings = CommonStrings & Pick<Strings, 'news' | 'views'>;
import { safeItemUrl, trimExcerpt } from './news-text.js';

export type NewsLayout = 'list' | 'grid' | 'compact';

/** The optional pieces of an item that `show` can switch on. */
export type NewsField = 'date' | 'image' | 'summary' | 'tags' | 'views' | 'comments';

export const newsFields: readonly NewsField[] = [
  'date',
  'image',
  'summary',
  'tags',
  'views',
  'comments',
];

/** Reads `show="date, image summary"`: commas or spaces, unknown names ignored. */
export function parseShow(value: string): ReadonlySet<NewsField> {
  const names = value.toLowerCase().split(/[\s,]+/);
  return new Set(newsFields.filter((field) => names.includes(field)));
}

/** Everything an item needs from its list to render itself. */
export interface ItemView {
  language: Language;
  strings: NewsStrings;
  layout: NewsLayout;
  show: ReadonlySet<NewsField>;
  excerptLength: number;
  headingLevel: number;
  activeTag?: string;
  href: (item: NewsItem) => string | undefined;
  /** True for a link that leaves the site (it gets `rel="noopener noreferrer"`). */
  isExternal: (href: string) => boolean;
}

function renderCounts(item: NewsItem, view: ItemView) {
  const { show, language, strings } = view;
  const views =
    show.has('views') && item.views !== undefined
      ? html`<span part="views">${formatPlural(strings.views, item.views, language)}</span>`
      : nothing;
  const comments =
    show.has('comments') && item.commentCount !== undefined
      ? html`<span part="comments"
          >${formatPlural(strings.news.comments, item.commentCount, language)}</span
        >`
      : nothing;
  return views === nothing && comments === nothing ? nothing : html`${views}${comments}`;
}

function renderTag(tag: string, activeTag: string | undefined) {
  return html`<li>
    <button part="tag" type="button" data-tag=${tag} aria-pressed=${tag === activeTag}>
      ${tag}
    </button>
  </li>`;
}

/**
 * One news item, from one template: the optional pieces are always there and `hidden` when the
 * item lacks them or `show` leaves them out, because each nested template costs a clone when a
 * long page first renders. The link carries the item's index so the list handles every click
 * with one listener; an item without a safe address keeps its `<a>` as a placeholder (no href:
 * neither a link nor focusable).
 */
export function renderNewsItem(item: NewsItem, index: number, view: ItemView): TemplateResult {
  const { show } = view;
  const rich = view.layout !== 'compact';
  const href = view.href(item);
  const external = href !== undefined && view.isExternal(href);
  const date = show.has('date') ? item.datePublished : undefined;
  const counts = rich ? renderCounts(item, view) : nothing;
  const image = rich && show.has('image') ? item.image : undefined;
  const imageSrc = image && safeItemUrl(image.url, document.baseURI, 'image');
  const summary =
    rich && show.has('summary') && item.summary
      ? trimExcerpt(item.summary, view.excerptLength)
      : '';
  const tags = rich && show.has('tags') ? item.tags : [];
  return html`<li part="item" class="item">
    <article class="card">
      <div part="title" class="title" role="heading" aria-level=${view.headingLevel}>
        <a
          part="link"
          href=${href ?? nothing}
          data-index=${href ? index : nothing}
          rel=${external ? 'noopener noreferrer' : nothing}
          >${item.title}</a
        >
      </div>
      <p part="meta" class="meta" ?hidden=${!date && counts === nothing}>
        <time part="date" datetime=${date ? date.toISOString() : nothing} ?hidden=${!date}
          >${date ? formatDate(date, view.language) : ''}</time
        >${counts}
      </p>
      <img
        part="image"
        class="image"
        src=${imageSrc ?? nothing}
        alt=${image?.alt ?? ''}
        width=${image?.width ?? nothing}
        height=${image?.height ?? nothing}
        loading="lazy"
        decoding="async"
        ?hidden=${!imageSrc}
      />
      <p part="summary" class="summary" ?hidden=${!summary}>${summary}</p>
      <ul
        part="tags"
        class="tags"
        aria-label=${view.strings.news.tags}
        ?hidden=${tags.length === 0}
      >
        ${tags.map((tag) => renderTag(tag, view.activeTag))}
      </ul>
    </article>
  </li>`;
}

/**
 * Placeholders shaped like the items that will replace them, so the page does not jump when the
 * feed arrives.
 */
export function renderNewsSkeleton(
  count: number,
  view: Pick<ItemView, 'layout' | 'show' | 'strings'>,
) {
  const image = view.layout !== 'compact' && view.show.has('image');
  const summary = view.layout !== 'compact' && view.show.has('summary');
  return html`<div part="loading" role="status">
    <span class="visually-hidden">${view.strings.loading}</span>
    <ul class="items skeleton" aria-hidden="true">
      ${Array.from(
        { length: count },
        () =>
          html`<li class="item">
            <div class="card">
              <div class="title skeleton-line"></div>
              <div class="meta skeleton-line"></div>
              ${image ? html`<div class="image skeleton-block"></div>` : nothing}
              ${
                summary
                  ? html`<div class="summary">
                      <div class="skeleton-line"></div>
                      <div class="skeleton-line"></div>
                    </div>`
                  : nothing
              }
            </div>
          </li>`,
      )}
    </ul>
  </div>`;
}
