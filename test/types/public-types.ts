/**
 * The types the docs name for properties and event details are importable from the package
 * root, and are the ones the elements use. Checked by `npm run typecheck`; nothing runs.
 */
import type {
  BiblioArticle,
  BiblioNewsList,
  BiblioPartners,
  FeedFormat,
  FeedFormatOption,
  FeedMap,
  FeedPage,
  ItemSelectEventDetail,
  NewsImage,
  NewsItem,
  Partner,
} from '../../src/index.js';

const image: NewsImage = { url: 'https://library.example/reading-room.jpg', alt: 'Читальный зал' };
const item: NewsItem = { id: '1', title: 'Читальный зал открыт', tags: [], image };
const page: FeedPage = { items: [item], total: 1 };
const map: FeedMap = { items: 'data.news', title: 'headline' };
const format: FeedFormat = 'rss';
const formatOption: FeedFormatOption = 'auto';
const partner: Partner = { name: 'Министерство культуры', url: 'https://culture.example/' };

export const assignments = {
  newsListItems: (list: BiblioNewsList) => (list.items = page.items),
  articleItem: (article: BiblioArticle) => (article.item = item),
  articleFormat: (article: BiblioArticle) => (article.format = formatOption),
  partners: (footer: BiblioPartners) => (footer.partners = [partner]),
  selectedItem: (detail: ItemSelectEventDetail): NewsItem => detail.item,
  feedMap: () => JSON.stringify(map),
  feedFormat: (): FeedFormatOption => format,
};
