/**
 * The server package as a library would get it: `npm pack` of server/, installed from the
 * tarball into an empty folder, started with `npx biblio-server`. It must run on its runtime
 * dependencies alone (no tsx, no devDependency of the checkout) and keep its data in ./data.
 * Installing compiles better-sqlite3 where no prebuilt binary can be fetched: minutes, not
 * seconds. Run with `node --test test/build/`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const serverFolder = join(root, 'server');
const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));
const rootManifest = await readJson(join(root, 'package.json'));
const serverManifest = await readJson(join(serverFolder, 'package.json'));
const adminToken = 'package-test-admin-token';

/** The environment without what `npm run` adds, so no npm below aims at the checkout. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
);
const run = (command, args, cwd) =>
  promisify(execFile)(command, args, {
    cwd,
    env: cleanEnv,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 8 * 60_000,
  });

let folder;
let app;
let packedFiles;

before(
  async () => {
    folder = await mkdtemp(join(tmpdir(), 'biblio-server-package-'));
    app = join(folder, 'app');
    await mkdir(app);
    await run('npm', ['run', 'build:server'], root);
    // The bundle was just built; --ignore-scripts keeps prepack's log out of the JSON.
    const { stdout } = await run(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', folder],
      serverFolder,
    );
    const [tarball] = JSON.parse(stdout);
    packedFiles = tarball.files.map((file) => file.path);
    await run('npm', ['install', '--no-audit', '--no-fund', join(folder, tarball.filename)], app);
  },
  { timeout: 10 * 60_000 },
);
after(() => folder && rm(folder, { recursive: true, force: true }));

test('packing builds first, so the tarball never ships without the bundle', () => {
  assert.match(serverManifest.scripts?.prepack ?? '', /\bbuild:server\b/);
});

test('the server is released with the widgets, at their version', () => {
  assert.equal(serverManifest.version, rootManifest.version);
});

test('the tarball holds the bundle, the static files and README, and no sources or tests', () => {
  for (const path of ['dist/cli.js', 'moderation/index.html', 'README.md', 'package.json']) {
    assert.ok(packedFiles.includes(path), `${path} is not in the tarball`);
  }
  const unwanted = packedFiles.filter(
    (path) => /^(src|test|load|seed\/[^/]+\.ts)/.test(path) || /\.(ts|map)$/.test(path),
  );
  assert.deepEqual(unwanted, []);
});

test('the installed package brings no tsx and no devDependency of the checkout', async () => {
  const installed = await readJson(join(app, 'node_modules/biblio-widgets-server/package.json'));
  assert.equal(installed.devDependencies, undefined);
  const { stdout } = await run('npm', ['ls', '--all', '--parseable'], app);
  const names = new Set(
    stdout
      .split('\n')
      .filter((path) => path.includes('node_modules'))
      .map((path) => path.split('node_modules/').at(-1)),
  );
  const devOnly = Object.keys(rootManifest.devDependencies).filter(
    (name) => !(name in serverManifest.dependencies),
  );
  assert.ok(devOnly.includes('tsx'));
  assert.deepEqual(
    devOnly.filter((name) => names.has(name)),
    [],
  );
});

/** The server's log, one parsed entry a line, and `wait(msg)` for the first entry with `msg`. */
function serverLog(child) {
  const entries = [];
  const output = [];
  const waiting = new Map();
  createInterface({ input: child.stdout }).on('line', (line) => {
    output.push(line);
    if (!line.startsWith('{')) return;
    const entry = JSON.parse(line);
    entries.push(entry);
    waiting.get(entry.msg)?.resolve(entry);
  });
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  // 'close', not 'exit': only once the pipes are closed is every line the server wrote read.
  const exited = new Promise((resolve) => child.once('close', resolve));
  const wait = (msg) =>
    new Promise((resolve, reject) => {
      const found = entries.find((entry) => entry.msg === msg);
      if (found) return resolve(found);
      waiting.set(msg, { resolve });
      void exited.then((code) =>
        reject(new Error(`biblio-server exited (${code}) before "${msg}":\n${output.join('\n')}`)),
      );
    });
  return { wait };
}

test('npx biblio-server starts on SQLite in ./data, answers and stops on SIGTERM', async () => {
  // Its own process group, stopped as a whole as systemd stops a service.
  const child = spawn('npx', ['--no', 'biblio-server'], {
    cwd: app,
    env: { ...cleanEnv, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ADMIN_TOKEN: adminToken },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = serverLog(child);
  try {
    const { url } = await log.wait('listening');

    const health = await fetch(`${url}/api/health`);
    assert.equal(health.status, 200);
    assert.equal((await health.json()).status, 'ok');
    assert.ok(existsSync(join(app, 'data/biblio.sqlite')), 'no ./data/biblio.sqlite');

    // Files the bundle reads from its package folder, and the metrics library at run time.
    assert.equal((await fetch(`${url}/moderation/`)).status, 200);
    assert.equal((await fetch(`${url}/api/news/images/forum.svg`)).status, 200);
    const metrics = await fetch(`${url}/metrics`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    assert.equal(metrics.status, 200);
    assert.match(await metrics.text(), /biblio_http_requests_total\{[^}]*route="\/api\/health"/);
  } finally {
    process.kill(-child.pid, 'SIGTERM');
  }
  // npx itself dies of the signal; the server closes its database and says so.
  await log.wait('stopped');
});
