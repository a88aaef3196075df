import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStrings, combine, visionStrings, type StringsOf } from '../../i18n/index.js';
import { BiblioElement } from '../../internal/biblio-element.js';
import { publicEvent } from '../../internal/events.js';
import { LazyPart } from '../../internal/lazy-part.js';
import { renderErrorBox } from '../../internal/states.js';
import {
  applyVisionSettings,
  readVisionSettings,
  saveVisionSettings,
  visionStorageKey,
  type VisionSettings,
} from '../../internal/vision-settings.js';
import { visionPanelStyles } from './vision-panel.styles.js';
import { pageStorage } from '../../internal/page-storage.js';

export type VisionTarget = 'widgets' | 'page';

/** Detail of `biblio-vision-change`: the settings now in force. */
export interface VisionChangeEventDetail {
  settings: VisionSettings;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'biblio-vision-change': CustomEvent<VisionChangeEventDetail>;
  }
}

let panelCount = 0;

const localizedStrings = combine(baseStrings, visionStrings);

/**
 * The "version for the visually impaired" switch that Russian public library sites must offer:
 * text size up to 200 %, the five usual colour schemes, images on, off or in black and white,
 * letter and line spacing, and a sans-serif or serif font. Settings apply at once to every
 * biblio element on the page, persist in `localStorage`, and with `target="page"` are also
 * exposed on `<html>` as `data-biblio-*` attributes and `--biblio-*` properties for the page's
 * own CSS.
 *
 * @summary The low-vision panel: text size, colour schemes, images, spacing and font.
 * @tagname biblio-vision-panel
 *
 * @csspart toggle - The button that opens and closes the panel.
 * @csspart panel - The settings panel.
 * @csspart reset - The button that restores the normal version.
 * @csspart close - The button at the panel's end that closes it (as Escape does).
 *
 * @cssproperty [--biblio-accent] - The colour of the selected choices (shared token).
 * @cssproperty [--biblio-surface] - The open panel's background (shared token).
 * @cssproperty [--biblio-border] - The open panel's border (shared token).
 *
 * @event {CustomEvent<VisionChangeEventDetail>} biblio-vision-change - The reader changed a setting. `detail: { settings }`.
 */
export class BiblioVisionPanel extends BiblioElement<StringsOf<typeof localizedStrings>> {
  static override tagName = 'biblio-vision-panel';

  static override styles = [...BiblioElement.styles, visionPanelStyles];
  protected static override localizedStrings = localizedStrings;

  /**
   * The settings panel, loaded apart from the toggle (see settings-panel.ts). Static so a test
   * can stand in a loader that fails, as it does offline.
   * @internal
   */
  static loadSettingsPanel = () => import('./settings-panel.js');

  /**
   * `widgets`: the settings restyle the biblio elements only. `page`: they are also set on
   * `<html>` as `data-biblio-*` attributes so the site's own CSS can follow.
   */
  @property({ reflect: true }) target: VisionTarget = 'widgets';

  /** Whether the settings are shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private settings: VisionSettings = readVisionSettings(pageStorage());

  private readonly panelId = `biblio-vision-panel-${++panelCount}`;

  private readonly settingsPanel = new LazyPart(() =>
    (this.constructor as typeof BiblioVisionPanel).loadSettingsPanel(),
  );

  /** Why the settings panel could not be loaded (offline), until Retry. */
  @state() private panelFailure?: unknown;

  private readonly followOtherPanels = (event: Event) => {
    if (event instanceof StorageEvent && event.key !== visionStorageKey) return;
    this.settings = readVisionSettings(pageStorage());
    this.apply();
  };

  /** Escape anywhere inside closes the panel, as the button at its end does. */
  private readonly closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open && !event.defaultPrevented) this.close();
  };

  constructor() {
    super();
    this.addEventListener('keydown', this.closeOnEscape);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.settings = readVisionSettings(pageStorage());
    this.apply();
    window.addEventListener('storage', this.followOtherPanels);
    document.addEventListener('biblio-vision-change', this.followOtherPanels);
    // Fetched ahead, so the panel opens at once when the reader asks for it.
    this.settingsPanel.preloadWhenIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.followOtherPanels);
    document.removeEventListener('biblio-vision-change', this.followOtherPanels);
  }

  protected override willUpdate(): void {
    if (this.open && !this.settingsPanel.value && this.panelFailure === undefined) {
      this.settingsPanel.get().then(
        () => this.requestUpdate(),
        (error: unknown) => (this.panelFailure = error),
      );
    }
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('target')) this.apply();
  }

  private apply() {
    applyVisionSettings(document.documentElement, this.settings, this.target === 'page');
  }

  /**
   * Closes the panel and puts focus back on the toggle: focus was inside the panel, which is
   * about to go, and the toggle is where the reader opened it.
   */
  private close() {
    this.open = false;
    this.renderRoot.querySelector<HTMLElement>('[part="toggle"]')?.focus();
  }

  private change(settings: VisionSettings) {
    this.settings = settings;
    saveVisionSettings(pageStorage(), settings);
    this.apply();
    this.dispatchEvent(publicEvent('biblio-vision-change', { settings }));
  }

  override render() {
    return html`<button
        part="toggle"
        type="button"
        lang=${this.language}
        aria-expanded=${String(this.open)}
        aria-controls=${this.panelId}
        @click=${() => (this.open = !this.open)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 5C6.5 5 2.7 9.2 1.5 12c1.2 2.8 5 7 10.5 7s9.3-4.2 10.5-7C21.3 9.2 17.5 5 12 5zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9zm0-2.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z"
          />
        </svg>
        ${this.strings.vision.toggle}
      </button>
      ${this.open ? this.renderPanel() : nothing}`;
  }

  /** The settings once their chunk is here; if it cannot be fetched, why, with Retry. */
  private renderPanel() {
    const panel = this.settingsPanel.value;
    if (panel) {
      return panel.renderSettingsPanel({
        id: this.panelId,
        language: this.language,
        settings: this.settings,
        change: (settings) => this.change(settings),
        close: () => this.close(),
      });
    }
    if (this.panelFailure === undefined) return nothing;
    // In the panel's place, so the toggle's aria-controls still names what it opened.
    return html`<div id=${this.panelId}>
      ${renderErrorBox(this.strings.internalError, this.strings, () => {
        this.panelFailure = undefined;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'biblio-vision-panel': BiblioVisionPanel;
  }
}
