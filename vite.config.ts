import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-lit-templates.mjs';

const defineEntries = Object.fromEntries(
  readdirSync('src/define').map((file) => [
    `define/${file.replace(/\.ts$/, '')}`,
    `src/define/${file}`,
  ]),
);

/** The npm build: Lit stays external so an app that already has Lit loads it once. */
const libraryBuild: UserConfig['build'] = {
  outDir: 'dist',
  emptyOutDir: false,
  sourcemap: true,
  lib: {
    entry: { index: 'src/index.ts', all: 'src/all.ts', ...defineEntries },
    formats: ['es'],
  },
  rolldownOptions: {
    external: [
      /^lit(\/.*)?$/,
      /^@lit\//,
      /^lit-html(\/.*)?$/,
      /^lit-element(\/.*)?$/,
      /^dompurify$/,
    ],
    output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
};

/** The script-tag build: one module with Lit inside; DOMPurify stays a lazy chunk beside it. */
const cdnBuild: UserConfig['build'] = {
  outDir: 'dist/cdn',
  emptyOutDir: true,
  lib: {
    entry: { 'biblio-widgets': 'src/all.ts' },
    formats: ['es'],
  },
  rolldownOptions: {
    output: { minify: true, chunkFileNames: '[name]-[hash].js' },
  },
};

/** Lit's css`` and html`` text is left as written by the bundler's minifier: shrink it here. */
const litTemplates: Plugin = {
  name: 'minify-lit-templates',
  apply: 'build',
  transform: {
    filter: { id: /\/src\/.*\.ts$/ },
    handler(source, id) {
      const code = minifyLitTemplates(source, id);
      return code === null ? null : { code, map: null };
    },
  },
};

export default defineConfig(({ mode }) => ({
  plugins: [litTemplates],
  build: mode === 'cdn' ? cdnBuild : libraryBuild,
}));
