import { html } from 'lit';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import { proxyUrl } from '../cors.js';
import type { BuilderStrings } from '../strings/index.js';
import { textField } from './form-controls.js';

/** CORS in plain words, and the proxy address that gets round it. */
export function corsView(state: BuilderState, strings: BuilderStrings, actions: BuilderActions) {
  const text = strings.cors;
  const proxied = proxyUrl(state.settings.newsList.src, state.apiBase);
  return html`<div class="cors" id="cors-help">
    <p>${text.explain}</p>
    <p>${text.fixes}</p>
    ${textField({
      id: 'api-base',
      label: text.apiBase,
      value: state.apiBase,
      onInput: (apiBase) => actions.setApiBase(apiBase),
    })}
    <p>${text.proxy}: <code id="proxy-url">${proxied}</code></p>
    <button type="button" @click=${() => actions.useProxy()}>${text.useProxy}</button>
    <p>${text.sample}</p>
  </div>`;
}
