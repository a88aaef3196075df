import { initialState } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedFormatOption } from '../../data/feed.js';
import type { NewsItem } from '../../data/model.js';
import { toFeedError } from '../../data/errors.js';
import { isExternalUrl, toSafeUrl } from '../../data/url.js';
import {
  articleStrings,
  combine,
  commonStrings,
  formatDate,
  interpolate,
  viewsStrings,
  type StringsOf,
} from '../../i18n/index.js';
import { BiblioElement } from '../../internal/biblio-element.js';
import { hideBrokenImage } from '../../internal/broken-image.js';
import { announceError } from '../../internal/events.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { sanitizeHtml } from '../../internal/sanitize.js';
import { createLoadTask, renderStates } from '../../internal/states.js';
import { stateStyles } from '../../internal/states.styles.js';
import { articleStyles } from './article.styles.js';
import { loadArticleItem } from './article-source.js';
import { nestHeadings } from './nest-headings.js';
import type { ShareLinks } from './share-links.js';
import { formatViewCount } from '../view-counter/view-count-text.js';
import { headingLevel } from '../../internal/heading-level.js';

/** What the article shows: the item and its cleaned body, ready to insert. */
export interface LoadedArticle {
  item: NewsItem;
  /** The sanitized body HTML in its container; absent when the item has no HTML. */
  body?: HTMLElement;
}

/** Cleans the item's HTML into one container that stays the same node across re-renders. */
async function buildBody(item: NewsItem, allowEmbeds: string): Promise<HTMLElement | undefined> {
  if (!item.contentHtml?.trim()) return undefined;
  const fragment = await sanitizeHtml(item.contentHtml, {
    baseUrl: item.url ?? document.baseURI,
    allowEmbeds: allowEmbeds.split(/[\s,]+/).filter(Boolean),
    pageOrigin: location.origin,
  });
  const body = document.createElement('div');
  body.setAttribute('part', 'body');
  body.className = 'body';
  body.append(fragment);
  // Wide tables scroll inside the card; keyboard users must be able to reach them to scroll.
  body.querySelectorAll('table').forEach((table) => (table.tabIndex = 0));
  return body;
}

