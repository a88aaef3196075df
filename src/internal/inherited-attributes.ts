/**
 * Settings a page writes once on an ancestor and every element follows: `lang` and `theme`.
 * Looked up like `lang` in HTML: the element's own attribute, else the closest ancestor's,
 * crossing shadow roots so an element inside another element's shadow follows the page.
 */
export type InheritedAttribute = 'lang' | 'theme';

export function closestAttribute(element: Element, name: InheritedAttribute): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute(name)) return node.getAttribute(name);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang`, `theme` or `dir` attribute anywhere in the document changes, so
 * a page's language or theme switch reaches every element. One observer serves all elements.
 */
export function watchInheritedAttributes(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {
      attributes: true,
      // dir: an element whose language is right to left follows the page's (biblio-element.ts).
      attributeFilter: ['lang', 'theme', 'dir'],
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
