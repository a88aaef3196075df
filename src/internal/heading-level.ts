/**
 * A `heading-level` attribute as an ARIA level: a whole number from 1 to 6, or the element's
 * own default when the page gave something that is not a number.
 */
export function headingLevel(value: number, fallback: number): number {
  return Math.min(6, Math.max(1, Math.round(value) || fallback));
}
