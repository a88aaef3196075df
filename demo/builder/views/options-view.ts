import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { newsFields, type NewsField } from '../../../src/components/news-list/news-item.js';
import { interpolate } from '../../../src/i18n/index.js';
import { unmarkedPageFallback } from '../../../src/internal/page-language.js';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import type { BuilderStrings } from '../strings/index.js';
import { checkboxField, choicesOf, selectField, textField } from './form-controls.js';

function showFields(state: BuilderState, strings: BuilderStrings, actions: BuilderActions) {
  const shown = state.settings.newsList.show;
  const toggle = (field: NewsField, on: boolean) =>
    actions.changeSettings((settings) => {
      // Kept in the element's own order so the snippet does not depend on the clicking order.
      settings.newsList.show = newsFields.filter((name) =>
        name === field ? on : settings.newsList.show.includes(name),
      );
    });
  return html`<fieldset class="group">
    <legend>${strings.options.show}</legend>
    ${newsFields.map((field) =>
      checkboxField({
        id: `show-${field}`,
        label: strings.options.fields[field],
        checked: shown.includes(field),
        onChange: (on) => toggle(field, on),
      }),
    )}
  </fieldset>`;
}

/**
 * The language choices, "as the page" saying what a page without `lang` gives this reader,
 * and the hint on how a page sets its language.
 */
function pageLanguageTexts(text: BuilderStrings['options'], interfaceLanguage: string) {
  const fallback = unmarkedPageFallback();
  // The elements speak more languages than the builder; Intl names each in the builder's own.
  const name = new Intl.DisplayNames([interfaceLanguage], { type: 'language' }).of(fallback);
  const values = { language: name ?? fallback };
  return {
    choices: choicesOf({ ...text.languages, '': interpolate(text.languages[''], values) }),
    hint: interpolate(text.languageHint, values),
  };
}

/** Step 3: how the news list looks, in which language, and where the script comes from. */
export function optionsView(state: BuilderState, strings: BuilderStrings, actions: BuilderActions) {
  const text = strings.options;
  const { settings } = state;
  return html`<fieldset class="step">
    <legend>${text.legend}</legend>
    <div class="field-grid">
      ${selectField({
        id: 'option-layout',
        label: text.layout,
        value: settings.newsList.layout,
        choices: choicesOf(text.layouts),
        onChange: (layout) =>
          actions.changeSettings((next) => void (next.newsList.layout = layout)),
      })}
      <div class="field">
        <label for="option-page-size">${text.pageSize}</label>
        <input
          id="option-page-size"
          type="number"
          min="1"
          max="100"
          .value=${live(String(settings.newsList.pageSize))}
          @input=${(event: Event) => {
            const size = (event.target as HTMLInputElement).valueAsNumber;
            if (Number.isInteger(size) && size >= 1 && size <= 100) {
              actions.changeSettings((next) => void (next.newsList.pageSize = size));
            }
          }}
        />
      </div>
      ${selectField({
        id: 'option-language',
        label: text.language,
        value: settings.language,
        ...pageLanguageTexts(text, state.language),
        onChange: (language) => actions.changeSettings((next) => void (next.language = language)),
      })}
      ${selectField({
        id: 'option-theme',
        label: text.theme,
        value: settings.theme,
        choices: choicesOf(text.themes),
        onChange: (theme) => actions.changeSettings((next) => void (next.theme = theme)),
      })}
    </div>
    ${showFields(state, strings, actions)}
    ${checkboxField({
      id: 'option-search',
      label: text.search,
      checked: settings.newsList.search,
      onChange: (on) => actions.changeSettings((next) => void (next.newsList.search = on)),
    })}
    ${textField({
      id: 'option-article-href',
      label: text.articleHref,
      hint: text.articleHrefHint,
      value: settings.newsList.articleHref,
      onInput: (href) => actions.changeSettings((next) => void (next.newsList.articleHref = href)),
    })}
    ${textField({
      id: 'option-script',
      label: text.script,
      hint: text.scriptHint,
      value: settings.scriptSrc,
      onInput: (src) => actions.changeSettings((next) => void (next.scriptSrc = src)),
    })}
  </fieldset>`;
}
