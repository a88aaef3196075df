import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  listComments,
  type Comment,
  type CommentSort,
  type CommentsRequest,
} from '../../data/api/comments-api.js';
import { FeedError, toFeedError } from '../../data/errors.js';
import {
  combine,
  commentsStrings,
  commonStrings,
  formatPlural,
  interpolate,
  type StringsOf,
} from '../../i18n/index.js';
import { BiblioElement } from '../../internal/biblio-element.js';
import { publicEvent } from '../../internal/events.js';
import { LazyPart } from '../../internal/lazy-part.js';
import {
  describeError,
  renderError,
  renderErrorBox,
  renderSkeleton,
} from '../../internal/states.js';
import { stateStyles } from '../../internal/states.styles.js';
import { renderCommentForm, type FormProblem } from './comment-form.js';
import { renderCommentHeader } from './comment-header.js';
import { linkify } from './comment-text.js';
import type { CommentWriter, WriterPort } from './comment-writer.js';
import { commentsStyles } from './comments.styles.js';
import {
  newDraftKey,
  readDrafts,
  readPending,
  writeDrafts,
  writePending,
  type Draft,
  type DraftSlot,
  type ThreadDrafts,
} from './drafts.js';
import { describeCommentsError } from './site-refused.js';
import { arrangeThreads } from './threads.js';
import { pageStorage } from '../../internal/page-storage.js';
import { headingLevel } from '../../internal/heading-level.js';

/** `none`: anonymous with a name; `required`: only readers the host site signed in; `optional`: both. */
export type CommentsAuth = 'none' | 'optional' | 'required';

export interface CommentPostedEventDetail {
  comment: Comment;
  /** The server holds the comment for pre-moderation. */
  pending: boolean;
}

const emptyDraft: Draft = { text: '', author: '', key: '' };

/** How long a comment awaiting moderation is remembered: moderators answer within days. */
const pendingKeptFor = 7 * 86_400_000;

const localizedStrings = combine(commonStrings, commentsStrings);

/**
 * The comment box of a library page: the thread with replies one level deep, "Show more"
 * paging, and a form that never loses what the reader typed. Works anonymously or with the
 * host site's own login (a signed token, or a cookie session).
 *
 * @summary Comments and a comment form, for anonymous readers or the site's logged-in ones.
 * @tagname biblio-comments
 *
 * @csspart base - The section around everything.
 * @csspart heading - The heading with the number of comments.
 * @csspart sort - The order selector.
 * @csspart list - The list of comments (and each list of replies).
 * @csspart comment - One comment.
 * @csspart author - The author's name.
 * @csspart date - The date (relative; the absolute date is its tooltip).
 * @csspart badge - "Awaiting moderation" or "Sending…" next to a comment.
 * @csspart text - The comment's text.
 * @csspart text-link - A link in a comment's text.
 * @csspart actions - The Reply, Edit and Delete buttons of a comment.
 * @csspart show-more - The "Show more comments" button.
 * @csspart form - The comment form (and the inline reply form).
 * @csspart textarea - The text field of a form.
 * @csspart counter - The live character count.
 * @csspart form-error - A form's error message.
 * @csspart submit - A form's Send button.
 * @csspart login - The "to leave a comment, log in" prompt.
 * @csspart closed - The "commenting is closed" message.
 * @csspart loading - The skeleton shown while comments load.
 * @csspart empty - The message shown when there are no comments.
 * @csspart error - The error box when comments cannot be loaded.
 * @csspart retry - The Retry button in an error box.
 *
 * @cssproperty [--biblio-comments-gap=1rem] - Space between comments.
 * @cssproperty [--biblio-comments-reply-indent=1.5rem] - Indent of replies.
 * @cssproperty [--biblio-comments-field-min-height=6em] - Height of an empty text field.
 *
 * @event biblio-load - Comments are shown. `detail: { count }` (loaded so far).
 * @event biblio-error - Comments could not be loaded. `detail: { error }`.
 * @event biblio-comment-posted - The server accepted a comment. `detail: { comment, pending }`.
 */
export class BiblioComments extends BiblioElement<StringsOf<typeof localizedStrings>> {
  static override tagName = 'biblio-comments';

  static override styles = [...BiblioElement.styles, stateStyles, commentsStyles];
  protected static override localizedStrings = localizedStrings;

