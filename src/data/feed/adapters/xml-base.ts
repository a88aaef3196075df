import { isElement, type NodeLike } from '../../dom.js';

function resolve(reference: string, base: string): string {
  try {
    return new URL(reference.trim(), base).href;
  } catch {
    return base;
  }
}

/**
 * The URL relative references in an element resolve against: the document's, changed by every
 * `xml:base` on the way down to the element (each one relative to the one above it).
 */
export function baseOf(node: NodeLike | undefined, documentUrl: string): string {
  const bases: string[] = [];
  for (
    let current = node;
    current && isElement(current);
    current = current.parentNode ?? undefined
  ) {
    const base = current.getAttribute('xml:base');
    if (base !== null) bases.unshift(base);
  }
  return bases.reduce((url, reference) => resolve(reference, url), documentUrl);
}

/** A URL written in an element (an `href`, a `<link>`), made absolute against the element's base. */
export function urlIn(
  node: NodeLike | undefined,
  reference: string | null | undefined,
  documentUrl: string,
): string | undefined {
  return reference?.trim() ? resolve(reference, baseOf(node, documentUrl)) : undefined;
}
