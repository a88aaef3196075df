import { css } from 'lit';

export const commentsStyles = css`
  :host {
    --_gap: var(--biblio-comments-gap, var(--_space));
    --_indent: var(--biblio-comments-reply-indent, 1.5rem);
  }
  section {
    display: grid;
    gap: var(--_gap);
  }
  /* A grid column would otherwise grow to the widest field or link at 200 % text. */
  section,
  ul,
  article,
  form {
    grid-template-columns: minmax(0, 1fr);
  }
  [part='sort'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    min-width: 0;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  [part='heading'] {
    font-size: 1.25em;
    font-weight: 700;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .replies {
    margin-top: calc(var(--_gap) * 0.75);
    padding-inline-start: var(--_indent);
    border-inline-start: 2px solid var(--_border);
  }
  article {
    display: grid;
    gap: 0.25em;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
  }
  [part='author'] {
    font-weight: 700;
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
  [part='text'] {
    margin: 0;
    white-space: pre-wrap;
  }
  [part='actions'],
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
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
  form {
    display: grid;
    gap: 0.375em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
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
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.625em;
    max-width: 100%;
  }
  input,
  textarea {
    width: 100%;
  }
  textarea {
    min-height: var(--biblio-comments-field-min-height, 6em);
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .form-meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
  }
  .over {
    color: var(--_danger);
    font-weight: 700;
  }
  [part='form-error'] {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface-alt);
  }
  [part='form-error'] p {
    margin: 0;
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  [part='login'],
  [part='closed'] {
    margin: 0;
    padding: 0.75em var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  [part='show-more'] {
    justify-self: start;
  }
  [part='heading']:focus,
  article:focus {
    outline: none;
  }
  [part='heading']:focus-visible,
  article:focus-visible {
    outline: 3px solid var(--_focus);
  }
  @media (forced-colors: active) {
    [aria-invalid='true'],
    [part='form-error'] {
      border-color: Mark;
    }
  }
`;
