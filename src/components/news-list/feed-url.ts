/**
 * WordPress answers `search=` itself, across the whole archive; other feeds are searched in the
 * items already loaded. A feed counts as WordPress when `format` says so or its URL is a
 * `/wp-json/wp/v2/` (or `?rest_route=/wp/v2/`) route.
 */
export function searchesOnServer(src: string, format: string | undefined): boolean {
  if (format === 'wordpress') return true;
  if (format && format !== 'auto') return false;
  return /\/wp-json\/wp\/v2\/|[?&]rest_route=%2Fwp%2Fv2%2F|[?&]rest_route=\/wp\/v2\//.test(src);
}

/** The feed URL with the reader's search added, or unchanged when there is none. */
export function withSearch(src: string, query: string): string {
  const trimmed = query.trim();
  if (!trimmed) return src;
  const url = new URL(src);
  url.searchParams.set('search', trimmed);
  url.searchParams.delete('page');
  return url.href;
}
