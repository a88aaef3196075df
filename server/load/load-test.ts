/**
 * Load test of the reference server on loopback:
 *   node --import tsx server/load/load-test.ts        (LOAD_SECONDS=10 CONNECTIONS=20 by default)
 * 1. starts the real server (its own process, a fresh SQLite file, synchronous=FULL);
 * 2. posts views (each from a new visitor) and comments (each Idempotency-Key sent twice)
 *    at the same time for LOAD_SECONDS;
 * 3. stops the server and checks the database against what the server acknowledged: every
 *    acknowledged view and comment stored, nothing else stored but the requests still in flight
 *    when the time ran out (sent, committed, answer not read), no key made two, integrity ok;
 * 4. measures a bare Hono endpoint the same way, as the ceiling for this machine.
 * Prints requests per second and p99 latency for each, and exits 1 if a check fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type RequestSpec, type Result } from 'autocannon';
import Database from 'better-sqlite3';
import { type ChildServer, serverScript, startChild } from '../test/child-server.js';

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

async function loadReferenceServer(databasePath: string) {
  const server = await startChild(serverScript, {
    DATABASE_PATH: databasePath,
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

function checkDatabase(databasePath: string, outcome: Outcome): string[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const within = (what: string, stored: number, acknowledged: number, inFlight: number) => {
      if (stored < acknowledged)
        problems.push(`${what}: ${stored} stored < ${acknowledged} acknowledged (lost)`);
      if (stored > acknowledged + inFlight) {
        problems.push(
          `${what}: ${stored} stored > ${acknowledged} acknowledged + ${inFlight} in flight (doubled)`,
        );
      }
    };
    const viewRow = db.prepare('SELECT views FROM view_counts WHERE item_id = ?').get(itemId) as
      { views: number } | undefined;
    within('views', viewRow?.views ?? 0, outcome.countedViews, outcome.unansweredViews);
    const stored = db.prepare('SELECT id FROM comments WHERE thread = ?').all(thread) as {
      id: number;
    }[];
    within('comments', stored.length, outcome.commentIds.size, outcome.unansweredComments);
    const storedIds = new Set(stored.map((comment) => String(comment.id)));
    const lost = [...outcome.commentIds].filter((id) => !storedIds.has(id));
    if (lost.length)
      problems.push(`comments acknowledged but missing: ${lost.slice(0, 5).join(', ')}`);
    const doubled = db
      .prepare(
        'SELECT text, count(*) AS copies FROM comments WHERE thread = ? GROUP BY text HAVING copies > 1',
      )
      .all(thread);
    if (doubled.length)
      problems.push(`${doubled.length} idempotency keys made more than one comment`);
    return problems;
  } finally {
    db.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'biblio-load-'));
try {
  console.log(
    `Load test: ${seconds} s per phase, ${connections} connections per scenario, loopback, ` +
      `SQLite synchronous=${process.env.DB_SYNCHRONOUS ?? 'FULL'}, server LOG_LEVEL=info`,
  );
  const reference = await loadReferenceServer(join(folder, 'load.sqlite'));
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
  const problems = checkDatabase(join(folder, 'load.sqlite'), reference);
  if (problems.length) {
    console.error(`Database check FAILED:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      'Database check passed: every acknowledged write stored, nothing stored twice, integrity_check ok.',
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
