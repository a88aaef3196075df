/**
 * Attribute writing for the snippet a webmaster pastes into a CMS: whatever a feed URL or a map
 * holds, the value must come back unchanged and never close its attribute or tag early.
 */

const escapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;' };

function escapeWith(value: string, pattern: RegExp): string {
  return value.replace(pattern, (character) => escapes[character]);
}

/**
 * `name="value"`, or `name='value'` when the value holds double quotes and no single ones: a map
 * then reads as the JSON it is (`map='{"items":"data.news"}'`) instead of a wall of `&quot;`.
 */
export function attribute(name: string, value: string): string {
  if (value.includes('"') && !value.includes("'")) {
    return `${name}='${escapeWith(value, /[&<]/g)}'`;
  }
  return `${name}="${escapeWith(value, /[&"<]/g)}"`;
}
