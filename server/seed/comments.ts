/** A few comments so the demo's threads are not empty; `minutesAfter` counts from the item's date. */
export interface SeedComment {
  thread: string;
  author: string;
  text: string;
  minutesAfter: number;
  /** Index in this list of the comment this one replies to. */
  replyTo?: number;
}

export const seedComments: SeedComment[] = [
  {
    thread: 'trening-kommunikatsiya',
    author: 'Светлана, Кедровск',
    text: 'Спасибо организаторам! Разбор трудных ситуаций у кафедры выдачи очень пригодился, уже пробуем на практике.',
    minutesAfter: 180,
  },
  {
    thread: 'trening-kommunikatsiya',
    author: 'Научно-методический отдел',
    text: 'Светлана, рады, что пригодилось! Презентацию и памятку разошлём на этой неделе.',
    minutesAfter: 240,
    replyTo: 0,
  },
  {
    thread: 'trening-kommunikatsiya',
    author: 'Ирина Петрова',
    text: 'Будет ли повтор тренинга весной? Не смогли приехать из Туманного из-за распутицы.',
    minutesAfter: 1440,
  },
  {
    thread: 'vystavka-severnye-promysly',
    author: 'Николай',
    text: 'Были с классом на экскурсии, ребятам очень понравились туеса. Хорошо бы сделать мастер-класс по бересте.',
    minutesAfter: 2880,
  },
  {
    thread: 'konkurs-chtetsov-deti',
    author: 'Мама Вари',
    text: 'Поздравляем всех финалистов! Дочка готовилась месяц, для неё это был большой праздник.',
    minutesAfter: 600,
  },
  {
    thread: 'kraevedcheskie-chteniya',
    author: 'А. Громов',
    text: 'Где можно будет прочитать доклад о Кедровском заводе? Мой дед там работал.',
    minutesAfter: 4320,
  },
  {
    thread: 'kraevedcheskie-chteniya',
    author: 'Отдел краеведения',
    text: 'Сборник выйдет к весне, электронная версия появится на сайте раньше. Оставьте, пожалуйста, контакты в отделе: авторы будут рады воспоминаниям.',
    minutesAfter: 4500,
    replyTo: 5,
  },
];
