import type { Localized } from '../../i18n/index.js';
import type { Widen } from '../../i18n/strings.js';

/*
 * The strings only the lazily loaded settings panel reads. They live here, not in
 * src/i18n/en.ts and ru.ts, because bundlers split code by module: strings in the language
 * files ride with the first paint of every page's toggle, whether the reader opens it or not.
 * Other languages hold them in their file's `settingsPanel` (src/i18n/locales/).
 */

const spacing = { normal: 'Normal', wide: 'Wider', wider: 'Widest' } as const;

/** A choice's strings sit together: its legend, then a name for each of its options. */
const en = {
  panel: 'Settings for the visually impaired',
  fontScale: 'Text size',
  scheme: {
    legend: 'Colours',
    options: {
      site: 'As on the site',
      'black-on-white': 'Black on white',
      'white-on-black': 'White on black',
      'blue-on-light-blue': 'Dark blue on light blue',
      'brown-on-beige': 'Brown on beige',
      'green-on-dark-brown': 'Green on dark brown',
    },
  },
  images: { legend: 'Images', options: { on: 'Show', off: 'Hide', grayscale: 'Black and white' } },
  letterSpacing: { legend: 'Letter spacing', options: spacing },
  lineHeight: { legend: 'Line spacing', options: spacing },
  fontFamily: {
    legend: 'Font',
    options: { site: 'As on the site', 'sans-serif': 'Sans serif', serif: 'Serif' },
  },
  reset: 'Reset settings',
  close: 'Close settings',
} as const;

export type SettingsPanelStrings = Widen<typeof en>;

const ruSpacing = { normal: 'Обычный', wide: 'Увеличенный', wider: 'Большой' };

export const settingsPanelStrings = {
  en,
  ru: {
    panel: 'Настройки для слабовидящих',
    fontScale: 'Размер шрифта',
    scheme: {
      legend: 'Цвета',
      options: {
        site: 'Как на сайте',
        'black-on-white': 'Чёрным по белому',
        'white-on-black': 'Белым по чёрному',
        'blue-on-light-blue': 'Тёмно-синим по голубому',
        'brown-on-beige': 'Коричневым по бежевому',
        'green-on-dark-brown': 'Зелёным по тёмно-коричневому',
      },
    },
    images: {
      legend: 'Изображения',
      options: { on: 'Показывать', off: 'Скрыть', grayscale: 'Чёрно-белые' },
    },
    letterSpacing: { legend: 'Межбуквенный интервал', options: ruSpacing },
    lineHeight: { legend: 'Межстрочный интервал', options: ruSpacing },
    fontFamily: {
      legend: 'Шрифт',
      options: { site: 'Как на сайте', 'sans-serif': 'Без засечек', serif: 'С засечками' },
    },
    reset: 'Обычная версия',
    close: 'Закрыть настройки',
  },
} satisfies Localized<SettingsPanelStrings>;
