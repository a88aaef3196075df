import type { Plugin } from 'vite';

/** The Vite (Rolldown) plugin: every build of our sources, the CDN file's and the demo's. */
export function litTemplatesPlugin(): Plugin;

/** Returns the source with every css``/html``/svg`` template minified, or null if none changed. */
export function minifyLitTemplates(source: string, fileName: string): string | null;
