import { html, nothing } from 'lit';
import {
  formatNumber,
  interpolate,
  type Language,
  type CommonStrings,
  type Strings,
} from '../../i18n/index.js';
import { characterCount } from './comment-text.js';
import type { Draft, DraftSlot } from './drafts.js';

/** What is wrong with a form, and which field to fix. */
export interface FormProblem {
  field: 'text' | 'name' | 'consent';
  message: string;
  /** The server or the network failed: offer to send again. */
  retry?: boolean;
}

export interface CommentFormView {
  slot: DraftSlot;
  label: string;
  draft: Draft;
  problem?: FormProblem;
  /** A post from this form is in flight: fields are read-only and Send waits. */
  busy: boolean;
  nameNeeded: boolean;
  /** The site's personal-data policy: the form asks for consent to it. */
  consentHref?: string;
  limit: number;
  language: Language;
  strings: CommonStrings & Pick<Strings, 'comments'>;
  onChange: (change: Partial<Draft>) => void;
  onSubmit: (form: HTMLFormElement) => void;
  /** Reply forms can be closed. */
  onCancel?: () => void;
}

/**
 * Ctrl+Enter (Cmd+Enter on a Mac) sends, as in most comment boxes and mail clients; Escape
 * closes a reply or an edit (a reply's text is kept for next time).
 */
export function shortcuts(onCancel?: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      (event.target as HTMLTextAreaElement).form?.requestSubmit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };
}

/**
 * The consent checkbox, labelled by the sentence with the policy link. The top form's sentence
 * is the `consent` slot, so a site can put its own words there; a reply form shows the default.
 */
function renderConsent(
  view: CommentFormView,
  href: string,
  invalid: (field: FormProblem['field']) => string,
  describedBy: (field: FormProblem['field']) => string | typeof nothing,
) {
  const { slot, draft } = view;
  const strings = view.strings.comments;
  const [before, after = ''] = strings.consent.split('{link}');
  const sentence = html`${before}<a href=${href} target="_blank" rel="noopener"
      >${strings.consentLink}</a
    >${after}`;
  return html`<div class="consent">
    <input
      id="consent-${slot}"
      type="checkbox"
      name="consent"
      required
      .checked=${draft.consent === true}
      aria-invalid=${invalid('consent')}
      aria-describedby=${describedBy('consent')}
      @change=${(event: Event) =>
        view.onChange({ consent: (event.target as HTMLInputElement).checked })}
    />
    <label for="consent-${slot}"
      >${slot === 'top' ? html`<slot name="consent">${sentence}</slot>` : sentence}</label
    >
  </div>`;
}

/**
 * The comment form (top or inline reply). Ids carry the slot so both forms can be open;
 * errors are tied to their field, and the count and the shortcut describe the text field.
 */
export function renderCommentForm(view: CommentFormView) {
  const { slot, draft, problem, busy, limit, language } = view;
  const strings = view.strings.comments;
  const length = characterCount(draft.text);
  const describedBy = (field: FormProblem['field'], more = '') =>
    `${problem?.field === field ? `problem-${slot} ` : ''}${more}`.trim() || nothing;
  const invalid = (field: FormProblem['field']) =>
    problem?.field === field && !problem.retry ? 'true' : 'false';
  const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  return html`<form
    part="form"
    aria-label=${view.label}
    aria-busy=${busy ? 'true' : 'false'}
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      view.onSubmit(event.target as HTMLFormElement);
    }}
  >
    ${
      view.nameNeeded
        ? html`<label for="name-${slot}">${strings.name}</label>
            <input
              id="name-${slot}"
              name="author"
              autocomplete="name"
              .value=${draft.author}
              ?readonly=${busy}
              aria-invalid=${invalid('name')}
              aria-describedby=${describedBy('name')}
              @input=${(event: Event) => view.onChange({ author: valueOf(event) })}
            />`
        : nothing
    }
    <label for="text-${slot}">${strings.text}</label>
    <textarea
      id="text-${slot}"
      part="textarea"
      name="text"
      .value=${draft.text}
      ?readonly=${busy}
      aria-invalid=${invalid('text')}
      aria-describedby=${describedBy('text', `count-${slot} hint-${slot}`)}
      @input=${(event: Event) => view.onChange({ text: valueOf(event) })}
      @keydown=${shortcuts(view.onCancel)}
    ></textarea>
    <div class="form-meta">
      <span id="count-${slot}" part="counter" class=${length > limit ? 'over' : ''}
        >${interpolate(strings.characters, {
          count: formatNumber(length, language),
          max: formatNumber(limit, language),
        })}</span
      >
      <span id="hint-${slot}">${strings.shortcut}</span>
    </div>
    ${view.consentHref ? renderConsent(view, view.consentHref, invalid, describedBy) : nothing}
    <div class="honeypot" aria-hidden="true">
      <label for="website-${slot}">${strings.honeypot}</label>
      <input id="website-${slot}" name="website" tabindex="-1" autocomplete="off" />
    </div>
    ${
      problem
        ? html`<div id="problem-${slot}" part="form-error" role="alert">
            <p>${problem.message}</p>
          </div>`
        : nothing
    }
    <div class="form-actions">
      <button part="submit" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? strings.sending : problem?.retry ? view.strings.retry : strings.send}
      </button>
      ${
        view.onCancel
          ? html`<button type="button" class="quiet" @click=${view.onCancel}>
              ${strings.cancel}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}
