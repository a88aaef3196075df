/** A query parameter of the source URL as a positive integer (a page number). */
export function pageNumber(url: string, parameter: string): number {
  const value = Number(new URL(url).searchParams.get(parameter) ?? 1);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** The source URL with one query parameter changed: the next page of a numbered feed. */
export function withParameter(url: string, parameter: string, value: string | number): string {
  const next = new URL(url);
  next.searchParams.set(parameter, String(value));
  return next.href;
}
