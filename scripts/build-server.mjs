/**
 * Builds the server package (server/package.json): server/src/cli.ts and everything it imports
 * from the checkout, src/data included, bundled into server/dist/cli.js. Packages stay external
 * and come from the package's own dependencies at install time, so the build refuses a bundle
 * that imports a package server/package.json does not list, or lists at another version than
 * the one installed here and tested against.
 */
import { readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const serverFolder = `${root}server/`;
const outfile = `${serverFolder}dist/cli.js`;
const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));
const { dependencies = {} } = await readJson(`${serverFolder}package.json`);

await rm(`${serverFolder}dist`, { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: [`${serverFolder}src/cli.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
});

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const builtins = new Set(builtinModules);
const imported = new Set(
  Object.values(metafile.outputs)
    .flatMap((output) => output.imports)
    .filter(({ external, path }) => external && !path.startsWith('node:') && !builtins.has(path))
    .map(({ path }) => packageOf(path)),
);

const problems = [];
for (const name of imported) {
  if (!(name in dependencies))
    problems.push(`${name} is imported but not in server/package.json's dependencies`);
}
for (const [name, version] of Object.entries(dependencies)) {
  const installed = await readJson(`${root}node_modules/${name}/package.json`).catch(() => null);
  if (installed?.version !== version)
    problems.push(
      `server/package.json pins ${name}@${version}, the checkout has ${installed?.version ?? 'none'} installed`,
    );
}
if (problems.length) {
  await rm(`${serverFolder}dist`, { recursive: true, force: true });
  process.stderr.write(
    `The server bundle does not match its package:\n  - ${problems.join('\n  - ')}\n`,
  );
  process.exit(1);
}
const unused = Object.keys(dependencies).filter((name) => !imported.has(name));
// Only a warning: a dependency may be listed a commit before the code that imports it lands.
if (unused.length)
  console.warn(`server/package.json lists what nothing imports: ${unused.join(', ')}`);
console.log(
  `server/dist/cli.js: ${(metafile.outputs[Object.keys(metafile.outputs)[0]].bytes / 1024).toFixed(0)} KB, imports ${[...imported].sort().join(', ')}`,
);
