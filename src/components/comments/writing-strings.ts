import type { Localized } from '../../i18n/index.js';
import type { Widen } from '../../i18n/strings.js';

/*
 * The strings only the lazily loaded writing part reads (sending, editing, deleting). They live
 * here, not in src/i18n/en.ts and ru.ts, because bundlers split code by module: strings in the
 * language files ride with the first paint of every comment box, whether it posts or not.
 * Other languages hold them in their file's `writing` (src/i18n/locales/).
 */

const en = {
  save: 'Save',
  confirmDelete: 'Delete this comment for good?',
  you: 'You',
  posted: 'Your comment is published.',
  postedPending: 'Thank you! Your comment will appear once a moderator approves it.',
  saved: 'Comment changed.',
  deleted: 'Comment deleted.',
  own: {
    count: {
      one: 'The server holds {count} comment of yours on this site.',
      other: 'The server holds {count} comments of yours on this site.',
    },
    none: 'The server holds no comments of yours on this site.',
    download: 'Download (JSON)',
    deleteAll: 'Delete them all',
    confirmDelete: {
      one: 'Delete your {count} comment on this site for good? Replies to it go too.',
      other: 'Delete all {count} of your comments on this site for good? Replies to them go too.',
    },
    deleted: {
      one: '{count} comment deleted.',
      other: '{count} comments deleted.',
    },
    close: 'Close',
  },
  notSent: 'Your comment was not sent; your text is kept. {reason}',
  tooLong: {
    one: 'The comment is {count} character too long: at most {max} are allowed.',
    other: 'The comment is {count} characters too long: at most {max} are allowed.',
  },
  errors: {
    text_required: 'Write a comment first.',
    name_required: 'Enter your name.',
    name_invalid: 'A name needs at least two letters and no links.',
    text_too_long: 'The comment is too long.',
    token_required: 'Log in to leave a comment.',
    token_invalid: 'Your login has expired. Log in again.',
    edit_window_closed: 'The time to edit or delete this comment has passed.',
    reader_required:
      'This browser holds no key to your comments, and you are not logged in: log in, or use the browser you wrote them in.',
    consent_required:
      'Tick the box to agree to the processing of your personal data: this site publishes no comment without it.',
    forbidden: 'The site does not allow this.',
    conflict: 'This comment is already being sent. Wait a moment and try again.',
    rate_limited: 'Too many comments in a short time. Try again in {seconds} s.',
    server: 'The comment server failed ({status}). Try again.',
  },
} as const;

export type WritingStrings = Widen<typeof en>;

export const writingStrings: Localized<WritingStrings> = {
  en,
  ru: {
    save: 'Сохранить',
    confirmDelete: 'Удалить этот комментарий насовсем?',
    you: 'Вы',
    posted: 'Комментарий опубликован.',
    postedPending: 'Спасибо! Комментарий появится после проверки модератором.',
    saved: 'Комментарий изменён.',
    deleted: 'Комментарий удалён.',
    own: {
      count: {
        one: 'На сервере {count} ваш комментарий на этом сайте.',
        few: 'На сервере {count} ваших комментария на этом сайте.',
        many: 'На сервере {count} ваших комментариев на этом сайте.',
        other: 'На сервере {count} вашего комментария на этом сайте.',
      },
      none: 'На сервере нет ваших комментариев на этом сайте.',
      download: 'Скачать (JSON)',
      deleteAll: 'Удалить все',
      confirmDelete: {
        one: 'Удалить ваш {count} комментарий на этом сайте насовсем? Ответы на него тоже будут удалены.',
        few: 'Удалить все ваши комментарии на этом сайте ({count}) насовсем? Ответы на них тоже будут удалены.',
        many: 'Удалить все ваши комментарии на этом сайте ({count}) насовсем? Ответы на них тоже будут удалены.',
        other:
          'Удалить все ваши комментарии на этом сайте ({count}) насовсем? Ответы на них тоже будут удалены.',
      },
      deleted: {
        one: 'Удалён {count} комментарий.',
        few: 'Удалено {count} комментария.',
        many: 'Удалено {count} комментариев.',
        other: 'Удалено {count} комментария.',
      },
      close: 'Закрыть',
    },
    notSent: 'Комментарий не отправлен, текст сохранён. {reason}',
    tooLong: {
      one: 'Комментарий длиннее допустимого на {count} знак: можно не больше {max}.',
      few: 'Комментарий длиннее допустимого на {count} знака: можно не больше {max}.',
      many: 'Комментарий длиннее допустимого на {count} знаков: можно не больше {max}.',
      other: 'Комментарий длиннее допустимого на {count} знака: можно не больше {max}.',
    },
    errors: {
      text_required: 'Сначала напишите комментарий.',
      name_required: 'Укажите имя.',
      name_invalid: 'В имени нужны хотя бы две буквы и никаких ссылок.',
      text_too_long: 'Комментарий слишком длинный.',
      token_required: 'Войдите на сайт, чтобы оставить комментарий.',
      token_invalid: 'Вход на сайт истёк. Войдите снова.',
      edit_window_closed: 'Время, когда комментарий можно изменить или удалить, истекло.',
      reader_required:
        'В этом браузере нет ключа к вашим комментариям, и вы не вошли на сайт: войдите или откройте браузер, в котором их писали.',
      consent_required:
        'Отметьте согласие на обработку персональных данных: без него сайт не публикует комментарии.',
      forbidden: 'Сайт не разрешает это действие.',
      conflict: 'Комментарий уже отправляется. Подождите немного и повторите.',
      rate_limited: 'Слишком много комментариев за короткое время. Повторите через {seconds} с.',
      server: 'Сервер комментариев дал сбой ({status}). Повторите попытку.',
    },
  },
};
