import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { BiblioViewCounter } from '../src/components/view-counter/view-counter.js';
import { storyViewsApi } from './support/story-views.js';

type Args = Pick<BiblioViewCounter, 'variant' | 'notation' | 'register'> & {
  count?: number;
  api?: string;
  itemId?: string;
  fallback?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/biblio-view-counter',
  component: 'biblio-view-counter',
  args: { variant: 'label', notation: 'standard', register: false, count: 225 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['label', 'plural'] },
    notation: { control: 'inline-radio', options: ['standard', 'compact'] },
  },
  render: ({ count, api, itemId, register, variant, notation, fallback }) =>
    html`<biblio-view-counter
      count=${count ?? nothing}
      api=${api ?? nothing}
      item-id=${itemId ?? nothing}
      ?register=${register}
      variant=${variant}
      notation=${notation}
      >${fallback ?? nothing}</biblio-view-counter
    >`,
  parameters: {
    docs: {
      description: {
        component: `Usage:

\`\`\`html
<!-- the count the page already knows -->
<biblio-view-counter count="225" variant="label"></biblio-view-counter>

<!-- from the views server, registering this reader's view once per session -->
<biblio-view-counter api="/api" item-id="news-225" register>Просмотров: 225</biblio-view-counter>
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** "Просмотров: 225" / "Views: 225", as the seed page writes it. */
export const Label: Story = {};

/** CLDR plural forms: "225 просмотров", "1 просмотр", "22 просмотра". */
export const Plural: Story = {
  render: () =>
    html`<ul>
      ${[0, 1, 2, 5, 11, 21, 22, 111].map(
        (count) => html`<li><biblio-view-counter count=${count}></biblio-view-counter></li>`,
      )}
    </ul>`,
};

/** "12 тыс. просмотров" on screen, the full number for screen readers. */
export const Compact: Story = { args: { count: 12345, notation: 'compact', variant: 'plural' } };

/** From the views server, registering the view once per session when it is seen. */
export const FromServerAndRegistering: Story = {
  args: { count: undefined, api: storyViewsApi(225), itemId: 'news-225', register: true },
};

/** Until the server answers, the text the page wrote stays. */
export const WaitingForServer: Story = {
  args: {
    count: undefined,
    api: 'story-network:pending',
    itemId: 'news-225',
    fallback: 'Просмотров: 225',
  },
};

/** A failed request keeps the last known count; there is no error box. */
export const ServerDown: Story = {
  args: { count: 225, api: storyViewsApi('fail'), itemId: 'news-225' },
};

export const DarkEnglish: Story = {
  args: { count: 1042, variant: 'plural' },
  globals: { language: 'en', scheme: 'dark' },
};
