import type * as en from './en.js';

/** A message that depends on a number: one form per CLDR plural category the language uses. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A strings object's shape with its literal texts widened to `string`, for other language files. */
export type Widen<T> = T extends string
  ? string
  : T extends { other: string }
    ? PluralForms
    : { [K in keyof T]: Widen<T[K]> };

/** The shape of a language file, taken from the English one so no key can be forgotten. */
export type Strings = Widen<typeof en>;

/** The strings every element needs: the error box a bug of ours while rendering shows. */
export type BaseStrings = Pick<Strings, 'retry' | 'internalError'>;

/** The strings of an element that loads data: its loading and error states. */
export type CommonStrings = BaseStrings & Pick<Strings, 'loading' | 'errors'>;
