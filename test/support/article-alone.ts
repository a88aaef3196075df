import type { NewsItem } from '../../src/data/model.js';
import { BiblioArticle } from '../../src/components/article/article.js';

/**
 * For the tests of the article's lazy chunks: the article registered alone, as
 * src/define/article.ts registers it, so it has to load `<biblio-view-counter>` itself.
 */
BiblioArticle.define();

export const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const poetryEvening: NewsItem = {
  id: 'news-225',
  url: 'https://library.example/news/225',
  title: 'Вечер поэзии в читальном зале',
  tags: [],
};
