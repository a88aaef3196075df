import { fetchedLanguages, intlLanguage, registeredLanguage, type Language } from './languages.js';
import { languages } from './sections.js';
import type { PluralForms } from './strings.js';

export type { BaseStrings, CommonStrings, PluralForms, Strings } from './strings.js';
export {
  articleStrings,
  baseStrings,
  combine,
  commentCountStrings,
  commentsStrings,
  commonStrings,
  newsStrings,
  partnersStrings,
  stringsFor,
  viewsStrings,
  visionStrings,
  type Localized,
  type StringsOf,
} from './sections.js';
export {
  directionOf,
  fallbackOf,
  intlLanguage,
  loadLanguage,
  registerStrings,
  stringsIn,
  type InlineLanguage,
  type Language,
  type LanguageFile,
  type LanguageStrings,
  type LanguageTraits,
  type PartialStrings,
  type RegisteredStrings,
} from './languages.js';

export const defaultLanguage: Language = 'en';

/** Every language we have strings for: inline, then fetched. */
export const builtInLanguages: readonly Language[] = [...languages, ...fetchedLanguages];

/**
 * The language we (or the page) have strings for whose primary subtag `tag` names
 * (`ru-RU` → `ru`), if any.
 */
export function supportedLanguageOf(tag: string | null | undefined): Language | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return builtInLanguages.includes(primary) || registeredLanguage(primary) ? primary : undefined;
}

/**
 * Maps a BCP 47 tag such as `ru-RU` to a language we have strings for, else English: a page
 * that names a language we do not speak is more likely read by people who read English.
 */
export function toSupportedLanguage(tag: string | null | undefined): Language {
  return supportedLanguageOf(tag) ?? defaultLanguage;
}

/** Replaces `{name}` placeholders; unknown names stay visible so a missing value is noticed. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(
  value: number,
  language: Language,
  options: Intl.NumberFormatOptions = {},
): string {
  const key = `${intlLanguage(language)}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLanguage(language), options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * "1 просмотр, 2 просмотра, 5 просмотров": picks the CLDR form and formats the number. A
 * language Intl has no rules for (Tatar, Bashkir) gets the fallback's categories; its strings
 * hold `other` alone (see locales/tt.ts), so any category lands on it.
 */
export function formatPlural(
  forms: PluralForms,
  count: number,
  language: Language,
  numberOptions: Intl.NumberFormatOptions = {},
): string {
  const tag = intlLanguage(language);
  let rules = pluralRules.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    pluralRules.set(tag, rules);
  }
  const template = forms[rules.select(count)] ?? forms.other;
  return interpolate(template, { count: formatNumber(count, language, numberOptions) });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a date in the reader's language; `style` picks how much of it to show. */
export function formatDate(
  date: Date,
  language: Language,
  style: 'date' | 'date-time' = 'date',
): string {
  const tag = intlLanguage(language);
  const key = `${tag}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, {
      dateStyle: 'long',
      ...(style === 'date-time' ? { timeStyle: 'short' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}
