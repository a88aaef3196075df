import { FeedError } from '../errors.js';

/**
 * Loads a lazy chunk (a format's reader, the `map` reader). A chunk that cannot be fetched
 * (offline after the page loaded, a CDN hiccup) is a network error, so Retry applies; no promise
 * is kept, so Retry imports again (browsers no longer remember a failed module fetch).
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
