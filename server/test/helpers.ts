import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { createLogger } from '../src/logger.js';
import { type RunningServer, startServer } from '../src/server.js';
import { readSettings } from '../src/settings.js';

export const adminToken = 'test-admin-token-0123456789';
export const tokenSecret = 'test-token-secret-0123456789abcdef0123456789';

export interface TestServer extends RunningServer {
  databasePath: string;
  /** fetch against the server, with a JSON body when `json` is given. */
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  stop(): Promise<void>;
}

/** A real server on a free loopback port with its own SQLite file in a fresh temp folder. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const folder = mkdtempSync(join(tmpdir(), 'biblio-server-'));
  const databasePath = join(folder, 'test.sqlite');
  const settings = readSettings({
    PORT: '0',
    DATABASE_PATH: databasePath,
    SEED: 'false',
    LOG_LEVEL: 'silent',
    ADMIN_TOKEN: adminToken,
    TOKEN_SECRET: tokenSecret,
    RATE_LIMIT_COMMENTS: '1000',
    ...env,
  });
  const server = await startServer(settings, createLogger(settings.logLevel));
  return {
    ...server,
    databasePath,
    request(path, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(`${server.url}${path}`, {
        ...rest,
        headers,
        ...(json !== undefined && { body: JSON.stringify(json) }),
      });
    },
    async stop() {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The test server of the enclosing `describe`: started before its first test with `env`,
 * stopped after its last. What it returns stands for that server, so use it inside hooks and
 * tests only; before the suite starts there is no server to stand for.
 */
export function testServerForSuite(env: Record<string, string> = {}): TestServer {
  let running: TestServer | undefined;
  before(async () => {
    running = await startTestServer(env);
  });
  after(() => running?.stop());
  return new Proxy({} as TestServer, {
    get(_target, key) {
      if (!running) throw new Error('The suite server exists only inside its hooks and tests');
      return Reflect.get(running, key) as unknown;
    },
  });
}

export const adminHeaders = { authorization: `Bearer ${adminToken}` };

export async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as { error: { code: string } };
  return body.error.code;
}
