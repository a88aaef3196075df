import type { BiblioNewsList } from '../../src/components/news-list/news-list.js';

/** What a reader of a <biblio-news-list> sees, read from its shadow root. */
export const shadow = (el: BiblioNewsList) => el.shadowRoot!;

export const all = (el: BiblioNewsList, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];

export const titles = (el: BiblioNewsList) =>
  all(el, '[part="title"]').map((title) => title.textContent!.trim());

/** The first visible element with this part (optional pieces are rendered `hidden` when absent). */
export const part = (el: BiblioNewsList, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]:not([hidden])`);

/** The last polite announcement to screen readers. */
export const announced = (el: BiblioNewsList) =>
  shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
