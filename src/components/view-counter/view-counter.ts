import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readViews, registerView, type RegisteredView } from '../../data/api/views-api.js';
import { baseStrings, combine, viewsStrings, type StringsOf } from '../../i18n/index.js';
import { BiblioElement } from '../../internal/biblio-element.js';
import { publicEvent } from '../../internal/events.js';
import { announcedLoad } from '../../internal/states.js';
import { formatViewCount, type ViewCountVariant } from './view-count-text.js';
import { viewCounterStyles } from './view-counter.styles.js';
import { viewSession } from './view-session.js';
import { whenSeen } from './when-seen.js';

export type { ViewCountVariant };

/** `standard`: "12 345"; `compact`: "12 тыс." / "12K" (the full number stays in the label). */
export type ViewCountNotation = 'standard' | 'compact';

/** Detail of `biblio-view-registered`. */
export type ViewRegisteredDetail = RegisteredView;

declare global {
  interface GlobalEventHandlersEventMap {
    'biblio-view-registered': CustomEvent<ViewRegisteredDetail>;
  }
  interface HTMLElementTagNameMap {
    'biblio-view-counter': BiblioViewCounter;
  }
}

/** Registrations under way on this page, so two counters for one item send one POST. */
const registering = new Set<string>();

const localizedStrings = combine(baseStrings, viewsStrings);

/**
 * The number of times an article was read: "Просмотров: 225", "1 просмотр", "225 views".
 *
 * Give it a static `count`, or a views server with `api` and `item-id`; with `register` it also
 * records the reader's view, once per browser session and only once the article is on screen
 * in a foreground tab. It never blocks the page and never shows an error box: until a count is
 * known (and if the server fails) it shows the content written inside it, or the last count
 * this session saw.
 *
 * @summary View count with CLDR plurals; optionally registers one view per reader.
 * @tagname biblio-view-counter
 *
 * @slot - Shown until a count is known, e.g. the server-rendered "Просмотров: 225".
 *
 * @csspart base - The wrapper around the count.
 * @csspart count - The visible text, e.g. "Просмотров: 225".
 *
 * @cssproperty [--biblio-view-counter-color=var(--biblio-muted)] - Text colour.
 *
 * @event {CustomEvent<ViewRegisteredDetail>} biblio-view-registered - The server recorded (or had already recorded) this reader's view. `detail: { itemId, views, counted }`; `counted` is false when the view was already recorded (a repeat view).
 * @event {CustomEvent<ErrorEventDetail>} biblio-error - Reading or registering failed; the last known count stays. `detail: { error }`.
 */
export class BiblioViewCounter extends BiblioElement<StringsOf<typeof localizedStrings>> {
  static override tagName = 'biblio-view-counter';

  static override styles = [...BiblioElement.styles, viewCounterStyles];
  protected static override localizedStrings = localizedStrings;

  /** A count the page already knows; shown at once and replaced by the server's when `api` is set. */
  @property({ type: Number }) count?: number;

  /** Base URL of the views server, e.g. `/api`: the element calls `{api}/views/{item-id}`. */
  @property() api?: string;

  /** The item whose views are counted. */
  @property({ attribute: 'item-id' }) itemId?: string;

  /** Record this reader's view (once per session, when the article is seen). */
  @property({ type: Boolean, reflect: true }) register = false;

  /** `plural` ("225 просмотров") or `label` ("Просмотров: 225"). */
  @property({ reflect: true }) variant: ViewCountVariant = 'plural';

  /** `standard` or `compact` ("12 тыс."). */
  @property() notation: ViewCountNotation = 'standard';

  @state() private views?: number;

  private abort?: AbortController;

  /** Where registration looks for visibility: the card around us if we live in one. */
  private get seenTarget(): Element {
    const root = this.getRootNode();
    return root instanceof ShadowRoot ? root.host : this;
  }

  /** The views server (resolved), the item, and `key`, which names that item on that server. */
  private get source() {
    if (!this.api || !this.itemId) return undefined;
    const api = new URL(this.api, document.baseURI).href;
    return { api, itemId: this.itemId, key: `${api}|${this.itemId}` };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.synchronize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('count') && Number.isFinite(this.count)) this.views = this.count;
    const source = this.source;
    if (source && (changed.has('api') || changed.has('itemId'))) {
      this.views ??= viewSession.lastViews(source.key);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('itemId') || changed.has('register')) {
      this.synchronize();
    }
  }

  /** Fetches the count and, when asked, registers the view; failures keep what is shown. */
  private synchronize() {
    this.abort?.abort();
    const source = this.source;
    if (!source) return;
    const { api, itemId, key } = source;
    this.abort = new AbortController();
    const { signal } = this.abort;
    let registered = false;
    const show = (views: number) => {
      this.views = views;
      viewSession.rememberViews(key, views);
    };

    // A failure keeps what is shown (the written text or the last count); the page is told.
    const keepShown = () => undefined;

    announcedLoad(this, signal, () => readViews(api, itemId, { signal })).then(({ views }) => {
      if (!registered) show(views);
    }, keepShown);

    if (!this.register || viewSession.hasRegistered(key) || registering.has(key)) return;
    registering.add(key);
    // Released at once on abort: a counter moved in the page reconnects in the same task.
    const release = () => registering.delete(key);
    signal.addEventListener('abort', release, { once: true });
    announcedLoad(this, signal, async () => {
      await whenSeen(this.seenTarget, signal);
      return registerView(api, itemId, { signal });
    })
      .then((result) => {
        registered = true;
        viewSession.markRegistered(key);
        show(result.views);
        this.dispatchEvent(publicEvent('biblio-view-registered', result));
      }, keepShown)
      .finally(release);
  }

  override render() {
    if (this.views === undefined) return html`<slot></slot>`;
    const say = (numberOptions?: Intl.NumberFormatOptions) =>
      formatViewCount(this.views!, this.variant, this.strings, this.language, numberOptions);
    const full = say();
    const shown = this.notation === 'compact' ? say({ notation: 'compact' }) : full;
    return html`<span part="base">
      <span part="count" aria-hidden=${shown === full ? nothing : 'true'}>${shown}</span>
      ${shown === full ? nothing : html`<span class="visually-hidden">${full}</span>`}
    </span>`;
  }
}
