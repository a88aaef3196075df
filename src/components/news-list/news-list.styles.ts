import { css } from 'lit';

/**
 * Layouts are built with container queries, so the element adapts to the column it is placed in
 * (a sidebar, a phone, 200 % text) rather than to the window.
 */
export const newsListStyles = css`
  :host {
    --_gap: var(--biblio-news-list-gap, var(--_space));
    --_column: var(--biblio-news-list-column-width, 16rem);
    --_image-width: var(--biblio-news-list-image-width, 12rem);
    --_image-ratio: var(--biblio-news-list-image-ratio, 16 / 9);
    --_title-size: var(--biblio-news-list-title-size, 1.125em);
    container-type: inline-size;
  }
  section {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  .items,
  .tags,
  .pages {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .title,
  .meta,
  .summary,
  .tag-filter {
    margin: 0;
  }
  /* The feed's own text takes its own direction: Russian news on an Arabic page reads left to right. */
  .title,
  .summary {
    unicode-bidi: plaintext;
  }
  .meta,
  .tags,
  .pages,
  .toolbar,
  .tag-filter,
  .pagination {
    display: flex;
    flex-wrap: wrap;
  }
  .pages,
  .tag-filter,
  .pagination {
    align-items: center;
  }
  .items {
    display: grid;
    gap: var(--_gap);
  }
  .item {
    min-width: 0;
  }
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 0.35em;
  }
  .title {
    font-size: var(--_title-size);
    font-weight: 700;
    line-height: 1.3;
  }
  .title a,
  .archive {
    text-underline-offset: 0.15em;
  }
  .meta {
    gap: 0 1em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--_image-ratio);
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  /* Pieces an item lacks stay hidden even if the page styles their ::part with a display. */
  .card > [hidden],
  .meta > [hidden] {
    display: none !important;
  }
  .tags {
    gap: 0.4em;
  }
  /* A flex item no narrower than its longest word overflowed a 240 px column at 200 % text. */
  .tags li {
    min-width: 0;
  }
  .tags button {
    min-height: 2.25em;
    padding: 0.15em 0.7em;
    font-size: 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  /* list: the picture beside the text when there is room for both */
  :host(:not([layout='grid'], [layout='compact'])) .item + .item {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  @container (min-width: 34em) {
    :host(:not([layout='grid'], [layout='compact']))
      .card:has(> .image:not([hidden], .visually-hidden)) {
      grid-template-columns: var(--_image-width) minmax(0, 1fr);
      column-gap: var(--_gap);
    }
    :host(:not([layout='grid'], [layout='compact']))
      .card:has(> .image:not([hidden], .visually-hidden))
      > :not(.image) {
      grid-column: 2;
    }
    :host(:not([layout='grid'], [layout='compact'])) .card > .image {
      grid-column: 1;
      grid-row: 1 / span 4;
    }
  }

  /* grid: cards as wide as the column allows, picture on top */
  :host([layout='grid']) .items {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column)), 1fr));
  }
  :host([layout='grid']) .card {
    height: 100%;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([layout='grid']) .card > .image {
    order: -1;
  }

  /* compact: titles and dates only, for a sidebar */
  :host([layout='compact']) .items {
    gap: 0.6em;
  }
  :host([layout='compact']) .card {
    gap: 0.1em;
  }
  :host([layout='compact']) .title {
    font-size: 1em;
    font-weight: 400;
  }

  /* The shared skeleton (states.styles.ts), in the shape of an item. */
  .skeleton .skeleton-line {
    height: 1em;
  }
  .skeleton .title.skeleton-line {
    height: 1.3em;
    width: 85%;
  }
  .skeleton .meta.skeleton-line {
    width: 30%;
  }
  .skeleton .summary {
    display: grid;
    gap: 0.5em;
  }
  .skeleton .summary .skeleton-line:last-child {
    width: 70%;
  }
  .skeleton-block {
    animation: pulse 1.4s ease-in-out infinite;
  }

  .toolbar {
    align-items: end;
    gap: 0.5em 1em;
  }
  .search {
    display: grid;
    gap: 0.25em;
    flex: 1 1 14em;
  }
  .search input {
    font: inherit;
    min-height: 2.75em;
    width: 100%;
    padding: 0.4em 0.6em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .refresh-toggle,
  .tag-filter button,
  .tags button,
  .pages button {
    color: var(--_accent);
    background: transparent;
  }
  .tags button[aria-pressed='true'],
  .pages button[aria-current='page'] {
    color: var(--_accent-text);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .tag-filter {
    gap: 0.5em 1em;
  }

  .pagination {
    justify-content: space-between;
    gap: 0.75em;
  }
  .more[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .pages {
    gap: 0.25em;
  }
  .pages button {
    min-width: 2.75em;
    padding: 0.4em 0.6em;
    border-color: var(--_border);
  }
  .archive {
    justify-self: start;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    :host([layout='grid']) .card,
    .tags button,
    .pages button {
      border-color: ButtonText;
    }
    .pages button[aria-current='page'],
    .tags button[aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
