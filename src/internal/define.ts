const warnedTags = new Set<string>();

/**
 * Registers `constructor` as `tag` unless the tag is taken. A second copy of our bundle on the
 * page, or a host that registered the tag first, must not throw into the page: we keep the
 * existing definition and warn once when it is not ours.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  if (existing !== constructor && !warnedTags.has(tag)) {
    warnedTags.add(tag);
    console.warn(
      `biblio-widgets: <${tag}> is already defined by another script; keeping that definition.`,
    );
  }
}
