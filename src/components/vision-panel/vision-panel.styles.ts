import { css, unsafeCSS } from 'lit';
import { colourSchemes } from '../../internal/vision-settings.js';

/** Each scheme's option shows a sample in its own colours. */
const schemeSamples = unsafeCSS(
  Object.entries(colourSchemes)
    .map(
      ([name, { text, background }]) =>
        `.sample[data-scheme='${name}'] { color: ${text}; background: ${background}; }`,
    )
    .join('\n'),
);

export const visionPanelStyles = css`
  [part='toggle'] {
    padding-inline: 0.6em;
    display: inline-flex;
    /* At 200 % on a phone the eye goes above its words rather than squeeze them. */
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
  }
  [part='toggle'] svg {
    width: 1.5em;
    height: 1.5em;
    flex: none;
  }
  [part='panel'] {
    margin-block-start: 0.5em;
    /* em, not the site's rem spacing: at 200 % on a phone every pixel of width holds words. */
    padding: 0.5em;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: flex-start;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    flex: 1 1 14em;
  }
  legend {
    font-weight: 700;
    padding: 0 0 0.25em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  label {
    min-width: 0;
    /* The size of a finger whatever the text size, without doubling with it. */
    min-height: 44px;
    padding: 0.1em 0.25em;
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  label:has(input:checked) {
    border-color: var(--_text);
    box-shadow: inset 0 0 0 1px var(--_text);
    font-weight: 700;
  }
  label:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input {
    accent-color: var(--_accent);
    margin: 0;
    flex: none;
  }
  /* The sample sits in the line of its words, which wrap on under it rather than beside it. */
  .choice {
    min-width: 0;
  }
  .sample {
    display: inline-block;
    min-width: 2em;
    padding: 0 0.25em;
    border: 1px solid currentColor;
    text-align: center;
    font-weight: 700;
  }
  ${schemeSamples}
  .actions {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media (forced-colors: active) {
    [part='panel'],
    label {
      border-color: CanvasText;
    }
  }
`;
