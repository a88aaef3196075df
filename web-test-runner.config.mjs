import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { readdir } from 'node:fs/promises';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Every module in test/middleware/ serves fake or fault-injecting HTTP endpoints to the browser
 * tests; each exports its middleware functions. New fakes are new files, not config edits.
 */
const middlewareDir = new URL('./test/middleware/', import.meta.url);
const middleware = [];
for (const file of (await readdir(middlewareDir)).filter((name) => name.endsWith('.mjs')).sort()) {
  const module = await import(new URL(file, middlewareDir).href);
  middleware.push(...Object.values(module).filter((value) => typeof value === 'function'));
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  middleware,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  // Lit's dev-mode notice, and the load warnings the many failure tests provoke on purpose.
  filterBrowserLogs: ({ args }) =>
    !/Lit is in dev mode|could not load its data/.test(String(args[0])),
};
