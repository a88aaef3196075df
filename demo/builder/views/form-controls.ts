import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** Value -> label pairs in order: an object would put numeric keys first. */
export type Choices<Value extends string> = readonly (readonly [Value, string])[];

export function choicesOf<Value extends string>(labels: Record<Value, string>): Choices<Value> {
  return Object.entries(labels) as [Value, string][];
}

/** A `hint` paragraph for the control `id`, which names it in `aria-describedby`. */
function hintFor(id: string, hint: string | undefined) {
  return hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing;
}

/** A labelled `<select>`; `hint` is read out with it. */
export function selectField<Value extends string>(options: {
  id: string;
  label: string;
  value: Value;
  choices: Choices<Value>;
  hint?: string;
  onChange: (value: Value) => void;
}) {
  const { id, label, value, choices, hint, onChange } = options;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hintFor(id, hint)}
    <select
      id=${id}
      aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as Value)}
    >
      ${choices.map(
        ([option, text]) =>
          html`<option value=${option} ?selected=${option === value}>${text}</option>`,
      )}
    </select>
  </div>`;
}

/** A labelled text field; `hint` is read out with it. */
export function textField(options: {
  id: string;
  label: string;
  value: string;
  hint?: string;
  onInput: (value: string) => void;
}) {
  const { id, label, value, hint, onInput } = options;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hintFor(id, hint)}
    <input
      id=${id}
      type="text"
      spellcheck="false"
      aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
      .value=${live(value)}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value.trim())}
    />
  </div>`;
}

/** A checkbox with its label after it. */
export function checkboxField(options: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { id, label, checked, onChange } = options;
  return html`<div class="check">
    <input
      id=${id}
      type="checkbox"
      .checked=${live(checked)}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

/** A step for an element the snippet may leave out: a checkbox adds it and shows its fields. */
export function optionalStep(options: {
  id: string;
  legend: string;
  label: string;
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
  fields: () => TemplateResult;
}) {
  const { id, legend, label, enabled, onToggle, fields } = options;
  return html`<fieldset class="step">
    <legend>${legend}</legend>
    ${checkboxField({ id: `${id}-enabled`, label, checked: enabled, onChange: onToggle })}
    ${enabled ? fields() : nothing}
  </fieldset>`;
}
