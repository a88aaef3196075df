/** Returns the source with every css``/html``/svg`` template minified, or null if none changed. */
export function minifyLitTemplates(source: string, fileName: string): string | null;
