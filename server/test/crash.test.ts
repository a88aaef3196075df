import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ChildServer, serverScript, startChild } from './child-server.js';
import { type TestDatabase, assertSound, createTestDatabase, testEngine } from './test-database.js';

const startServer = (database: TestDatabase) =>
  startChild(serverScript, {
    ...database.env,
    LOG_LEVEL: 'info',
    RATE_LIMIT_REQUESTS: '1000000',
    RATE_LIMIT_COMMENTS: '1000000',
  });

interface Acknowledged {
  views: number;
  commentIds: string[];
}

/**
 * 16 clients posting views (each a new visitor) and comments as fast as the server answers,
 * until `stopWhen` says so and the server is stopped by `stop`. Only 2xx answers count as
 * acknowledged: a request cut off with the server was never promised to anyone.
 */
async function writeUntilStopped(
  server: ChildServer,
  stop: (server: ChildServer) => Promise<void>,
): Promise<Acknowledged> {
  const acknowledged: Acknowledged = { views: 0, commentIds: [] };
  let running = true;
  let sequence = 0;
  const writer = async () => {
    while (running) {
      sequence += 1;
      const request = sequence;
      try {
        if (request % 2) {
          const response = await fetch(`${server.url}/api/views/crash-item`, {
            method: 'POST',
            headers: { 'user-agent': `visitor-${request}` },
          });
          const body = (await response.json()) as { counted: boolean };
          if (response.ok && body.counted) acknowledged.views += 1;
        } else {
          const response = await fetch(`${server.url}/api/comments/crash-thread`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'idempotency-key': `crash-key-${request}`,
            },
            body: JSON.stringify({ author: 'Писатель', text: `Комментарий ${request}` }),
          });
          const body = (await response.json()) as { comment: { id: string } };
          if (response.status === 201) acknowledged.commentIds.push(body.comment.id);
        }
      } catch {
        // The connection died with the server: that write was never acknowledged.
      }
    }
  };
  const writers = Array.from({ length: 16 }, writer);
  // Stop once a few hundred writes are acknowledged, however busy the machine is.
  const deadline = Date.now() + 20_000;
  while (acknowledged.views + acknowledged.commentIds.length < 300 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop(server);
  running = false;
  await Promise.all(writers);
  assert.ok(acknowledged.views > 20, `only ${acknowledged.views} views acknowledged`);
  assert.ok(
    acknowledged.commentIds.length > 20,
    `only ${acknowledged.commentIds.length} comments acknowledged`,
  );
  return acknowledged;
}

/** Every acknowledged write is in the database and the database is sound. */
async function assertStored(database: TestDatabase, acknowledged: Acknowledged) {
  const db = database.connect();
  try {
    await assertSound(db);
    const row = await db
      .selectFrom('view_counts')
      .select('views')
      .where('item_id', '=', 'crash-item')
      .executeTakeFirst();
    const views = row?.views ?? 0;
    // A write may commit and the stop land before its answer is sent: more is fine, less is loss.
    assert.ok(
      views >= acknowledged.views,
      `${views} views stored, ${acknowledged.views} acknowledged`,
    );
    const comments = await db
      .selectFrom('comments')
      .select('id')
      .where('thread', '=', 'crash-thread')
      .execute();
    const stored = new Set(comments.map((comment) => String(comment.id)));
    const lost = acknowledged.commentIds.filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], 'acknowledged comments missing');
  } finally {
    await db.destroy();
  }
}

describe(`stopping the server mid-load, on ${testEngine}`, () => {
  test(
    'SIGKILL, then a restart: every acknowledged write is there',
    { timeout: 90_000 },
    async (t) => {
      const database = await createTestDatabase();
      t.after(() => database.remove());
      const acknowledged = await writeUntilStopped(await startServer(database), async (server) => {
        server.process.kill('SIGKILL');
        await server.exited;
      });
      t.diagnostic(
        `${acknowledged.views} views, ${acknowledged.commentIds.length} comments acknowledged before SIGKILL`,
      );
      const restarted = await startServer(database);
      try {
        assert.equal((await fetch(`${restarted.url}/api/health`)).status, 200);
      } finally {
        restarted.process.kill('SIGTERM');
        assert.equal(await restarted.exited, 0);
      }
      await assertStored(database, acknowledged);
    },
  );

  test(
    'SIGTERM: requests in flight are answered, stored, and the server exits 0',
    { timeout: 90_000 },
    async (t) => {
      const database = await createTestDatabase();
      t.after(() => database.remove());
      let exitCode: number | null = null;
      const acknowledged = await writeUntilStopped(await startServer(database), async (server) => {
        server.process.kill('SIGTERM');
        exitCode = await server.exited;
      });
      t.diagnostic(
        `${acknowledged.views} views, ${acknowledged.commentIds.length} comments acknowledged before SIGTERM`,
      );
      assert.equal(exitCode, 0);
      await assertStored(database, acknowledged);
    },
  );
});
