import { css } from 'lit';

export const commentsStyles = css`
  :host {
    --_gap: var(--biblio-comments-gap, var(--_space));
    --_indent: var(--biblio-comments-reply-indent, 1.5rem);
  }
  /* A grid column would otherwise grow to the widest field or link at 200 % text. */
  section,
  ul,
  article,
  form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  article {
    gap: 0.25em;
  }
  form {
    gap: 0.375em;
  }
  .bar,
  [part='sort'],
  [part='actions'],
  .form-actions,
  .form-meta,
  .consent,
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .bar,
  .form-meta {
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  [part='sort'] {
    gap: 0.25em 0.5em;
    min-width: 0;
  }
  header {
    align-items: baseline;
    gap: 0 0.75em;
  }
  [part='heading'] {
    font-size: 1.25em;
    /* As a flex item it would not shrink below its longest word and overflow a narrow column. */
    min-width: 0;
  }
  [part='heading'],
  [part='author'],
  .over {
    font-weight: 700;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .replies {
    margin-block-start: calc(var(--_gap) * 0.75);
    padding-inline-start: var(--_indent);
    border-inline-start: 2px solid var(--_border);
  }
  [part='date'],
  .muted,
  .form-meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='badge'] {
    font-size: 0.875em;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  /* Readers write in their own language: each paragraph takes the direction its words have. */
  [part='text'] {
    margin: 0;
    white-space: pre-wrap;
    unicode-bidi: plaintext;
  }
  button.quiet {
    color: var(--_accent);
    background: transparent;
    border-color: transparent;
    padding-inline: 0.5em;
  }
  button.quiet:hover {
    border-color: var(--_border);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  /* A grid item would stretch the button across the column. */
  [part='own-comments'] {
    justify-self: start;
  }
  [part='own-comments-panel'] {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  #own-status {
    margin: 0;
  }
  form,
  input,
  textarea,
  select {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  form {
    padding: var(--_space);
  }
  form.edit {
    padding: 0;
    border: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  textarea,
  select {
    font: inherit;
    letter-spacing: inherit;
    color: inherit;
    padding: 0.5em 0.625em;
  }
  input,
  textarea {
    width: 100%;
  }
  textarea {
    min-height: var(--biblio-comments-field-min-height, 6em);
    resize: block;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .over {
    color: var(--_danger);
  }
  [part='form-error'] {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-alt);
  }
  [part='form-error'] p,
  [part='login'],
  [part='closed'] {
    margin: 0;
  }
  [part='login'],
  [part='closed'] {
    padding: 0.75em var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /* Off screen, not display: none (some bots skip that); above, as beside it would scroll a page whose direction differs. */
  .honeypot {
    position: absolute;
    inset-block-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  [part='show-more'] {
    justify-self: start;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'],
    [part='form-error'] {
      border-color: Mark;
    }
  }
`;
