/**
 * The build's minifier for Lit's css`` and html`` text: what it shrinks, and what it must never
 * touch. Run: `node --test test/build/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyLitTemplates } from '../../scripts/minify-lit-templates.mjs';

const minify = (source) => minifyLitTemplates(source, 'example.ts');
const lineCount = (text) => text.split('\n').length;

test('CSS loses comments and the whitespace next to braces, semicolons, commas and colons', () => {
  const source = [
    'const styles = css`',
    '  /* why this rule */',
    '  :host {',
    '    color: red;',
    '    font-family: a,  b;',
    '  }',
    '  a > b,',
    '  c {',
    '    margin: 0   auto;',
    '  }',
    '`;',
  ].join('\n');
  const result = minify(source);
  assert.equal(
    result,
    [
      'const styles = css`',
      '',
      ':host{',
      'color:red;',
      'font-family:a,b;',
      '}',
      'a>b,',
      'c{',
      'margin:0 auto;',
      '}',
      '`;',
    ].join('\n'),
  );
  assert.equal(lineCount(result), lineCount(source));
});

test('CSS keeps its strings, the space before a pseudo-class and the space between bindings', () => {
  const source =
    "const styles = css`.quote::before { content: '  «  '; } .list :hover { margin: ${a}   ${b}; }`;";
  assert.equal(
    minify(source),
    "const styles = css`.quote::before{content:'  «  ';}.list :hover{margin:${a} ${b};}`;",
  );
});

test('custom property values and style queries keep their text as written', () => {
  const source = [
    'const styles = css`:host {',
    '  --a: light-dark(#fff, #000);',
    '  color: var(--a, red);',
    '}',
    '@container style(--b: none) {',
    '  p { margin: 0 }',
    '}`;',
  ].join('\n');
  assert.equal(
    minify(source),
    [
      'const styles = css`:host{',
      '--a: light-dark(#fff, #000);',
      'color:var(--a,red);',
      '}',
      '@container style(--b: none){',
      'p{margin:0}',
      '}`;',
    ].join('\n'),
  );
});

test('HTML loses indentation after a line break and keeps every line break', () => {
  const source = ['const view = html`<ul>', '    <li class="a  b">${item}</li>', '  </ul>`;'].join(
    '\n',
  );
  assert.equal(
    minify(source),
    ['const view = html`<ul>', '<li class="a  b">${item}</li>', '</ul>`;'].join('\n'),
  );
});

test('HTML text within a line keeps its spaces, inline elements stay apart', () => {
  assert.equal(minify('const view = html`<b>a</b> <i>b</i>  c`;'), null);
});

test('templates inside bindings are minified too', () => {
  const source = 'const view = html`<p>\n  ${ok ? html`<b>\n    yes</b>` : nothing}\n</p>`;';
  assert.equal(
    minify(source),
    'const view = html`<p>\n${ok ? html`<b>\nyes</b>` : nothing}\n</p>`;',
  );
});

test('<pre> and a textarea with content keep their whitespace, an empty textarea does not stop it', () => {
  const pre = 'const view = html`<pre>\n  keep   this\n</pre>`;';
  const filled = 'const view = html`<textarea>\n  draft\n</textarea>`;';
  const empty =
    'const view = html`<label>\n  Text</label>\n  <textarea\n    name="text"\n  ></textarea>`;';
  assert.equal(minify(pre), null);
  assert.equal(minify(filled), null);
  assert.equal(
    minify(empty),
    'const view = html`<label>\nText</label>\n<textarea\nname="text"\n></textarea>`;',
  );
});

test('other template literals, and the text outside templates, are left alone', () => {
  const source =
    'const a = `  x  `;\nconst b = sql`select   1`;\nconst c = "css`  not a template  `";';
  assert.equal(minify(source), null);
});

test('every template in src minifies to the same number of lines and keeps its bindings', async () => {
  const files = (await readdir('src', { recursive: true })).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
  );
  let changed = 0;
  for (const file of files) {
    const source = await readFile(join('src', file), 'utf8');
    const result = minifyLitTemplates(source, file);
    if (result === null) continue;
    changed += 1;
    assert.equal(lineCount(result), lineCount(source), file);
    const bindings = (text) => text.match(/\$\{/g)?.length ?? 0;
    assert.equal(bindings(result), bindings(source), file);
    assert.ok(result.length < source.length, file);
  }
  assert.ok(changed >= 10, `only ${changed} files had templates`);
});
