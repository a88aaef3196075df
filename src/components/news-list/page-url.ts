/**
 * Where the current page lives in the address bar, so Back works and a page can be shared:
 * `page` means `?page=3`, `#page` means `#page=3` (for pages whose server ignores unknown query
 * parameters badly).
 */
function place(param: string) {
  return param.startsWith('#')
    ? { inHash: true, key: param.slice(1) }
    : { inHash: false, key: param };
}

export function readPageFromUrl(param: string, href: string): number | undefined {
  const { inHash, key } = place(param);
  const url = new URL(href);
  const params = inHash ? new URLSearchParams(url.hash.slice(1)) : url.searchParams;
  const page = Number(params.get(key));
  return Number.isInteger(page) && page >= 1 ? page : undefined;
}

/** The same address with the page set; page 1 is the address without the parameter. */
export function withPageInUrl(param: string, href: string, page: number): string {
  const { inHash, key } = place(param);
  const url = new URL(href);
  const params = inHash ? new URLSearchParams(url.hash.slice(1)) : url.searchParams;
  if (page > 1) params.set(key, String(page));
  else params.delete(key);
  if (inHash) url.hash = params.toString();
  return url.href;
}
