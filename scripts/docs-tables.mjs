/**
 * The API tables of docs/elements/*.md are generated from the Custom Elements Manifest, so the
 * docs say what the JSDoc of the element classes says and cannot drift from the code.
 *
 * A doc page marks each table's place with a pair of comments naming the section and the tag:
 *
 *   <!-- manifest:attributes biblio-news-list -->
 *   (generated table)
 *   <!-- /manifest:attributes -->
 *
 * Sections: attributes, properties (public fields without an attribute), events, slots, parts
 * and css-properties. Everything outside the markers is left as written. Every section an
 * element has in the manifest must have its place on some page, and every marker must name an
 * element of the manifest. Run after `npm run build:manifest`:
 *
 *   node scripts/docs-tables.mjs [--check] [--manifest dist/custom-elements.json]
 *
 * `--check` writes nothing and exits 1, naming the files, when a page differs from what would
 * be generated (CI's drift check, also run by test/build/docs-tables.test.mjs).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { isPublicMember } from '../custom-elements-manifest.config.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const docsDirectory = join(root, 'docs/elements');

/** Escapes what would end a table cell; pipes inside code spans need it too in GFM. */
function cell(text) {
  return text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
}

function code(text) {
  return `\`${cell(text)}\``;
}

function description(entry) {
  return entry.description ? cell(entry.description) : '—';
}

/** The type an attribute takes: optional ones are simply absent, so `| undefined` says nothing. */
function typeOf(entry) {
  const text = entry.type?.text?.replace(/\s*\|\s*undefined$/, '');
  return text ? code(text) : '—';
}

/** String defaults are shown as the attribute value a page writes, `''` as `""`. */
function defaultOf(entry) {
  if (entry.default === undefined) return '—';
  const quoted = entry.default.match(/^'(.*)'$/);
  if (!quoted) return code(entry.default);
  return quoted[1] === '' ? '`""`' : code(quoted[1]);
}

function table(headers, rows) {
  if (rows.length === 0) return 'None.';
  return [headers, headers.map(() => '---'), ...rows]
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n');
}

/** Each section: which entries of an element it lists, and the table it makes of them. */
const sections = {
  attributes: {
    entries: (element) => {
      const members = new Map((element.members ?? []).map((member) => [member.name, member]));
      return (element.attributes ?? []).filter((attribute) => {
        const member = attribute.fieldName ? members.get(attribute.fieldName) : undefined;
        return isPublicMember(attribute) && (member === undefined || isPublicMember(member));
      });
    },
    table: (attributes) =>
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        attributes.map((attribute) => [
          code(attribute.name),
          attribute.fieldName ? code(attribute.fieldName) : '—',
          typeOf(attribute),
          defaultOf(attribute),
          description(attribute),
        ]),
      ),
  },
  properties: {
    entries: (element) =>
      (element.members ?? []).filter(
        (member) =>
          member.kind === 'field' && !member.static && !member.attribute && isPublicMember(member),
      ),
    table: (fields) =>
      table(
        ['property', 'type', 'description'],
        fields.map((field) => [
          code(field.name) + (field.readonly ? ' (read-only)' : ''),
          typeOf(field),
          description(field),
        ]),
      ),
  },
  events: {
    entries: (element) => element.events ?? [],
    table: (events) =>
      table(
        ['event', 'description'],
        events.map((event) => [code(event.name), description(event)]),
      ),
  },
  slots: {
    entries: (element) => element.slots ?? [],
    table: (slots) =>
      table(
        ['slot', 'description'],
        slots.map((slot) => [slot.name ? code(slot.name) : '(default)', description(slot)]),
      ),
  },
  parts: {
    entries: (element) => element.cssParts ?? [],
    table: (parts) =>
      table(
        ['part', 'description'],
        parts.map((part) => [code(part.name), description(part)]),
      ),
  },
  'css-properties': {
    entries: (element) => element.cssProperties ?? [],
    table: (properties) =>
      table(
        ['custom property', 'default', 'description'],
        properties.map((property) => [
          code(property.name),
          property.default === undefined ? '—' : code(property.default),
          description(property),
        ]),
      ),
  },
};

