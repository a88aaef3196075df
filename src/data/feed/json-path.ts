/**
 * The value at a dot path such as `data.news` or `links.0.href` (numbers index arrays), or
 * `undefined` when any step is missing. A key that itself contains dots is matched whole first.
 */
export function valueAt(value: unknown, path: string): unknown {
  if (path === '') return value;
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (path in record) return record[path];
  const dot = path.indexOf('.');
  if (dot === -1) return undefined;
  return valueAt(record[path.slice(0, dot)], path.slice(dot + 1));
}

/** True for a value a field can use: not missing, null or an empty string. */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** The first present value among several paths. */
export function firstValueAt(value: unknown, paths: readonly string[]): unknown {
  for (const path of paths) {
    const found = valueAt(value, path);
    if (isPresent(found)) return found;
  }
  return undefined;
}
