/** Imports the module that defines one element. */
export type ElementLoader = () => Promise<unknown>;

/**
 * Calls each tag's loader once, the first time an element with that tag is in `root` or is added
 * to it. A loader that fails (offline, a chunk missing on the CDN) is reported with a warning and
 * tried again when another element with its tag is added; until then the element shows the
 * page's own content inside it, as an undefined element does. `loadShared`, the code every
 * element needs, is started together with the first element.
 */
export function defineOnDemand(
  root: Document,
  loaders: Record<string, ElementLoader>,
  loadShared?: ElementLoader,
): void {
  const waiting = new Map(Object.entries(loaders));
  let sharedStarted = false;

  const load = (tag: string) => {
    const loader = waiting.get(tag);
    if (!loader) return;
    waiting.delete(tag);
    if (loadShared && !sharedStarted) {
      sharedStarted = true;
      // A failure here shows again, and is reported, in the element's own import.
      loadShared().catch(() => undefined);
    }
    loader().catch((error: unknown) => {
      waiting.set(tag, loader);
      observe();
      console.warn(`biblio-widgets: <${tag}> could not be loaded.`, error);
    });
  };

  const scan = (node: Element | Document) => {
    if (node instanceof Element) load(node.localName);
    if (waiting.size === 0) return;
    for (const element of node.querySelectorAll([...waiting.keys()].join(','))) {
      load(element.localName);
    }
  };

  // Once every element is loaded nothing is left to look for, so the page pays nothing more.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (waiting.size === 0) observer.disconnect();
  });
  const observe = () => observer.observe(root, { childList: true, subtree: true });

  scan(root);
  if (waiting.size > 0) observe();
}
