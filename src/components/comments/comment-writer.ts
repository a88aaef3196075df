import { html, nothing } from 'lit';
import {
  CommentsError,
  deleteComment,
  editComment,
  postComment,
} from '../../data/api/comment-changes.js';
import type { Comment } from '../../data/api/comments-api.js';
import { formatNumber, formatPlural, interpolate, stringsIn } from '../../i18n/index.js';
import { publicEvent } from '../../internal/events.js';
import type { FormProblem } from './comment-form.js';
import { characterCount } from './comment-text.js';
import type { Draft, DraftSlot } from './drafts.js';
import { renderEditForm, type Editing } from './edit-form.js';
import { OwnCommentsPanel } from './own-comments.js';
import { readerKey } from './reader-key.js';
import { describeCommentsError } from './site-refused.js';
import type { ThreadStore, Writing } from './thread-store.js';
import { writingStrings } from './writing-strings.js';

/**
 * Sending, editing and deleting comments, and the reader's own comments on the site: loaded only once a comment box may need them, so a
 * reader who only reads never downloads it. Works on the thread's store, and holds only what
 * is being sent, edited or confirmed.
 */
class CommentWriter implements Writing {
  /** The form whose post is in flight, and the id its comment is shown under meanwhile. */
  sending?: { slot: DraftSlot; id: string };
  private editing?: Editing;
  private confirmingDelete?: string;
  private notice?: { id: string; message: string };
  readonly ownCommentsPanel: OwnCommentsPanel;

  constructor(private readonly store: ThreadStore) {
    this.ownCommentsPanel = new OwnCommentsPanel(store, (error) => this.reason(error));
  }

  private get words() {
    return stringsIn(writingStrings, this.store.language, 'writing');
  }

  private changed() {
    this.store.host.requestUpdate();
  }

  private tooLong(text: string) {
    const { limit, language } = this.store;
    const over = characterCount(text) - limit;
    const message = formatPlural(this.words.tooLong, over, language);
    return interpolate(message, { max: formatNumber(limit, language) });
  }

  announceLength(before: string, after: string) {
    const { limit } = this.store;
    if (characterCount(before) <= limit && characterCount(after) > limit) {
      this.store.announce(this.tooLong(after));
    }
  }

  /** Refuses the text the server would refuse, before sending. */
  private textProblem(text: string): FormProblem | undefined {
    if (!text.trim()) return { field: 'text', message: this.words.errors.text_required };
    if (characterCount(text) > this.store.limit) {
      return { field: 'text', message: this.tooLong(text) };
    }
    return undefined;
  }

  /** Refuses what the server would refuse, before sending, with the field to fix. */
  private validate(draft: Draft): FormProblem | undefined {
    if (this.store.nameNeeded && !draft.author.trim()) {
      return { field: 'name', message: this.words.errors.name_required };
    }
    return this.textProblem(draft.text) ?? this.consentProblem(draft);
  }

  /** The site asks for consent to personal-data processing, and the box is not ticked. */
  private consentProblem(draft: Draft): FormProblem | undefined {
    return this.store.host.consentHref && !draft.consent
      ? { field: 'consent', message: this.words.errors.consent_required }
      : undefined;
  }

  /** The reader-facing reason a request failed: the server's code when we know it. */
  private reason(error: unknown): string {
    const { language, strings } = this.store;
    if (!(error instanceof CommentsError)) return describeCommentsError(error, strings);
    // Servers that rate-limit without Retry-After usually mean a minute.
    const seconds = formatNumber(error.retryAfter ?? 60, language);
    const status = error.details.status ?? '';
    return interpolate(this.words.errors[error.reason], { status, seconds });
  }

  async post(slot: DraftSlot, form: HTMLFormElement) {
    const { store } = this;
    const thread = store.host.thread;
    // Checked and set before any await: a double click or a second Ctrl+Enter must not post twice.
    if (this.sending || !thread) return;
    const draft = store.draft(slot);
    const problem = this.validate(draft);
    if (problem) {
      store.setProblem(slot, problem);
      store.focusLater(`${problem.field}-${slot}`);
      return;
    }
    const parentId = slot === 'reply' ? store.replyTo : undefined;
    const text = draft.text.trim();
    const author = store.nameNeeded ? draft.author.trim() : undefined;
    const honeypot = form.elements.namedItem('website') as HTMLInputElement | null;
    const shown: Comment = {
      id: `sending-${draft.key}`,
      thread,
      ...(parentId && { parentId }),
      author: { name: author ?? this.words.you },
      text,
      createdAt: new Date().toISOString(),
      status: 'published',
    };
    this.sending = { slot, id: shown.id };
    store.setProblem(slot, undefined);
    store.insert(shown);
    try {
      const { comment, pending } = await postComment(
        await store.request(),
        thread,
        {
          text,
          website: honeypot?.value ?? '',
          ...(author && { author }),
          ...(parentId && { parentId }),
          ...(draft.consent && { consent: true }),
        },
        draft.key,
        store.nameNeeded ? readerKey() : undefined,
      );
      store.replace(shown.id, comment);
      if (!pending) store.addToTotal(1);
      // Only now, with the server's word, is the draft safe to forget.
      store.forgetDraft(slot);
      store.announce(pending ? this.words.postedPending : this.words.posted);
      store.host.dispatchEvent(publicEvent('biblio-comment-posted', { comment, pending }));
      store.focusLater(`comment-${comment.id}`);
    } catch (error) {
      store.replace(shown.id);
      const code = error instanceof CommentsError ? error.reason : '';
      if (code === 'token_required' || code === 'token_invalid') store.set({ loginAsked: true });
      const field: FormProblem['field'] =
        code === 'consent_required' && store.host.consentHref
          ? 'consent'
          : code.startsWith('name_') && store.nameNeeded
            ? 'name'
            : 'text';
      const message = interpolate(this.words.notSent, { reason: this.reason(error) });
      // Only a refused name, text or consent is the reader's to fix; anything else is worth a retry.
      const retry = !/^(name|text|consent)_/.test(code);
      store.setProblem(slot, { field, message, retry });
      store.focusLater(`${field}-${slot}`);
    } finally {
      this.sending = undefined;
      this.changed();
    }
  }

