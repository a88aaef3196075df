import '../../src/all.js';
import { BuilderApp } from './builder-app.js';
import type { InterfaceLanguage } from './strings/index.js';

/** `?lang=en` opens the page in English; Russian is the default, as for most of its users. */
const requested = new URLSearchParams(location.search).get('lang');
const language: InterfaceLanguage = requested === 'en' ? 'en' : 'ru';

new BuilderApp(document.querySelector<HTMLElement>('#builder')!, {
  language,
  onLanguageChange: (next, title) => {
    document.documentElement.lang = next;
    document.title = title;
    // A reload or a shared link opens the page in the language chosen.
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(null, '', url);
  },
});
