import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { stringsFor, type Language, type Strings } from '../i18n/index.js';
import { tokenStyles } from '../styles/tokens.styles.js';
import { defineElement } from './define.js';
import { resolveLanguage, watchLanguage } from './language.js';

/** Colour scheme of an element: follow the host page (unset), force one, or follow the OS. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every biblio element shares: registration without collisions, the reader's language,
 * design tokens and the `theme` attribute.
 */
export abstract class BiblioElement extends LitElement {
  /** The tag `define()` uses when none is given. */
  static tagName: string;

  static override styles = [tokenStyles];

  /**
   * Registers the element. Safe to call twice or next to another copy of the library: a tag
   * that is already taken is left alone (with a warning if it belongs to another class).
   */
  static define(tag: string = this.tagName, registry: CustomElementRegistry = customElements) {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  /**
   * Colour scheme: `light`, `dark` or `auto` (the reader's system setting). Unset, the element
   * follows the host page's `color-scheme`.
   */
  @property({ reflect: true }) theme?: Theme;

  /** The language the element currently speaks, resolved from `lang` attributes. */
  @state() protected language: Language = 'en';

  private stopWatchingLanguage?: () => void;

  protected get strings(): Strings {
    return stringsFor(this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.language = resolveLanguage(this);
    this.stopWatchingLanguage = watchLanguage(() => {
      this.language = resolveLanguage(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
  }
}
