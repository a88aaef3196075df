/** Every word the moderation page shows, in Russian and English; the reader's browser picks. */
const ru = {
  title: 'Модерация комментариев',
  tokenLabel: 'Токен администратора',
  tokenHint: 'Значение ADMIN_TOKEN из настроек сервера.',
  signIn: 'Войти',
  signedIn: 'Вы вошли как администратор.',
  signOut: 'Выйти',
  queueHeading: 'Комментарии',
  show: 'Показать',
  pending: 'ждут проверки',
  published: 'опубликованные',
  rejected: 'отклонённые',
  refresh: 'Обновить',
  more: 'Показать ещё',
  approve: 'Одобрить',
  reject: 'Отклонить',
  remove: 'Удалить',
  ban: 'Заблокировать адрес',
  emptyPending: 'Модерировать нечего: новых комментариев нет.',
  emptyOther: 'Здесь пока пусто.',
  count: (count) => `Комментариев: ${count}.`,
  meta: (id, date, ipHash) => `№ ${id}, ${date}, адрес ${ipHash}`,
  replyTo: (id) => `, ответ на № ${id}`,
  done: {
    approve: (id) => `Комментарий № ${id} одобрен.`,
    reject: (id) => `Комментарий № ${id} отклонён.`,
    remove: (id) => `Комментарий № ${id} удалён.`,
    ban: (id) => `Комментарий № ${id} отклонён, адрес заблокирован.`,
  },
  wrongToken: 'Неверный токен администратора. Проверьте ADMIN_TOKEN и попробуйте ещё раз.',
  emptyToken: 'Введите токен администратора.',
  serverDown: 'Сервер не отвечает. Проверьте, что он запущен, и попробуйте ещё раз.',
  failed: (reason) => `Не получилось: ${reason}`,
};

const en = {
  title: 'Comment moderation',
  tokenLabel: 'Administrator token',
  tokenHint: 'The ADMIN_TOKEN value from the server’s settings.',
  signIn: 'Sign in',
  signedIn: 'Signed in as administrator.',
  signOut: 'Sign out',
  queueHeading: 'Comments',
  show: 'Show',
  pending: 'awaiting review',
  published: 'published',
  rejected: 'rejected',
  refresh: 'Refresh',
  more: 'Show more',
  approve: 'Approve',
  reject: 'Reject',
  remove: 'Delete',
  ban: 'Ban address',
  emptyPending: 'Nothing to moderate: no new comments.',
  emptyOther: 'Nothing here yet.',
  count: (count) => `Comments: ${count}.`,
  meta: (id, date, ipHash) => `No. ${id}, ${date}, address ${ipHash}`,
  replyTo: (id) => `, reply to No. ${id}`,
  done: {
    approve: (id) => `Comment No. ${id} approved.`,
    reject: (id) => `Comment No. ${id} rejected.`,
    remove: (id) => `Comment No. ${id} deleted.`,
    ban: (id) => `Comment No. ${id} rejected, address banned.`,
  },
  wrongToken: 'Wrong administrator token. Check ADMIN_TOKEN and try again.',
  emptyToken: 'Enter the administrator token.',
  serverDown: 'The server does not answer. Check that it is running and try again.',
  failed: (reason) => `That did not work: ${reason}`,
};

const byLanguage = { ru, en };

/** The first of the reader's languages we speak; Russian otherwise, as the page is written. */
export const language =
  navigator.languages
    .map((tag) => tag.slice(0, 2).toLowerCase())
    .find((tag) => tag in byLanguage) ?? 'ru';

export const strings = byLanguage[language];
