/**
 * The page's `localStorage`, or nothing: sandboxed frames and some privacy modes throw on merely
 * reading it, and a widget must then work without saving, not fail.
 */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
