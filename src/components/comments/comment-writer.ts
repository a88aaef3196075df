import { html, nothing, type ReactiveControllerHost } from 'lit';
import {
  CommentsError,
  deleteComment,
  editComment,
  postComment,
} from '../../data/api/comment-changes.js';
import type { Comment, CommentsRequest } from '../../data/api/comments-api.js';
import {
  formatNumber,
  formatPlural,
  interpolate,
  type CommonStrings,
  type Language,
  type Strings,
} from '../../i18n/index.js';
import { publicEvent } from '../../internal/events.js';
import type { FormProblem } from './comment-form.js';
import { characterCount } from './comment-text.js';
import type { Draft, DraftSlot } from './drafts.js';
import { renderEditForm, type Editing } from './edit-form.js';
import { describeCommentsError } from './site-refused.js';
import { writingStrings } from './writing-strings.js';

/** What the writing part may read and change in the comment box that loaded it. */
export interface WriterPort {
  /** The element: re-rendered when this part's own state changes, and where events start. */
  host: ReactiveControllerHost & HTMLElement;
  thread(): string | undefined;
  language(): Language;
  strings(): CommonStrings & Pick<Strings, 'comments'>;
  /** Longest text accepted, in characters. */
  limit(): number;
  /** The reader is anonymous and must give a name. */
  nameNeeded(): boolean;
  /** The comment the open reply form answers. */
  replyTo(): string | undefined;
  request(): Promise<CommentsRequest>;
  draft(slot: DraftSlot): Draft;
  /** Forgets a draft the server has accepted, and closes its reply form. */
  forgetDraft(slot: DraftSlot): void;
  setProblem(slot: DraftSlot, problem: FormProblem | undefined): void;
  /** Shows a new comment in its place and remembers it as the reader's own. */
  insert(comment: Comment): void;
  /** Swaps a shown comment for `next`, or removes it. */
  replace(id: string, next?: Comment): void;
  addToTotal(change: number): void;
  askLogin(): void;
  announce(message: string): void;
  focusLater(id: string): void;
}

/**
 * Sending, editing and deleting comments: loaded only once a comment box may need them, so a
 * reader who only reads never downloads it. Holds its own state (what is being sent, edited or
 * confirmed) and asks the element to re-render when it changes.
 */
export class CommentWriter {
  /** The form whose post is in flight, and the id its comment is shown under meanwhile. */
  sending?: { slot: DraftSlot; id: string };
  private editing?: Editing;
  private confirmingDelete?: string;
  private notice?: { id: string; message: string };
  private readonly port: WriterPort;

  constructor(port: WriterPort) {
    this.port = port;
  }

  private get words() {
    return writingStrings[this.port.language()];
  }

  private changed() {
    this.port.host.requestUpdate();
  }

  private tooLong(text: string) {
    const { limit, language } = this.port;
    const over = characterCount(text) - limit();
    const message = formatPlural(this.words.tooLong, over, language());
    return interpolate(message, { max: formatNumber(limit(), language()) });
  }

  /** Tells screen readers the moment the text grows past the limit (the counter shows it). */
  announceLength(before: string, after: string) {
    const limit = this.port.limit();
    if (characterCount(before) <= limit && characterCount(after) > limit) {
      this.port.announce(this.tooLong(after));
    }
  }

  /** Refuses the text the server would refuse, before sending. */
  private textProblem(text: string): FormProblem | undefined {
    if (!text.trim()) return { field: 'text', message: this.words.errors.text_required };
    if (characterCount(text) > this.port.limit()) {
      return { field: 'text', message: this.tooLong(text) };
    }
    return undefined;
  }

  /** Refuses what the server would refuse, before sending, with the field to fix. */
  private validate(draft: Draft): FormProblem | undefined {
    if (this.port.nameNeeded() && !draft.author.trim()) {
      return { field: 'name', message: this.words.errors.name_required };
    }
    return this.textProblem(draft.text);
  }

  /** The reader-facing reason a request failed: the server's code when we know it. */
  private reason(error: unknown): string {
    const { language, strings } = this.port;
    if (!(error instanceof CommentsError)) return describeCommentsError(error, strings());
    // Servers that rate-limit without Retry-After usually mean a minute.
    const seconds = formatNumber(error.retryAfter ?? 60, language());
    const status = error.details.status ?? '';
    return interpolate(this.words.errors[error.reason], { status, seconds });
  }

