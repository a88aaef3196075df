import { expect } from '@open-wc/testing';
import { writingStrings } from '../components/comments/writing-strings.js';
import { settingsPanelStrings } from '../components/vision-panel/settings-panel-strings.js';
import {
  builtInLanguages,
  stringsFor,
  type InlineLanguage,
  type LanguageStrings,
} from './index.js';
import ar from './locales/ar.js';
import { languageFiles } from './locales/index.js';
import ba from './locales/ba.js';
import be from './locales/be.js';
import de from './locales/de.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import kk from './locales/kk.js';
import tt from './locales/tt.js';
import uk from './locales/uk.js';

/** An inline language's strings gathered as one language file holds them, lazy parts included. */
const inline = (language: InlineLanguage): LanguageStrings => ({
  ...stringsFor(language),
  writing: writingStrings[language],
  settingsPanel: settingsPanelStrings[language],
});

const files: Record<string, object> = {
  en: inline('en'),
  ru: inline('ru'),
  uk,
  be,
  kk,
  tt,
  ba,
  de,
  fr,
  es,
  ar,
};

/** How a language is shown, not what it says: not strings, so not compared. */
const traits = new Set(['fallback', 'direction', 'intl']);

const isPlural = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && 'other' in value;

/** Every string's path (`news.found`), a plural counted as one string. */
function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value)
    .filter(([key]) => prefix || !traits.has(key))
    .flatMap(([key, child]: [string, unknown]) =>
      typeof child === 'object' && child !== null && !isPlural(child)
        ? keysOf(child, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    )
    .sort();
}

/** Every plural in a language file, by path. */
function pluralsOf(value: object, prefix = ''): Array<[string, Record<string, string>]> {
  return Object.entries(value).flatMap(([key, child]: [string, unknown]) => {
    if (isPlural(child)) return [[`${prefix}${key}`, child]];
    return typeof child === 'object' && child !== null ? pluralsOf(child, `${prefix}${key}.`) : [];
  });
}

/**
 * The CLDR categories a language's numbers take. Where the browser has no rules for it (Tatar
 * and Bashkir in Chromium, which then answers with English ones), the root locale's: `other`.
 */
function pluralCategoriesOf(language: string): string[] {
  if (Intl.PluralRules.supportedLocalesOf(language).length === 0) return ['other'];
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('language files', () => {
  it('cover every language the elements speak, each not inline one fetched apart', () => {
    expect(Object.keys(files).sort()).to.deep.equal([...builtInLanguages].sort());
    expect(Object.keys(languageFiles).sort()).to.deep.equal(
      builtInLanguages.filter((language) => language !== 'en' && language !== 'ru').sort(),
    );
  });

  const english = keysOf(files.en);

  for (const [language, file] of Object.entries(files)) {
    describe(language, () => {
      it('has every English key and no other', () => {
        const keys = keysOf(file);
        expect(
          english.filter((key) => !keys.includes(key)),
          'missing',
        ).to.deep.equal([]);
        expect(
          keys.filter((key) => !english.includes(key)),
          'extra',
        ).to.deep.equal([]);
      });

      it('gives each plural exactly the forms the language has', () => {
        const expected = pluralCategoriesOf(language);
        for (const [path, forms] of pluralsOf(file)) {
          expect(Object.keys(forms).sort(), path).to.deep.equal(expected);
        }
      });

      it('keeps the placeholders of every English string', () => {
        const lookup = (source: object, path: string) =>
          path
            .split('.')
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], source);
        for (const path of english) {
          const theirs = lookup(file, path);
          const ours = lookup(files.en, path);
          // A plural may leave the number out where the language says it in words ("مشاهدتان").
          if (isPlural(ours)) {
            const allowed = placeholdersOf(ours.other);
            for (const form of Object.values(theirs as Record<string, string>)) {
              expect(allowed, `${path}: ${form}`).to.include.members(placeholdersOf(form));
            }
            expect(placeholdersOf((theirs as Record<string, string>).other), path).to.deep.equal(
              allowed,
            );
          } else {
            expect(placeholdersOf(theirs as string), path).to.deep.equal(
              placeholdersOf(ours as string),
            );
          }
        }
      });
    });
  }

  it('fails on a missing key, an extra key and a missing plural form', () => {
    const broken = {
      ...uk,
      retry: undefined,
      surplus: 'x',
      views: { one: '{count}', other: '{count}' },
    };
    delete broken.retry;
    const keys = keysOf(broken);
    expect(english.filter((key) => !keys.includes(key))).to.deep.equal(['retry']);
    expect(keys.filter((key) => !english.includes(key))).to.deep.equal(['surplus']);
    const views = pluralsOf(broken).find(([path]) => path === 'views')!;
    expect(Object.keys(views[1]).sort()).not.to.deep.equal(pluralCategoriesOf('uk'));
  });
});
