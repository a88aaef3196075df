import type { DOMParserLike, DocumentLike } from '../data/dom.js';

/** The name host pages list in `trusted-types` to let our feed parser work. */
export const trustedTypesPolicyName = 'biblio-widgets';

/** TypeScript's DOM types have no TrustedHTML yet; DOMParser takes one where it takes a string. */
interface ParsingPolicy {
  createHTML(input: string): string;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): ParsingPolicy;
}

let policy: ParsingPolicy | null | undefined;

/**
 * The policy is created on first use, not when the bundle loads, so pages that never read an
 * RSS feed or HTML text never see it. It passes strings through unchanged because they only
 * ever reach `DOMParser`, whose documents are inert (no scripts run, nothing loads): what we
 * read from them is text and XML nodes, never markup put into the page. The policy object stays
 * in this module, so no other code can use it to reach a real HTML sink.
 */
function parsingPolicy(): ParsingPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy = null;
  if (!factory) return policy;
  try {
    policy = factory.createPolicy(trustedTypesPolicyName, { createHTML: (input) => input });
  } catch (error) {
    console.warn(
      `biblio-widgets: could not create the Trusted Types policy "${trustedTypesPolicyName}"; ` +
        `add it to the page's trusted-types directive to read RSS and HTML text.`,
      error,
    );
  }
  return policy;
}

/**
 * The browser's DOMParser as the data layer wants it: it also works on pages that enforce
 * Trusted Types (`require-trusted-types-for 'script'`), where a plain string is refused.
 */
export function createDomParser(): DOMParserLike {
  const parser = new DOMParser();
  return {
    parseFromString(source, mimeType): DocumentLike {
      const trusted = parsingPolicy()?.createHTML(source) ?? source;
      return parser.parseFromString(trusted, mimeType);
    },
  };
}
