import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { BiblioNewsList } from '../src/components/news-list/news-list.js';
import type { NewsItem } from '../src/data/model.js';
import { makeNewsItems } from '../test/fixtures/news-items.js';
import { fixtureUrl } from './support/story-network.js';

type Args = Pick<
  BiblioNewsList,
  'layout' | 'paging' | 'show' | 'pageSize' | 'search' | 'excerptLength' | 'refresh'
> & {
  src?: string;
  tag?: string;
  archiveHref?: string;
  articleHref?: string;
  items?: NewsItem[];
};

const meta: Meta<Args> = {
  title: 'Elements/biblio-news-list',
  component: 'biblio-news-list',
  args: {
    src: fixtureUrl('news.json'),
    layout: 'list',
    paging: 'auto',
    show: 'date,image,summary,tags',
    pageSize: 5,
    search: false,
    excerptLength: 200,
    refresh: 0,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    paging: { control: 'inline-radio', options: ['auto', 'more', 'pages', 'both', 'none'] },
    items: { control: false },
  },
  render: (args) =>
    html`<biblio-news-list
      src=${args.items ? nothing : (args.src ?? nothing)}
      .items=${args.items}
      layout=${args.layout}
      paging=${args.paging}
      show=${args.show}
      page-size=${args.pageSize}
      ?search=${args.search}
      tag=${args.tag ?? nothing}
      excerpt-length=${args.excerptLength}
      refresh=${args.refresh}
      archive-href=${args.archiveHref ?? nothing}
      article-href=${args.articleHref ?? nothing}
    ></biblio-news-list>`,
  parameters: {
    docs: {
      description: {
        component: `Usage:

\`\`\`html
<biblio-news-list src="/wp-json/wp/v2/posts?_embed&per_page=10" search archive-href="/news/">
</biblio-news-list>
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = { args: { archiveHref: '/news/' } };

export const Grid: Story = { args: { layout: 'grid', pageSize: 6 } };

/** Titles and dates only, for a sidebar. */
export const Compact: Story = {
  args: { layout: 'compact', archiveHref: '/news/' },
  decorators: [(story) => html`<aside style="max-width: 18rem">${story()}</aside>`],
};

export const WithSearch: Story = { args: { search: true } };

export const FilteredByTag: Story = { args: { tag: 'События' } };

export const ViewsAndComments: Story = {
  args: {
    show: 'date,summary,views,comments',
    items: makeNewsItems(5).map((item, index) => ({
      ...item,
      views: [225, 21, 3, 1, 1042][index],
      commentCount: [0, 1, 4, 11, 22][index],
    })),
  },
};

/** Items whose link should open in place: the page cancels `biblio-item-select`. */
export const OpenInPlace: Story = {
  args: { articleHref: '/news/{id}' },
  render: (args, context) =>
    html`<div
      @biblio-item-select=${(event: CustomEvent<{ item: NewsItem }>) => {
        event.preventDefault();
        const output = (event.currentTarget as HTMLElement).querySelector('output')!;
        output.textContent = `Selected: ${event.detail.item.title}`;
      }}
    >
      ${meta.render!(args, context)}
      <output></output>
    </div>`,
};

export const Loading: Story = { args: { src: 'story-network:pending' } };

export const Empty: Story = { args: { src: fixtureUrl('empty-list.json') } };

export const ServerError: Story = { args: { src: 'story-network:status/503' } };

/** Script in titles, `javascript:` links and images, a broken picture, an unbreakable word. */
export const HostileFeed: Story = { args: { src: fixtureUrl('news-hostile.json'), pageSize: 10 } };

let archive: NewsItem[] | undefined;

/** 10,000 items generated in the story: one page is rendered, the pager jumps anywhere. */
export const TenThousandItems: Story = {
  args: { pageSize: 20, search: true },
  render: (args, context) =>
    meta.render!({ ...args, items: (archive ??= makeNewsItems(10_000)) }, context),
};

/** Refreshes every 30 seconds, with the pause button. */
export const Refreshing: Story = { args: { refresh: 30 } };

export const Phone320: Story = {
  args: { search: true, archiveHref: '/news/' },
  decorators: [
    (story) => html`<div style="width: 320px; outline: 1px dashed #888">${story()}</div>`,
  ],
};

export const Text200Percent: Story = {
  args: { layout: 'grid', search: true },
  decorators: [
    (story) =>
      html`<div style="width: 320px; font-size: 200%; outline: 1px dashed #888">${story()}</div>`,
  ],
};
