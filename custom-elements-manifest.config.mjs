import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/**
 * The published manifest (dist/custom-elements.json) is the elements' public API: editors,
 * Storybook and the generated docs tables read it. The analyzer lists every class member, so
 * private, protected, `#private` and `_`-prefixed ones are removed here, after inheritance has
 * copied the base class's members into each element.
 */
export function isPublicMember(member) {
  const privacy = member.privacy ?? 'public';
  return privacy === 'public' && !member.name.startsWith('#') && !member.name.startsWith('_');
}

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const publicMembersOnly = {
  name: 'public-members-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublicMember);
      }
    }
  },
};

/**
 * jsx-types types an attribute's prop by the attribute's field, and for an attribute with none
 * (`lang`, documented with `@attr`: the element reads HTMLElement's own reflecting property)
 * writes a prop named `undefined` of type `unknown`. The JSX types get a copy of the manifest in
 * which such an attribute names the inherited property of the same name.
 */
function withInheritedFields(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const attribute of declaration.attributes ?? []) attribute.fieldName ??= attribute.name;
    }
  }
  return copy;
}

/**
 * @param {Parameters<typeof generateJsxTypes>[1]} options
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
const jsxTypes = (options) => ({
  name: 'jsx-types',
  packageLinkPhase({ customElementsManifest }) {
    generateJsxTypes(withInheritedFields(customElementsManifest), options);
  },
});

/** Where the manifest and the editor files generated from it go; package.json names them all. */
const outdir = 'dist';

/**
 * Editors and JSX read their own formats, generated here from the public manifest (so after
 * publicMembersOnly): VS Code's HTML and CSS custom data, JetBrains' web-types, and JSX types for
 * React 19, Preact and Solid. The JSX file imports the element classes from the package's own
 * `.` entry (dist/index.d.ts), which sits beside it.
 */
const editorFiles = [
  customElementVsCodePlugin({ outdir, hideLogs: true }),
  customElementJetBrainsPlugin({ outdir, hideLogs: true, packageJson: false }),
  jsxTypes({
    outdir,
    fileName: 'custom-elements-jsx.d.ts',
    globalTypePath: './index.js',
    stronglyTypedEvents: true,
  }),
];

/**
 * `npm run build:manifest` and test/build/docs-tables.test.mjs both analyze with this.
 * package.json already names the manifest, so the analyzer is not let rewrite it.
 */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/biblio-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir,
  litelement: true,
  packagejson: false,
  plugins: [publicMembersOnly, ...editorFiles],
};
