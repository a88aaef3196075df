import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import { socialSource } from '../social-address.js';
import type { BuilderStrings } from '../strings/index.js';

const inputValue = (event: Event) => (event.target as HTMLInputElement).value;

/** Step 1: the feed's address, or a sample pasted or uploaded when the address cannot be read. */
export function sourceView(state: BuilderState, strings: BuilderStrings, actions: BuilderActions) {
  const text = strings.source;
  const busy = state.reading === 'busy';
  const social = socialSource(state.settings.newsList.src);
  return html`<fieldset class="step">
    <legend>${text.legend}</legend>
    <form
      class="field"
      @submit=${(event: Event) => {
        event.preventDefault();
        actions.readFeedUrl();
      }}
    >
      <label for="feed-url">${text.url}</label>
      <p class="hint" id="feed-url-hint">${text.urlHint}</p>
      <div class="row">
        <input
          id="feed-url"
          type="text"
          inputmode="url"
          autocomplete="url"
          spellcheck="false"
          aria-describedby="feed-url-hint"
          .value=${live(state.settings.newsList.src)}
          @input=${(event: Event) =>
            actions.changeSettings((settings) => {
              settings.newsList.src = inputValue(event).trim();
            })}
        />
        <button type="submit" id="read-url" ?disabled=${busy || !state.settings.newsList.src}>
          ${text.read}
        </button>
      </div>
      ${
        social
          ? html`<p class="hint" id="social-source">
              ${text.social.replace('{site}', text.socialSites[social.source])}
              <button type="button" id="use-social-proxy" @click=${() => actions.useProxy()}>
                ${text.useProxy}
              </button>
            </p>`
          : ''
      }
    </form>
    <div class="field">
      <label for="feed-sample">${text.sample}</label>
      <p class="hint" id="feed-sample-hint">${text.sampleHint}</p>
      <textarea
        id="feed-sample"
        rows="6"
        spellcheck="false"
        aria-describedby="feed-sample-hint"
        .value=${live(state.sample)}
        @input=${(event: Event) => actions.setSample(inputValue(event))}
      ></textarea>
      <div class="row">
        <button
          type="button"
          id="read-sample"
          ?disabled=${busy || !state.sample.trim()}
          @click=${() => actions.readSample()}
        >
          ${text.readSample}
        </button>
      </div>
    </div>
    <div class="field">
      <label for="feed-file">${text.upload}</label>
      <input
        id="feed-file"
        type="file"
        accept=".json,.xml,.rss,.atom,.txt,application/json,application/xml,text/xml"
        @change=${(event: Event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (file) actions.uploadSample(file);
        }}
      />
    </div>
  </fieldset>`;
}
