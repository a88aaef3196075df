import { html, nothing } from 'lit';
import type { Comment } from '../../data/api/comments-api.js';
import { renderError } from '../../internal/states.js';
import { renderCommentHeader } from './comment-header.js';
import { linkify } from './comment-text.js';
import type { ThreadStore } from './thread-store.js';

function renderActions(store: ThreadStore, comment: Comment, isReply: boolean) {
  const strings = store.strings.comments;
  const id = comment.id;
  const confirm = store.writer.value?.renderConfirm(comment);
  if (confirm) return confirm;
  const canReply =
    !isReply && store.mayWrite && store.replyTo !== id && comment.status !== 'pending';
  const own = comment.mine && !store.writer.value?.isEditing(id);
  if (!canReply && !own) return nothing;
  return html`<div part="actions">
    ${
      canReply
        ? html`<button
            id="reply-${id}"
            type="button"
            class="quiet"
            aria-describedby="author-${id}"
            @click=${() => store.openReply(comment)}
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
              @click=${() => store.act(id, (writer) => writer.startEdit(comment))}
            >
              ${strings.edit}
            </button>
            <button
              id="delete-${id}"
              type="button"
              class="quiet"
              @click=${() => store.act(id, (writer) => writer.askDelete(id))}
            >
              ${strings.delete}
            </button>`
        : nothing
    }
  </div>`;
}

/** One comment: its header, text (or edit form), and what the reader may do with it. */
export function renderComment(store: ThreadStore, comment: Comment, isReply: boolean) {
  const sending = comment.id === store.writer.value?.sending?.id;
  const actionError = store.actionError?.id === comment.id ? store.actionError : undefined;
  return html`<article
    part="comment"
    id="comment-${comment.id}"
    tabindex="-1"
    aria-labelledby="author-${comment.id}"
  >
    ${renderCommentHeader(comment, sending, store.strings, store.language)}
    ${store.writer.value?.renderEditor(comment) ?? html`<p part="text">${linkify(comment.text)}</p>`}
    ${store.writer.value?.renderNotice(comment.id)}
    ${
      actionError
        ? renderError(actionError.error, store.strings, actionError.retry)
        : sending
          ? nothing
          : renderActions(store, comment, isReply)
    }
  </article>`;
}
