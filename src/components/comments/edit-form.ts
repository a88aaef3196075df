import { html, nothing } from 'lit';
import { shortcuts } from './comment-form.js';

export interface Editing {
  id: string;
  text: string;
  problem?: string;
}

export interface EditFormView {
  editing: Editing;
  labels: { edit: string; save: string; cancel: string };
  onChange: (text: string) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** Editing one's own comment in place. */
export function renderEditForm({ editing, labels, onChange, onSave, onCancel }: EditFormView) {
  return html`<form
    class="edit"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      onSave();
    }}
  >
    <label for="edit-text">${labels.edit}</label>
    <textarea
      id="edit-text"
      part="textarea"
      .value=${editing.text}
      aria-invalid=${editing.problem ? 'true' : 'false'}
      aria-describedby=${editing.problem ? 'edit-problem' : nothing}
      @input=${(event: Event) => onChange((event.target as HTMLTextAreaElement).value)}
      @keydown=${shortcuts(onCancel)}
    ></textarea>
    ${
      editing.problem
        ? html`<p id="edit-problem" part="form-error" role="alert">${editing.problem}</p>`
        : nothing
    }
    <div class="form-actions">
      <button type="submit">${labels.save}</button>
      <button type="button" class="quiet" @click=${onCancel}>${labels.cancel}</button>
    </div>
  </form>`;
}
