import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fixtureUrl } from './support/story-network.js';

/**
 * What the Theming guide shows live: one library's own colours and shapes, set once around the
 * elements with --biblio-* properties and ::part(), reaching every element.
 */
const meta: Meta = {
  title: 'Guides/Theming examples',
  tags: ['!autodocs'],
};
export default meta;

const libraryTheme = html`<style>
  .library-theme {
    display: grid;
    gap: 1.5rem;
    --biblio-accent: light-dark(#0b5d3b, #7fd4a8);
    --biblio-focus-color: light-dark(#0b5d3b, #7fd4a8);
    --biblio-border: light-dark(#9bbfae, #3d5a4c);
    --biblio-surface: light-dark(#f3f8f5, #16241d);
    --biblio-radius: 0;
    --biblio-font-family: Georgia, 'Times New Roman', serif;
  }
  .library-theme biblio-news-list::part(title) {
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
</style>`;

export const LibraryColours: StoryObj = {
  render: () =>
    html`${libraryTheme}
      <div class="library-theme">
        <biblio-news-list
          src=${fixtureUrl('news.json')}
          page-size="2"
          layout="grid"
        ></biblio-news-list>
        <biblio-view-counter count="225" variant="label"></biblio-view-counter>
        <biblio-partners src=${fixtureUrl('partners.json')} layout="inline"></biblio-partners>
      </div>`,
};

export const DarkByAttribute: StoryObj = {
  render: () =>
    html`<div theme="dark" style="background: #15161b; padding: 1rem">
      <biblio-news-list
        src=${fixtureUrl('news.json')}
        page-size="2"
        layout="compact"
      ></biblio-news-list>
      <biblio-partners src=${fixtureUrl('partners.json')} layout="list"></biblio-partners>
    </div>`,
};
