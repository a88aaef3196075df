import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** What a form field shows besides its label: the reader's text, and whether it is in trouble. */
export interface FieldState {
  value: string;
  /** A post is in flight: the text stays as sent until the server answers. */
  readonly?: boolean;
  invalid: boolean;
  /** Ids of the problem, count and hint that describe the field, if any. */
  describedBy?: string;
}

/**
 * Puts a field's state on the element it is bound to (`<textarea ${fieldState(…)}>`): the
 * name, text and edit fields share it. The value is set only when it differs, so typing never
 * moves the caret.
 */
class FieldStateDirective extends Directive {
  render(_state: FieldState) {
    return nothing;
  }

  override update(part: ElementPart, [state]: [FieldState]) {
    const field = part.element as HTMLInputElement | HTMLTextAreaElement;
    if (field.value !== state.value) field.value = state.value;
    field.readOnly = Boolean(state.readonly);
    field.setAttribute('aria-invalid', String(state.invalid));
    if (state.describedBy) field.setAttribute('aria-describedby', state.describedBy);
    else field.removeAttribute('aria-describedby');
    return nothing;
  }
}

export const fieldState = directive(FieldStateDirective);
