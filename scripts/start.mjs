/**
 * `npm start`: the reference API server (a child process, SQLite in data/, or PostgreSQL with
 * `DATABASE_URL=postgres://… npm start`: the environment reaches it whole) and the demo library
 * site on a Vite dev server that forwards `/api` and `/moderation` to it, so the demo page calls
 * its API on its own origin, and whose site login signs reader tokens for it. Ctrl+C (or SIGTERM) stops both; the API server finishes the requests
 * it has accepted before it exits. If the API server dies, the demo stops too.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'vite';
import { demoSiteBackend } from '../demo/site-backend.mjs';
import { startSocialUpstream } from '../demo/social-upstream.mjs';

const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const apiPort = Number(process.env.PORT ?? 8787);
const apiUrl = `http://127.0.0.1:${apiPort}`;
// Fresh secrets per run unless given: the moderation page needs the admin token, and the demo
// site's login signs reader tokens with the secret it shares with the API server.
const adminToken = process.env.ADMIN_TOKEN ?? randomBytes(18).toString('base64url');
const tokenSecret = process.env.TOKEN_SECRET ?? randomBytes(32).toString('base64url');

// VK and Telegram stand-ins on loopback for demo/social.html, unless VK_API_URL names a real one.
const social = await startSocialUpstream();
const socialSettings = process.env.VK_API_URL
  ? {}
  : {
      FEED_ALLOWED_HOSTS: [process.env.FEED_ALLOWED_HOSTS, new URL(social.base).host]
        .filter(Boolean)
        .join(','),
      VK_API_URL: `${social.base}/method/`,
      TELEGRAM_PREVIEW_URL: `${social.base}/s/`,
      VK_ACCESS_TOKEN: 'demo-token-for-the-stand-in',
    };

const api = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
  // Request logs stay off the demo's terminal unless LOG_LEVEL asks for them.
  env: {
    LOG_LEVEL: 'warn',
    ...process.env,
    ...socialSettings,
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    ADMIN_TOKEN: adminToken,
    TOKEN_SECRET: tokenSecret,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const apiExited = new Promise((resolve) =>
  api.once('exit', (code, signal) => resolve(code ?? signal)),
);

/** Where the API server keeps the library, without the password of a DATABASE_URL. */
function databaseShown() {
  if (!process.env.DATABASE_URL)
    return `SQLite at ${process.env.DATABASE_PATH ?? 'data/biblio.sqlite'}`;
  const url = new URL(process.env.DATABASE_URL);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

async function waitForApi() {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${apiUrl}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The API server did not answer on ${apiUrl} within 20 s`);
}

let demo;
let stopping = false;

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  await demo?.close();
  if (api.exitCode === null && api.signalCode === null) api.kill('SIGTERM');
  await apiExited;
  social.server.close();
  process.exit(exitCode);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
apiExited.then((how) => {
  if (stopping) return;
  console.error(`The API server stopped (${how}); stopping the demo.`);
  void stop(1);
});

try {
  await waitForApi();
  demo = await createServer({
    configFile: false,
    root: process.cwd(),
    plugins: [demoSiteBackend({ tokenSecret })],
    server: {
      port: demoPort,
      host: '127.0.0.1',
      strictPort: false,
      // Host kept, so the URLs the API writes (feed pages, images) point at the demo's origin.
      proxy: {
        '/api': { target: apiUrl, changeOrigin: false },
        '/moderation': { target: apiUrl, changeOrigin: false },
      },
    },
  });
  await demo.listen();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
const address = demo.resolvedUrls?.local[0] ?? `http://127.0.0.1:${demoPort}/`;
console.log(`Demo library site: ${address}demo/index.html`);
console.log(`Snippet builder: ${address}demo/builder.html`);
console.log(`An old table page with only the CDN script: ${address}demo/embed.html`);
console.log(`A VK wall and a Telegram channel through the feed proxy: ${address}demo/social.html`);
console.log(`API server: ${apiUrl}/api/health (through the demo: ${address}api/...)`);
console.log(
  `Database: ${databaseShown()}${process.env.SEED === 'false' ? '' : ' (the demo news, partners and comments are seeded into an empty one)'}`,
);
console.log(`Moderation: ${address}moderation/ with the admin token ${adminToken}`);
