/**
 * The files editors and JSX read, generated from the manifest by `npm run build:manifest`
 * (custom-elements-manifest.config.mjs): VS Code's custom data, JetBrains' web-types and the JSX
 * types each describe every element with every attribute the manifest gives it. Run after
 * `npm run build`: `node --test test/build/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = async (path) => JSON.parse(await readFile(join(root, path), 'utf8'));
const pkg = await readJson('package.json');
const manifest = await readJson(pkg.customElements);

/** Tag name → attribute names, as the manifest has them. */
const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((element) => [element.tagName, (element.attributes ?? []).map(({ name }) => name)]),
);

/** Tag name → names an editor file lists for it, for the elements it describes. */
function described(list, attributesOf) {
  return new Map(list.map((element) => [element.name, attributesOf(element)]));
}

/** Every manifest element is there, each with every manifest attribute. */
function assertDescribesEveryElement(found, label) {
  assert.deepEqual([...found.keys()].sort(), [...elements.keys()].sort(), `${label}: elements`);
  for (const [tag, attributes] of elements) {
    const missing = attributes.filter((name) => !found.get(tag).includes(name));
    assert.deepEqual(missing, [], `${label}: attributes of <${tag}>`);
  }
}

test('the manifest has elements with attributes to look for', () => {
  assert.ok(elements.size >= 7, [...elements.keys()].join(', '));
  for (const [tag, attributes] of elements) assert.ok(attributes.length > 0, tag);
});

test("VS Code's HTML custom data describes every element with its attributes", async () => {
  const data = await readJson('dist/vscode.html-custom-data.json');
  assert.equal(data.version, 1.1);
  const found = described(data.tags, (tag) => tag.attributes.map(({ name }) => name));
  assertDescribesEveryElement(found, 'vscode.html-custom-data.json');
});

test("VS Code's CSS custom data lists every CSS custom property of the manifest", async () => {
  const data = await readJson('dist/vscode.css-custom-data.json');
  const properties = new Set(data.properties.map(({ name }) => name));
  const declared = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => declaration.cssProperties ?? [])
    .map(({ name }) => name);
  assert.ok(declared.length > 0);
  assert.deepEqual(
    declared.filter((name) => !properties.has(name)),
    [],
  );
});

test('package.json names the web-types file, which describes every element with its attributes', async () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  const webTypes = await readJson(pkg['web-types']);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const found = described(webTypes.contributions.html.elements, (element) =>
    element.attributes.map(({ name }) => name),
  );
  assertDescribesEveryElement(found, 'web-types.json');
});

/** The props TypeScript sees on each tag of an exported map of the JSX types file. */
function jsxProps(file, typeName) {
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const exported = checker.getExportsOfModule(
    checker.getSymbolAtLocation(program.getSourceFile(file)),
  );
  const map = exported.find((symbol) => symbol.name === typeName);
  assert.ok(map, `${typeName} is exported`);
  return new Map(
    checker
      .getPropertiesOfType(checker.getDeclaredTypeOfSymbol(map))
      .map((tag) => [
        tag.name,
        checker.getPropertiesOfType(checker.getTypeOfSymbol(tag)).map(({ name }) => name),
      ]),
  );
}

const jsxFile = join(root, pkg.exports['./jsx'].types);

test('the JSX types (React, Preact) give every element each of its attributes as a prop', () => {
  const found = jsxProps(jsxFile, 'CustomElements');
  assertDescribesEveryElement(found, 'CustomElements');
  for (const [tag, props] of found) assert.ok(!props.includes('undefined'), `<${tag}> undefined`);
});

test('the Solid JSX types give every element each attribute, as itself or attr:/prop:/bool:', () => {
  const found = jsxProps(jsxFile, 'CustomElementsSolidJs');
  const bare = new Map(
    [...found].map(([tag, props]) => [
      tag,
      props.map((name) => name.replace(/^(attr|prop|bool):/, '')),
    ]),
  );
  assertDescribesEveryElement(bare, 'CustomElementsSolidJs');
});

test('the JSX types file augments the JSX namespaces of React, Preact and Solid', async () => {
  const source = await readFile(jsxFile, 'utf8');
  for (const module of ['react', 'react/jsx-runtime', 'preact', 'solid-js']) {
    assert.match(source, new RegExp(`declare module "${module}" \\{\\s*namespace JSX`), module);
  }
});
