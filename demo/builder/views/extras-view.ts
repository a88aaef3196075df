import { html, nothing } from 'lit';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import type { BuilderStrings } from '../strings/index.js';
import { checkboxField, choicesOf, selectField, textField } from './form-controls.js';

/** Step 4: the comment box under a news page, talking to the reference server's API. */
export function commentsView(
  state: BuilderState,
  strings: BuilderStrings,
  actions: BuilderActions,
) {
  const text = strings.extras;
  const { comments } = state.settings;
  return html`<fieldset class="step">
    <legend>${text.commentsLegend}</legend>
    ${checkboxField({
      id: 'comments-enabled',
      label: text.commentsEnabled,
      checked: comments.enabled,
      onChange: (on) => actions.changeSettings((next) => void (next.comments.enabled = on)),
    })}
    ${
      comments.enabled
        ? html`<div class="field-grid">
            ${textField({
              id: 'comments-api',
              label: text.api,
              value: comments.api,
              onInput: (api) => actions.changeSettings((next) => void (next.comments.api = api)),
            })}
            ${textField({
              id: 'comments-thread',
              label: text.thread,
              value: comments.thread,
              onInput: (thread) =>
                actions.changeSettings((next) => void (next.comments.thread = thread)),
            })}
            ${selectField({
              id: 'comments-auth',
              label: text.auth,
              value: comments.auth,
              choices: choicesOf(text.auths),
              onChange: (auth) =>
                actions.changeSettings((next) => void (next.comments.auth = auth)),
            })}
          </div>`
        : nothing
    }
  </fieldset>`;
}

/** Step 5: the "225 views" line, registering one view per reader. */
export function viewCounterView(
  state: BuilderState,
  strings: BuilderStrings,
  actions: BuilderActions,
) {
  const text = strings.extras;
  const { viewCounter } = state.settings;
  return html`<fieldset class="step">
    <legend>${text.viewsLegend}</legend>
    ${checkboxField({
      id: 'views-enabled',
      label: text.viewsEnabled,
      checked: viewCounter.enabled,
      onChange: (on) => actions.changeSettings((next) => void (next.viewCounter.enabled = on)),
    })}
    ${
      viewCounter.enabled
        ? html`<div class="field-grid">
            ${textField({
              id: 'views-api',
              label: text.api,
              value: viewCounter.api,
              onInput: (api) => actions.changeSettings((next) => void (next.viewCounter.api = api)),
            })}
            ${textField({
              id: 'views-item-id',
              label: text.itemId,
              value: viewCounter.itemId,
              onInput: (itemId) =>
                actions.changeSettings((next) => void (next.viewCounter.itemId = itemId)),
            })}
          </div>`
        : nothing
    }
  </fieldset>`;
}
