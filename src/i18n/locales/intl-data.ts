/**
 * `standIn` when this browser's `Intl` has no data for `language`, else `undefined` (format in
 * the language itself). Chromium's ICU carries no dates, numbers or relative times for Tatar,
 * Bashkir or Belarusian and formats them as American English; for Kazakh it claims support but
 * has no month names, so a date reads "2021 M12 16" (the names of ICU's root locale, M01–M12).
 * Either way a reader would see English or placeholders; Russian is what they read there.
 */
export function withoutIntlData(language: string, standIn: string): string | undefined {
  const supported = Intl.DateTimeFormat.supportedLocalesOf(language).length > 0;
  const month = new Intl.DateTimeFormat(language, { month: 'long' }).format(Date.UTC(2021, 11, 16));
  return supported && !/^M\d/.test(month) ? undefined : standIn;
}
