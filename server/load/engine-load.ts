/**
 * One engine's part of the load test (load-test.ts starts it, for PostgreSQL inside the cluster
 * of scripts/postgres-cluster.mjs): the engine is the one test-database.ts picks.
 * 1. starts the instances (PostgreSQL: `--instances`, each its own process on one database;
 *    SQLite: one, its design), behind a reverse proxy as far as they know (TRUST_PROXY), with a
 *    real rate limit that the load's many clients stay under;
 * 2. a throughput phase: views (each visitor twice) and comments (each Idempotency-Key twice),
 *    half the connections each, spread over the instances, so a retry may reach the other one;
 * 3. a crash phase: the same, and halfway one instance is killed with SIGKILL and restarted on
 *    its port while the load goes on;
 * 4. one client spread over the instances must be refused at the shared limit;
 * 5. the instances stop, and the database is checked against the acknowledgements: every
 *    acknowledged view and comment stored, no visitor counted twice, no key made two comments.
 * Writes its figures and problems as JSON to LOAD_RESULT_FILE.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { sql } from 'kysely';
import { type ChildServer, serverScript, startChild } from '../test/child-server.js';
import {
  type TestDatabase,
  assertSound,
  createTestDatabase,
  testEngine,
} from '../test/test-database.js';

const { values } = parseArgs({ options: { instances: { type: 'string', default: '2' } } });
const instanceCount = testEngine === 'postgres' ? Number(values.instances) : 1;
const seconds = Number(process.env.LOAD_SECONDS ?? 8);
const connections = Number(process.env.CONNECTIONS ?? 20);
const requestLimit = 20;
const windowSeconds = 3600;
const itemId = 'load-item';
const thread = 'load-thread';

export interface PhaseFigures {
  views: Result;
  comments: Result;
}

export interface EngineReport {
  engine: string;
  instances: number;
  throughput: PhaseFigures;
  crash: PhaseFigures;
  summary: string;
  problems: string[];
}

/** What the clients were told, over every phase. */
const told = {
  viewsSent: 0,
  /** Visitors the server said it counted, and how often. */
  counted: new Map<number, number>(),
  commentsSent: 0,
  /** Comment id per key, from every 201. */
  commentOfKey: new Map<number, string>(),
  replays: 0,
  mismatchedReplays: 0,
};

/** A documentation-range address per client, sent as X-Forwarded-For; nothing is sent there. */
const clientAddress = (prefix: string, n: number) => `${prefix}.${(n >> 8) & 255}.${n & 255}`;

function load(servers: ChildServer[]): Promise<PhaseFigures> {
  const urls = servers.map((server) => server.url);
  const perScenario = Math.max(servers.length, Math.floor(connections / 2));
  const views = autocannon({
    url: urls,
    connections: perScenario,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: `/api/views/${itemId}`,
        setupRequest: (request, context) => {
          // Every visitor twice: the second, maybe on the other instance, must not count.
          const visitor = Math.ceil((told.viewsSent += 1) / 2);
          context.visitor = visitor;
          return {
            ...request,
            headers: {
              'user-agent': `load-visitor-${visitor}`,
              'x-forwarded-for': clientAddress('198.18', visitor),
            },
          };
        },
        onResponse: (status, body, context) => {
          if (status !== 200 || !(JSON.parse(body) as { counted: boolean }).counted) return;
          const visitor = context.visitor as number;
          told.counted.set(visitor, (told.counted.get(visitor) ?? 0) + 1);
        },
      },
    ],
  });
  const comments = autocannon({
    url: urls,
    connections: perScenario,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: `/api/comments/${thread}`,
        setupRequest: (request, context) => {
          // Every key twice: the second is a retry that must return the first comment.
          const key = Math.ceil((told.commentsSent += 1) / 2);
          context.key = key;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'idempotency-key': `load-key-${key}`,
              'x-forwarded-for': clientAddress('198.19', key),
            },
            body: JSON.stringify({ author: 'Нагрузка', text: `Комментарий ${key}` }),
          };
        },
        onResponse: (status, body, context) => {
          if (status !== 201) return;
          const key = context.key as number;
          const { id } = (JSON.parse(body) as { comment: { id: string } }).comment;
          const earlier = told.commentOfKey.get(key);
          if (earlier === undefined) told.commentOfKey.set(key, id);
          else if (earlier === id) told.replays += 1;
          else told.mismatchedReplays += 1;
        },
      },
    ],
  });
  return Promise.all([views, comments]).then(([viewResult, commentResult]) => ({
    views: viewResult,
    comments: commentResult,
  }));
}

function serverEnv(database: TestDatabase): Record<string, string> {
  return {
    ...database.env,
    LOG_LEVEL: 'info',
    TRUST_PROXY: 'true',
    RATE_LIMIT_REQUESTS: String(requestLimit),
    RATE_LIMIT_COMMENTS: String(requestLimit),
    RATE_LIMIT_WINDOW_SECONDS: String(windowSeconds),
  };
}

