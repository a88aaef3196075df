import type { WritingStrings } from '../components/comments/writing-strings.js';
import type { SettingsPanelStrings } from '../components/vision-panel/settings-panel-strings.js';
import type { PluralForms, Strings } from './strings.js';

/**
 * A language as a lowercase primary subtag (`ru`, `uk`, `ar`): one of ours or one a page
 * registered. The two written inline, whose strings ship with every element, are `InlineLanguage`.
 */
export type Language = string;

export type InlineLanguage = 'en' | 'ru';

/** Every string of every element in one language, lazy parts included: what a language file holds. */
export type LanguageStrings = Strings & {
  writing: WritingStrings;
  settingsPanel: SettingsPanelStrings;
};

/** How a language is shown where its own strings or the browser's data fall short. */
export interface LanguageTraits {
  /** Whose strings show while this language's load and for any key it lacks. */
  fallback?: InlineLanguage;
  direction?: 'ltr' | 'rtl';
  /** The tag `Intl` formats numbers, dates and plurals with, when the browser lacks this language. */
  intl?: string;
}

/** Some strings, in the shape of `LanguageStrings`; a plural is replaced whole, so it is whole. */
export type PartialStrings<T = LanguageStrings> = {
  [K in keyof T]?: T[K] extends PluralForms
    ? PluralForms
    : T[K] extends object
      ? PartialStrings<T[K]>
      : T[K];
};

/** What `registerStrings` takes: a whole language file, or the few strings a page changes. */
export type RegisteredStrings = PartialStrings & LanguageTraits;

/** A language file of ours: every string, checked by the compiler. */
export type LanguageFile = LanguageStrings & LanguageTraits;

/**
 * Our languages that are files of their own (locales/index.ts), fetched when an element speaks
 * one. English and Russian are inline instead (sections.ts): nearly every page shows one of
 * them, and one of them is the fallback every other language needs at once.
 */
export const fetchedLanguages: readonly Language[] = [
  'uk',
  'be',
  'kk',
  'tt',
  'ba',
  'de',
  'fr',
  'es',
  'ar',
];

/** Strings registered by a page and the language files loaded so far, by language. */
const registered: Record<Language, RegisteredStrings | undefined> = {};

/** Replaces what `patch` names; a plural (an object with `other`) is taken whole. */
function merge<T>(base: T, patch: unknown): T {
  if (typeof patch !== 'object' || !patch || 'other' in patch) return (patch ?? base) as T;
  const result: Record<string, unknown> = { ...(base as object) };
  for (const [key, value] of Object.entries(patch)) result[key] = merge(result[key], value);
  return result as T;
}

/**
 * Adds strings for `language`: a whole language of a library's own (see docs/translating.md),
 * or single strings a page changes in one of ours. Call it before the elements render, as the
 * module that imports them starts; later calls show on an element's next render.
 */
export function registerStrings(language: Language, strings: RegisteredStrings): void {
  const key = language.toLowerCase();
  registered[key] = merge(registered[key], strings);
}

/** Whether a page registered strings for `language`. */
export function registeredLanguage(language: Language): boolean {
  return language in registered;
}

/**
 * Whose strings stand in for `language` while it loads and for what it lacks. Belarusian,
 * Kazakh, Tatar and Bashkir fall back to Russian: Russian is official or read by nearly every
 * reader in Belarus, Kazakhstan, Tatarstan and Bashkortostan, and those libraries' sites are
 * bilingual. The others fall back to English, the second language their readers more likely
 * read (for Ukrainian readers, English rather than Russian is also the courteous choice).
 */
export function fallbackOf(language: Language): InlineLanguage {
  return (
    registered[language]?.fallback ?? (['be', 'kk', 'tt', 'ba'].includes(language) ? 'ru' : 'en')
  );
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return registered[language]?.direction ?? (language === 'ar' ? 'rtl' : 'ltr');
}

/**
 * The tag to hand `Intl` for `language`: the language itself once its strings are here (or a
 * stand-in its file names for a browser without its data), else its fallback, so an element
 * shows one language throughout while another loads.
 */
export function intlLanguage(language: Language): string {
  const strings = registered[language];
  if (strings) return strings.intl ?? language;
  return language === 'en' || language === 'ru' ? language : fallbackOf(language);
}

const loads: Record<Language, Promise<void> | undefined> = {};

/**
 * Fetches the language file of `language` once, if it is one of ours and not inline. A failed
 * fetch (offline) is forgotten, so the next element to ask fetches it again.
 */
export function loadLanguage(language: Language): Promise<void> | undefined {
  if (!fetchedLanguages.includes(language)) return;
  return (loads[language] ??= import('./locales/index.js')
    .then(({ languageFiles }) => languageFiles[language]!())
    .then(
      // Under what the page registered: its own strings win over ours.
      (file) => void (registered[language] = merge(file.default, registered[language])),
      (error: unknown) => {
        loads[language] = undefined;
        throw error;
      },
    ));
}

const merged = new WeakMap<object, [patch: object, strings: object]>();

/**
 * The strings of `language` in an element's `table` (or its `section` of a language file):
 * the table's own, else its fallback's, with what was registered for the language over them.
 */
export function stringsIn<T extends object>(
  table: Record<InlineLanguage, T>,
  language: Language,
  section?: keyof LanguageStrings,
): T {
  const base = (table as Partial<Record<Language, T>>)[language] ?? table[fallbackOf(language)];
  const file = registered[language];
  const patch = (section ? file?.[section] : file) as object | undefined;
  if (!patch) return base;
  let memo = merged.get(base);
  if (memo?.[0] !== patch) merged.set(base, (memo = [patch, merge(base, patch)]));
  return memo[1] as T;
}
