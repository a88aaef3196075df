import { css } from 'lit';

export const articleStyles = css`
  :host {
    --_measure: var(--biblio-article-measure, 70ch);
    --_title-size: var(--biblio-article-title-size, 1.75em);
    --_embed-ratio: var(--biblio-article-embed-ratio, 16 / 9);
  }
  article {
    display: grid;
    gap: var(--_space);
    max-width: var(--_measure);
    min-width: 0;
  }
  article > * {
    margin: 0;
    min-width: 0;
  }
  [part='archive'] {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
  }
  [part='archive'] > [aria-hidden]:dir(rtl) {
    /* physical: the back arrow points left in every direction, but back is rightwards in Arabic. */
    transform: scaleX(-1);
  }
  header {
    display: grid;
    gap: 0.5em;
  }
  [part='title'] {
    font-size: var(--_title-size);
    line-height: 1.2;
    font-weight: 700;
    text-wrap: balance;
  }
  /* The feed's own text takes its own direction: Russian news on an Arabic page reads left to right. */
  [part='title'],
  [part='subtitle'],
  .body > * {
    unicode-bidi: plaintext;
  }
  [part='subtitle'] {
    margin: 0;
    font-size: 1.15em;
    color: var(--_muted);
  }
  [part='meta'] {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  figure {
    display: grid;
    gap: 0.5em;
  }
  /* A failed lead image keeps no gap in the article; its alt text is still read. */
  [part='figure']:has(> .visually-hidden, > [hidden]) {
    display: contents;
  }
  [part='image'] {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: auto 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .body {
    overflow-wrap: anywhere;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.15em;
    line-height: 1.3;
    margin: 1.5em 0 0.5em;
  }
  .body :is(img, video, iframe) {
    max-width: 100%;
    height: auto;
  }
  .body img {
    background: var(--_surface-alt);
  }
  .body iframe {
    display: block;
    width: 100%;
    aspect-ratio: var(--_embed-ratio);
    border: 0;
  }
  .body figure {
    margin: 1em 0;
  }
  .body figcaption {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .body :is(pre, table) {
    display: block;
    max-width: 100%;
    overflow-x: auto;
  }
  .body pre {
    white-space: pre-wrap;
  }
  .body table {
    border-collapse: collapse;
  }
  .body :is(th, td) {
    border: 1px solid var(--_border);
    padding: 0.3em 0.6em;
    overflow-wrap: normal;
  }
  .body blockquote {
    margin: 1em 0;
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_border);
  }

  [part='tags'],
  [part='share'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  [part='tag'] {
    padding: 0.15em 0.6em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-size: 0.9em;
  }
  [part='share'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  [part='share-label'] {
    color: var(--_muted);
  }
  [part='share-link'] {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    text-decoration: none;
  }
  [part='share-link']:hover {
    border-color: var(--_accent);
  }
  .copy-status {
    flex-basis: 100%;
  }
  .copy-status:empty {
    display: none;
  }

  @media print {
    /* Paper is white whatever the screen's scheme: print black text, grey details. */
    :host {
      --biblio-text: #000;
      --biblio-muted: #444;
      --biblio-accent: #000;
      --biblio-border: #999;
      --biblio-surface-alt: #eee;
      --biblio-background: transparent;
    }
    article {
      max-width: none;
    }
    [part='archive'],
    [part='share'],
    .body iframe {
      display: none;
    }
    a {
      color: inherit;
    }
    .body a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
    figure,
    img,
    table,
    blockquote {
      break-inside: avoid;
    }
    [part='title'],
    .body :is(h1, h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
  }
`;
