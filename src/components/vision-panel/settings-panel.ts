import { html, nothing, type TemplateResult } from 'lit';
import { stringsIn, type Language } from '../../i18n/index.js';
import {
  colourSchemes,
  defaultVisionSettings,
  fontScales,
  spacingSteps,
  type FontFamilyChoice,
  type ImageMode,
  type VisionSettings,
} from '../../internal/vision-settings.js';
import { settingsPanelStrings } from './settings-panel-strings.js';

/*
 * The settings panel of <biblio-vision-panel>, a chunk of its own: every page shows the toggle,
 * few readers open it. The element fetches this when the page is idle, or when the reader
 * opens the panel first.
 */

/** What the panel reads from its element, and how it hands a change back. */
export interface SettingsPanelView {
  id: string;
  language: Language;
  settings: VisionSettings;
  change(settings: VisionSettings): void;
  close(): void;
}

function renderChoice<Key extends keyof VisionSettings>(
  view: SettingsPanelView,
  key: Key,
  legend: string,
  options: ReadonlyArray<VisionSettings[Key]>,
  describe: (option: VisionSettings[Key]) => unknown,
) {
  const name = `${view.id}-${key}`;
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="options">
      ${options.map(
        (option) =>
          html`<label
            ><input
              type="radio"
              name=${name}
              .checked=${view.settings[key] === option}
              @change=${() => view.change({ ...view.settings, [key]: option })}
            /><span class="choice">${describe(option)}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** A choice whose options the strings name one by one, under the choice's legend. */
function renderNamedChoice<Key extends keyof VisionSettings>(
  view: SettingsPanelView,
  key: Key,
  options: ReadonlyArray<VisionSettings[Key]>,
  text: { legend: string; options: Record<VisionSettings[Key], string> },
) {
  return renderChoice(view, key, text.legend, options, (option) => text.options[option]);
}

const imageModes: readonly ImageMode[] = ['on', 'off', 'grayscale'];
const fontFamilies: readonly FontFamilyChoice[] = ['site', 'sans-serif', 'serif'];

export function renderSettingsPanel(view: SettingsPanelView): TemplateResult {
  const text = stringsIn(settingsPanelStrings, view.language, 'settingsPanel');
  const schemes = ['site', ...Object.keys(colourSchemes)] as VisionSettings['scheme'][];
  const percent = (scale: number) => `${Math.round(scale * 100)} %`;
  // lang: the words hyphenate by the language they are in, which a page in a language we do
  // not speak would not tell.
  return html`<div
    part="panel"
    id=${view.id}
    lang=${view.language}
    role="group"
    aria-label=${text.panel}
  >
    ${renderChoice(view, 'fontScale', text.fontScale, fontScales, percent)}
    ${renderChoice(
      view,
      'scheme',
      text.scheme.legend,
      schemes,
      (scheme) =>
        html`${
          scheme === 'site'
            ? nothing
            : html`<span class="sample" data-scheme=${scheme} aria-hidden="true">Аа</span>`
        }
        ${text.scheme.options[scheme]}`,
    )}
    ${renderNamedChoice(view, 'images', imageModes, text.images)}
    ${renderNamedChoice(view, 'letterSpacing', spacingSteps, text.letterSpacing)}
    ${renderNamedChoice(view, 'lineHeight', spacingSteps, text.lineHeight)}
    ${renderNamedChoice(view, 'fontFamily', fontFamilies, text.fontFamily)}
    <div class="actions">
      <button part="reset" type="button" @click=${() => view.change({ ...defaultVisionSettings })}>
        ${text.reset}
      </button>
      <button part="close" type="button" @click=${view.close}>${text.close}</button>
    </div>
  </div>`;
}
