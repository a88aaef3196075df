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
};
