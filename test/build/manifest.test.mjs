/**
 * The Custom Elements Manifest is what Storybook's autodocs and editors know of the elements: every
 * tag that src/define/ registers must be declared there with its documented API. A JSDoc block
 * that drifts away from its class (as the news list's once did) drops the element silently.
 * Run after `npm run build` (or `npm run build:manifest`): `node --test test/build/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('dist/custom-elements.json', root), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const defineFiles = (await readdir(new URL('src/define/', root))).filter((name) =>
  name.endsWith('.ts'),
);

for (const file of defineFiles) {
  const source = await readFile(new URL(`src/define/${file}`, root), 'utf8');
  const className = source.match(/^(\w+)\.define\(\)/m)?.[1];
  test(`src/define/${file} registers a class the manifest declares as a documented element`, () => {
    assert.ok(className, `${file} calls no Class.define()`);
    const element = declarations.find((declaration) => declaration.name === className);
    assert.ok(element, `${className} is missing from custom-elements.json`);
    assert.equal(element.customElement, true, `${className} is not marked as a custom element`);
    assert.match(element.tagName ?? '', /^biblio-/, `${className} has no tag name`);
    assert.ok(element.summary || element.description, `${className} has no summary`);
    assert.ok(
      element.attributes?.some((attribute) => attribute.name === 'theme'),
      `${className} lacks the inherited theme attribute`,
    );
    assert.ok(element.cssParts?.length, `${className} documents no CSS parts`);
    assert.ok(element.cssProperties?.length, `${className} documents no custom properties`);
  });
}

test('the news list declares its parts, custom properties and events', () => {
  const newsList = declarations.find((declaration) => declaration.tagName === 'biblio-news-list');
  assert.ok(newsList, 'biblio-news-list is missing from custom-elements.json');
  assert.ok(newsList.cssParts.length >= 20, `only ${newsList.cssParts.length} parts`);
  assert.ok(newsList.cssProperties.some((property) => property.name === '--biblio-accent'));
  const events = newsList.events.map((event) => event.name);
  for (const name of ['biblio-item-select', 'biblio-load', 'biblio-error'])
    assert.ok(events.includes(name), `${name} missing`);
  const attributes = newsList.attributes.map((attribute) => attribute.name);
  for (const name of ['src', 'format', 'map', 'page-size', 'layout', 'paging', 'refresh'])
    assert.ok(attributes.includes(name), `attribute ${name} missing`);
});

test('the published manifest lists no private or protected member', () => {
  const hidden = declarations.flatMap((declaration) =>
    (declaration.members ?? [])
      .filter(
        (member) =>
          (member.privacy ?? 'public') !== 'public' ||
          member.name.startsWith('#') ||
          member.name.startsWith('_'),
      )
      .map((member) => `${declaration.name}.${member.name} (${member.privacy ?? 'public'})`),
  );
  assert.deepEqual(hidden, [], `custom-elements.json publishes ${hidden.join(', ')}`);
});
