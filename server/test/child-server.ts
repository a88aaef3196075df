import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ChildServer {
  process: ChildProcess;
  url: string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

export const serverScript = 'server/src/main.ts';

function freePort(): Promise<number> {
  const probe = createServer();
  return new Promise((resolve) =>
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    }),
  );
}

/**
 * A server script in its own Node process (the reference server, or the bare Hono ceiling), so
 * it can be killed like a crashed one and does not share a thread with the load it is measured
 * under. Its stdout is discarded: a pipe the busy load generator drains late would block the
 * server's log writes and measure the pipe instead of the server.
 */
export async function startChild(
  script: string,
  env: Record<string, string> = {},
  readyPath = '/api/health',
  listenWithinMs = 20_000,
): Promise<ChildServer> {
  // A PORT given is kept: a restarted instance comes back where its clients send requests.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, PORT: String(port), SEED: 'false', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + listenWithinMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`${script} exited with ${exitCode} before listening`);
    try {
      await fetch(`${url}${readyPath}`);
      return { process: child, url, exited };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${script} did not listen within ${listenWithinMs / 1000} s`);
}
