/** The HTML entities feeds use most: hand-made RSS puts them into XML, where they are illegal. */
const namedEntities: Record<string, number> = {
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  nbsp: 160,
  laquo: 171,
  raquo: 187,
  ndash: 8211,
  mdash: 8212,
  hellip: 8230,
  lsquo: 8216,
  rsquo: 8217,
  ldquo: 8220,
  rdquo: 8221,
  bdquo: 8222,
  copy: 169,
  reg: 174,
  trade: 8482,
  deg: 176,
  numero: 8470,
  middot: 183,
  times: 215,
  euro: 8364,
  shy: 173,
};

const xmlEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Named HTML entities as character references, which XML accepts: `&laquo;` -> `&#171;`. */
export function htmlEntitiesAsNumeric(text: string): string {
  return text.replace(/&([a-z]+);/gi, (entity, name: string) => {
    const code = namedEntities[name.toLowerCase()];
    return code === undefined || xmlEntities.has(name) ? entity : `&#${code};`;
  });
}

function fromCodePoint(code: number, entity: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : entity;
}

/** Decodes numeric references and the common named entities, for when no parser may be used. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi,
    (entity, decimal?: string, hex?: string, name?: string) => {
      if (decimal) return fromCodePoint(Number(decimal), entity);
      if (hex) return fromCodePoint(parseInt(hex, 16), entity);
      const code = namedEntities[name!.toLowerCase()];
      return code === undefined ? entity : String.fromCodePoint(code);
    },
  );
}
