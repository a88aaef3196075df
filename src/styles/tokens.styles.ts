import { css } from 'lit';

/**
 * Design tokens shared by every element. Public `--biblio-*` properties may be set on any
 * ancestor (or `:root`) and are copied into private `--_*` variables here, so one rule in the
 * host page re-colours every element. Colours use `light-dark()`, which follows the host's
 * `color-scheme`: a page that never opted into dark mode keeps our text dark on its light
 * background, and the `theme` attribute overrides it.
 */
export const tokenStyles = css`
  /*
   * The low-vision panel's settings (--biblio-vision-*) come first: a reader's need beats the
   * site's branding, wherever on the page the site set its own tokens.
   */
  :host {
    color-scheme: inherit;
    --_font-family: var(--biblio-vision-font-family, var(--biblio-font-family, inherit));
    --_font-scale: var(--biblio-vision-font-scale, var(--biblio-font-scale, 1));
    --_line-height: var(--biblio-vision-line-height, var(--biblio-line-height, 1.5));
    --_letter-spacing: var(--biblio-vision-letter-spacing, var(--biblio-letter-spacing, normal));
    --_text: var(--biblio-vision-text, var(--biblio-text, light-dark(#1c1c21, #ececf1)));
    --_muted: var(--biblio-vision-text, var(--biblio-muted, light-dark(#55555f, #b4b4bf)));
    --_surface: var(
      --biblio-vision-background,
      var(--biblio-surface, light-dark(#ffffff, #1d1e24))
    );
    --_surface-alt: var(
      --biblio-vision-background,
      var(--biblio-surface-alt, light-dark(#f1f2f6, #2a2b33))
    );
    --_border: var(--biblio-vision-text, var(--biblio-border, light-dark(#c9cad3, #4a4b55)));
    --_accent: var(--biblio-vision-text, var(--biblio-accent, light-dark(#1a56a6, #8ab8ff)));
    --_accent-text: var(
      --biblio-vision-background,
      var(--biblio-accent-text, light-dark(#ffffff, #0d1b33))
    );
    --_danger: var(--biblio-vision-text, var(--biblio-danger, light-dark(#a8261b, #ff9d92)));
    --_focus: var(--biblio-vision-text, var(--biblio-focus-color, light-dark(#1a56a6, #8ab8ff)));
    --_radius: var(--biblio-radius, 6px);
    --_space: var(--biblio-space, 1rem);
    --_background: var(--biblio-vision-background, var(--biblio-background, transparent));

    display: block;
    box-sizing: border-box;
    font-size: calc(1em * var(--_font-scale));
    /*
     * A page's rules on the element itself (even "* { color: red }") beat :host rules, unless
     * these are important. Colours and spacing come from the --biblio-* tokens instead.
     */
    font-family: var(--_font-family) !important;
    line-height: var(--_line-height) !important;
    letter-spacing: var(--_letter-spacing) !important;
    color: var(--_text) !important;
    background: var(--_background) !important;
    /* Inherited from whatever the page wraps us in (<center>, <b>, uppercase headings…). */
    font-style: normal;
    font-weight: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    word-spacing: normal;
    /*
     * At 200 % text on a 320 px phone a long Russian word can be wider than the screen: break
     * it rather than scroll sideways, but only a word that alone cannot fit its line. "anywhere"
     * also lets every flex and grid item shrink below its longest word, so narrow columns split
     * ordinary words; the price of break-word is that such an item holding long words needs
     * min-width: 0 (or a minmax(0, 1fr) track) to fit a column narrower than the word.
     */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  input,
  select,
  textarea,
  button {
    max-width: 100%;
  }
  * {
    /* Nested biblio elements inherit an already scaled font size: scale once, at the outside. */
    --biblio-font-scale: 1;
    --biblio-vision-font-scale: 1;
  }
  img {
    filter: var(--biblio-vision-image-filter, none);
  }
  /* Images off (the low-vision panel): hide them and reveal the text that stood in for them. */
  @container style(--biblio-vision-image-display: none) {
    img {
      display: none !important;
    }
    .shown-without-images {
      position: static !important;
      width: auto !important;
      height: auto !important;
      margin: 0 !important;
      clip-path: none !important;
      white-space: normal !important;
    }
  }
  @media print {
    /* Paper is white whatever scheme the reader uses on screen. */
    :host {
      --biblio-vision-text: initial;
      --biblio-vision-background: initial;
    }
  }
  :host([hidden]) {
    display: none;
  }
  :host(:state(theme-light)) {
    color-scheme: light;
  }
  :host(:state(theme-dark)) {
    color-scheme: dark;
  }
  :host(:state(theme-auto)) {
    color-scheme: light dark;
  }
  /* Not "inherit": a page rule like "* { box-sizing: content-box !important }" on the element
     itself would flow into every box inside. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    cursor: pointer;
    color: var(--_accent-text);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.4em 1em;
    min-height: 2.75em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* A broken picture keeps its alt text for screen readers; each element sizes its own images
     with rules as specific as this one, so only here does hiding need to win outright. */
  img.visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  /* Readers who ask for more contrast get full-strength text, borders and focus everywhere. */
  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--_text);
      --_border: var(--_text);
      --_surface-alt: var(--_surface);
    }
    a {
      text-decoration-thickness: 0.12em;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
