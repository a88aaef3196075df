import { html } from 'lit';
import type { BuilderActions } from '../builder-actions.js';
import type { BuilderState } from '../builder-state.js';
import type { BuilderStrings } from '../strings/index.js';
import { optionalStep, textField } from './form-controls.js';

/** The first item read, so the article shows something real as soon as it is switched on. */
function firstItemId(state: BuilderState): string {
  const { reading } = state;
  return typeof reading === 'object' && reading.status === 'read'
    ? (reading.page.items[0]?.id ?? '')
    : '';
}

/** Step 4: `<biblio-article>` for a news item's own page, read from the same feed. */
export function articleView(state: BuilderState, strings: BuilderStrings, actions: BuilderActions) {
  const text = strings.article;
  const { article } = state.settings;
  const change = actions.changeSettings.bind(actions);
  return optionalStep({
    id: 'article',
    legend: text.legend,
    label: text.enabled,
    enabled: article.enabled,
    onToggle: (on) =>
      change((next) => {
        next.article.enabled = on;
        if (on && !next.article.itemId) next.article.itemId = firstItemId(state);
      }),
    fields: () =>
      html`${textField({
          id: 'article-item-id',
          label: text.itemId,
          hint: text.itemIdHint,
          value: article.itemId,
          onInput: (itemId) => change((next) => void (next.article.itemId = itemId)),
        })}
        <div class="field-grid">
          ${textField({
            id: 'article-archive-href',
            label: text.archiveHref,
            value: article.archiveHref,
            onInput: (href) => change((next) => void (next.article.archiveHref = href)),
          })}
          ${textField({
            id: 'article-views-api',
            label: text.viewsApi,
            value: article.viewsApi,
            onInput: (api) => change((next) => void (next.article.viewsApi = api)),
          })}
        </div>`,
  });
}
