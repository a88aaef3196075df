import { html, nothing } from 'lit';
import type { NewsItem } from '../../../src/data/model.js';
import { formatDate, formatPlural, interpolate, stringsFor } from '../../../src/i18n/index.js';
import { describeError } from '../../../src/internal/states.js';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import { looksLikeCors } from '../cors.js';
import type { Reading } from '../feed-reading.js';
import type { BuilderStrings } from '../strings/index.js';
import { corsView } from './cors-view.js';

/** How many items are shown as read: enough to check titles and dates, not a second preview. */
const shownItems = 3;

/** The one sentence the live region announces after each reading. */
export function readingSummary(state: BuilderState, strings: BuilderStrings): string {
  const { reading } = state;
  if (reading === 'idle') return strings.reading.idle;
  if (reading === 'busy') return strings.reading.busy;
  if (reading.status === 'read') {
    const sentence = formatPlural(
      strings.reading.detected,
      reading.page.items.length,
      state.language,
    );
    return interpolate(sentence, { format: strings.formats[reading.format] });
  }
  if (reading.error.kind === 'format' && reading.lists.length > 0) {
    return strings.reading.notDetected;
  }
  if (looksLikeCors(reading.error, document.baseURI)) return strings.cors.notAllowed;
  return describeError(reading.error, stringsFor(state.language));
}

function itemView(item: NewsItem, state: BuilderState, strings: BuilderStrings) {
  const date = item.datePublished
    ? formatDate(item.datePublished, state.language)
    : strings.reading.noDate;
  return html`<li>
    <span class="item-title">${item.title || strings.reading.untitled}</span>
    <span class="item-meta"
      >${date} ·
      ${interpolate(strings.reading.itemId, { id: item.id })}${
        item.url ? html` · <span>${item.url}</span>` : nothing
      }</span
    >
  </li>`;
}

function readItemsView(reading: Reading, state: BuilderState, strings: BuilderStrings) {
  if (reading.status !== 'read' || reading.page.items.length === 0) return nothing;
  return html`<h3>${strings.reading.firstItems}</h3>
    <ol class="read-items">
      ${reading.page.items.slice(0, shownItems).map((item) => itemView(item, state, strings))}
    </ol>`;
}

/** What the builder read: the detected format, the first items, or why it could not. */
export function readingView(state: BuilderState, strings: BuilderStrings, actions: BuilderActions) {
  const { reading } = state;
  const settled = typeof reading === 'object' ? reading : undefined;
  const cors =
    settled?.status === 'failed' && looksLikeCors(settled.error, document.baseURI)
      ? corsView(state, strings, actions)
      : nothing;
  const canMap = settled && settled.lists.length > 0 && !state.choices;
  return html`<section
    class="step"
    id="reading"
    aria-labelledby="reading-heading"
    aria-busy=${reading === 'busy' || state.readingPending ? 'true' : 'false'}
  >
    <h2 id="reading-heading">${strings.reading.heading}</h2>
    <p
      id="reading-status"
      class=${settled?.status === 'failed' ? 'status problem' : 'status'}
      role="status"
    >
      ${readingSummary(state, strings)}
    </p>
    ${cors} ${settled ? readItemsView(settled, state, strings) : nothing}
    ${
      canMap
        ? html`<button type="button" @click=${() => actions.openMapping()}>
            ${strings.reading.mapAgain}
          </button>`
        : nothing
    }
  </section>`;
}
