import { useState } from 'react';
import type { NewsItem } from 'biblio-widgets';
// One element per import: the page carries only the elements it shows.
import 'biblio-widgets/define/news-list.js';
import 'biblio-widgets/define/article.js';
import 'biblio-widgets/define/partners.js';
import { news, partners } from '../../data/library';

type Language = 'ru' | 'en';

export function App() {
  const [lang, setLang] = useState<Language>('ru');
  const [article, setArticle] = useState<NewsItem>(news[0]);
  const [opened, setOpened] = useState<string>();

  // React 19 sets `items`, `item` and `partners` as properties and adds `onbiblio-…` as listeners.
  // The JSX types give the listener a plain Event; the package declares the detail's type on
  // HTMLElementEventMap.
  function openInPlace(event: Event) {
    event.preventDefault();
    const { item } = (event as HTMLElementEventMap['biblio-item-select']).detail;
    setArticle(item);
    setOpened(item.title);
  }

  return (
    <main lang={lang}>
      <button type="button" onClick={() => setLang(lang === 'ru' ? 'en' : 'ru')}>
        {lang === 'ru' ? 'English' : 'Русский'}
      </button>
      <biblio-news-list items={news} layout="compact" onbiblio-item-select={openInPlace} />
      <p role="status">{opened && `biblio-item-select: ${opened}, opened in place`}</p>
      <biblio-article item={article} archive-href="/news/" heading-level={1} />
      <biblio-partners partners={partners} layout="list" />
    </main>
  );
}
