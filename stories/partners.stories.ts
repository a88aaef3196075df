import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { BiblioPartners } from '../src/components/partners/partners.js';
import { fixtureUrl } from './support/story-network.js';

type Args = Pick<BiblioPartners, 'layout' | 'label' | 'headingLevel'> & { src?: string };

const meta: Meta<Args> = {
  title: 'Elements/biblio-partners',
  component: 'biblio-partners',
  args: { layout: 'grid', headingLevel: 3 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list', 'inline'] },
  },
  render: ({ src, layout, label, headingLevel }) =>
    html`<biblio-partners
      src=${src ?? nothing}
      layout=${layout}
      label=${label ?? nothing}
      heading-level=${headingLevel}
    ></biblio-partners>`,
  parameters: {
    docs: {
      description: {
        component: `Usage:

\`\`\`html
<biblio-partners src="/partners.json" layout="grid"></biblio-partners>
\`\`\``,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const LogoGrid: Story = { args: { src: fixtureUrl('partners.json') } };

export const PlainList: Story = { args: { src: fixtureUrl('partners.json'), layout: 'list' } };

export const InlineRow: Story = { args: { src: fixtureUrl('partners.json'), layout: 'inline' } };

/** The links written in the page are what shows before the script runs, and stay usable. */
export const EnhancedLinks: Story = {
  render: ({ layout }) =>
    html`<biblio-partners layout=${layout}>
      <a href="https://culture.example/">Министерство культуры</a>
      <a href="https://portal.example/">Портал «Культура региона»</a>
      <div data-group="Театры">
        <a href="https://opera.example/">Театр оперы и балета</a>
        <a href="https://drama.example/">Музыкально-драматический театр</a>
      </div>
    </biblio-partners>`,
  args: { layout: 'list' },
};

export const Loading: Story = { args: { src: 'story-network:pending' } };

export const Empty: Story = { args: { src: fixtureUrl('empty-list.json') } };

export const ServerError: Story = { args: { src: 'story-network:status/503' } };

export const Phone320: Story = {
  args: { src: fixtureUrl('partners.json') },
  decorators: [
    (story) => html`<div style="width: 320px; outline: 1px dashed #888">${story()}</div>`,
  ],
};
