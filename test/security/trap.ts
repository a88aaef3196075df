/**
 * The trap that proves no payload ran: every payload in the corpus calls `alert`, `confirm`,
 * `prompt` or `print`, or sets `window.__pwned`; each of those records who fired it. A
 * `securitypolicyviolation` listener counts what a CSP would have blocked.
 */
export interface Trap {
  /** What fired, in order: "alert(1)", "__pwned=1"… */
  readonly executions: string[];
  readonly violations: string[];
  release(): void;
}

type TrappedName = 'alert' | 'confirm' | 'prompt' | 'print';

const trappedFunctions: readonly TrappedName[] = ['alert', 'confirm', 'prompt', 'print'];

export function setTrap(): Trap {
  const executions: string[] = [];
  const violations: string[] = [];
  const originals = trappedFunctions.map((name) => [name, window[name]] as const);
  for (const name of trappedFunctions) {
    Object.defineProperty(window, name, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        executions.push(`${name}(${args.map(String).join(', ')})`);
        return null;
      },
    });
  }
  Object.defineProperty(window, '__pwned', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => executions.push(`__pwned=${String(value)}`),
  });
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.effectiveDirective}: ${event.blockedURI}`);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    executions,
    violations,
    release() {
      for (const [name, original] of originals) {
        Object.defineProperty(window, name, {
          configurable: true,
          writable: true,
          value: original,
        });
      }
      delete (window as { __pwned?: unknown }).__pwned;
      document.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}

/** Every element under `root`, inside open shadow roots too, as the reader's browser sees them. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  if (root instanceof Element && root.shadowRoot) found.push(...deepElements(root.shadowRoot));
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

const urlAttributes = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster'];
const activeElements = new Set(['script', 'object', 'embed', 'frame', 'frameset', 'base', 'meta']);

function schemeOf(value: string, base: string): string {
  try {
    return new URL(value.trim(), base).protocol;
  } catch {
    return 'unparseable';
  }
}

/**
 * What a sanitizer must never leave in the page: scripts and plugins, event-handler
 * attributes, URLs with a scheme other than http(s) (and mailto for links), external links
 * without `rel="noopener noreferrer"`, iframes without a sandbox. Each finding names the element.
 */
export function dangerousNodes(root: ParentNode, pageOrigin = location.origin): string[] {
  const findings: string[] = [];
  for (const element of deepElements(root)) {
    const tag = element.localName;
    if (activeElements.has(tag)) findings.push(`<${tag}> element`);
    if (tag === 'iframe' && !element.hasAttribute('sandbox')) findings.push('unsandboxed iframe');
    for (const attribute of element.getAttributeNames()) {
      const value = element.getAttribute(attribute) ?? '';
      if (/^on/i.test(attribute)) findings.push(`<${tag} ${attribute}>`);
      if (!urlAttributes.includes(attribute)) continue;
      const allowed = tag === 'a' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
      const scheme = schemeOf(value, element.baseURI);
      if (!allowed.includes(scheme)) findings.push(`<${tag} ${attribute}="${value}">`);
    }
    if (tag === 'a' && element.hasAttribute('href')) {
      const url = new URL(element.getAttribute('href')!, element.baseURI);
      const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
      const external = url.protocol !== 'mailto:' && url.origin !== pageOrigin;
      if (external && !(rel.includes('noopener') && rel.includes('noreferrer'))) {
        findings.push(`external <a href="${url.href}"> without rel="noopener noreferrer"`);
      }
    }
  }
  return findings;
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Lets every image fail or load, so an `onerror` that slipped through has had its chance.
 * Lazy images below the fold may never load, hence the time limit.
 */
export async function imagesSettled(root: ParentNode): Promise<void> {
  const images = deepElements(root).filter(
    (element): element is HTMLImageElement => element instanceof HTMLImageElement,
  );
  const settled = Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  await Promise.race([settled, pause(1500)]);
  await pause(200);
}
