import { firstWords } from '../../../../src/data/feed/text.js';

/** A social post's title: long enough to tell posts apart in a list, short enough for one line. */
const maxTitleLength = 90;

const hashtag = /#([\p{L}\p{N}_]+)(?:@[\w.]+)?/gu;
const link = /\bhttps?:\/\/\S+/gi;
const sentenceEnd = /[.!?…](?=\s|$)/u;

/** Hashtags of a post as tags, without `#` and without VK's `@community` suffix, each once. */
export function hashtagsOf(text: string): string[] {
  return [...new Set([...text.matchAll(hashtag)].map((match) => match[1]))];
}

/**
 * The first sentence of a post as its title, for posts have no title of their own. Lines that
 * are only hashtags are left out (they are the tags), a hashtag inside a sentence keeps its word,
 * links are left out (a post that is only a link has no title of its own: its link preview's
 * title serves), and the sentence is cut at a word boundary with an ellipsis past 90 characters.
 * A final full stop is dropped, as titles have none.
 */
export function titleFromText(text: string): string | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line.replace(hashtag, '').trim());
  const first = lines[0];
  if (!first) return undefined;
  const line = first.replace(link, ' ').replace(/\s+/g, ' ').trim().replace(hashtag, '$1');
  if (!/[\p{L}\p{N}]/u.test(line)) return undefined;
  const end = line.search(sentenceEnd);
  const sentence = end === -1 ? line : line.slice(0, end + 1);
  return firstWords(sentence.replace(/(?<!\.)\.$/, '').trim(), maxTitleLength);
}

/**
 * Words the proxy writes itself, where a post has no text to make a title from. The proxy does not
 * know the reader's language; VK and Telegram posts of Russian libraries are Russian, so these are.
 */
export const postWords = {
  photo: 'Фотография',
  post: 'Запись',
  repostOf: (author: string) => `Репост: ${author}`,
  forwardedFrom: (author: string) => `Переслано из: ${author}`,
};
