/**
 * Dates as the exports write them. WordPress writes `2014-01-14 17:31:03` (its `_gmt` fields
 * in UTC) and RFC 2822 in `pubDate`; Disqus writes ISO 8601. Our comments keep ISO 8601 in UTC.
 */

const dateTime =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * ISO 8601 in UTC from either form; a time without a zone is UTC. Undefined for anything
 * else, and for WordPress's `0000-00-00 00:00:00` ("never"), rather than a made-up date.
 */
export function parseExportDate(value: string | undefined): string | undefined {
  const match = dateTime.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
  const date = new Date(utc);
  // Date.UTC rolls 2014-02-30 over into March: a field out of range is no date.
  if (date.getUTCMonth() !== fields[1] - 1 || date.getUTCDate() !== fields[2] || fields[0] < 1)
    return undefined;
  if (fields[3] > 23 || fields[4] > 59 || fields[5] > 59) return undefined;
  const offsetMinutes =
    zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const milliseconds = fraction ? Math.round(Number(fraction) * 1000) : 0;
  return new Date(utc - offsetMinutes * 60_000 + milliseconds).toISOString();
}

const pad = (value: number) => String(value).padStart(2, '0');

/** WordPress's `Y-m-d H:i:s`, in UTC. */
export function wordpressDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** RFC 2822 as WordPress writes `pubDate`: `Tue, 14 Jan 2014 17:31:03 +0000`. */
export function rfc2822Date(iso: string): string {
  return new Date(iso).toUTCString().replace(/GMT$/, '+0000');
}
