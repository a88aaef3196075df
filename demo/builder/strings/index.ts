import type { PluralForms } from '../../../src/i18n/index.js';
import { en } from './en.js';
import { ru } from './ru.js';

type Widen<T> = T extends string
  ? string
  : T extends { other: string }
    ? PluralForms
    : { [K in keyof T]: Widen<T[K]> };

/** The shape of the builder's texts, taken from the English file so no key is forgotten. */
export type BuilderStrings = Widen<typeof en>;

export type InterfaceLanguage = 'ru' | 'en';

const builderStrings: Record<InterfaceLanguage, BuilderStrings> = { en, ru };

export function builderStringsFor(language: InterfaceLanguage): BuilderStrings {
  return builderStrings[language];
}
