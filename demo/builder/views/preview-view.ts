import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { BuilderState } from '../builder-state.js';
import type { BuilderStrings } from '../strings/index.js';

/**
 * The real elements, from the same tags as the snippet (their attribute values are escaped by
 * the snippet writer, so this HTML is ours, not the feed's).
 */
export function previewView(state: BuilderState, strings: BuilderStrings) {
  return html`<section class="step" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${strings.preview.heading}</h2>
    ${
      state.bodySource === 'sample'
        ? html`<p class="hint">${strings.preview.fromSample}</p>`
        : nothing
    }
    <div class="preview" id="preview">${unsafeHTML(state.previewTags)}</div>
  </section>`;
}
