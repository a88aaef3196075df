import type { Strings } from './strings.js';

/** Русские строки. Формы множественного числа по CLDR: one, few, many (other для дробных). */
export const loading = 'Загрузка…' satisfies Strings['loading'];

export const retry = 'Повторить' satisfies Strings['retry'];

export const internalError = 'Не удалось показать этот блок.' satisfies Strings['internalError'];

export const errors = {
  network: 'Нет соединения. Проверьте подключение и повторите попытку.',
  timeout: 'Сервер слишком долго не отвечает.',
  http: 'Сервер ответил ошибкой ({status}).',
  parse: 'Не удалось прочитать данные: это не JSON и не XML.',
  format: 'Формат ленты не распознан. Опишите её поля в атрибуте «map».',
  map: 'Атрибут «map» указывает на отсутствующее поле: {path}.',
  config: 'Элемент не настроен: не задан атрибут «{attribute}».',
  unexpected: 'Сервер прислал данные, которые этот блок не может показать.',
  htmlPage:
    'По адресу открывается веб-страница, а не данные. Проверьте адрес: он должен вести на сам файл RSS или JSON, а не на страницу сайта.',
  brokenJson:
    'JSON по этому адресу повреждён или оборван. Откройте адрес в браузере и проверьте его или обратитесь к разработчику сайта.',
  tooLarge:
    'Лента слишком большая (больше 5 МБ). Оставьте в ней меньше записей или разбейте её на страницы.',
} satisfies Strings['errors'];

export const vision = {
  toggle: 'Версия для слабовидящих',
} satisfies Strings['vision'];

export const partners = {
  label: 'Партнёры',
  empty: 'Список партнёров пока пуст.',
  count: {
    one: '{count} партнёр',
    few: '{count} партнёра',
    many: '{count} партнёров',
    other: '{count} партнёра',
  },
} satisfies Strings['partners'];

export const views = {
  one: '{count} просмотр',
  few: '{count} просмотра',
  many: '{count} просмотров',
  other: '{count} просмотра',
} satisfies Strings['views'];

export const commentCount = {
  one: '{count} комментарий',
  few: '{count} комментария',
  many: '{count} комментариев',
  other: '{count} комментария',
} satisfies Strings['commentCount'];

export const comments = {
  label: 'Комментарии',
  count: commentCount,
  empty: 'Комментариев пока нет. Будьте первым!',
  sort: 'Порядок',
  oldest: 'Сначала старые',
  newest: 'Сначала новые',
  showMore: 'Показать ещё комментарии',
  shownMore: {
    one: 'Показан ещё {count} комментарий',
    few: 'Показано ещё {count} комментария',
    many: 'Показано ещё {count} комментариев',
    other: 'Показано ещё {count} комментария',
  },
  formLabel: 'Оставить комментарий',
  replyLabel: 'Ответ для {name}',
  name: 'Ваше имя',
  text: 'Комментарий',
  honeypot: 'Оставьте это поле пустым',
  characters: '{count} из {max} знаков',
  shortcut: 'Ctrl+Enter или ⌘+Enter — отправить.',
  send: 'Отправить',
  sending: 'Отправка…',
  reply: 'Ответить',
  cancel: 'Отмена',
  edit: 'Изменить',
  delete: 'Удалить',
  edited: 'изменён',
  pending: 'Ожидает проверки модератором',
  login: 'Чтобы оставить комментарий, {link} через форму выше.',
  loginLink: 'войдите на сайт',
  consent: 'Даю согласие на обработку моих персональных данных в соответствии с {link}.',
  consentLink: 'политикой конфиденциальности',
  ownComments: 'Ваши комментарии на этом сайте',
  closed: 'Комментирование закрыто.',
  siteRefused:
    'Сервер комментариев не принимает запросы с этого сайта ({origin}): адрес сайта нужно добавить в его настройку CORS_ORIGINS.',
} satisfies Strings['comments'];

export const viewCounter = {
  label: 'Просмотров: {count}',
} satisfies Strings['viewCounter'];

export const article = {
  empty: 'Статья не найдена.',
  archive: 'К архиву новостей',
  author: 'Автор: {author}',
  tags: 'Теги',
  share: 'Поделиться',
  vk: 'ВКонтакте',
  telegram: 'Telegram',
  ok: 'Одноклассники',
  email: 'Эл. почта',
  copyLink: 'Скопировать ссылку',
  copied: 'Ссылка скопирована.',
  copyFailed: 'Не удалось скопировать ссылку.',
  newTab: '(откроется в новой вкладке)',
} satisfies Strings['article'];

export const news = {
  label: 'Новости',
  empty: 'Новостей пока нет',
  archive: 'Все новости',
  showMore: 'Показать ещё',
  pages: 'Страницы',
  page: 'Страница {page}',
  previous: 'Предыдущая страница',
  next: 'Следующая страница',
  search: 'Поиск по новостям',
  noResults: 'По запросу «{query}» ничего не найдено.',
  found: {
    one: 'Найдена {count} новость',
    few: 'Найдено {count} новости',
    many: 'Найдено {count} новостей',
    other: 'Найдено {count} новости',
  },
  tag: 'Новости с меткой «{tag}»',
  clearTag: 'Показать все новости',
  tags: 'Метки',
  pause: 'Приостановить обновление',
  resume: 'Возобновить обновление',
  fresh: {
    one: '{count} новая новость',
    few: '{count} новые новости',
    many: '{count} новых новостей',
    other: '{count} новой новости',
  },
  shown: {
    one: 'Показана {count} новость',
    few: 'Показано {count} новости',
    many: 'Показано {count} новостей',
    other: 'Показано {count} новости',
  },
  comments: {
    one: '{count} комментарий',
    few: '{count} комментария',
    many: '{count} комментариев',
    other: '{count} комментария',
  },
} satisfies Strings['news'];
