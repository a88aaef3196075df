import { html } from 'lit';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import { builderStringsFor, type InterfaceLanguage } from '../strings/index.js';
import { articleView } from './article-view.js';
import { commentsView, viewCounterView } from './extras-view.js';
import { selectField } from './form-controls.js';
import { mappingView } from './mapping-view.js';
import { optionsView } from './options-view.js';
import { previewView } from './preview-view.js';
import { readingView } from './reading-view.js';
import { snippetView } from './snippet-view.js';
import { sourceView } from './source-view.js';

const interfaceLanguages = [
  ['ru', 'Русский'],
  ['en', 'English'],
] as const satisfies readonly (readonly [InterfaceLanguage, string])[];

/** The whole page: the steps on one side, the HTML and the preview on the other. */
export function pageView(state: BuilderState, actions: BuilderActions) {
  const strings = builderStringsFor(state.language);
  return html`<header class="page-header">
      <div>
        <h1>${strings.heading}</h1>
        <p>${strings.intro}</p>
        <p><a href="../docs/embed.md">${strings.guides}</a></p>
      </div>
      ${selectField({
        id: 'interface-language',
        label: strings.interfaceLanguage,
        value: state.language,
        choices: interfaceLanguages,
        onChange: (language) => actions.setLanguage(language),
      })}
    </header>
    <div class="columns">
      <div class="steps">
        ${sourceView(state, strings, actions)} ${readingView(state, strings, actions)}
        ${mappingView(state, strings, actions)} ${optionsView(state, strings, actions)}
        ${articleView(state, strings, actions)} ${commentsView(state, strings, actions)}
        ${viewCounterView(state, strings, actions)}
      </div>
      <div class="results">
        ${snippetView(state, strings, actions)} ${previewView(state, strings)}
      </div>
    </div>`;
}
