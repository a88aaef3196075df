import type { Adapter } from './adapter.js';
import { arrayAdapter } from './array.js';
import { ghostAdapter } from './ghost.js';
import { jsonApiAdapter } from './jsonapi.js';
import { jsonFeedAdapter } from './jsonfeed.js';
import { rss2jsonAdapter } from './rss2json.js';
import { wordpressAdapter } from './wordpress.js';
import { xmlAdapter } from './xml.js';

/** In detection order: the most specific shapes first, the guessing one last. */
export const adapters: readonly Adapter[] = [
  jsonFeedAdapter,
  wordpressAdapter,
  jsonApiAdapter,
  ghostAdapter,
  rss2jsonAdapter,
  xmlAdapter,
  arrayAdapter,
];