/** Kills the last instance with SIGKILL halfway through the phase and starts it on its port. */
async function crashPhase(servers: ChildServer[], env: Record<string, string>) {
  const running = load(servers);
  await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2));
  const victim = servers.at(-1)!;
  victim.process.kill('SIGKILL');
  await victim.exited;
  // Under the load's reconnect storm on a busy 2-core machine, starting takes longer than alone.
  servers[servers.length - 1] = await startChild(
    serverScript,
    { ...env, PORT: new URL(victim.url).port },
    '/api/health',
    90_000,
  );
  return running;
}

async function checkSharedLimit(servers: ChildServer[], problems: string[]): Promise<string> {
  const get = (server: ChildServer) =>
    fetch(`${server.url}/api/views/${itemId}`, {
      headers: { 'x-forwarded-for': '198.51.100.7' },
    }).then((response) => response.status);
  for (let request = 0; request < requestLimit; request += 1) {
    const status = await get(servers[request % servers.length]!);
    if (status !== 200) {
      problems.push(`rate limit: request ${request + 1} of ${requestLimit} answered ${status}`);
      return 'refused too early';
    }
  }
  const refused = await Promise.all(servers.map(get));
  if (refused.some((status) => status !== 429)) {
    problems.push(`rate limit: past ${requestLimit}, the instances answered ${refused.join(', ')}`);
    return 'not refused';
  }
  return `one client's ${requestLimit} requests spread over ${servers.length} instance(s), then 429 from each`;
}

async function checkDatabase(database: TestDatabase, problems: string[]): Promise<void> {
  const db = database.connect();
  try {
    await assertSound(db).catch((error: Error) => problems.push(error.message));
    const stored =
      (
        await db
          .selectFrom('view_counts')
          .select('views')
          .where('item_id', '=', itemId)
          .executeTakeFirst()
      )?.views ?? 0;
    const { rows } = await sql<{ visits: number | string }>`
      SELECT COUNT(*) AS visits FROM view_visits WHERE item_id = ${itemId}`.execute(db);
    const visits = Number(rows[0]!.visits);
    const countedTwice = [...told.counted.values()].filter((times) => times > 1).length;
    if (stored < told.counted.size)
      problems.push(
        `views: ${stored} stored < ${told.counted.size} acknowledged as counted (lost)`,
      );
    if (stored !== visits) problems.push(`views: count ${stored} but ${visits} visits stored`);
    const visitors = Math.ceil(told.viewsSent / 2);
    if (stored > visitors)
      problems.push(`views: ${stored} stored > ${visitors} visitors (doubled)`);
    if (countedTwice) problems.push(`views: ${countedTwice} visitors were told twice they counted`);

    const comments = await db
      .selectFrom('comments')
      .select(['id', 'text'])
      .where('thread', '=', thread)
      .execute();
    const storedIds = new Set(comments.map((comment) => String(comment.id)));
    const lost = [...told.commentOfKey.values()].filter((id) => !storedIds.has(id));
    if (lost.length)
      problems.push(
        `comments acknowledged but missing: ${lost.length} (${lost.slice(0, 5).join(', ')})`,
      );
    const copies = new Map<string, number>();
    for (const { text } of comments) copies.set(text, (copies.get(text) ?? 0) + 1);
    const doubled = [...copies.values()].filter((count) => count > 1).length;
    if (doubled) problems.push(`${doubled} idempotency keys made more than one comment`);
    if (told.mismatchedReplays)
      problems.push(
        `${told.mismatchedReplays} retries answered with another comment than the first`,
      );
  } finally {
    await db.destroy();
  }
}

const database = await createTestDatabase();
const servers: ChildServer[] = [];
try {
  const env = serverEnv(database);
  // One after the other: the first migrates the new database.
  for (let index = 0; index < instanceCount; index += 1)
    servers.push(await startChild(serverScript, env));
  const throughput = await load(servers);
  const crash = await crashPhase(servers, env);
  const problems: string[] = [];
  const rateLimit = await checkSharedLimit(servers, problems);
  for (const server of servers.splice(0)) {
    server.process.kill('SIGTERM');
    const code = await server.exited;
    if (code !== 0) problems.push(`an instance exited with ${code} on SIGTERM`);
  }
  await checkDatabase(database, problems);
  const report: EngineReport = {
    engine: testEngine,
    instances: instanceCount,
    throughput,
    crash,
    summary:
      `acknowledged ${told.counted.size} counted views and ${told.commentOfKey.size} comments ` +
      `(+${told.replays} idempotent replays); rate limit: ${rateLimit}`,
    problems,
  };
  writeFileSync(process.env.LOAD_RESULT_FILE ?? '/dev/stdout', JSON.stringify(report));
} finally {
  for (const server of servers) server.process.kill('SIGKILL');
  await database.remove();
}
