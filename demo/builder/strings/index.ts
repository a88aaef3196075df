import type { Widen } from '../../../src/i18n/strings.js';
import { en } from './en.js';
import { ru } from './ru.js';

/** The shape of the builder's texts, taken from the English file so no key is forgotten. */
export type BuilderStrings = Widen<typeof en>;

export type InterfaceLanguage = 'ru' | 'en';

const builderStrings: Record<InterfaceLanguage, BuilderStrings> = { en, ru };

export function builderStringsFor(language: InterfaceLanguage): BuilderStrings {
  return builderStrings[language];
}
