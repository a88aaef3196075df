import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Comment, CommentSort } from '../../data/api/comments-api.js';
import type { FeedError } from '../../data/errors.js';
import {
  combine,
  commentsStrings,
  commonStrings,
  formatPlural,
  interpolate,
  type StringsOf,
} from '../../i18n/index.js';
import { BiblioElement } from '../../internal/biblio-element.js';
import { headingLevel } from '../../internal/heading-level.js';
import { renderError, renderErrorBox, renderSkeleton } from '../../internal/states.js';
import { stateStyles } from '../../internal/states.styles.js';
import { renderCommentForm } from './comment-form.js';
import { renderComment } from './comment-item.js';
import { commentsStyles } from './comments.styles.js';
import type { DraftSlot } from './drafts.js';
import { describeCommentsError } from './site-refused.js';
import { ownCommentsId, ThreadStore, type CommentsAuth } from './thread-store.js';
import { arrangeThreads } from './threads.js';

export type { CommentsAuth };

export interface CommentPostedEventDetail {
  comment: Comment;
  /** The server holds the comment for pre-moderation. */
  pending: boolean;
}

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
 * @csspart own-comments - The "Your comments on this site" button, shown to a reader the server knows: signed in, or who posted from this browser.
 * @csspart own-comments-panel - What that button opens: how many comments the reader has on the site, a download of them and "Delete them all".
 * @csspart download - The link that downloads the reader's comments as JSON.
 * @csspart closed - The "commenting is closed" message.
 * @csspart loading - The skeleton shown while comments load.
 * @csspart empty - The message shown when there are no comments.
 * @csspart error - The error box when comments cannot be loaded.
 * @csspart retry - The Retry button in an error box.
 *
 * @slot consent - The consent sentence beside the checkbox of the top form, replacing "I agree to the processing of my personal data…"; link the policy in it yourself.
 *
 * @cssproperty [--biblio-comments-gap=1rem] - Space between comments.
 * @cssproperty [--biblio-comments-reply-indent=1.5rem] - Indent of replies.
 * @cssproperty [--biblio-comments-field-min-height=6em] - Height of an empty text field.
 *
 * @event {CustomEvent<LoadEventDetail>} biblio-load - Comments are shown. `detail: { count }` (loaded so far).
 * @event {CustomEvent<ErrorEventDetail>} biblio-error - Comments could not be loaded. `detail: { error }` with `error.kind` (network, timeout, `http` for a 4xx or 5xx answer, unexpected).
 * @event {CustomEvent<CommentPostedEventDetail>} biblio-comment-posted - The server accepted a comment: published (201) or waiting for moderation (202, `pending` true). `detail: { comment, pending }`.
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

  /**
   * The site's personal-data policy. Set it when the server asks for consent (its
   * `CONSENT_POLICY_URL`): the form then has a required checkbox whose sentence links here.
   */
  @property({ attribute: 'consent-href' }) consentHref?: string;

  /** The host site's login form, linked from "to leave a comment, log in". */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /**
   * Longest comment accepted, in characters. Longer text is refused before sending; set it to
   * the server's `COMMENT_MAX_LENGTH`, which refuses longer ones anyway.
   */
  @property({ type: Number, attribute: 'max-length' }) maxLength = 2000;

  /** `oldest` or `newest` top-level comments first; replies are always oldest first. The reader can change it. */
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

  /** Shows the comments but no form, saying "Commenting is closed." in the reader's language. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The thread on screen: comments, paging, drafts, and the writing part once it is here. */
  private readonly store: ThreadStore = new ThreadStore(this, {
    locale: () => ({ language: this.language, strings: this.strings }),
    loadWriter: () => (this.constructor as typeof BiblioComments).loadWriter(),
  });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.store.follow(changed);
  }

  private renderForm(slot: DraftSlot, label: string) {
    return renderCommentForm({
      slot,
      label,
      draft: this.store.draft(slot),
      problem: this.store.problems[slot],
      busy: this.store.writer.value?.sending?.slot === slot,
      nameNeeded: this.store.nameNeeded,
      consentHref: this.consentHref,
      limit: this.store.limit,
      language: this.language,
      strings: this.strings,
      onChange: (change) => this.store.updateDraft(slot, change),
      onSubmit: (form) => this.store.submit(slot, form),
      onCancel: slot === 'reply' ? () => this.store.closeReply() : undefined,
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

  /**
   * "Your comments on this site" for a reader the server can know (signed in, or this browser
   * posted anonymously), or the writing part's panel it opens: count, download, delete all.
   * Offered on closed threads too: a reader's right to their data does not close.
   */
  private renderOwnComments() {
    const { store } = this;
    if (!store.knowsReader) return nothing;
    const panel = store.writer.value?.ownCommentsPanel.render();
    if (panel) return panel;
    const failed = store.actionError?.id === ownCommentsId ? store.actionError : undefined;
    return html`<button
        id=${ownCommentsId}
        part="own-comments"
        type="button"
        class="quiet"
        @click=${() => store.act(ownCommentsId, (writer) => void writer.ownCommentsPanel.open())}
      >
        ${this.strings.comments.ownComments}
      </button>
      ${failed ? renderError(failed.error, this.strings, failed.retry) : nothing}`;
  }

  private renderLoadError(error: FeedError, retry: () => void) {
    return renderErrorBox(describeCommentsError(error, this.strings), this.strings, retry);
  }

  private renderList() {
    const strings = this.strings.comments;
    if (this.store.loadError)
      return this.renderLoadError(this.store.loadError, () => this.store.load());
    if (!this.store.loaded) return renderSkeleton(this.strings, 4);
    if (this.store.comments.length === 0) {
      return html`<p part="empty" role="status">${strings.empty}</p>`;
    }
    return html`<ul part="list">
        ${arrangeThreads(this.store.comments).map(
          ({ comment, replies }) =>
            html`<li>
              ${renderComment(this.store, comment, false)}
              ${
                replies.length
                  ? html`<ul part="list" class="replies">
                      ${replies.map((reply) => html`<li>${renderComment(this.store, reply, true)}</li>`)}
                    </ul>`
                  : nothing
              }
              ${
                this.store.replyTo === comment.id && this.store.mayWrite
                  ? this.renderForm(
                      'reply',
                      interpolate(strings.replyLabel, { name: comment.author.name }),
                    )
                  : nothing
              }
            </li>`,
        )}
      </ul>
      ${this.store.moreError ? this.renderLoadError(this.store.moreError, () => this.store.load(true)) : nothing}
      ${
        this.store.next && !this.store.moreError
          ? html`<button
              part="show-more"
              type="button"
              class="quiet"
              aria-disabled=${this.store.loadingMore ? 'true' : 'false'}
              @click=${() => !this.store.loadingMore && this.store.load(true)}
            >
              ${this.store.loadingMore ? this.strings.loading : strings.showMore}
            </button>`
          : nothing
      }`;
  }

  override render() {
    const strings = this.strings.comments;
    const level = headingLevel(this.headingLevel, 2);
    const loginPrompt =
      !this.disabled &&
      (this.store.loginAsked || (this.auth === 'required' && !this.store.mayWrite));
    return html`<section part="base" aria-labelledby="heading">
      <div class="bar">
        <div part="heading" id="heading" role="heading" aria-level=${level} tabindex="-1">
          ${this.store.loaded ? formatPlural(strings.count, this.store.total, this.language) : strings.label}
        </div>
        ${
          this.store.total > 1
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
      ${this.store.mayWrite ? this.renderForm('top', strings.formLabel) : nothing}
      ${this.renderOwnComments()}
      <div class="visually-hidden" role="status">${this.store.announcement}</div>
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
