import { supportedLanguageOf, toSupportedLanguage, type Language } from '../i18n/index.js';

/**
 * The language of a page that marks none. Pages without `lang` are mostly old Russian CMS
 * templates (Bitrix, Joomla 1.5, hand-made HTML), and an English widget on a Russian page is the
 * worse mistake for the readers this product serves. See docs/embed.md#language.
 */
export const unmarkedPageLanguage: Language = 'ru';

/** The first language of `<meta http-equiv="content-language" content="ru, en">`, if any. */
function declaredContentLanguage(page: Document): string | undefined {
  const metas = page.head?.querySelectorAll('meta[http-equiv][content]') ?? [];
  const meta = [...metas].find(
    (candidate) => candidate.getAttribute('http-equiv')!.toLowerCase() === 'content-language',
  );
  return meta?.getAttribute('content')!.split(',')[0].trim() || undefined;
}

/**
 * The language for an element when no `lang` is set on it, its ancestors or `<html>`: the
 * page's declared content language, else the reader's first browser language we speak, else
 * `unmarkedPageLanguage`. Read on each call: one query of `<head>` is cheap and never stale.
 */
export function unmarkedPageFallback(page: Document = document): Language {
  const declared = declaredContentLanguage(page);
  if (declared) return toSupportedLanguage(declared);
  for (const tag of navigator.languages) {
    const language = supportedLanguageOf(tag);
    if (language) return language;
  }
  return unmarkedPageLanguage;
}