  async submit(slot: DraftSlot, form: HTMLFormElement) {
    const port = this.port;
    const thread = port.thread();
    // Checked and set before any await: a double click or a second Ctrl+Enter must not post twice.
    if (this.sending || !thread) return;
    const draft = port.draft(slot);
    const problem = this.validate(draft);
    if (problem) {
      port.setProblem(slot, problem);
      port.focusLater(`${problem.field}-${slot}`);
      return;
    }
    const parentId = slot === 'reply' ? port.replyTo() : undefined;
    const text = draft.text.trim();
    const author = port.nameNeeded() ? draft.author.trim() : undefined;
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
    port.setProblem(slot, undefined);
    port.insert(shown);
    try {
      const { comment, pending } = await postComment(
        await port.request(),
        thread,
        {
          text,
          website: honeypot?.value ?? '',
          ...(author && { author }),
          ...(parentId && { parentId }),
        },
        draft.key,
      );
      port.replace(shown.id, comment);
      if (!pending) port.addToTotal(1);
      // Only now, with the server's word, is the draft safe to forget.
      port.forgetDraft(slot);
      port.announce(pending ? this.words.postedPending : this.words.posted);
      port.host.dispatchEvent(publicEvent('biblio-comment-posted', { comment, pending }));
      port.focusLater(`comment-${comment.id}`);
    } catch (error) {
      port.replace(shown.id);
      const code = error instanceof CommentsError ? error.reason : '';
      if (code === 'token_required' || code === 'token_invalid') port.askLogin();
      const field = code.startsWith('name_') && port.nameNeeded() ? 'name' : 'text';
      const message = interpolate(this.words.notSent, { reason: this.reason(error) });
      // Only a refused name or text is the reader's to fix; anything else is worth a retry.
      const retry = !/^(name|text)_/.test(code);
      port.setProblem(slot, { field, message, retry });
      port.focusLater(`${field}-${slot}`);
    } finally {
      this.sending = undefined;
      this.changed();
    }
  }

  startEdit(comment: Comment) {
    this.editing = { id: comment.id, text: comment.text };
    this.changed();
    this.port.focusLater('edit-text');
  }

  isEditing(id: string) {
    return this.editing?.id === id;
  }

  private async saveEdit() {
    const { port, editing } = this;
    const thread = port.thread();
    if (!editing || !thread) return;
    const problem = this.textProblem(editing.text);
    if (problem) {
      this.editing = { ...editing, problem: problem.message };
      this.changed();
      return;
    }
    try {
      const request = await port.request();
      const changed = await editComment(request, thread, editing.id, editing.text.trim());
      port.replace(changed.id, changed);
      this.editing = undefined;
      port.announce(this.words.saved);
      port.focusLater(`comment-${changed.id}`);
    } catch (error) {
      if (this.editing?.id === editing.id) {
        this.editing = { ...this.editing, problem: this.reason(error) };
      }
      port.focusLater('edit-text');
    }
    this.changed();
  }

  private cancelEdit() {
    const id = this.editing?.id;
    this.editing = undefined;
    this.changed();
    this.port.focusLater(`edit-${id}`);
  }

  /** The edit form in place of the comment's text, while the reader edits it. */
  renderEditor(comment: Comment) {
    const editing = this.editing;
    if (editing?.id !== comment.id) return undefined;
    const words = this.port.strings().comments;
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
    this.port.focusLater(`delete-${id}`);
  }

  private async remove(comment: Comment) {
    const { port } = this;
    const thread = port.thread();
    if (!thread) return;
    this.confirmingDelete = undefined;
    this.changed();
    try {
      await deleteComment(await port.request(), thread, comment.id);
      // Its replies stay, standing alone, as they will after a reload.
      port.replace(comment.id);
      port.addToTotal(-1);
      port.announce(this.words.deleted);
      port.focusLater('heading');
    } catch (error) {
      this.notice = { id: comment.id, message: this.reason(error) };
      this.changed();
      port.focusLater(`delete-${comment.id}`);
    }
  }

  /** "Delete this comment for good?" in place of the comment's buttons, while it is asked. */
  renderConfirm(comment: Comment) {
    const id = comment.id;
    if (this.confirmingDelete !== id) return undefined;
    const words = this.port.strings().comments;
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
