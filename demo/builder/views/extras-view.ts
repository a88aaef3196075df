import { html } from 'lit';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import type { BuilderStrings } from '../strings/index.js';
import { choicesOf, optionalStep, selectField, textField } from './form-controls.js';

/** Step 5: the comment box under a news page, talking to the reference server's API. */
export function commentsView(
  state: BuilderState,
  strings: BuilderStrings,
  actions: BuilderActions,
) {
  const text = strings.extras;
  const { comments } = state.settings;
  const change = actions.changeSettings.bind(actions);
  return optionalStep({
    id: 'comments',
    legend: text.commentsLegend,
    label: text.commentsEnabled,
    enabled: comments.enabled,
    onToggle: (on) => change((next) => void (next.comments.enabled = on)),
    fields: () =>
      html`<div class="field-grid">
        ${textField({
          id: 'comments-api',
          label: text.api,
          value: comments.api,
          onInput: (api) => change((next) => void (next.comments.api = api)),
        })}
        ${textField({
          id: 'comments-thread',
          label: text.thread,
          value: comments.thread,
          onInput: (thread) => change((next) => void (next.comments.thread = thread)),
        })}
        ${selectField({
          id: 'comments-auth',
          label: text.auth,
          value: comments.auth,
          choices: choicesOf(text.auths),
          onChange: (auth) => change((next) => void (next.comments.auth = auth)),
        })}
      </div>`,
  });
}

/** Step 6: the "225 views" line, registering one view per reader. */
export function viewCounterView(
  state: BuilderState,
  strings: BuilderStrings,
  actions: BuilderActions,
) {
  const text = strings.extras;
  const { viewCounter } = state.settings;
  const change = actions.changeSettings.bind(actions);
  return optionalStep({
    id: 'views',
    legend: text.viewsLegend,
    label: text.viewsEnabled,
    enabled: viewCounter.enabled,
    onToggle: (on) => change((next) => void (next.viewCounter.enabled = on)),
    fields: () =>
      html`<div class="field-grid">
        ${textField({
          id: 'views-api',
          label: text.api,
          value: viewCounter.api,
          onInput: (api) => change((next) => void (next.viewCounter.api = api)),
        })}
        ${textField({
          id: 'views-item-id',
          label: text.itemId,
          value: viewCounter.itemId,
          onInput: (itemId) => change((next) => void (next.viewCounter.itemId = itemId)),
        })}
      </div>`,
  });
}
