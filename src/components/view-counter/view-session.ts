/**
 * What this browser session knows about an item's views: whether it already registered a view
 * and the last count it saw. Kept in sessionStorage so a reload neither counts the reader twice
 * nor loses the number when the server is down; an in-memory copy covers pages where storage
 * is blocked (sandboxed iframes, some privacy modes), so the element still never double-counts
 * within the page.
 */
interface ViewRecord {
  registered?: boolean;
  views?: number;
}

const prefix = 'biblio-widgets:views:';
const memory = new Map<string, ViewRecord>();

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): ViewRecord {
  try {
    const stored = storage()?.getItem(prefix + key);
    if (stored) return JSON.parse(stored) as ViewRecord;
  } catch {
    // Unreadable or foreign data: fall back to what this page saw.
  }
  return memory.get(key) ?? {};
}

function write(key: string, change: ViewRecord): void {
  const record = { ...read(key), ...change };
  memory.set(key, record);
  try {
    storage()?.setItem(prefix + key, JSON.stringify(record));
  } catch {
    // Storage full or blocked: the in-memory copy still holds for this page.
  }
}

/** `key` identifies one item on one views server: `{api}|{itemId}`. */
export const viewSession = {
  hasRegistered: (key: string) => read(key).registered === true,
  markRegistered: (key: string) => write(key, { registered: true }),
  lastViews: (key: string) => read(key).views,
  rememberViews: (key: string, views: number) => write(key, { views }),
};
