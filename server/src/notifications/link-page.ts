import type { LinkAction } from './action-links.js';
import type { LinkOutcome } from './mail-links.js';
import { escapeHtml } from './html.js';
import type { MailLanguage } from './site-notifications.js';

const words = {
  ru: {
    title: 'Модерация комментария',
    confirm: { approve: 'Одобрить комментарий?', reject: 'Отклонить комментарий?' },
    button: { approve: 'Одобрить', reject: 'Отклонить' },
    done: {
      approve: 'Комментарий одобрен и опубликован.',
      reject: 'Комментарий отклонён, читатели его не увидят.',
    },
    decided: {
      approve: 'Этот комментарий уже опубликован.',
      reject: 'Этот комментарий уже отклонён.',
    },
    used: 'Эта ссылка уже использована: каждая ссылка из письма срабатывает один раз. Решить судьбу комментария можно на странице модерации.',
    expired:
      'Срок действия ссылки истёк (ссылки из писем действуют 7 дней). Откройте комментарий на странице модерации.',
    invalid:
      'Ссылка неверна: возможно, она скопирована не полностью или изменена. Откройте комментарий на странице модерации.',
    gone: 'Этого комментария больше нет: его удалили.',
    author: (name: string) => `Автор: ${name}`,
    moderation: 'Страница модерации',
  },
  en: {
    title: 'Comment moderation',
    confirm: { approve: 'Approve this comment?', reject: 'Reject this comment?' },
    button: { approve: 'Approve', reject: 'Reject' },
    done: {
      approve: 'The comment is approved and published.',
      reject: 'The comment is rejected; readers will not see it.',
    },
    decided: {
      approve: 'This comment is already published.',
      reject: 'This comment is already rejected.',
    },
    used: 'This link has been used already: each link in a mail works once. The moderation page can still decide on the comment.',
    expired:
      'This link has expired (links in mails work for 7 days). Open the comment on the moderation page.',
    invalid:
      'This link is not valid: it may have been copied incompletely or altered. Open the comment on the moderation page.',
    gone: 'This comment no longer exists: it was deleted.',
    author: (name: string) => `Author: ${name}`,
    moderation: 'Moderation page',
  },
} satisfies Record<MailLanguage, unknown>;

/** The first of the browser's languages the page speaks; Russian otherwise. */
export function pageLanguage(acceptLanguage: string | undefined): MailLanguage {
  const tags = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return tags.find((tag): tag is MailLanguage => tag === 'ru' || tag === 'en') ?? 'ru';
}

function page(language: MailLanguage, body: string): string {
  const say = words[language];
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${say.title}</title>
    <link rel="stylesheet" href="/moderation/moderation.css" />
  </head>
  <body>
    <main>
      <section class="card mail-action">
        <h1>${say.title}</h1>
        ${body}
        <p><a href="/moderation/">${say.moderation}</a></p>
      </section>
    </main>
  </body>
</html>
`;
}

/** The message of an outcome: what happened, or why nothing did. */
function message(outcome: LinkOutcome, language: MailLanguage): string {
  const say = words[language];
  switch (outcome.kind) {
    case 'ready':
      return say.confirm[outcome.link.action];
    case 'done':
    case 'decided':
      return say[outcome.kind][outcome.link.action];
    default:
      return say[outcome.kind];
  }
}

/**
 * The page a mail link opens (`ready`: a form that asks to confirm, so that a mail scanner
 * fetching every link approves nothing) or the page after the POST.
 */
export function linkPage(outcome: LinkOutcome, language: MailLanguage, formAction: string): string {
  const say = words[language];
  const text = message(outcome, language);
  if (outcome.kind !== 'ready' && outcome.kind !== 'done' && outcome.kind !== 'decided')
    return page(language, `<p class="error" role="alert">${escapeHtml(text)}</p>`);
  const { row, link } = outcome;
  const comment = `<blockquote class="text">${escapeHtml(row.text)}</blockquote>
        <p class="meta">${escapeHtml(say.author(row.author_name))}</p>`;
  if (outcome.kind !== 'ready')
    return page(language, `<p role="status">${escapeHtml(text)}</p>\n        ${comment}`);
  const action: LinkAction = link.action;
  return page(
    language,
    `<p>${escapeHtml(text)}</p>
        ${comment}
        <form method="post" action="${escapeHtml(formAction)}">
          <button type="submit" class="${action}">${say.button[action]}</button>
        </form>`,
  );
}

/** HTTP status of each outcome: a refused link is no success, whatever the page says. */
export const outcomeStatus: Record<LinkOutcome['kind'], 200 | 400 | 404 | 410> = {
  ready: 200,
  done: 200,
  decided: 200,
  used: 410,
  expired: 410,
  invalid: 400,
  gone: 404,
};
