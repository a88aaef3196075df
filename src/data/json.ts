/** A parsed JSON object, before anything is known of its fields. */
export type Json = Record<string, unknown>;

/** True for a JSON object: not null, not an array, which `typeof` alone lets through. */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