/** True when the page wrote content inside the element for readers without JavaScript. */
function hasWrittenContent(host: HTMLElement): boolean {
  return [...host.childNodes].some(
    (node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim(),
  );
}

const localizedStrings = combine(commonStrings, articleStrings, viewsStrings);

/**
 * One news article: title, subtitle, date, author, lead image, the body, tags, share links, a
 * link back to the archive and the view counter.
 *
 * Give it `src` (a document holding one item, in any format the feeds use), or `feed` and
 * `item-id` (the item is looked up in the feed, page after page), or set `item` from script,
 * e.g. from a `biblio-item-select` event of `<biblio-news-list>`. Whatever the page wrote inside
 * the element stays visible until the item arrives, and if it cannot be loaded.
 *
 * The body is untrusted HTML: it is cleaned with DOMPurify, which is downloaded only when an
 * article with HTML is shown. Likewise `<biblio-view-counter>` is downloaded only by an article
 * that shows views; the count it will show is written inside it meanwhile, so nothing moves.
 *
 * @summary A news article with a sanitized body, view counter, share links and a back link.
 * @tagname biblio-article
 *
 * @slot - Server-rendered article shown until the item is loaded (and when it cannot be).
 *
 * @csspart base - The `<article>` around everything.
 * @csspart archive - The "Back to news" link.
 * @csspart header - Title, subtitle and the meta line.
 * @csspart title - The title (a heading of `heading-level`).
 * @csspart subtitle - The subtitle or lead.
 * @csspart meta - Date, author and views.
 * @csspart date - The `<time>` of publication.
 * @csspart author - The author's name.
 * @csspart views - The `<biblio-view-counter>`.
 * @csspart figure - The lead image with its caption.
 * @csspart image - The lead image.
 * @csspart body - The sanitized article text.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart share - The share links.
 * @csspart share-label - The visible "Share" label.
 * @csspart share-link - One share link (and the copy button).
 * @csspart loading - The skeleton shown while loading (when the page wrote nothing inside).
 * @csspart empty - "This article could not be found."
 * @csspart error - The error box.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--biblio-article-measure=70ch] - Widest line of text, for comfortable reading.
 * @cssproperty [--biblio-article-title-size=1.75em] - Size of the title.
 * @cssproperty [--biblio-article-embed-ratio=16 / 9] - Shape reserved for embedded videos.
 *
 * @event {CustomEvent<LoadEventDetail>} biblio-load - The article is shown. `detail: { count }` (1, or 0 when not found).
 * @event {CustomEvent<ErrorEventDetail>} biblio-error - Loading `src` (the item) or `feed` (the list it is found in) failed. `detail: { error }` with `error.kind` (network, timeout, http, parse, format, map, config) and, for a web page or cut-off JSON where a feed was expected, `error.details.reason` (htmlPage, brokenJson).
 * @event {CustomEvent<ViewRegisteredDetail>} biblio-view-registered - The view counter recorded the reader's view. `detail: { itemId, views, counted }`; `counted` is false for a repeat view in the same session.
 */
export class BiblioArticle extends BiblioElement<StringsOf<typeof localizedStrings>> {
  static override tagName = 'biblio-article';

  static override styles = [...BiblioElement.styles, stateStyles, articleStyles];
  protected static override localizedStrings = localizedStrings;

  /** URL of a document holding one item: a WordPress post, a JSON:API resource, a JSON Feed… */
  @property() src?: string;

  /** URL of a feed to find the item in (with `item-id`). */
  @property() feed?: string;

  /** The id, slug or URL of the item to find in `feed`. */
  @property({ attribute: 'item-id' }) itemId?: string;

  /**
   * Feed format: `auto` (default, recognised from the answer) or one of `jsonfeed`, `wordpress`,
   * `jsonapi`, `ghost`, `rss2json`, `rss` (RSS, RDF and Atom), `array`, `mapped`.
   */
  @property() format?: FeedFormatOption;

  /** Dot paths for a feed no adapter knows, as JSON (see `<biblio-news-list map>`). */
  @property() map?: string;

  /** The item set from script; takes precedence over `src` and `feed`. */
  @property({ attribute: false }) item?: NewsItem;

  /** Where "Back to news" leads; no link without it. */
  @property({ attribute: 'archive-href' }) archiveHref?: string;

  /** Base URL of the views server; shows "Просмотров: N" from `{views-api}/views/{id}`. */
  @property({ attribute: 'views-api' }) viewsApi?: string;

  /** Also record the reader's view (once per session, when the article is seen). */
  @property({ type: Boolean, attribute: 'register-view' }) registerView = false;

  /** Level (1–6) of the title, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Share links to show: empty for all, or a list of `vk telegram ok email copy`. */
  @property() share?: string;

  /** Hosts whose embedded iframes are kept, e.g. `youtube.com rutube.ru vk.com`. */
  @property({ attribute: 'allow-embeds' }) allowEmbeds = '';

  /** The share links, their code loaded alongside the item when `share` is set. */
  private readonly shareLinks = new LazyPart<ShareLinks>(
    async () => new (await import('./share-links.js')).ShareLinks(this),
  );

  /** `<biblio-view-counter>`'s code, loaded and registered once an article will show views. */
  private readonly viewCounter = new LazyPart(async () =>
    (await import('../view-counter/view-counter.js')).BiblioViewCounter.define(),
  );

  private loadTask = createLoadTask(this, {
    args: () =>
      [
        this.item,
        this.src,
        this.feed,
        this.itemId,
        this.format,
        this.map,
        this.allowEmbeds,
        this.share !== undefined,
      ] as const,
    load: async ([item, src, feed, itemId, format, map, allowEmbeds, sharing], signal) => {
      if (!item && !src && !(feed && itemId)) return initialState as never;
      const [found] = await Promise.all([
        item ?? loadArticleItem({ src, feed, itemId, format, map }, signal),
        sharing && this.shareLinks.get(),
      ]);
      if (!found) return undefined;
      return { item: found, body: await buildBody(found, allowEmbeds) };
    },
    count: (article) => (article ? 1 : 0),
  });

  /**
   * Asks for the view counter's code. If it cannot load, the count written inside it stays, as
   * when the views server fails: the counter never shows an error box, so neither does the
   * article for it; the page hears `biblio-error`. A failed fetch is forgotten, so the article's
   * next update (another item, say) asks again: the network may be back.
   */
  private defineViewCounter() {
    if (this.viewCounter.requested || customElements.get('biblio-view-counter')) return;
    this.viewCounter.get().catch((cause: unknown) => announceError(this, toFeedError(cause)));
  }

  protected override willUpdate(): void {
    // With a views server the counter is certain: its code loads alongside the item.
    if (this.viewsApi !== undefined || this.loadTask.value?.item.views !== undefined) {
      this.defineViewCounter();
    }
  }

  private renderMeta(item: NewsItem) {
    const showViews = this.viewsApi !== undefined || item.views !== undefined;
    const date = item.datePublished;
    return html`<p part="meta">
      ${
        date
          ? html`<time part="date" datetime=${date.toISOString()}
              >${formatDate(date, this.language)}</time
            >`
          : nothing
      }
      ${
        item.author
          ? html`<span part="author"
              >${interpolate(this.strings.article.author, { author: item.author })}</span
            >`
          : nothing
      }
      ${
        showViews
          ? html`<biblio-view-counter
              part="views"
              variant="label"
              api=${this.viewsApi ?? nothing}
              item-id=${item.id}
              .count=${item.views}
              ?register=${this.registerView}
              >${
                item.views === undefined
                  ? nothing
                  : formatViewCount(item.views, 'label', this.strings, this.language)
              }</biblio-view-counter
            >`
          : nothing
      }
    </p>`;
  }

  private renderFigure(item: NewsItem) {
    const image = item.image;
    const src = toSafeUrl(image?.url, document.baseURI, 'image');
    if (!image || !src) return nothing;
    // On `load` too: the next article reuses this element, and must show its image if it loads.
    return html`<figure part="figure">
      <img
        part="image"
        src=${src}
        alt=${image.alt ?? ''}
        width=${image.width ?? nothing}
        height=${image.height ?? nothing}
        decoding="async"
        @error=${hideBrokenImage}
        @load=${hideBrokenImage}
      />
    </figure>`;
  }

  private renderText(item: NewsItem, body: HTMLElement | undefined) {
    if (body) return body;
    const text = item.contentText ?? item.summary;
    if (!text) return nothing;
    return html`<div part="body" class="body">
      ${text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => html`<p>${paragraph.trim()}</p>`)}
    </div>`;
  }

  private renderArchiveLink() {
    const href = toSafeUrl(this.archiveHref, document.baseURI);
    if (!href) return nothing;
    return html`<a
      part="archive"
      href=${href}
      rel=${isExternalUrl(href, location.origin) ? 'noopener noreferrer' : nothing}
      ><span aria-hidden="true">←</span> ${this.strings.article.archive}</a
    >`;
  }

  private get titleLevel(): number {
    return headingLevel(this.headingLevel, 2);
  }

  private renderArticle({ item, body }: LoadedArticle) {
    return html`<article part="base" aria-labelledby="title">
      ${this.renderArchiveLink()}
      <header part="header">
        <div part="title" id="title" role="heading" aria-level=${this.titleLevel}>
          ${item.title}
        </div>
        ${item.subtitle ? html`<p part="subtitle">${item.subtitle}</p>` : nothing}
        ${this.renderMeta(item)}
      </header>
      ${this.renderFigure(item)} ${this.renderText(item, body)}
      ${
        item.tags.length > 0
          ? html`<ul part="tags" aria-label=${this.strings.article.tags}>
              ${item.tags.map((tag) => html`<li part="tag">${tag}</li>`)}
            </ul>`
          : nothing
      }
      ${this.share === undefined ? nothing : this.shareLinks.value?.render(item, this.share, this.strings)}
    </article>`;
  }

  protected override updated(): void {
    const body = this.loadTask.value?.body;
    if (body) nestHeadings(body, this.titleLevel);
  }

  override render() {
    if (this.loadTask.value === undefined && hasWrittenContent(this)) {
      return html`<slot></slot>`;
    }
    return renderStates(this.loadTask, {
      strings: this.strings,
      complete: (article: LoadedArticle | undefined) => this.renderArticle(article!),
      isEmpty: (article) => article === undefined,
      emptyMessage: this.strings.article.empty,
      skeletonLines: 8,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'biblio-article': BiblioArticle;
  }
}
