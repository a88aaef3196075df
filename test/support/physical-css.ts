/**
 * Finds the CSS declarations that are tied to the screen's left and right (or top and bottom)
 * instead of the reading direction, so they would not mirror for Arabic. Widths, heights and
 * overflow-x stay: they name an axis, which is the same in both directions, and no language
 * we write is set vertically. A declaration right after a comment that starts with
 * `physical:` and says why is reported as excused rather than as a fault.
 */
export interface PhysicalDeclaration {
  /** The innermost selector or at-rule the declaration sits in. */
  rule: string;
  declaration: string;
  /** What makes it physical and what to write instead. */
  problem: string;
  /** The reason its `physical:` comment gives, when it has one. */
  excuse?: string;
}

const sideInName = /(?:^|-)(?:left|right|top|bottom)(?:-|$)/;
const leftOrRight = /\b(?:left|right)\b/;
const keywordProperties = /^(?:float|clear|text-align(?:-last)?|justify-(?:content|items|self))$/;
const positionProperties =
  /^(?:background(?:-position)?|mask(?:-position)?|object-position|transform-origin|perspective-origin)$/;
const fourSideShorthands =
  /^(?:margin|padding|inset|scroll-margin|scroll-padding|border-(?:width|style|color))$/;
const horizontalTransform =
  /\b(?:translateX|translate3d|scaleX|skewX?|matrix(?:3d)?)\(|\btranslate\(/;
const horizontalGradient = /gradient\([^)]*\bto\s+(?:(?:top|bottom)\s+)?(?:left|right)\b/;

/** Splits a value at top-level separators, leaving `var(…)`, `rgb(…)` and the like whole. */
function splitOutside(value: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth === 0 && separator.test(char)) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** A border-radius whose left corners differ from its right ones, in either of its halves. */
function lopsidedRadius(value: string): boolean {
  return splitOutside(value, /\//).some((half) => {
    const corners = splitOutside(half, /\s/);
    if (corners.length === 4) return corners[0] !== corners[1] || corners[2] !== corners[3];
    return new Set(corners).size > 1;
  });
}

/** A shadow drawn to one side: its first length, the horizontal offset, is not zero. */
function sidewaysShadow(value: string): boolean {
  return splitOutside(value, /,/).some((shadow) => {
    const offset = splitOutside(shadow, /\s/).find((token) => /^-?[\d.]/.test(token));
    return offset !== undefined && parseFloat(offset) !== 0;
  });
}

/** What makes `name: value` physical, or undefined when it follows the reading direction. */
function physicalProblem(name: string, value: string): string | undefined {
  if (sideInName.test(name)) {
    return 'names a physical side: use the -inline-start/-end or -block-start/-end property';
  }
  if (keywordProperties.test(name) && leftOrRight.test(value)) {
    return 'left/right: use start/end (or inline-start/inline-end)';
  }
  if (positionProperties.test(name) && leftOrRight.test(value)) {
    return 'positioned from left/right, which does not follow the direction';
  }
  if (name === 'resize' && /^(?:horizontal|vertical)$/.test(value)) {
    return 'use resize: inline or block';
  }
  if (fourSideShorthands.test(name)) {
    const sides = splitOutside(value, /\s/);
    if (sides.length === 4 && sides[1] !== sides[3]) {
      return 'right and left differ: set the -inline-start/-end sides instead';
    }
  }
  if (name === 'border-radius' && lopsidedRadius(value)) {
    return 'left and right corners differ: use border-start-start-radius and the like';
  }
  if ((name === 'box-shadow' || name === 'text-shadow') && sidewaysShadow(value)) {
    return 'the shadow falls to one side of the screen';
  }
  if ((name === 'transform' && horizontalTransform.test(value)) || name === 'translate') {
    return 'moves or flips along the horizontal axis of the screen';
  }
  if (horizontalGradient.test(value)) return 'the gradient runs to a physical side';
  return undefined;
}

export function physicalDeclarations(cssText: string): PhysicalDeclaration[] {
  const found: PhysicalDeclaration[] = [];
  const rules: string[] = [];
  let text = '';
  let excuse: string | undefined;
  const tokens = cssText.matchAll(/\/\*[\s\S]*?\*\/|[{};]|(?:[^{};/]|\/(?!\*))+/g);
  for (const [token] of tokens) {
    if (token.startsWith('/*')) {
      const reason = /^\/\*\s*physical:\s*([\s\S]*?)\s*\*\/$/.exec(token)?.[1];
      if (!text.trim() && reason) excuse = reason;
    } else if (token === '{') {
      rules.push(text.trim().replace(/\s+/g, ' '));
      text = '';
      excuse = undefined;
    } else if (token === ';' || token === '}') {
      const colon = text.indexOf(':');
      const name = text.slice(0, colon).trim().toLowerCase();
      const value = text
        .slice(colon + 1)
        .replace(/!important/i, '')
        .trim()
        .replace(/\s+/g, ' ');
      const problem =
        colon > 0 && !name.startsWith('--') ? physicalProblem(name, value) : undefined;
      if (problem) {
        found.push({ rule: rules.at(-1) ?? '', declaration: `${name}: ${value}`, problem, excuse });
      }
      text = '';
      excuse = undefined;
      if (token === '}') rules.pop();
    } else text += token;
  }
  return found;
}
