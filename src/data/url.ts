/**
 * The one gate every URL from a feed or a reader passes before it becomes a link or an image.
 * Relative URLs resolve against the document they came from; anything that is not http(s)
 * (or mailto, for links) is refused, however it is spelled: the URL parser removes the tabs,
 * newlines and case tricks that hide `javascript:`.
 */
export function toSafeUrl(
  value: unknown,
  base: string | URL | undefined,
  kind: 'link' | 'image' = 'link',
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  const allowed = kind === 'link' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
  return allowed.includes(url.protocol) ? url.href : undefined;
}

/** True when `url` leaves the page's origin, so it gets `rel="noopener noreferrer"`. */
export function isExternalUrl(url: string, pageOrigin: string): boolean {
  try {
    return new URL(url).origin !== pageOrigin;
  } catch {
    return true;
  }
}
