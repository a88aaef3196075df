import { FeedError } from '../../errors.js';

/**
 * Loads a lazy chunk (a format's reader, the `map` reader). A chunk that cannot be fetched
 * (offline after the page loaded, a CDN hiccup) is a network error, so Retry applies. No promise
 * is kept, so Retry imports again, and browsers that follow whatwg/html#10327 (Chromium 156 does)
 * fetch the module again instead of repeating the old failure.
 *
 * The data layer's one way to load code lazily, apart from the elements' LazyPart
 * (src/internal/lazy-part.ts): src/data knows no page, elements or Lit, and runs in Node too
 * (the reference server reads feeds with it), so it cannot wait for an idle page or keep a part
 * for a render; what it owes its caller is a FeedError that the element's Retry understands.
 */
export async function loadChunk<Chunk>(load: () => Promise<Chunk>): Promise<Chunk> {
  try {
    return await load();
  } catch (error) {
    throw new FeedError('network', `Could not load a feed reader: ${String(error)}`, {
      cause: error,
    });
  }
}
