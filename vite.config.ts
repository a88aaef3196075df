import { readdirSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import { litTemplatesPlugin } from './scripts/minify-lit-templates.mjs';

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

/**
 * The article loads `<biblio-view-counter>` lazily so an app that imports only the article
 * downloads the counter when an article shows views. The builds that start from src/all.ts
 * register every element up front, so there the lazy import cannot split anything and Rolldown
 * says so on every build; any other warning still shows.
 */
const allElementsUpFront: NonNullable<UserConfig['build']>['rolldownOptions'] = {
  onLog(level, log, show) {
    if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') show(level, log);
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
    ...allElementsUpFront,
    // Lets the lazy chunks import what they share with the page's file from that file itself,
    // instead of Rolldown splitting the shared code into more files the page must fetch
    // (measured: 14 files and 39.2 KB brotli up front, 4 files and 36.2 KB with it).
    preserveEntrySignatures: 'allow-extension',
    output: { minify: true, chunkFileNames: '[name]-[hash].js' },
  },
};

/**
 * The demo site and the snippet builder as static pages (dist/demo/). The builder works on its
 * own; the news pages want the reference server's /api beside them, as `npm start` provides.
 */
const demoBuild: UserConfig['build'] = {
  outDir: '../dist/demo',
  emptyOutDir: true,
  rolldownOptions: {
    ...allElementsUpFront,
    input: ['demo/index.html', 'demo/article.html', 'demo/builder.html'],
  },
};

export default defineConfig(({ mode }) => ({
  // Lit's css`` and html`` text is left as written by the bundler's minifier.
  plugins: [litTemplatesPlugin()],
  ...(mode === 'demo' && { root: 'demo' }),
  build: { cdn: cdnBuild, demo: demoBuild }[mode] ?? libraryBuild,
}));
