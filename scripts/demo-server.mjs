/**
 * Starts the demo as `npm start` does (scripts/start.mjs: the reference server on a fresh
 * temporary SQLite file, behind Vite), on ports of its own so it runs beside a developer's
 * `npm start`, and resolves with the site's base URL once it listens.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = new URL('../', import.meta.url).pathname;

export async function startDemo() {
  const databaseDir = await mkdtemp(join(tmpdir(), 'biblio-demo-'));
  const demoPort = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      DEMO_PORT: String(demoPort),
      PORT: String(demoPort + 1),
      DATABASE_PATH: join(databaseDir, 'demo.sqlite'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the demo exited with ${code} before it started`)),
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^Demo library site: (\S+)demo\/index\.html/.exec(line);
      if (match) resolve(match[1]);
    });
  });
  async function stop() {
    if (child.exitCode === null) {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(databaseDir, { recursive: true, force: true });
  }
  return { url, stop };
}
