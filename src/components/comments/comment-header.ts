import { html, nothing } from 'lit';
import type { Comment } from '../../data/api/comments-api.js';
import { formatDate, type Language, type CommonStrings, type Strings } from '../../i18n/index.js';
import { formatRelativeTime } from './relative-time.js';

/** "5 minutes ago", with the absolute date as the tooltip and for screen readers. */
function renderDate(iso: string, language: Language) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return nothing;
  const absolute = formatDate(date, language, 'date-time');
  return html`<time part="date" datetime=${iso} title=${absolute}
    >${formatRelativeTime(date, Date.now(), language)}<span class="visually-hidden"
      >, ${absolute}</span
    ></time
  >`;
}

/** Author, date, "edited", and "Sending…" or "Awaiting moderation" when it applies. */
export function renderCommentHeader(
  comment: Comment,
  sending: boolean,
  strings: CommonStrings & Pick<Strings, 'comments'>,
  language: Language,
) {
  const words = strings.comments;
  return html`<header>
    <span part="author" id="author-${comment.id}">${comment.author.name}</span>
    ${renderDate(comment.createdAt, language)}
    ${comment.editedAt ? html`<span class="muted">(${words.edited})</span>` : nothing}
    ${
      sending
        ? html`<span part="badge">${words.sending}</span>`
        : comment.status === 'pending'
          ? html`<span part="badge" class="pending">${words.pending}</span>`
          : nothing
    }
  </header>`;
}
