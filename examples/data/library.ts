/**
 * What every example shows, the same in each framework: two news items (the first is opened in
 * the article card) and the partner links of the footer. Set on the elements as properties, so
 * the examples need no server. Written without the package's types, so that this folder needs no
 * install of its own; each app's `item`, `items` and `partners` bindings check the shapes.
 */
export const news = [
  {
    id: 'poetry-evening',
    url: 'https://library.example/news/poetry-evening',
    title: 'Вечер поэзии в читальном зале',
    summary: 'Читатели и гости библиотеки читали стихи о зиме.',
    contentHtml: '<p>Шестнадцатого декабря в читальном зале прошёл вечер поэзии.</p>',
    datePublished: new Date('2021-12-16T15:00:00Z'),
    author: 'Отдел обслуживания',
    tags: ['события'],
    views: 225,
  },
  {
    id: 'winter-hours',
    url: 'https://library.example/news/winter-hours',
    title: 'Режим работы в праздничные дни',
    summary: 'С 31 декабря по 8 января библиотека работает по особому расписанию.',
    contentText: 'С 31 декабря по 8 января библиотека открыта с 10 до 16 часов.',
    datePublished: new Date('2021-12-20T09:00:00Z'),
    tags: ['объявления'],
    views: 48,
  },
];

export const partners = [
  { name: 'Министерство культуры', url: 'https://culture.example/', group: 'Учреждения' },
  { name: 'Портал «Культура.РФ»', url: 'https://portal.example/', group: 'Учреждения' },
  { name: 'Театр оперы и балета', url: 'https://opera.example/', group: 'Театры' },
];