const region =
  /<!-- manifest:([a-z-]+) ([a-z0-9-]+) -->\n[\s\S]*?<!-- \/manifest:\1 -->|<!-- \/?manifest:[^>]*-->/g;

function customElements(manifest) {
  return new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((element) => [element.tagName, element]),
  );
}

/** The tables of a page by section and tag, to name the ones that changed. */
function tablesOf(text) {
  return new Map(
    [...text.matchAll(region)]
      .filter(([, section]) => section)
      .map(([marker, section, tag]) => [`${section} ${tag}`, marker]),
  );
}

/**
 * What each page of docs/elements/ would be with its tables regenerated (both formatted as
 * Prettier does, so only the tables can differ), which tables changed, and the problems that
 * make a page impossible to generate: unknown sections or tags, unpaired markers, sections
 * without a place. `readPage` reads a page by its path from the repository root (the test
 * also reads the committed pages).
 */
export async function generateDocs(
  manifest,
  readPage = (file) => readFile(join(root, file), 'utf8'),
) {
  const elements = customElements(manifest);
  const placed = new Set();
  const problems = [];
  const pages = [];
  const names = (await readdir(docsDirectory)).filter((name) => name.endsWith('.md')).sort();
  for (const name of names) {
    const file = relative(root, join(docsDirectory, name));
    const written = await readPage(file);
    const regenerated = written.replace(region, (marker, section, tag) => {
      const element = elements.get(tag);
      if (!section) problems.push(`${file}: unpaired or malformed marker ${marker}`);
      else if (!sections[section])
        problems.push(`${file}: unknown section in ${marker.split('\n')[0]}`);
      else if (!element) problems.push(`${file}: ${tag} is not an element of the manifest`);
      else if (placed.has(`${section} ${tag}`))
        problems.push(`${file}: a second ${section} table for ${tag}`);
      if (!section || !sections[section] || !element) return marker;
      placed.add(`${section} ${tag}`);
      const { entries, table } = sections[section];
      const generated = table(entries(element));
      return `<!-- manifest:${section} ${tag} -->\n\n${generated}\n\n<!-- /manifest:${section} -->`;
    });
    const options = { ...(await resolveConfig(join(root, file))), filepath: file };
    const current = await format(written, options);
    const expected = await format(regenerated, options);
    const before = tablesOf(current);
    const changed = [...tablesOf(expected)]
      .filter(([key, table]) => before.get(key) !== table)
      .map(([key]) => key);
    pages.push({ file, current, expected, changed });
  }
  for (const [tag, element] of elements) {
    for (const [section, { entries }] of Object.entries(sections)) {
      if (entries(element).length > 0 && !placed.has(`${section} ${tag}`)) {
        problems.push(
          `${tag} has ${section} but no page of docs/elements/ has <!-- manifest:${section} ${tag} -->`,
        );
      }
    }
  }
  return { pages, problems };
}

/** The pages whose tables differ from the manifest, one line each with the tables named. */
export function describeDrift(pages) {
  return pages
    .filter((page) => page.current !== page.expected)
    .map((page) => `${page.file} (${page.changed.join(', ')})`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      manifest: { type: 'string' },
    },
  });
  const manifestName = values.manifest ?? 'dist/custom-elements.json';
  const manifestPath = values.manifest ?? join(root, manifestName);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const { pages, problems } = await generateDocs(manifest);
  if (problems.length > 0) {
    console.error(`docs-tables: cannot generate the tables:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  if (values.check) {
    const drift = describeDrift(pages);
    if (drift.length === 0) return;
    console.error(
      `docs-tables: these pages' tables differ from ${manifestName}:\n  ` +
        drift.join('\n  ') +
        '\nRun `npm run build:manifest && npm run docs:tables` and commit the pages.',
    );
    process.exit(1);
  }
  for (const page of pages.filter((page) => page.current !== page.expected)) {
    await writeFile(join(root, page.file), page.expected);
    console.log(`docs-tables: rewrote the tables of ${page.file}: ${page.changed.join(', ')}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
