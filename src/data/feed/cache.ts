/** The part of `localStorage` the cache uses, so tests and the server can pass their own. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A response as the cache keeps it: plain data, so it survives `localStorage`. */
export interface CachedResponse {
  body: string;
  /** Response headers by lower-case name. */
  headers: Record<string, string>;
  /** The final URL after redirects. */
  url: string;
  /** When the response was fetched or last confirmed unchanged (304), in ms since 1970. */
  savedAt: number;
}

const keyPrefix = 'biblio-feed:';
const indexKey = 'biblio-feed-index';

/** Half of a typical 5 MB `localStorage` quota is too much for feeds; this leaves room for the site. */
export const defaultStorageLimit = 1_000_000;

/** The page's memory cache by requested URL, shared by every element so a second list paints at once. */
const memory = new Map<string, CachedResponse>();
/** Enough for every feed on a page and a long walk through an archive's pages. */
const memoryEntries = 100;

function remember(url: string, response: CachedResponse): void {
  memory.delete(url);
  memory.set(url, response);
  if (memory.size > memoryEntries) memory.delete(memory.keys().next().value!);
}

interface IndexEntry {
  url: string;
  size: number;
  savedAt: number;
}

function readIndex(storage: StorageLike): IndexEntry[] {
  try {
    const index: unknown = JSON.parse(storage.getItem(indexKey) ?? '[]');
    return Array.isArray(index) ? (index as IndexEntry[]) : [];
  } catch {
    return [];
  }
}

function isCachedResponse(value: unknown): value is CachedResponse {
  const record = value as CachedResponse | null;
  return (
    typeof record?.body === 'string' &&
    typeof record.url === 'string' &&
    typeof record.savedAt === 'number'
  );
}

export function readCachedResponse(url: string, storage?: StorageLike): CachedResponse | undefined {
  const remembered = memory.get(url);
  if (remembered || !storage) return remembered;
  try {
    const stored: unknown = JSON.parse(storage.getItem(keyPrefix + url) ?? 'null');
    if (!isCachedResponse(stored)) return undefined;
    remember(url, stored);
    return stored;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a response in memory and, when given storage, there too: oldest entries are evicted
 * to stay under `limit` characters, and a full or refusing storage is simply not used.
 */
export function saveCachedResponse(
  url: string,
  response: CachedResponse,
  storage?: StorageLike,
  limit = defaultStorageLimit,
): void {
  remember(url, response);
  if (!storage) return;
  const value = JSON.stringify(response);
  const key = keyPrefix + url;
  try {
    const index = readIndex(storage).filter((entry) => entry.url !== url);
    if (value.length > limit) {
      storage.removeItem(key);
    } else {
      index.push({ url, size: value.length, savedAt: response.savedAt });
      index.sort((a, b) => b.savedAt - a.savedAt);
      let used = 0;
      const kept = index.filter((entry) => (used += entry.size) <= limit);
      for (const entry of index.filter((entry) => !kept.includes(entry))) {
        storage.removeItem(keyPrefix + entry.url);
      }
      storage.setItem(key, value);
      storage.setItem(indexKey, JSON.stringify(kept));
      return;
    }
    storage.setItem(indexKey, JSON.stringify(index));
  } catch {
    // Quota exceeded or storage disabled (Safari private mode): the memory copy is enough.
  }
}

/**
 * Forgets one response, in memory and in storage: a body that could not be read (cut short,
 * empty) must not be served again from the cache when the reader presses Retry.
 */
export function forgetCachedResponse(url: string, storage?: StorageLike): void {
  memory.delete(url);
  if (!storage) return;
  try {
    storage.removeItem(keyPrefix + url);
    storage.setItem(
      indexKey,
      JSON.stringify(readIndex(storage).filter((entry) => entry.url !== url)),
    );
  } catch {
    // Storage disabled: there is nothing stored to forget.
  }
}

/** Forgets every remembered response in memory, so the next load goes to the network. */
export function clearMemoryCache(): void {
  memory.clear();
}