  startEdit(comment: Comment) {
    this.editing = { id: comment.id, text: comment.text };
    this.changed();
    this.store.focusLater('edit-text');
  }

  isEditing(id: string) {
    return this.editing?.id === id;
  }

  private async saveEdit() {
    const { store, editing } = this;
    const thread = store.host.thread;
    if (!editing || !thread) return;
    const problem = this.textProblem(editing.text);
    if (problem) {
      this.editing = { ...editing, problem: problem.message };
      this.changed();
      return;
    }
    try {
      const request = await store.request();
      const changed = await editComment(request, thread, editing.id, editing.text.trim());
      store.replace(changed.id, changed);
      this.editing = undefined;
      store.announce(this.words.saved);
      store.focusLater(`comment-${changed.id}`);
    } catch (error) {
      if (this.editing?.id === editing.id) {
        this.editing = { ...this.editing, problem: this.reason(error) };
      }
      store.focusLater('edit-text');
    }
    this.changed();
  }

  private cancelEdit() {
    const id = this.editing?.id;
    this.editing = undefined;
    this.changed();
    this.store.focusLater(`edit-${id}`);
  }

  /** The edit form in place of the comment's text, while the reader edits it. */
  renderEditor(comment: Comment) {
    const editing = this.editing;
    if (editing?.id !== comment.id) return undefined;
    const words = this.store.strings.comments;
    return renderEditForm({
      editing,
      labels: { edit: words.edit, save: this.words.save, cancel: words.cancel },
      onChange: (text) => {
        this.editing = { ...editing, text };
        this.changed();
      },
      onSave: () => void this.saveEdit(),
      onCancel: () => this.cancelEdit(),
    });
  }

  askDelete(id: string) {
    this.confirmingDelete = id;
    this.notice = undefined;
    this.changed();
  }

  private cancelDelete(id: string) {
    this.confirmingDelete = undefined;
    this.changed();
    this.store.focusLater(`delete-${id}`);
  }

  /**
   * Takes a deleted comment off the list with the replies under it, as the server deletes them
   * (a reply to a reply, too); returns what was taken off.
   */
  private removeWithReplies(id: string): Comment[] {
    const { store } = this;
    const gone = new Set([id]);
    let replies: Comment[];
    do {
      replies = store.comments.filter(
        (comment) => comment.parentId && gone.has(comment.parentId) && !gone.has(comment.id),
      );
      replies.forEach((reply) => gone.add(reply.id));
    } while (replies.length);
    const removed = store.comments.filter((comment) => gone.has(comment.id));
    removed.forEach((comment) => store.replace(comment.id));
    return removed;
  }

  private async remove(comment: Comment) {
    const { store } = this;
    const thread = store.host.thread;
    if (!thread) return;
    this.confirmingDelete = undefined;
    this.changed();
    try {
      await deleteComment(await store.request(), thread, comment.id);
      store.addToTotal(-this.removeWithReplies(comment.id).length);
      store.announce(this.words.deleted);
      store.focusLater('heading');
    } catch (error) {
      this.notice = { id: comment.id, message: this.reason(error) };
      this.changed();
      store.focusLater(`delete-${comment.id}`);
    }
  }

  /** "Delete this comment for good?" in place of the comment's buttons, while it is asked. */
  renderConfirm(comment: Comment) {
    const id = comment.id;
    if (this.confirmingDelete !== id) return undefined;
    const words = this.store.strings.comments;
    return html`<div part="actions" role="group" aria-labelledby="confirm-${id}">
      <span id="confirm-${id}">${this.words.confirmDelete}</span>
      <button type="button" @click=${() => this.remove(comment)}>${words.delete}</button>
      <button type="button" class="quiet" @click=${() => this.cancelDelete(id)}>
        ${words.cancel}
      </button>
    </div>`;
  }

  /** Why deleting a comment failed, under it. */
  renderNotice(id: string) {
    return this.notice?.id === id
      ? html`<p part="form-error" role="alert">${this.notice.message}</p>`
      : nothing;
  }
}

/** Adds sending, editing and deleting, and the reader's own comments, to a thread's store. */
export function addWriting(store: ThreadStore): Writing {
  return new CommentWriter(store);
}
