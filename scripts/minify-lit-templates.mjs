/**
 * Whitespace-minifies the text of Lit's css`` and html`` tagged templates, which the bundlers'
 * minifiers leave alone: indentation and comments were a quarter of each element's styles.
 *
 * Safe by construction: templates are found with the TypeScript parser (never a regex over
 * code), only literal text between `${}` bindings changes, every line break stays (so source
 * maps stay right line by line), a run of spaces in HTML is never shortened (attribute values
 * and text keep their spacing, only indentation after a line break goes), and CSS strings,
 * `<pre>` and `<textarea>` content are never touched.
 */
import ts from 'typescript';

const minifiers = { css: minifyCssText, html: minifyHtmlText, svg: minifyHtmlText };

/** The Vite (Rolldown) plugin: every build of our sources, the CDN file's and the demo's. */
export function litTemplatesPlugin() {
  return {
    name: 'minify-lit-templates',
    apply: 'build',
    transform: {
      filter: { id: /\/src\/.*\.ts$/ },
      handler(source, id) {
        // Line breaks are kept, so the source map of the untouched code still holds.
        const code = minifyLitTemplates(source, id);
        return code === null ? null : { code, map: null };
      },
    },
  };
}

/** Returns the source with every css``/html``/svg`` template minified, or null if none changed. */
export function minifyLitTemplates(source, fileName) {
  if (!/\b(css|html|svg)`/.test(source)) return null;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = minifiers[node.tag.text];
      if (minify) edits.push(...templateEdits(node.template, minify, file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return null;
  let result = '';
  let position = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    result += source.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return result + source.slice(position);
}

/** The literal pieces of one template (the raw text between the backticks and bindings). */
function literalPieces(template, file) {
  const pieces = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return pieces.map((piece) => {
    const start = piece.getStart(file) + 1;
    const closer = ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1;
    const end = piece.end - closer;
    return { start, end, text: file.text.slice(start, end) };
  });
}

function templateEdits(template, minify, file) {
  const pieces = literalPieces(template, file);
  const whole = pieces.map((piece) => piece.text).join('');
  if (minify === minifyHtmlText && !isSafeHtml(whole)) return [];
  return pieces
    .map((piece) => ({ ...piece, text: minify(piece.text) }))
    .filter((edit) => edit.text !== file.text.slice(edit.start, edit.end));
}

/** `<pre>` keeps its whitespace, and so does a textarea with content. */
function isSafeHtml(text) {
  const textareas = text.match(/<textarea\b/g)?.length ?? 0;
  const emptyTextareas = text.match(/><\/textarea>/g)?.length ?? 0;
  return !/<pre\b/i.test(text) && textareas === emptyTextareas;
}

/** The line breaks of a piece of text, which every edit keeps so source maps stay right. */
const lineBreaks = (text) => text.replace(/[^\n]/g, '');

/** Indentation (a whitespace run with a line break) becomes its line breaks alone. */
function minifyHtmlText(text) {
  return text.replace(/[ \t]*\n\s*/g, lineBreaks);
}

/**
 * Whitespace next to `{ } ; , >` and after `:` means nothing in CSS; elsewhere one space is as
 * good as many. Whitespace before `:` stays (`a :hover` is not `a:hover`).
 */
function minifyCssCode(text) {
  return text
    .replace(/\s*([{};,>])\s*|(:)\s+/g, (match, mark, colon) => (mark ?? colon) + lineBreaks(match))
    .replace(/\s+/g, (run) => lineBreaks(run) || ' ');
}

/** Where a custom property's value, kept as written, ends: `;`, a brace or an unmatched `)`. */
function customPropertyEnd(text, start) {
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') depth += 1;
    else if (char === ')' && depth-- === 0) return index;
    else if (depth === 0 && (char === ';' || char === '{' || char === '}')) return index;
  }
  return text.length;
}

/**
 * Drops comments and minifies the code between CSS strings, which are copied as they are, and
 * so are custom property values: browsers keep their text as written (`getPropertyValue`, style
 * queries see it), so `light-dark(#fff, #000)` must not lose its space.
 */
function minifyCssText(text) {
  let result = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      result += text.slice(index, end + 1);
      index = end + 1;
    } else if (text.startsWith('/*', index)) {
      const close = text.indexOf('*/', index + 2);
      const end = close === -1 ? text.length : close + 2;
      result += lineBreaks(text.slice(index, end));
      index = end;
    } else if (/^--[\w-]+\s*:/.test(text.slice(index))) {
      const end = customPropertyEnd(text, index);
      result += text.slice(index, end);
      index = end;
    } else {
      const next = text.slice(index + 1).search(/["'/]|--/);
      const end = next === -1 ? text.length : index + 1 + next;
      result += minifyCssCode(text.slice(index, end));
      index = end;
    }
  }
  return result;
}
