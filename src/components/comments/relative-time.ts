import { intlLanguage, type Language } from '../../i18n/index.js';

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();

/** "5 minutes ago", "вчера": the largest whole unit, through Intl so no date library ships. */
export function formatRelativeTime(date: Date, now: number, language: Language): string {
  const tag = intlLanguage(language);
  let format = formats.get(tag);
  if (!format) {
    format = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
    formats.set(tag, format);
  }
  const seconds = (date.getTime() - now) / 1000;
  const [unit, size] = units.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  return format.format(unit === 'second' ? 0 : Math.round(seconds / size), unit);
}
