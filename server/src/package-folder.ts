/**
 * The server's own folder, where its static files (moderation/, seed/images/) live: server/ in
 * a checkout, seen from server/src/, and the installed package's folder, seen from the bundle
 * in dist/. Both are one level down, so one relative URL serves the two.
 */
export const packageFolder = new URL('../', import.meta.url);
