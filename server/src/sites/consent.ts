/**
 * A site that asks readers to consent to the processing of their personal data (152-FZ, the
 * GDPR): a post without consent is refused, and the policy version consented to is stored with
 * the comment, so the library can show which text a reader agreed to.
 */
export interface Consent {
  /** The policy page the comment form links to; the element's `consent-href` shows the same. */
  policyUrl: string;
  /** The policy's version as the library names it, e.g. a date: stored with each comment. */
  policyVersion: string;
}

/** An http(s) URL: the page a reader opens to read the policy. */
export const isPolicyUrl = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** One line of visible text, at most 100 characters: it is stored beside every comment. */
export const isPolicyVersion = (value: string): boolean => /^[^\p{C}]{1,100}$/u.test(value);

/**
 * The consent a URL and a version make, or the problems that keep them from making one; both
 * absent: the site asks for no consent.
 */
export function parseConsent(
  policyUrl: string | undefined,
  policyVersion: string | undefined,
  names: { url: string; version: string },
): { consent?: Consent; problems: string[] } {
  if (policyUrl === undefined && policyVersion === undefined) return { problems: [] };
  const problems: string[] = [];
  if (policyUrl === undefined || !isPolicyUrl(policyUrl))
    problems.push(`${names.url} must be the http(s) URL of the personal-data policy`);
  if (policyVersion === undefined || !isPolicyVersion(policyVersion))
    problems.push(`${names.version} must name the policy's version (1-100 visible characters)`);
  return problems.length
    ? { problems }
    : { consent: { policyUrl: policyUrl!, policyVersion: policyVersion! }, problems };
}
