import type { Adapter } from './adapter.js';
import { jsonFeedAdapter } from './jsonfeed.js';
import { wordpressAdapter } from './wordpress.js';

/** In detection order: the most specific shapes first, the guessing ones last. */
export const adapters: readonly Adapter[] = [jsonFeedAdapter, wordpressAdapter];
