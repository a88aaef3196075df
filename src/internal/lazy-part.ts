/** Runs `task` when the page is idle, so a preloaded chunk never competes with first paint. */
function whenIdle(task: () => void) {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(task);
  else setTimeout(task);
}

/**
 * A part of an element fetched apart from it, as its own chunk: what first paint does not need
 * (the comment box's sending, the low-vision settings, an article's share links and view
 * counter). It is fetched once, when the page is idle or when first needed, whichever comes
 * first. A failed fetch (offline) is forgotten, so the next need fetches it again; the idle-time
 * fetch is tried only once.
 *
 * This is how every element loads code lazily: it keeps the part so a render can use it at
 * once (`value`), and each element says in its own way what a failed fetch means. The data
 * layer has its own, `loadChunk` (src/data/feed/adapters/chunk.ts), which knows no page.
 */
export class LazyPart<Part> {
  /** The part, once it has loaded. */
  value?: Part;
  private loading?: Promise<Part>;
  private preloaded = false;

  constructor(private readonly load: () => Promise<Part>) {}

  /** The part: at once if it is here, else once it has loaded. */
  get(): Promise<Part> {
    this.loading ??= this.load().then(
      (part) => (this.value = part),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** The fetch under way or done, if one was started: for work that waits for it, never starts it. */
  get requested(): Promise<Part> | undefined {
    return this.loading;
  }

  /** Fetches the part when the page is next idle, so it is here when the reader needs it. */
  preloadWhenIdle(): void {
    if (this.preloaded) return;
    this.preloaded = true;
    whenIdle(() => void this.get().catch(() => undefined));
  }
}