  /**
   * Sending, editing and deleting, loaded apart from the element (see comment-writer.ts).
   * Static so a test can stand in a loader that fails, as it does offline.
   * @internal
   */
  static loadWriter = () => import('./comment-writer.js');

  /** Base URL of the comments API; comments are read from `{api}/comments/{thread}`. */
  @property() api?: string;

  /** Identifies the page being discussed, e.g. `news-123`. */
  @property() thread?: string;

  /** Who may comment: `none` (anyone, with a name), `optional` or `required` (signed in). */
  @property({ reflect: true }) auth: CommentsAuth = 'none';

  /** The host site's login form, linked from "to leave a comment, log in". */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** Longest comment accepted, in characters. Longer text is refused before sending. */
  @property({ type: Number, attribute: 'max-length' }) maxLength = 2000;

  /** `oldest` or `newest` first. The reader can change it. */
  @property({ reflect: true }) sort: CommentSort = 'oldest';

  /** Comments per page (1–100): "Show more" loads the next page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Level (1–6) of the heading, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The reader's token, signed by the host site. Sent as `Authorization: Bearer`. */
  @property({ attribute: false }) token?: string;

  /** Name of a global function returning the token (or a promise of it); asked before each post. */
  @property({ attribute: 'token-provider' }) tokenProvider?: string;

  /** Send cookies with every request, for sites whose login is a cookie session. */
  @property({ type: Boolean }) credentials = false;

  /** Shows the comments but no form: commenting is closed. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private comments: Comment[] = [];
  @state() private total = 0;
  @state() private next?: string;
  @state() private loadError?: FeedError;
  @state() private loaded = false;
  @state() private loadingMore = false;
  @state() private moreError?: FeedError;
  @state() private drafts: ThreadDrafts = {};
  @state() private replyTo?: string;
  @state() private problems: Partial<Record<DraftSlot, FormProblem>> = {};
  @state() private signedIn = false;
  @state() private loginAsked = false;
  @state() private announcement = '';
  /** Why the writing part could not be loaded for a comment's Edit or Delete, with Retry. */
  @state() private actionError?: { id: string; error: unknown; retry: () => void };

  /**
   * The writing part. A failed fetch (offline) is forgotten so Send or Retry fetches again; the
   * idle-time fetch is tried once.
   */
  private readonly writer = new LazyPart(() =>
    (this.constructor as typeof BiblioComments)
      .loadWriter()
      .then(({ CommentWriter }) => new CommentWriter(this.writerPort())),
  );

