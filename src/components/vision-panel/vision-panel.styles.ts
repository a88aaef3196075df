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
  /* At 200 % text on a phone even one long word must not push the page sideways. */
  [part='toggle'],
  label {
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  [part='toggle'] {
    padding-inline: 0.6em;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  [part='toggle'] svg {
    width: 1.5em;
    height: 1.5em;
    flex: none;
  }
  [part='panel'] {
    margin-top: 0.5em;
    padding: var(--_space);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
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
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    padding: 0.2em 0.6em;
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
  [part='reset'] {
    align-self: flex-end;
  }
  @media (forced-colors: active) {
    [part='panel'],
    label {
      border-color: CanvasText;
    }
  }
`;
