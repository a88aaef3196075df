/**
 * Load test of the reference server on loopback:
 *   node --import tsx server/load/load-test.ts        (LOAD_SECONDS=10 CONNECTIONS=20 by default)
 * 1. starts the real server (its own process, a fresh SQLite file with synchronous=FULL, or
 *    with BIBLIO_TEST_POSTGRES a fresh PostgreSQL database: see scripts/postgres-cluster.mjs);
 * 2. posts views (each from a new visitor) and comments (each Idempotency-Key sent twice)
 *    at the same time for LOAD_SECONDS;
 * 3. stops the server and checks the database against what the server acknowledged: every
 *    acknowledged view and comment stored, nothing else stored but the requests still in flight
 *    when the time ran out (sent, committed, answer not read), no key made two, integrity ok;
 * 4. measures a bare Hono endpoint the same way, as the ceiling for this machine.
 * Prints requests per second and p99 latency for each, and exits 1 if a check fails.
 */
import autocannon, { type RequestSpec, type Result } from 'autocannon';
import { type ChildServer, serverScript, startChild } from '../test/child-server.js';
import {
  type TestDatabase,
  assertSound,
  createTestDatabase,
  testEngine,
} from '../test/test-database.js';

const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 20);
const itemId = 'load-item';
const thread = 'load-thread';

function row(name: string, result: Result) {
  return {
    scenario: name,
    'req/s': Math.round(result.requests.average),
    'p99 ms': result.latency.p99,
    'avg ms': Math.round(result.latency.average * 10) / 10,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function stop(child: ChildServer): Promise<void> {
  child.process.kill('SIGTERM');
  const code = await child.exited;
  if (code !== 0) throw new Error(`the server exited with ${code} on SIGTERM`);
}

/** POSTs to `path` for the whole phase, each request shaped and each answer read by the hooks. */
function postFor(
  url: string,
  path: string,
  hooks: Pick<RequestSpec, 'setupRequest' | 'onResponse'>,
) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ method: 'POST', path, ...hooks }],
  });
}

async function loadReferenceServer(database: TestDatabase) {
  const server = await startChild(serverScript, {
    ...database.env,
    LOG_LEVEL: 'info',
    RATE_LIMIT_REQUESTS: '10000000',
    RATE_LIMIT_COMMENTS: '10000000',
  });
  let visitor = 0;
  let countedViews = 0;
  let answeredViews = 0;
  let submission = 0;
  let answeredComments = 0;
  const commentIds = new Set<string>();
  let replays = 0;
  const [views, comments] = await Promise.all([
    postFor(server.url, `/api/views/${itemId}`, {
      setupRequest: (request) => ({
        ...request,
        headers: { 'user-agent': `load-visitor-${(visitor += 1)}` },
      }),
      onResponse: (status, body) => {
        answeredViews += 1;
        if (status === 200 && (JSON.parse(body) as { counted: boolean }).counted) countedViews += 1;
      },
    }),
    postFor(server.url, `/api/comments/${thread}`, {
      setupRequest: (request) => {
        submission += 1;
        // Every key twice: the second is a retry that must return the first comment.
        const key = `load-key-${Math.ceil(submission / 2)}`;
        return {
          ...request,
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify({ author: 'Нагрузка', text: `Комментарий ${key}` }),
        };
      },
      onResponse: (status, body) => {
        answeredComments += 1;
        if (status !== 201) return;
        const { id } = (JSON.parse(body) as { comment: { id: string } }).comment;
        if (commentIds.has(id)) replays += 1;
        commentIds.add(id);
      },
    }),
  ]);
  await stop(server);
  return {
    views,
    comments,
    countedViews,
    commentIds,
    replays,
    unansweredViews: visitor - answeredViews,
    unansweredComments: submission - answeredComments,
  };
}

async function loadBareHono() {
  const server = await startChild('server/load/bare-hono.ts', {}, '/');
  const result = await postFor(server.url, '/', {});
  await stop(server);
  return result;
}

type Outcome = Awaited<ReturnType<typeof loadReferenceServer>>;

async function checkDatabase(database: TestDatabase, outcome: Outcome): Promise<string[]> {
  const db = database.connect();
  try {
    const problems: string[] = [];
    await assertSound(db).catch((error: Error) => problems.push(error.message));
    const within = (what: string, stored: number, acknowledged: number, inFlight: number) => {
      if (stored < acknowledged)
        problems.push(`${what}: ${stored} stored < ${acknowledged} acknowledged (lost)`);
      if (stored > acknowledged + inFlight) {
        problems.push(
          `${what}: ${stored} stored > ${acknowledged} acknowledged + ${inFlight} in flight (doubled)`,
        );
      }
    };
    const viewRow = await db
      .selectFrom('view_counts')
      .select('views')
      .where('item_id', '=', itemId)
      .executeTakeFirst();
    within('views', viewRow?.views ?? 0, outcome.countedViews, outcome.unansweredViews);
    const stored = await db
      .selectFrom('comments')
      .select(['id', 'text'])
      .where('thread', '=', thread)
      .execute();
    within('comments', stored.length, outcome.commentIds.size, outcome.unansweredComments);
    const storedIds = new Set(stored.map((comment) => String(comment.id)));
    const lost = [...outcome.commentIds].filter((id) => !storedIds.has(id));
    if (lost.length)
      problems.push(`comments acknowledged but missing: ${lost.slice(0, 5).join(', ')}`);
    const copies = new Map<string, number>();
    for (const { text } of stored) copies.set(text, (copies.get(text) ?? 0) + 1);
    const doubled = [...copies.values()].filter((count) => count > 1).length;
    if (doubled) problems.push(`${doubled} idempotency keys made more than one comment`);
    return problems;
  } finally {
    await db.destroy();
  }
}

const database = await createTestDatabase();
try {
  console.log(
    `Load test: ${seconds} s per phase, ${connections} connections per scenario, loopback, ` +
      (testEngine === 'sqlite'
        ? `SQLite synchronous=${process.env.DB_SYNCHRONOUS ?? 'FULL'}`
        : 'PostgreSQL') +
      ', server LOG_LEVEL=info',
  );
  const reference = await loadReferenceServer(database);
  const bare = await loadBareHono();
  console.table([
    row('POST /api/views/:id (new visitor each)', reference.views),
    row('POST /api/comments/:thread (each key twice)', reference.comments),
    row('bare Hono POST / (ceiling)', bare),
  ]);
  console.log(
    `Acknowledged: ${reference.countedViews} counted views, ${reference.commentIds.size} comments ` +
      `(+${reference.replays} idempotent replays); unanswered when time ran out: ` +
      `${reference.unansweredViews} views, ${reference.unansweredComments} comments.`,
  );
  const problems = await checkDatabase(database, reference);
  if (problems.length) {
    console.error(`Database check FAILED:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `Database check passed: every acknowledged write stored, nothing stored twice${testEngine === 'sqlite' ? ', integrity_check ok' : ''}.`,
    );
  }
} finally {
  await database.remove();
}
