import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fixtureUrl } from './support/story-network.js';

type Args = { target: 'widgets' | 'page'; open: boolean };

const meta: Meta<Args> = {
  title: 'Elements/biblio-vision-panel',
  component: 'biblio-vision-panel',
  args: { target: 'widgets', open: true },
  argTypes: { target: { control: 'inline-radio', options: ['widgets', 'page'] } },
  render: ({ target, open }) =>
    html`<biblio-vision-panel target=${target} ?open=${open}></biblio-vision-panel>
      <biblio-partners src=${fixtureUrl('partners.json')} layout="grid"></biblio-partners>`,
  parameters: {
    docs: {
      description: {
        component: `Put it once at the top of every page. Settings persist and restyle every biblio element:

\`\`\`html
<biblio-vision-panel target="page"></biblio-vision-panel>
\`\`\`

With \`target="page"\` the site's CSS can follow, e.g.
\`html[data-biblio-scheme="white-on-black"] body { background: #000; color: #fff; }\`
The page's root text size follows the panel, so text sized in \`rem\` or \`em\` grows with it.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Open: Story = {};

export const Closed: Story = { args: { open: false } };

export const Phone320: Story = {
  decorators: [
    (story) => html`<div style="width: 320px; outline: 1px dashed #888">${story()}</div>`,
  ],
};
