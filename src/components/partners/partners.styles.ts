import { css } from 'lit';

export const partnersStyles = css`
  :host {
    --_logo-height: var(--biblio-partners-logo-height, 3.5rem);
    --_column: var(--biblio-partners-column-width, 11rem);
    --_gap: var(--biblio-partners-gap, calc(var(--_space) * 0.75));
  }
  /* A track and a flex item may not shrink below their longest word on their own; at 200 % text in a narrow column that word would push the list out of its box. */
  nav {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  [part='name'] {
    min-width: 0;
  }
  /* A partner's own name takes its own direction: a Russian name on an Arabic page keeps its quotes. */
  [part='name'],
  [part='group-heading'] {
    unicode-bidi: plaintext;
  }
  [part='group-heading'] {
    margin: 0 0 0.5em;
    font-size: 1em;
    font-weight: 700;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  a {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    text-underline-offset: 0.15em;
  }
  img {
    display: block;
    height: var(--_logo-height);
    width: auto;
    max-width: 100%;
    object-fit: contain;
  }

  :host([layout='grid']) ul {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column)), 1fr));
  }
  :host([layout='grid']) a {
    justify-content: center;
    text-align: center;
    height: 100%;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([layout='grid']) a:hover {
    border-color: var(--_accent);
  }

  :host([layout='inline']) ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  :host([layout='inline']) a {
    min-height: 2em;
  }

  @media (forced-colors: active) {
    :host([layout='grid']) a {
      border-color: LinkText;
    }
  }
`;
