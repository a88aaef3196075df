/**
 * Feed dates in the formats sites really send. Anything else gives `undefined`, so an element
 * leaves the date out instead of printing "Invalid Date". Times without a zone are read as UTC:
 * WordPress `date_gmt` and Joomla's API send UTC without saying so, and the server and the
 * browser must agree.
 */
export function parseDate(value: unknown): Date | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
  return parseIso(text) ?? parseDotted(text) ?? parseRfc822(text);
}

function valid(date: Date): Date | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Seconds below 10^11 (until the year 5138), milliseconds above. */
function fromEpoch(value: number): Date | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  return valid(new Date(value < 1e11 ? value * 1000 : value));
}

function utc(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
  offsetMinutes = 0,
): Date | undefined {
  const date = new Date(
    Date.UTC(year, month - 1, day, hours, minutes, seconds) - offsetMinutes * 60_000,
  );
  // Date.UTC rolls 31.02 over into March; a date that does not exist is dropped instead.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hours > 23 ||
    minutes > 59 ||
    seconds > 60
  ) {
    return undefined;
  }
  return valid(date);
}

function offsetOf(sign: string, hours: string, minutes: string): number {
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** RFC 3339 / ISO 8601, `YYYY-MM-DD HH:MM:SS`, with or without fractions and a zone. */
function parseIso(text: string): Date | undefined {
  const match = text.match(
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i,
  );
  if (!match) return undefined;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', fraction = '', zone = 'Z'] =
    match;
  const zoneMatch = zone.match(/^([+-])(\d{2}):?(\d{2})$/);
  const offset = zoneMatch ? offsetOf(zoneMatch[1], zoneMatch[2], zoneMatch[3]) : 0;
  const date = utc(+year, +month, +day, +hours, +minutes, +seconds, offset);
  return date && new Date(date.getTime() + Math.round(Number(`0.${fraction || 0}`) * 1000));
}

/** `DD.MM.YYYY` with an optional `HH:MM[:SS]`, as Russian sites write dates. */
function parseDotted(text: string): Date | undefined {
  const match = text.match(
    /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  );
  if (!match) return undefined;
  const [, day, month, year, hours = '0', minutes = '0', seconds = '0'] = match;
  return utc(+year, +month, +day, +hours, +minutes, +seconds);
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const zoneOffsets: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  MSK: 180,
};

/** RFC 822 / 2822 as in RSS `pubDate`: `Tue, 25 Nov 2025 10:00:00 +0300`. */
function parseRfc822(text: string): Date | undefined {
  const match = text.match(
    /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?$/i,
  );
  if (!match) return undefined;
  const [, day, monthName, yearText, hours, minutes, seconds = '0', zone = 'GMT'] = match;
  const month = months.indexOf(monthName.toLowerCase()) + 1;
  const year =
    yearText.length === 2
      ? (Number(yearText) < 50 ? 2000 : 1900) + Number(yearText)
      : Number(yearText);
  const numeric = zone.match(/^([+-])(\d{2})(\d{2})$/);
  const offset = numeric
    ? offsetOf(numeric[1], numeric[2], numeric[3])
    : zoneOffsets[zone.toUpperCase()];
  if (month === 0 || offset === undefined) return undefined;
  return utc(year, month, +day, +hours, +minutes, +seconds, offset);
}
