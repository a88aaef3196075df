import { isElement, nameOf, type ElementLike, type NodeLike } from '../../dom.js';

/**
 * Child elements called `name` (or any of `name`), in document order. Without `namespace` only
 * children in the parent's own namespace count, so RSS `description` never picks up
 * `media:description`.
 */
export function childElements(
  parent: NodeLike,
  name: string | readonly string[],
  namespace?: string,
): ElementLike[] {
  const wanted = namespace ?? parent.namespaceURI ?? null;
  const names = typeof name === 'string' ? [name] : name;
  return Array.from(parent.childNodes).filter(
    (node): node is ElementLike =>
      isElement(node) && names.includes(nameOf(node)) && (node.namespaceURI ?? null) === wanted,
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

/** Elements called `name` in `namespace` anywhere below `node` (not inside one another). */
export function descendants(node: NodeLike, name: string, namespace: string | null): ElementLike[] {
  return Array.from(node.childNodes).flatMap((child) => {
    if (!isElement(child)) return [];
    const matches = nameOf(child) === name && (child.namespaceURI ?? null) === namespace;
    return matches ? [child] : descendants(child, name, namespace);
  });
}
