import { html, nothing } from 'lit';
import { describePath, type RecordList } from '../json-paths.js';
import { formatPlural, interpolate } from '../../../src/i18n/index.js';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import { mappedFields, type FieldChoices, type MappedField } from '../field-map.js';
import type { BuilderStrings } from '../strings/index.js';
import { selectField } from './form-controls.js';

function fieldSelect(
  field: MappedField,
  list: RecordList,
  choices: FieldChoices,
  strings: BuilderStrings,
  actions: BuilderActions,
) {
  return selectField({
    id: `map-${field}`,
    label: strings.mapping.fields[field],
    value: choices.fields[field] ?? '',
    choices: [
      ['', strings.mapping.none],
      ...list.fields.map(
        (option) =>
          [option.path, `${describePath(list.path, option.path)} — ${option.example}`] as const,
      ),
    ],
    onChange: (path) => actions.pickField(field, path),
  });
}

/** Step 2, for a feed no format fits: pick the list and the path of each field, giving `map`. */
export function mappingView(state: BuilderState, strings: BuilderStrings, actions: BuilderActions) {
  const { choices, reading } = state;
  if (!choices || typeof reading !== 'object') return nothing;
  const text = strings.mapping;
  const list = reading.lists.find((candidate) => candidate.path === choices.listPath);
  return html`<fieldset class="step" id="mapping">
    <legend>${text.legend}</legend>
    ${
      list
        ? html`<p class="hint">${text.hint}</p>
            ${selectField({
              id: 'map-list',
              label: text.list,
              value: list.path,
              choices: reading.lists.map(
                (candidate) =>
                  [
                    candidate.path,
                    interpolate(formatPlural(text.itemCount, candidate.count, state.language), {
                      path: describePath(candidate.path),
                    }),
                  ] as const,
              ),
              onChange: (path) => actions.pickList(path),
            })}
            <div class="field-grid">
              ${mappedFields.map((field) => fieldSelect(field, list, choices, strings, actions))}
            </div>`
        : html`<p>${text.noLists}</p>`
    }
    <button type="button" @click=${() => actions.closeMapping()}>${text.reset}</button>
  </fieldset>`;
}
