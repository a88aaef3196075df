import { LitElement, ReactiveElement, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  baseStrings,
  directionOf,
  loadLanguage,
  stringsIn,
  toSupportedLanguage,
  type BaseStrings,
  type Language,
  type Localized,
  type Strings,
} from '../i18n/index.js';
import { tokenStyles } from '../styles/tokens.styles.js';
import { defineElement } from './define.js';
import { closestAttribute, watchInheritedAttributes } from './inherited-attributes.js';
import { unmarkedPageFallback } from './page-language.js';
import { renderErrorBox } from './states.js';

/** Colour scheme of an element: follow the host page (unset), force one, or follow the OS. */
export type Theme = 'light' | 'dark' | 'auto';

const themes: readonly Theme[] = ['light', 'dark', 'auto'];

/** ReactiveElement's own update step: reflects attributes and marks the update done. */
const finishUpdate = Object.getOwnPropertyDescriptor(ReactiveElement.prototype, 'update')!
  .value as (this: ReactiveElement, changed: PropertyValues) => void;

/** Whether a `dir` above `element` speaks for its language: one up to the closest `lang`. */
function ancestorGivesDirection(element: Element): boolean {
  let node = element.parentNode;
  for (; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element) {
      if (node.hasAttribute('dir')) return true;
      if (node.hasAttribute('lang')) return false;
    }
  }
  return false;
}

/**
 * What every biblio element shares: registration without collisions, the reader's language,
 * design tokens and the `theme` attribute. `S` is the strings the element reads: an element
 * bundles only the sections of the language files it names (see src/i18n/sections.ts).
 *
 * @attr {string} lang - The reader's language: `ru`, `en`, `uk`, `be`, `kk`, `tt`, `ba`, `de`, `fr`, `es`, `ar` or one the page registered (docs/translating.md); from this attribute or the closest ancestor's `lang` (as `<html lang>`), such as `ru-RU`; on a page that marks none, its Content-Language or the browser's languages. A language without strings falls back to English. Arabic lays the element out right to left unless the page sets `dir`.
 */
export abstract class BiblioElement<S extends BaseStrings = Strings> extends LitElement {
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
   * Colour scheme: `light`, `dark` or `auto` (the reader's system setting), from this attribute
   * or the closest ancestor's `theme`. Unset everywhere, the element follows the host page's
   * CSS `color-scheme`.
   */
  @property({ reflect: true }) theme?: Theme;

  /**
   * The language the element currently speaks: from `lang` on it or the closest ancestor (or
   * `<html>`); on a page with none, see `unmarkedPageFallback`. Until the strings of a language
   * that is not inline arrive, `strings` (and `Intl`, see intlLanguage) use its fallback's.
   */
  @state() protected language: Language = 'en';

  /** The `dir` this element set on itself, so it can tell it from one the page set. */
  private ownDirection: string | null = null;

  /**
   * The strings this element reads, in every language, `S` in each: an element bundles only
   * the sections of the language files named here (see src/i18n/sections.ts). An element that
   * names none gets the shared ones.
   */
  protected static localizedStrings: Localized<BaseStrings> = baseStrings;

  private readonly internals = this.attachInternals();
  private stopWatchingAttributes?: () => void;

  /** Re-reads what the page set on ancestors; the theme becomes a custom state CSS can match. */
  private readInheritedAttributes() {
    // `lang=""` means "unknown" in HTML, so it falls back like no `lang` at all.
    const lang = closestAttribute(this, 'lang');
    const language = lang ? toSupportedLanguage(lang) : unmarkedPageFallback();
    if (language !== this.language) {
      this.language = language;
      // A language that cannot be fetched (offline) keeps its fallback's strings; nothing throws.
      loadLanguage(language)?.then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
    this.readDirection();
    const theme = closestAttribute(this, 'theme') as Theme | null;
    for (const candidate of themes) {
      if (candidate === theme) this.internals.states.add(`theme-${candidate}`);
      else this.internals.states.delete(`theme-${candidate}`);
    }
  }

  /**
   * A right-to-left language lays the element out right to left where the page says nothing: a
   * `dir` on the element or an ancestor, up to the one whose `lang` names the language, is the
   * page's word and wins (a `dir` above that belongs to another language). Set on the host, not
   * in the shadow root: the shadow tree, slotted children and `:dir()` selectors all follow the
   * host's direction, while the shadow root itself has no `dir` and our templates no single root.
   */
  private readDirection() {
    const own = this.getAttribute('dir');
    const pageDirection =
      (own !== null && own !== this.ownDirection) ||
      (!this.hasAttribute('lang') && ancestorGivesDirection(this));
    const wanted = !pageDirection && directionOf(this.language) === 'rtl' ? 'rtl' : null;
    if (wanted === this.ownDirection) return;
    if (wanted) this.setAttribute('dir', wanted);
    else if (this.getAttribute('dir') === this.ownDirection) this.removeAttribute('dir');
    this.ownDirection = wanted;
  }

  protected get strings(): S {
    const table = (this.constructor as typeof BiblioElement).localizedStrings;
    return stringsIn(table, this.language) as S;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInheritedAttributes();
    this.stopWatchingAttributes = watchInheritedAttributes(() => this.readInheritedAttributes());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingAttributes?.();
  }

  /**
   * A widget that fails must not throw into the host page or break its neighbours: a render
   * error is logged and shown as the element's own error box, with Retry.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (cause) {
      console.error(`biblio-widgets: <${this.localName}> could not render`, cause);
      // LitElement renders before it finishes the update's bookkeeping; finish it here, or the
      // element would think an update is still pending and never update again.
      finishUpdate.call(this, changed);
      render(
        renderErrorBox(this.strings.internalError, this.strings, () => this.requestUpdate()),
        this.renderRoot as HTMLElement,
      );
    }
  }

  // The document observer does not see inside shadow roots, so an element nested in another
  // element's shadow learns of its own `theme` change here.
  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'theme' && this.isConnected) this.readInheritedAttributes();
  }
}
