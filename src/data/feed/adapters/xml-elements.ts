import { isElement, nameOf, type ElementLike, type NodeLike } from '../../dom.js';

/** A namespace URI, or the spellings one is published under (`.../mrss/` and `.../mrss`). */
export type Namespace = string | readonly string[];

/**
 * Child elements called `name` (or any of `name`), in document order. Without `namespace` only
 * children in the parent's own namespace count, so RSS `description` never picks up
 * `media:description`.
 */
export function childElements(
  parent: NodeLike,
  name: string | readonly string[],
  namespace?: Namespace,
): ElementLike[] {
  const wanted = namespace ?? parent.namespaceURI ?? null;
  const namespaces: readonly (string | null)[] =
    typeof wanted === 'string' || wanted === null ? [wanted] : wanted;
  const names = typeof name === 'string' ? [name] : name;
  return Array.from(parent.childNodes).filter(
    (node): node is ElementLike =>
      isElement(node) &&
      names.includes(nameOf(node)) &&
      namespaces.includes(node.namespaceURI ?? null),
  );
}

export function childElement(
  parent: NodeLike,
  name: string,
  namespace?: Namespace,
): ElementLike | undefined {
  return childElements(parent, name, namespace)[0];
}

export function childText(
  parent: NodeLike,
  name: string,
  namespace?: Namespace,
): string | undefined {
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
