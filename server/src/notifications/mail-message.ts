import type { CommentRow } from '../comments/comment.js';
import type { MailMessage } from './mail.js';
import { escapeHtml } from './html.js';
import type { MailLanguage } from './site-notifications.js';

/** A comment as a mail tells of it, with the links that act on it. */
export interface NotifiedComment {
  row: CommentRow;
  /** The news item's title, when the thread is one. */
  title?: string;
  /** Approve only for a comment that waits; Reject for any. */
  links: { approve?: string; reject: string };
}

const words = {
  ru: {
    waits: (where: string) => `Комментарий ждёт проверки: ${where}`,
    posted: (where: string) => `Новый комментарий: ${where}`,
    digest: (count: number, waiting: number) =>
      `Новых комментариев: ${count}, ждут проверки: ${waiting}`,
    author: 'Автор',
    postedAt: 'Отправлен',
    approve: 'Одобрить',
    reject: 'Отклонить',
    linksNote:
      'Ссылки действуют 7 дней и срабатывают один раз: откроется страница, где действие нужно подтвердить.',
    moderation: 'Все комментарии — на странице модерации',
  },
  en: {
    waits: (where: string) => `A comment awaits review: ${where}`,
    posted: (where: string) => `New comment: ${where}`,
    digest: (count: number, waiting: number) =>
      `New comments: ${count}, awaiting review: ${waiting}`,
    author: 'Author',
    postedAt: 'Posted',
    approve: 'Approve',
    reject: 'Reject',
    linksNote:
      'The links work for 7 days, once each: they open a page where you confirm the action.',
    moderation: 'Every comment is on the moderation page',
  },
} satisfies Record<MailLanguage, unknown>;

const where = (comment: NotifiedComment) => `«${comment.title ?? comment.row.thread}»`;

function commentText(comment: NotifiedComment, language: MailLanguage): string {
  const say = words[language];
  const date = new Date(comment.row.created_at).toLocaleString(language, { timeZone: 'UTC' });
  return [
    where(comment),
    `${say.author}: ${comment.row.author_name}`,
    `${say.postedAt}: ${date} UTC`,
    '',
    comment.row.text,
    '',
    ...(comment.links.approve ? [`${say.approve}: ${comment.links.approve}`] : []),
    `${say.reject}: ${comment.links.reject}`,
  ].join('\n');
}

function commentHtml(comment: NotifiedComment, language: MailLanguage): string {
  const say = words[language];
  const date = new Date(comment.row.created_at).toLocaleString(language, { timeZone: 'UTC' });
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const links = [
    ...(comment.links.approve ? [link(comment.links.approve, say.approve)] : []),
    link(comment.links.reject, say.reject),
  ];
  return [
    `<h2>${escapeHtml(where(comment))}</h2>`,
    `<p>${escapeHtml(`${say.author}: ${comment.row.author_name}`)}<br>`,
    `${escapeHtml(`${say.postedAt}: ${date} UTC`)}</p>`,
    `<blockquote style="white-space: pre-wrap">${escapeHtml(comment.row.text)}</blockquote>`,
    `<p>${links.join(' · ')}</p>`,
  ].join('\n');
}

/**
 * One mail about one comment or, for a digest, about several. The comment's text is the
 * reader's: it goes into the HTML escaped, never as markup.
 */
export function composeMail(
  comments: NotifiedComment[],
  { to, language, moderationUrl }: { to: string[]; language: MailLanguage; moderationUrl: string },
): MailMessage {
  const say = words[language];
  const [first] = comments;
  const waiting = comments.filter((comment) => comment.row.status === 'pending').length;
  const subject =
    comments.length > 1
      ? say.digest(comments.length, waiting)
      : first!.row.status === 'pending'
        ? say.waits(where(first!))
        : say.posted(where(first!));
  const footer = `${say.linksNote}\n${say.moderation}: ${moderationUrl}`;
  return {
    to,
    subject,
    text: [...comments.map((comment) => commentText(comment, language)), footer].join(
      '\n\n---\n\n',
    ),
    html: [
      ...comments.map((comment) => commentHtml(comment, language)),
      `<hr><p>${escapeHtml(say.linksNote)}<br>${escapeHtml(say.moderation)}: <a href="${escapeHtml(moderationUrl)}">${escapeHtml(moderationUrl)}</a></p>`,
    ].join('\n<hr>\n'),
  };
}
