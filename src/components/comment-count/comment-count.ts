import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  combine,
  commentCountStrings,
  baseStrings,
  formatPlural,
  type StringsOf,
} from '../../i18n/index.js';
import { BiblioElement } from '../../internal/biblio-element.js';
import { announcedLoad } from '../../internal/states.js';
import { commentCountStyles } from './comment-count.styles.js';
import { requestCommentCount } from './count-batch.js';

const localizedStrings = combine(baseStrings, commentCountStrings);

/**
 * "12 комментариев" next to an item on a list page. All counts on the page are fetched in one
 * request. Until the count arrives, and if it cannot be loaded, the element shows what is
 * written inside it (for example a plain "Комментарии" link), so a list never shows an error
 * box per item.
 *
 * @summary The number of comments in a thread, batched with every other count on the page.
 * @tagname biblio-comment-count
 *
 * @slot - Shown until the count is known, and when it cannot be loaded.
 * @csspart base - The count text.
 *
 * @cssproperty [--biblio-comment-count-color=inherit] - Colour of the count.
 *
 * @event {CustomEvent<LoadEventDetail>} biblio-load - The count is shown. `detail: { count }`.
 * @event {CustomEvent<ErrorEventDetail>} biblio-error - The count could not be loaded. `detail: { error }`.
 */
export class BiblioCommentCount extends BiblioElement<StringsOf<typeof localizedStrings>> {
  static override tagName = 'biblio-comment-count';

  static override styles = [...BiblioElement.styles, commentCountStyles];
  protected static override localizedStrings = localizedStrings;

  /** Base URL of the comments API, as on `<biblio-comments>`. */
  @property() api?: string;

  /** The thread to count, as on `<biblio-comments>`. */
  @property() thread?: string;

  /** Send cookies, for APIs on another origin behind the site's login. */
  @property({ type: Boolean }) credentials = false;

  @state() private count?: number;

  /** The count asked for last: asking for another makes its answer stale. */
  private request?: AbortController;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api') || changed.has('thread') || changed.has('credentials')) {
      void this.load();
    }
  }

  private async load() {
    this.request?.abort();
    this.count = undefined;
    const { api, thread, credentials } = this;
    if (!api || !thread) return;
    const { signal } = (this.request = new AbortController());
    const load = async () => {
      const count = await requestCommentCount(
        { api: new URL(api, document.baseURI).href, credentials },
        thread,
      );
      // The batch cannot be cancelled: an answer for what is no longer asked is not shown.
      signal.throwIfAborted();
      return count;
    };
    try {
      this.count = await announcedLoad(this, signal, load, (count) => count);
    } catch {
      // The page has been told; the written fallback stays.
    }
  }

  override render() {
    return this.count === undefined
      ? html`<slot></slot>`
      : html`<span part="base"
          >${formatPlural(this.strings.commentCount, this.count, this.language)}</span
        >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'biblio-comment-count': BiblioCommentCount;
  }
}
