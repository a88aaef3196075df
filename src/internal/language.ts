import { toSupportedLanguage, type Language } from '../i18n/index.js';

/**
 * The element's language: its own `lang`, else the closest ancestor's (across shadow roots, so
 * an element inside another element's shadow follows the page), else `<html lang>`, else English.
 */
export function resolveLanguage(element: Element): Language {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return toSupportedLanguage(node.getAttribute('lang'));
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return toSupportedLanguage(null);
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes, so a page's language
 * switch re-renders every element. One observer serves all elements.
 */
export function watchLanguage(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
