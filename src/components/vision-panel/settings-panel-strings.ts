import type { Localized } from '../../i18n/index.js';
import type { Widen } from '../../i18n/strings.js';

/*
 * The strings only the lazily loaded settings panel reads. They live here, not in
 * src/i18n/en.ts and ru.ts, because bundlers split code by module: strings in the language
 * files ride with the first paint of every page's toggle, whether the reader opens it or not.
 * A new language adds its entry to this table too; the type names a missing one.
 */

const en = {
  panel: 'Settings for the visually impaired',
  fontSize: 'Text size',
  scheme: 'Colours',
  schemes: {
    site: 'As on the site',
    'black-on-white': 'Black on white',
    'white-on-black': 'White on black',
    'blue-on-light-blue': 'Dark blue on light blue',
    'brown-on-beige': 'Brown on beige',
    'green-on-dark-brown': 'Green on dark brown',
  },
  images: 'Images',
  imageModes: { on: 'Show', off: 'Hide', grayscale: 'Black and white' },
  letterSpacing: 'Letter spacing',
  lineHeight: 'Line spacing',
  spacing: { normal: 'Normal', wide: 'Wider', wider: 'Widest' },
  fontFamily: 'Font',
  fontFamilies: { site: 'As on the site', 'sans-serif': 'Sans serif', serif: 'Serif' },
  reset: 'Reset settings',
  close: 'Close settings',
} as const;

export type SettingsPanelStrings = Widen<typeof en>;

export const settingsPanelStrings: Localized<SettingsPanelStrings> = {
  en,
  ru: {
    panel: 'Настройки для слабовидящих',
    fontSize: 'Размер шрифта',
    scheme: 'Цвета',
    schemes: {
      site: 'Как на сайте',
      'black-on-white': 'Чёрным по белому',
      'white-on-black': 'Белым по чёрному',
      'blue-on-light-blue': 'Тёмно-синим по голубому',
      'brown-on-beige': 'Коричневым по бежевому',
      'green-on-dark-brown': 'Зелёным по тёмно-коричневому',
    },
    images: 'Изображения',
    imageModes: { on: 'Показывать', off: 'Скрыть', grayscale: 'Чёрно-белые' },
    letterSpacing: 'Межбуквенный интервал',
    lineHeight: 'Межстрочный интервал',
    spacing: { normal: 'Обычный', wide: 'Увеличенный', wider: 'Большой' },
    fontFamily: 'Шрифт',
    fontFamilies: { site: 'Как на сайте', 'sans-serif': 'Без засечек', serif: 'С засечками' },
    reset: 'Обычная версия',
    close: 'Закрыть настройки',
  },
};
