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

export interface PostText {
  title?: string;
  /** What follows the title, so that a list does not show the first sentence twice. */
  summary?: string;
}

/**
 * The first sentence of a post as its title, for posts have no title of their own, and the rest
 * as its summary. Lines that are only hashtags are left out of both (they are the tags), a hashtag
 * inside a sentence keeps its word, links are left out of the title (a post that is only a link
 * has no title of its own: its link preview's title serves), and the sentence is cut at a word
 * boundary with an ellipsis past 90 characters; then the summary is the whole text. A final full
 * stop is dropped, as titles have none.
 */
export function readPostText(text: string): PostText {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line.replace(hashtag, '').trim());
  const whole = lines.join(' ') || undefined;
  const first = lines[0];
  if (!first) return {};
  const end = first.search(sentenceEnd);
  const sentence = end === -1 ? first : first.slice(0, end + 1);
  const words = sentence.replace(link, ' ').replace(/\s+/g, ' ').trim().replace(hashtag, '$1');
  if (!/[\p{L}\p{N}]/u.test(words)) return { summary: whole };
  const title = firstWords(words.replace(/(?<!\.)\.$/, '').trim(), maxTitleLength);
  const rest = [first.slice(sentence.length), ...lines.slice(1)].join(' ').trim();
  const summary = title.endsWith('…') ? whole : rest;
  return summary ? { title, summary } : { title };
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
