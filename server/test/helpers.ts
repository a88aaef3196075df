import { after, before } from 'node:test';
import type { Selectable } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { createLogger } from '../src/logger.js';
import { type RunningServer, startServer } from '../src/server.js';
import { readSettings } from '../src/settings.js';
import { createTestDatabase } from './test-database.js';

export const adminToken = 'test-admin-token-0123456789';
export const tokenSecret = 'test-token-secret-0123456789abcdef0123456789';

export interface TestServer extends RunningServer {
  /** fetch against the server, with a JSON body when `json` is given. */
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * A real server on a free loopback port with a fresh database of its own: a SQLite file in a
 * temp folder, or with BIBLIO_TEST_POSTGRES a new PostgreSQL database, dropped at stop.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const settings = readSettings({
    PORT: '0',
    ...database.env,
    SEED: 'false',
    LOG_LEVEL: 'silent',
    ADMIN_TOKEN: adminToken,
    TOKEN_SECRET: tokenSecret,
    RATE_LIMIT_COMMENTS: '1000',
    ...env,
  });
  const server = await startServer(settings, createLogger(settings.logLevel)).catch(
    async (error: unknown) => {
      await database.remove();
      throw error;
    },
  );
  return {
    ...server,
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
      await database.remove();
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

/** Every row of `table` as the server stored it, read through the server's own connection. */
export function readRows<Table extends keyof Database>(
  server: RunningServer,
  table: Table,
): Promise<Selectable<Database[Table]>[]> {
  return server.db.selectFrom(table).selectAll().execute() as Promise<
    Selectable<Database[Table]>[]
  >;
}