  private listController?: AbortController;
  /**
   * What the reader posted here lately. A list that loads while a post is in flight, or a
   * server that hides pending comments from anonymous readers, must not make them vanish
   * from the reader's screen; pending ones are kept in storage for the next visit.
   */
  private ownComments: Comment[] = [];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listController?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.load();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('thread')) {
      this.drafts = this.thread ? readDrafts(pageStorage(), this.thread) : {};
      this.ownComments = this.thread ? readPending(pageStorage(), this.thread) : [];
      this.replyTo = this.drafts.reply?.parentId;
    }
    // A new token changes what the server shows: the reader's own and pending comments.
    const reader = changed.has('token') || changed.has('tokenProvider');
    if (reader) {
      this.loginAsked = false;
      void this.checkSignedIn();
    }
    if (reader || changed.has('api') || changed.has('thread') || changed.has('sort')) {
      void this.load();
    }
  }

  /** The token from the property, else from the page's provider function; never throws. */
  private async resolveToken(): Promise<string | undefined> {
    if (this.token) return this.token;
    const provider = this.tokenProvider
      ? (globalThis as unknown as Record<string, unknown>)[this.tokenProvider]
      : undefined;
    if (typeof provider !== 'function') return undefined;
    try {
      return (await provider()) || undefined;
    } catch {
      return undefined;
    }
  }

  private async checkSignedIn() {
    this.signedIn = Boolean(await this.resolveToken());
  }

  private async request(signal?: AbortSignal): Promise<CommentsRequest> {
    return {
      api: new URL(this.api ?? '', document.baseURI).href,
      token: await this.resolveToken(),
      credentials: this.credentials,
      signal,
    };
  }

  /** `max-length`, or the contract's default when the attribute is not a positive number. */
  private get limit() {
    return this.maxLength >= 1 ? Math.floor(this.maxLength) : 2000;
  }

  /** `page-size` within the 1–100 the contract allows. */
  private get pageLimit() {
    return Math.min(100, Math.max(1, Math.round(this.pageSize) || 20));
  }

  private get nameNeeded() {
    return this.auth !== 'required' && !this.signedIn;
  }

  private get mayWrite() {
    return !this.disabled && (this.auth !== 'required' || this.signedIn || this.credentials);
  }

  /** What the writing part may read and change here: nothing else of the element. */
  private writerPort(): WriterPort {
    return {
      host: this,
      thread: () => this.thread,
      language: () => this.language,
      strings: () => this.strings,
      limit: () => this.limit,
      nameNeeded: () => this.nameNeeded,
      replyTo: () => this.replyTo,
      request: () => this.request(),
      draft: (slot) => this.drafts[slot] ?? emptyDraft,
      forgetDraft: (slot) => {
        this.setDraft(slot, undefined);
        if (slot === 'reply') this.replyTo = undefined;
      },
      setProblem: (slot, problem) => this.setProblem(slot, problem),
      insert: (comment) => {
        this.comments = this.placeNew(this.comments, comment);
        this.setOwnComments([...this.ownComments, comment]);
      },
      replace: (id, next) => this.replaceComment(id, next),
      addToTotal: (change) => (this.total = Math.max(0, this.total + change)),
      askLogin: () => (this.loginAsked = true),
      announce: (message) => this.announce(message),
      focusLater: (id) => void this.focusLater(id),
    };
  }

  /**
   * Runs `use` with the writing part: at once when it is here, else once it has loaded. When
   * it cannot load, `failed` shows why where the reader acted.
   */
  private withWriter(use: (writer: CommentWriter) => unknown, failed: (error: unknown) => void) {
    if (this.writer.value) return void use(this.writer.value);
    this.writer.get().then(use, (error: unknown) => failed(toFeedError(error)));
  }

  protected override updated(): void {
    // A box that can write (or shows the reader's own comments) fetches the writing part when
    // the page is idle, so Send, Edit and Delete answer at once when the reader gets to them.
    const mayNeedWriter = this.mayWrite || this.comments.some((comment) => comment.mine);
    if (this.loaded && mayNeedWriter) this.writer.preloadWhenIdle();
  }

  /** Newest-first threads show a new top-level comment first; everything else goes last. */
  private placeNew(list: Comment[], comment: Comment): Comment[] {
    return this.sort === 'newest' && !comment.parentId ? [comment, ...list] : [...list, comment];
  }

  /** Swaps a comment for `next` (or removes it) in the list and among the reader's own. */
  private replaceComment(id: string, next?: Comment) {
    const swap = (list: Comment[]) =>
      list.flatMap((shown) => (shown.id !== id ? [shown] : next ? [next] : []));
    this.comments = swap(this.comments);
    this.setOwnComments(swap(this.ownComments));
  }

  private setOwnComments(comments: Comment[]) {
    this.ownComments = comments;
    const lately = Date.now() - pendingKeptFor;
    const pending = comments.filter(
      (comment) => comment.status === 'pending' && Date.parse(comment.createdAt) > lately,
    );
    if (this.thread) writePending(pageStorage(), this.thread, pending);
  }

  private announce(message: string) {
    this.announcement = message;
  }

  private async focusLater(id: string) {
    await this.updateComplete;
    this.shadowRoot?.getElementById(id)?.focus();
  }

  private async load(more = false) {
    const { api, thread } = this;
    if (!api || !thread) {
      this.loadError = new FeedError('config', 'biblio-comments needs api and thread', {
        attribute: api ? 'thread' : 'api',
      });
      this.dispatchEvent(publicEvent('biblio-error', { error: this.loadError }));
      return;
    }
    this.listController?.abort();
    const controller = (this.listController = new AbortController());
    if (more) {
      this.loadingMore = true;
      this.moreError = undefined;
    } else {
      this.loaded = false;
      this.loadError = undefined;
    }
    try {
      const page = await listComments(await this.request(controller.signal), thread, {
        after: more ? this.next : undefined,
        limit: this.pageLimit,
        sort: this.sort,
      });
      const known = new Set(more ? this.comments.map((comment) => comment.id) : []);
      const fresh = page.comments.filter((comment) => !known.has(comment.id));
      if (more) {
        this.comments = [...this.comments, ...fresh];
      } else {
        // The server now lists what it has published; keep only what it does not show.
        const listed = new Set(page.comments.map((comment) => comment.id));
        this.setOwnComments(this.ownComments.filter((comment) => !listed.has(comment.id)));
        this.comments = this.ownComments.reduce((list, own) => this.placeNew(list, own), fresh);
      }
      this.total = page.total;
      this.next = page.next;
      this.loaded = true;
      this.dispatchEvent(publicEvent('biblio-load', { count: this.comments.length }));
      if (more && fresh.length) {
        this.announce(formatPlural(this.strings.comments.shownMore, fresh.length, this.language));
        void this.focusLater(`comment-${fresh[0].id}`);
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      const feedError = toFeedError(error);
      if (more) this.moreError = feedError;
      else this.loadError = feedError;
      this.dispatchEvent(publicEvent('biblio-error', { error: feedError }));
    } finally {
      if (this.listController === controller) this.loadingMore = false;
    }
  }

  private updateDraft(slot: DraftSlot, change: Partial<Draft>) {
    const current = this.drafts[slot] ?? emptyDraft;
    const draft = { ...current, ...change, key: newDraftKey() };
    this.setDraft(slot, draft);
    // Said by the writing part once it is here; typing alone never retries a failed load.
    void this.writer.requested?.then(
      (writer) => writer.announceLength(current.text, draft.text),
      () => undefined,
    );
    if (this.problems[slot] && !this.problems[slot].retry) this.setProblem(slot, undefined);
  }

  private setDraft(slot: DraftSlot, draft: Draft | undefined) {
    this.drafts = { ...this.drafts, [slot]: draft };
    if (this.thread) writeDrafts(pageStorage(), this.thread, this.drafts);
  }

  private setProblem(slot: DraftSlot, problem: FormProblem | undefined) {
    this.problems = { ...this.problems, [slot]: problem };
  }

  private submit(slot: DraftSlot, form: HTMLFormElement) {
    this.withWriter(
      (writer) => writer.submit(slot, form),
      (error) => {
        const message = describeError(error, this.strings);
        this.setProblem(slot, { field: 'text', message, retry: true });
      },
    );
  }

  private openReply(comment: Comment) {
    this.replyTo = comment.id;
    this.setDraft('reply', { ...(this.drafts.reply ?? emptyDraft), parentId: comment.id });
    void this.focusLater('text-reply');
  }

  private closeReply() {
    const parentId = this.replyTo;
    this.replyTo = undefined;
    // The text stays for the next reply; only the open form is forgotten.
    const draft = this.drafts.reply;
    if (draft) this.setDraft('reply', { text: draft.text, author: draft.author, key: draft.key });
    this.setProblem('reply', undefined);
    void this.focusLater(`reply-${parentId}`);
  }

  /** Runs an Edit or Delete; when the writing part cannot load, says so under the comment. */
  private act(comment: Comment, use: (writer: CommentWriter) => void) {
    this.actionError = undefined;
    this.withWriter(use, (error) => {
      this.actionError = { id: comment.id, error, retry: () => this.act(comment, use) };
    });
  }

  private renderActions(comment: Comment, isReply: boolean) {
    const strings = this.strings.comments;
    const id = comment.id;
    const confirm = this.writer.value?.renderConfirm(comment);
    if (confirm) return confirm;
    const canReply =
      !isReply && this.mayWrite && this.replyTo !== id && comment.status !== 'pending';
    const own = comment.mine && !this.writer.value?.isEditing(id);
    if (!canReply && !own) return nothing;
    return html`<div part="actions">
      ${
        canReply
          ? html`<button
              id="reply-${id}"
              type="button"
              class="quiet"
              aria-describedby="author-${id}"
              @click=${() => this.openReply(comment)}
            >
              ${strings.reply}
            </button>`
          : nothing
      }
      ${
        own
          ? html`<button
                id="edit-${id}"
                type="button"
                class="quiet"
                @click=${() => this.act(comment, (writer) => writer.startEdit(comment))}
              >
                ${strings.edit}
              </button>
              <button
                id="delete-${id}"
                type="button"
                class="quiet"
                @click=${() => this.act(comment, (writer) => writer.askDelete(id))}
              >
                ${strings.delete}
              </button>`
          : nothing
      }
    </div>`;
  }

  private renderComment(comment: Comment, isReply: boolean) {
    const sending = comment.id === this.writer.value?.sending?.id;
    const actionError = this.actionError?.id === comment.id ? this.actionError : undefined;
    return html`<article
      part="comment"
      id="comment-${comment.id}"
      tabindex="-1"
      aria-labelledby="author-${comment.id}"
    >
      ${renderCommentHeader(comment, sending, this.strings, this.language)}
      ${this.writer.value?.renderEditor(comment) ?? html`<p part="text">${linkify(comment.text)}</p>`}
      ${this.writer.value?.renderNotice(comment.id)}
      ${
        actionError
          ? renderError(actionError.error, this.strings, actionError.retry)
          : sending
            ? nothing
            : this.renderActions(comment, isReply)
      }
    </article>`;
  }

  private renderForm(slot: DraftSlot, label: string) {
    return renderCommentForm({
      slot,
      label,
      draft: this.drafts[slot] ?? emptyDraft,
      problem: this.problems[slot],
      busy: this.writer.value?.sending?.slot === slot,
      nameNeeded: this.nameNeeded,
      limit: this.limit,
      language: this.language,
      strings: this.strings,
      onChange: (change) => this.updateDraft(slot, change),
      onSubmit: (form) => this.submit(slot, form),
      onCancel: slot === 'reply' ? () => this.closeReply() : undefined,
    });
  }

  private renderLogin() {
    const strings = this.strings.comments;
    const [before, after = ''] = strings.login.split('{link}');
    const link = this.loginHref
      ? html`<a href=${this.loginHref}>${strings.loginLink}</a>`
      : strings.loginLink;
    return html`<p part="login">${before}${link}${after}</p>`;
  }

  private renderLoadError(error: FeedError, retry: () => void) {
    return renderErrorBox(describeCommentsError(error, this.strings), this.strings, retry);
  }

  private renderList() {
    const strings = this.strings.comments;
    if (this.loadError) return this.renderLoadError(this.loadError, () => this.load());
    if (!this.loaded) return renderSkeleton(this.strings, 4);
    if (this.comments.length === 0) {
      return html`<p part="empty" role="status">${strings.empty}</p>`;
    }
    return html`<ul part="list">
        ${arrangeThreads(this.comments).map(
          ({ comment, replies }) =>
            html`<li>
              ${this.renderComment(comment, false)}
              ${
                replies.length
                  ? html`<ul part="list" class="replies">
                      ${replies.map((reply) => html`<li>${this.renderComment(reply, true)}</li>`)}
                    </ul>`
                  : nothing
              }
              ${
                this.replyTo === comment.id && this.mayWrite
                  ? this.renderForm(
                      'reply',
                      interpolate(strings.replyLabel, { name: comment.author.name }),
                    )
                  : nothing
              }
            </li>`,
        )}
      </ul>
      ${this.moreError ? this.renderLoadError(this.moreError, () => this.load(true)) : nothing}
      ${
        this.next && !this.moreError
          ? html`<button
              part="show-more"
              type="button"
              class="quiet"
              aria-disabled=${this.loadingMore ? 'true' : 'false'}
              @click=${() => !this.loadingMore && this.load(true)}
            >
              ${this.loadingMore ? this.strings.loading : strings.showMore}
            </button>`
          : nothing
      }`;
  }

  override render() {
    const strings = this.strings.comments;
    const level = headingLevel(this.headingLevel, 2);
    const loginPrompt =
      !this.disabled && (this.loginAsked || (this.auth === 'required' && !this.mayWrite));
    return html`<section part="base" aria-labelledby="heading">
      <div class="bar">
        <div part="heading" id="heading" role="heading" aria-level=${level} tabindex="-1">
          ${this.loaded ? formatPlural(strings.count, this.total, this.language) : strings.label}
        </div>
        ${
          this.total > 1
            ? html`<label part="sort"
                >${strings.sort}
                <select
                  @change=${(event: Event) => {
                    this.sort = (event.target as HTMLSelectElement).value as CommentSort;
                  }}
                >
                  ${(['oldest', 'newest'] as const).map(
                    (sort) =>
                      html`<option value=${sort} ?selected=${this.sort === sort}>
                        ${strings[sort]}
                      </option>`,
                  )}
                </select></label
              >`
            : nothing
        }
      </div>
      ${this.renderList()} ${loginPrompt ? this.renderLogin() : nothing}
      ${this.disabled ? html`<p part="closed">${strings.closed}</p>` : nothing}
      ${this.mayWrite ? this.renderForm('top', strings.formLabel) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'biblio-comments': BiblioComments;
  }
  interface GlobalEventHandlersEventMap {
    'biblio-comment-posted': CustomEvent<CommentPostedEventDetail>;
  }
}
