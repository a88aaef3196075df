import type { FeedReader } from './adapter.js';
import { rootName } from './xml.js';
import { readAtom } from './xml-atom.js';
import { readRss } from './xml-rss.js';

/** Reads RSS items and Atom entries, with their Dublin Core, media, iTunes and Yandex extensions. */
export const xmlReader: FeedReader = {
  toFeedPage(source) {
    const xml = source.xml!;
    const root = xml.documentElement!;
    return rootName(xml) === 'feed' ? readAtom(source, root) : readRss(source, root);
  },
};
