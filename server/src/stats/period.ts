import { ApiError } from '../http/api-error.js';

/** How views are summed: per UTC day, month or year, the days being those of view_days. */
export type Grouping = 'day' | 'month' | 'year';
export const groupings: readonly Grouping[] = ['day', 'month', 'year'];

/** A day as view_days stores it: UTC, `YYYY-MM-DD`. */
export type Day = string;

/** Days in a range; each period is named by its key: `2026-03-01`, `2026-03` or `2026`. */
export interface DayRange {
  from: Day;
  to: Day;
}

/** How many leading characters of a day name its period: the key stats group by. */
export const periodKeyLength: Record<Grouping, number> = { day: 10, month: 7, year: 4 };

/** One answer holds at most this many periods: some 2.7 years of days, any span of months. */
export const maxPeriods = 1000;

const dayMs = 86_400_000;
const toDay = (date: Date): Day => date.toISOString().slice(0, 10);
const dateOf = (day: Day) => new Date(`${day}T00:00:00Z`);
const addDays = (day: Day, days: number) => toDay(new Date(dateOf(day).getTime() + days * dayMs));
const lastDayOfMonth = (year: number, month: number) => toDay(new Date(Date.UTC(year, month, 0)));

/**
 * A `from` or `to` parameter: a day, or a whole month or year (`2026-03`, `2026`), which
 * stands for its first day as `from` and its last as `to`, so `from=2026-01&to=2026-03` is a
 * quarter.
 */
function parseBound(value: string, name: 'from' | 'to'): Day {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const [year, month, day] = (match?.slice(1) ?? []).map((part) =>
    part === undefined ? undefined : Number(part),
  );
  const invalid = () =>
    new ApiError(
      400,
      'invalid_parameter',
      `${name} must be a date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY, from 1970 on`,
    );
  if (year === undefined || year < 1970) throw invalid();
  if (month === undefined) return name === 'from' ? `${year}-01-01` : `${year}-12-31`;
  if (month < 1 || month > 12) throw invalid();
  const monthStart = `${match![1]}-${match![2]}-01`;
  if (day === undefined) return name === 'from' ? monthStart : lastDayOfMonth(year, month);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  if (day < 1 || toDay(new Date(Date.UTC(year, month - 1, day))) !== value) throw invalid();
  return value;
}

/** The first day of the period `day` falls in. */
const periodStart = (day: Day, grouping: Grouping): Day =>
  grouping === 'day'
    ? day
    : grouping === 'month'
      ? `${day.slice(0, 7)}-01`
      : `${day.slice(0, 4)}-01-01`;

/** The last day of the period `day` falls in. */
function periodEnd(day: Day, grouping: Grouping): Day {
  const year = Number(day.slice(0, 4));
  if (grouping === 'day') return day;
  if (grouping === 'year') return `${year}-12-31`;
  return lastDayOfMonth(year, Number(day.slice(5, 7)));
}

/** How many periods a range covers, counted without listing them (a wild range is refused). */
function periodCount({ from, to }: DayRange, grouping: Grouping): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (grouping === 'year') return years + 1;
  if (grouping === 'month')
    return years * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  return (dateOf(to).getTime() - dateOf(from).getTime()) / dayMs + 1;
}

/** The periods a range covers, in order, by key. */
export function periodKeys({ from, to }: DayRange, grouping: Grouping): string[] {
  const keys: string[] = [];
  for (let day = from; day <= to; day = addDays(periodEnd(day, grouping), 1))
    keys.push(day.slice(0, periodKeyLength[grouping]));
  return keys;
}

/** First and last day of the period a key names. */
export function periodBounds(key: string, grouping: Grouping): DayRange {
  // `2026` and `2026-03` become their first day; a day's key is the day already.
  const from = `${key}-01-01`.slice(0, 10);
  return { from, to: periodEnd(from, grouping) };
}

/** The default span ending today: 30 days, 12 months or 5 years. */
function defaultFrom(to: Day, grouping: Grouping): Day {
  if (grouping === 'day') return addDays(to, -29);
  const year = Number(to.slice(0, 4));
  if (grouping === 'year') return `${year - 4}-01-01`;
  const month = Number(to.slice(5, 7));
  return toDay(new Date(Date.UTC(year, month - 12, 1)));
}

/**
 * The range a request asks for, widened to whole periods: a month's total is never the total
 * of part of it without saying so.
 */
export function parseRange(
  query: { from?: string | undefined; to?: string | undefined },
  grouping: Grouping,
  today: Date,
): DayRange {
  const to = periodEnd(query.to ? parseBound(query.to, 'to') : toDay(today), grouping);
  const from = periodStart(
    query.from ? parseBound(query.from, 'from') : defaultFrom(to, grouping),
    grouping,
  );
  if (from > to) throw new ApiError(400, 'invalid_range', `from (${from}) is after to (${to})`);
  const count = periodCount({ from, to }, grouping);
  if (count > maxPeriods) {
    throw new ApiError(
      400,
      'range_too_long',
      `${from}..${to} has ${count} ${grouping}s; one answer holds at most ${maxPeriods}: group by a longer period`,
    );
  }
  return { from, to };
}
