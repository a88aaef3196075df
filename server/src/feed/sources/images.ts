import type { NewsImage } from '../../../../src/data/model.js';

/** Wide enough for a news card on a high-density screen; wider costs the reader for nothing. */
const maxImageWidth = 1280;

/** The widest size that is no wider than a card needs, else the narrowest there is. */
export function largestFitting(sizes: NewsImage[]): NewsImage | undefined {
  const byWidth = [...sizes].sort((a, b) => (a.width ?? 0) - (b.width ?? 0));
  return byWidth.filter((size) => (size.width ?? 0) <= maxImageWidth).at(-1) ?? byWidth[0];
}
