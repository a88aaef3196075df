import { supportedLanguageOf, toSupportedLanguage, type Language } from '../i18n/index.js';

/**
 * The language of a page that marks none. Pages without `lang` are mostly old Russian CMS
 * templates (Bitrix, Joomla 1.5, hand-made HTML), and an English widget on a Russian page is the
 * worse mistake for the readers this product serves. See docs/embed.md#language.
 */
export const unmarkedPageLanguage: Language = 'ru';

/**
 * The language for an element when no `lang` is set on it, its ancestors or `<html>`: the first
 * of the page's `<meta http-equiv="content-language" content="ru, en">`, else the reader's first
 * browser language we speak, else `unmarkedPageLanguage`. Read on each call: one selector query
 * is cheap and never stale.
 */
export function unmarkedPageFallback(): Language {
  const declared = document
    .querySelector('meta[http-equiv="content-language" i]')
    ?.getAttribute('content')
    ?.split(',')[0];
  if (declared?.trim()) return toSupportedLanguage(declared);
  return navigator.languages.map(supportedLanguageOf).find(Boolean) ?? unmarkedPageLanguage;
}
