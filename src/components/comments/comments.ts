import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CommentsError,
  deleteComment,
  editComment,
  listComments,
  postComment,
  type Comment,
  type CommentSort,
  type CommentsRequest,
} from '../../data/comments-api.js';
import { FeedError, toFeedError } from '../../data/errors.js';
import {
  combine,
  commentsStrings,
  commonStrings,
  formatNumber,
  formatPlural,
  interpolate,
  type StringsOf,
} from '../../i18n/index.js';
import { BiblioElement } from '../../internal/biblio-element.js';
import { publicEvent } from '../../internal/events.js';
import { describeError, renderError, renderSkeleton } from '../../internal/states.js';
import { stateStyles } from '../../internal/states.styles.js';
import {
  renderCommentForm,
  renderEditForm,
  type Editing,
  type FormProblem,
} from './comment-form.js';
import { renderCommentHeader } from './comment-header.js';
import { characterCount, linkify } from './comment-text.js';
import { commentsStyles } from './comments.styles.js';
import {
  newDraftKey,
  pageStorage,
  readDrafts,
  readPending,
  writeDrafts,
  writePending,
  type Draft,
  type DraftSlot,
  type ThreadDrafts,
} from './drafts.js';
import { arrangeThreads } from './threads.js';

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
  @state() private posting?: DraftSlot;
  @state() private sendingId?: string;
  @state() private problems: Partial<Record<DraftSlot, FormProblem>> = {};
  @state() private signedIn = false;
  @state() private loginAsked = false;
  @state() private editing?: Editing;
  @state() private confirmingDelete?: string;
  @state() private notice?: { id: string; message: string };
  @state() private announcement = '';

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
    const wasOver = characterCount(current.text) > this.limit;
    if (!wasOver && characterCount(draft.text) > this.limit)
      this.announce(this.tooLong(draft.text));
    this.setDraft(slot, draft);
    if (this.problems[slot] && !this.problems[slot].retry) this.setProblem(slot, undefined);
  }

  private setDraft(slot: DraftSlot, draft: Draft | undefined) {
    this.drafts = { ...this.drafts, [slot]: draft };
    if (this.thread) writeDrafts(pageStorage(), this.thread, this.drafts);
  }

  private setProblem(slot: DraftSlot, problem: FormProblem | undefined) {
    this.problems = { ...this.problems, [slot]: problem };
  }

  private tooLong(text: string) {
    const over = characterCount(text) - this.limit;
    const message = formatPlural(this.strings.comments.tooLong, over, this.language);
    return interpolate(message, { max: formatNumber(this.limit, this.language) });
  }

  /** Refuses the text the server would refuse, before sending. */
  private textProblem(text: string): FormProblem | undefined {
    if (!text.trim()) return { field: 'text', message: this.strings.comments.errors.text_required };
    if (characterCount(text) > this.limit) return { field: 'text', message: this.tooLong(text) };
    return undefined;
  }

  /** Refuses what the server would refuse, before sending, with the field to fix. */
  private validate(draft: Draft): FormProblem | undefined {
    if (this.nameNeeded && !draft.author.trim()) {
      return { field: 'name', message: this.strings.comments.errors.name_required };
    }
    return this.textProblem(draft.text);
  }

  /** The reader-facing reason a request failed: the server's code when we know it. */
  private reason(error: unknown): string {
    if (!(error instanceof CommentsError)) return describeError(error, this.strings);
    const template = this.strings.comments.errors[error.reason];
    // Servers that rate-limit without Retry-After usually mean a minute.
    const seconds = formatNumber(error.retryAfter ?? 60, this.language);
    return interpolate(template, { status: error.details.status ?? '', seconds });
  }

  private async submit(slot: DraftSlot, form: HTMLFormElement) {
    // Set before any await: a double click or a second Ctrl+Enter must not post twice.
    if (this.posting || !this.thread) return;
    const draft = this.drafts[slot] ?? emptyDraft;
    const problem = this.validate(draft);
    if (problem) {
      this.setProblem(slot, problem);
      void this.focusLater(`${problem.field}-${slot}`);
      return;
    }
    this.posting = slot;
    this.setProblem(slot, undefined);
    const parentId = slot === 'reply' ? this.replyTo : undefined;
    const text = draft.text.trim();
    const author = this.nameNeeded ? draft.author.trim() : undefined;
    const honeypot = form.elements.namedItem('website') as HTMLInputElement | null;
    const draftComment: Comment = {
      id: `sending-${draft.key}`,
      thread: this.thread,
      ...(parentId && { parentId }),
      author: { name: author ?? this.strings.comments.you },
      text,
      createdAt: new Date().toISOString(),
      status: 'published',
    };
    this.sendingId = draftComment.id;
    this.comments = this.placeNew(this.comments, draftComment);
    this.setOwnComments([...this.ownComments, draftComment]);
    try {
      const { comment, pending } = await postComment(
        await this.request(),
        this.thread,
        {
          text,
          website: honeypot?.value ?? '',
          ...(author && { author }),
          ...(parentId && { parentId }),
        },
        draft.key,
      );
      this.replaceComment(draftComment.id, comment);
      if (!pending) this.total += 1;
      // Only now, with the server's word, is the draft safe to forget.
      this.setDraft(slot, undefined);
      if (slot === 'reply') this.replyTo = undefined;
      const strings = this.strings.comments;
      this.announce(pending ? strings.postedPending : strings.posted);
      this.dispatchEvent(publicEvent('biblio-comment-posted', { comment, pending }));
      void this.focusLater(`comment-${comment.id}`);
    } catch (error) {
      this.replaceComment(draftComment.id);
      const code = error instanceof CommentsError ? error.reason : '';
      if (code === 'token_required' || code === 'token_invalid') this.loginAsked = true;
      const field = code.startsWith('name_') && this.nameNeeded ? 'name' : 'text';
      const message = interpolate(this.strings.comments.notSent, { reason: this.reason(error) });
      // Only a refused name or text is the reader's to fix; anything else is worth a retry.
      const retry = !/^(name|text)_/.test(code);
      this.setProblem(slot, { field, message, retry });
      void this.focusLater(`${field}-${slot}`);
    } finally {
      this.posting = undefined;
      this.sendingId = undefined;
    }
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

  private startEdit(comment: Comment) {
    this.editing = { id: comment.id, text: comment.text };
    void this.focusLater('edit-text');
  }

  private async saveEdit() {
    const editing = this.editing;
    if (!editing || !this.thread) return;
    const problem = this.textProblem(editing.text);
    if (problem) {
      this.editing = { ...editing, problem: problem.message };
      return;
    }
    try {
      const request = await this.request();
      const changed = await editComment(request, this.thread, editing.id, editing.text.trim());
      this.replaceComment(changed.id, changed);
      this.editing = undefined;
      this.announce(this.strings.comments.saved);
      void this.focusLater(`comment-${changed.id}`);
    } catch (error) {
      if (this.editing?.id === editing.id)
        this.editing = { ...this.editing, problem: this.reason(error) };
      void this.focusLater('edit-text');
    }
  }

  private cancelEdit() {
    const id = this.editing?.id;
    this.editing = undefined;
    void this.focusLater(`edit-${id}`);
  }

  private async removeComment(comment: Comment) {
    if (!this.thread) return;
    this.confirmingDelete = undefined;
    try {
      await deleteComment(await this.request(), this.thread, comment.id);
      // Its replies stay, standing alone, as they will after a reload.
      this.replaceComment(comment.id);
      this.total = Math.max(0, this.total - 1);
      this.announce(this.strings.comments.deleted);
      void this.focusLater('heading');
    } catch (error) {
      this.notice = { id: comment.id, message: this.reason(error) };
      void this.focusLater(`delete-${comment.id}`);
    }
  }

  private renderActions(comment: Comment, isReply: boolean) {
    const strings = this.strings.comments;
    const id = comment.id;
    if (this.confirmingDelete === id) {
      return html`<div part="actions" role="group" aria-labelledby="confirm-${id}">
        <span id="confirm-${id}">${strings.confirmDelete}</span>
        <button type="button" @click=${() => this.removeComment(comment)}>${strings.delete}</button>
        <button type="button" class="quiet" @click=${() => this.cancelDelete(id)}>
          ${strings.cancel}
        </button>
      </div>`;
    }
    const canReply =
      !isReply && this.mayWrite && this.replyTo !== id && comment.status !== 'pending';
    const own = comment.mine && this.editing?.id !== id;
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
                @click=${() => this.startEdit(comment)}
              >
                ${strings.edit}
              </button>
              <button
                id="delete-${id}"
                type="button"
                class="quiet"
                @click=${() => this.askDelete(id)}
              >
                ${strings.delete}
              </button>`
          : nothing
      }
    </div>`;
  }

  private askDelete(id: string) {
    this.confirmingDelete = id;
    this.notice = undefined;
  }

  private cancelDelete(id: string) {
    this.confirmingDelete = undefined;
    void this.focusLater(`delete-${id}`);
  }

  private renderComment(comment: Comment, isReply: boolean) {
    const editing = this.editing?.id === comment.id ? this.editing : undefined;
    const notice = this.notice?.id === comment.id ? this.notice.message : '';
    return html`<article
      part="comment"
      id="comment-${comment.id}"
      tabindex="-1"
      aria-labelledby="author-${comment.id}"
    >
      ${renderCommentHeader(comment, comment.id === this.sendingId, this.strings, this.language)}
      ${
        editing
          ? renderEditForm({
              editing,
              strings: this.strings,
              onChange: (text) => (this.editing = { ...editing, text }),
              onSave: () => void this.saveEdit(),
              onCancel: () => this.cancelEdit(),
            })
          : html`<p part="text">${linkify(comment.text)}</p>`
      }
      ${notice ? html`<p part="form-error" role="alert">${notice}</p>` : nothing}
      ${comment.id === this.sendingId ? nothing : this.renderActions(comment, isReply)}
    </article>`;
  }

  private renderForm(slot: DraftSlot, label: string) {
    return renderCommentForm({
      slot,
      label,
      draft: this.drafts[slot] ?? emptyDraft,
      problem: this.problems[slot],
      busy: this.posting === slot,
      nameNeeded: this.nameNeeded,
      limit: this.limit,
      language: this.language,
      strings: this.strings,
      onChange: (change) => this.updateDraft(slot, change),
      onSubmit: (form) => void this.submit(slot, form),
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

  private renderList() {
    const strings = this.strings.comments;
    if (this.loadError) return renderError(this.loadError, this.strings, () => this.load());
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
      ${this.moreError ? renderError(this.moreError, this.strings, () => this.load(true)) : nothing}
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
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
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
