import type { Strings } from './strings.js';

/** Русские строки. Формы множественного числа по CLDR: one, few, many (other для дробных). */
export const ru: Strings = {
  loading: 'Загрузка…',
  retry: 'Повторить',
  errors: {
    network: 'Нет соединения. Проверьте подключение и повторите попытку.',
    timeout: 'Сервер слишком долго не отвечает.',
    http: 'Сервер ответил ошибкой ({status}).',
    parse: 'Не удалось прочитать данные: это не JSON и не XML.',
    format: 'Формат ленты не распознан. Опишите её поля в атрибуте «map».',
    map: 'Атрибут «map» указывает на отсутствующее поле: {path}.',
    config: 'Элемент не настроен: не задан атрибут «{attribute}».',
  },
  partners: {
    label: 'Партнёры',
    empty: 'Список партнёров пока пуст.',
    count: {
      one: '{count} партнёр',
      few: '{count} партнёра',
      many: '{count} партнёров',
      other: '{count} партнёра',
    },
  },
  views: {
    one: '{count} просмотр',
    few: '{count} просмотра',
    many: '{count} просмотров',
    other: '{count} просмотра',
  },
  news: {
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
  },
};
