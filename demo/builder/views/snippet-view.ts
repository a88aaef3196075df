import { html, nothing } from 'lit';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import { buildSnippet } from '../snippet.js';
import type { BuilderStrings } from '../strings/index.js';

/** The exact HTML to paste, with a Copy button whose result is announced. */
export function snippetView(state: BuilderState, strings: BuilderStrings, actions: BuilderActions) {
  const text = strings.snippet;
  const status = state.copyStatus ? text[state.copyStatus] : '';
  return html`<section class="step" aria-labelledby="snippet-heading">
    <h2 id="snippet-heading">${text.heading}</h2>
    <p class="hint">${text.hint}</p>
    ${
      state.settings.newsList.src
        ? nothing
        : html`<p class="status problem" id="snippet-needs-source">${text.needsSource}</p>`
    }
    <pre
      class="snippet"
      tabindex="0"
      aria-labelledby="snippet-heading"
    ><code id="snippet-code">${buildSnippet(state.settings)}</code></pre>
    <div class="row">
      <button type="button" class="primary" @click=${() => actions.copySnippet()}>
        ${text.copy}
      </button>
      <p class="status" id="copy-status" role="status">${status}</p>
    </div>
  </section>`;
}
