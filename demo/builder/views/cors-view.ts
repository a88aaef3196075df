import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import { proxyUrl } from '../cors.js';
import type { BuilderStrings } from '../strings/index.js';

/** CORS in plain words, and the proxy address that gets round it. */
export function corsView(state: BuilderState, strings: BuilderStrings, actions: BuilderActions) {
  const text = strings.cors;
  const proxied = proxyUrl(state.settings.newsList.src, state.apiBase);
  return html`<div class="cors" id="cors-help">
    <p>${text.explain}</p>
    <p>${text.fixes}</p>
    <div class="field">
      <label for="api-base">${text.apiBase}</label>
      <input
        id="api-base"
        type="text"
        inputmode="url"
        spellcheck="false"
        .value=${live(state.apiBase)}
        @input=${(event: Event) => actions.setApiBase((event.target as HTMLInputElement).value)}
      />
    </div>
    <p>${text.proxy}: <code id="proxy-url">${proxied}</code></p>
    <button type="button" @click=${() => actions.useProxy()}>${text.useProxy}</button>
    <p>${text.sample}</p>
  </div>`;
}
