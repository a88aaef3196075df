/**
 * The demo site's own words, in both languages. A real library site has its own; the
 * elements bring theirs. Elements marked `data-text="key"` get the text of the page language.
 */
const texts = {
  ru: {
    skip: 'К содержанию',
    back: 'К архиву новостей',
    siteName: 'Краевая научная библиотека',
    siteSearch: 'Поиск по сайту',
    find: 'Найти',
    login: 'Логин',
    password: 'Пароль',
    signIn: 'Войти',
    loginFailed: 'Введите логин.',
    register: 'Регистрация',
    signedInAs: 'Вы вошли как',
    signOut: 'Выйти',
    language: 'Язык',
    theme: 'Оформление',
    themeLight: 'Светлое',
    themeDark: 'Тёмное',
    themeAuto: 'Как в системе',
    news: 'Новости библиотеки',
    latest: 'Коротко',
    partners: 'Наши партнёры',
    comments: 'Комментарии',
    social: 'Наши новости ВКонтакте и в Telegram, через прокси лент',
    footer: 'Демонстрационный сайт biblio-widgets. Все новости и организации вымышлены.',
  },
  en: {
    skip: 'Skip to content',
    back: 'Back to news',
    siteName: 'Regional Research Library',
    siteSearch: 'Search the site',
    find: 'Search',
    login: 'Login',
    password: 'Password',
    signIn: 'Sign in',
    loginFailed: 'Enter a login.',
    register: 'Register',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeAuto: 'As the system',
    news: 'Library news',
    latest: 'In brief',
    partners: 'Our partners',
    comments: 'Comments',
    social: 'Our news on VK and Telegram, through the feed proxy',
    footer: 'A demo site of biblio-widgets. All news and organisations are fictional.',
  },
} as const;

export type SiteLanguage = keyof typeof texts;
export type SiteTextKey = keyof (typeof texts)['ru'];

export function siteText(language: string, key: SiteTextKey): string {
  return texts[language === 'en' ? 'en' : 'ru'][key];
}

export function translatePage(language: string): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = siteText(language, element.dataset.text as SiteTextKey);
  }
}
