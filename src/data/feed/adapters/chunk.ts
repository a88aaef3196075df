import { FeedError } from '../../errors.js';

/**
 * Loads a lazy chunk (a format's reader, the `map` reader). A chunk that cannot be fetched
 * (offline after the page loaded, a CDN hiccup) is a network error, so Retry applies. No promise
 * is kept, so Retry imports again, and browsers that follow whatwg/html#10327 (Chromium 156 does)
 * fetch the module again instead of repeating the old failure.
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
