import * as en from './en.js';
import * as ru from './ru.js';
import type { InlineLanguage } from './languages.js';
import type { BaseStrings, CommonStrings, Strings } from './strings.js';

/**
 * The languages whose strings ship inline with the elements, section by section. Every other
 * language is a file of its own in locales/, fetched when an element speaks it (languages.ts).
 */
export const languages = ['en', 'ru'] as const satisfies readonly InlineLanguage[];

/** Something in each inline language; other languages come from their files over it. */
export type Localized<T> = Record<InlineLanguage, T>;

/** The strings of one language in a table. */
export type StringsOf<T extends Localized<object>> = T[InlineLanguage];

/*
 * Each element bundles only the sections it reads. A bundler drops the exports of a language
 * file that no code reads, which only works when every read names its export, as these do.
 */

export const baseStrings: Localized<BaseStrings> = {
  en: { retry: en.retry, internalError: en.internalError },
  ru: { retry: ru.retry, internalError: ru.internalError },
};

// Written out rather than spread from baseStrings: a bundler cannot drop an unused object
// built with a spread (a spread may run getters), so every element would carry these errors.
export const commonStrings: Localized<CommonStrings> = {
  en: { retry: en.retry, internalError: en.internalError, loading: en.loading, errors: en.errors },
  ru: { retry: ru.retry, internalError: ru.internalError, loading: ru.loading, errors: ru.errors },
};

export const visionStrings: Localized<Pick<Strings, 'vision'>> = {
  en: { vision: en.vision },
  ru: { vision: ru.vision },
};

export const partnersStrings: Localized<Pick<Strings, 'partners'>> = {
  en: { partners: en.partners },
  ru: { partners: ru.partners },
};

export const viewsStrings: Localized<Pick<Strings, 'views' | 'viewCounter'>> = {
  en: { views: en.views, viewCounter: en.viewCounter },
  ru: { views: ru.views, viewCounter: ru.viewCounter },
};

export const commentCountStrings: Localized<Pick<Strings, 'commentCount'>> = {
  en: { commentCount: en.commentCount },
  ru: { commentCount: ru.commentCount },
};

export const commentsStrings: Localized<Pick<Strings, 'comments'>> = {
  en: { comments: en.comments },
  ru: { comments: ru.comments },
};

export const articleStrings: Localized<Pick<Strings, 'article'>> = {
  en: { article: en.article },
  ru: { article: ru.article },
};

export const newsStrings: Localized<Pick<Strings, 'news' | 'views'>> = {
  en: { news: en.news, views: en.views },
  ru: { news: ru.news, views: ru.views },
};

/** Every string in every language: for tests and tools, not for elements (it bundles them all). */
const allStrings: Localized<Strings> = { en, ru };

export function stringsFor(language: InlineLanguage): Strings {
  return allStrings[language];
}

type Intersection<T extends readonly unknown[]> = T extends readonly [infer First, ...infer Rest]
  ? First & Intersection<Rest>
  : unknown;

/** One table from several sections: an element's strings. */
export function combine<T extends object[]>(
  ...tables: { [K in keyof T]: Localized<T[K]> }
): Localized<Intersection<T>> {
  const merge = (language: InlineLanguage) =>
    Object.assign({}, ...tables.map((table) => table[language])) as Intersection<T>;
  return Object.fromEntries(languages.map((language) => [language, merge(language)])) as Localized<
    Intersection<T>
  >;
}
