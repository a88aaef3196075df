import { isElement, nameOf, type ElementLike, type NodeLike } from '../../dom.js';

/**
 * Child elements called `name`. Without `namespace` only children in the parent's own
 * namespace count, so RSS `description` never picks up `media:description`.
 */
export function childElements(parent: NodeLike, name: string, namespace?: string): ElementLike[] {
  const wanted = namespace ?? parent.namespaceURI ?? null;
  return Array.from(parent.childNodes).filter(
    (node): node is ElementLike =>
      isElement(node) && nameOf(node) === name && (node.namespaceURI ?? null) === wanted,
  );
}

export function childElement(
  parent: NodeLike,
  name: string,
  namespace?: string,
): ElementLike | undefined {
  return childElements(parent, name, namespace)[0];
}

export function childText(parent: NodeLike, name: string, namespace?: string): string | undefined {
  const text = childElement(parent, name, namespace)?.textContent?.trim();
  return text || undefined;
}
