import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { type ChildServer, serverScript, startChild } from './child-server.js';

const startServer = (databasePath: string) =>
  startChild(serverScript, {
    DATABASE_PATH: databasePath,
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

/** Every acknowledged write is in the file and the file is sound. */
function assertStored(databasePath: string, acknowledged: Acknowledged) {
  const db = new Database(databasePath, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const views = db
      .prepare("SELECT views FROM view_counts WHERE item_id = 'crash-item'")
      .pluck()
      .get() as number;
    // A write may commit and the stop land before its answer is sent: more is fine, less is loss.
    assert.ok(
      views >= acknowledged.views,
      `${views} views stored, ${acknowledged.views} acknowledged`,
    );
    const stored = new Set(
      (
        db
          .prepare("SELECT id FROM comments WHERE thread = 'crash-thread'")
          .pluck()
          .all() as number[]
      ).map(String),
    );
    const lost = acknowledged.commentIds.filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], 'acknowledged comments missing');
  } finally {
    db.close();
  }
}

describe('stopping the server mid-load', () => {
  const folder = mkdtempSync(join(tmpdir(), 'biblio-crash-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  test(
    'SIGKILL, then a restart: every acknowledged write is there',
    { timeout: 90_000 },
    async (t) => {
      const databasePath = join(folder, 'killed.sqlite');
      const acknowledged = await writeUntilStopped(
        await startServer(databasePath),
        async (server) => {
          server.process.kill('SIGKILL');
          await server.exited;
        },
      );
      t.diagnostic(
        `${acknowledged.views} views, ${acknowledged.commentIds.length} comments acknowledged before SIGKILL`,
      );
      const restarted = await startServer(databasePath);
      try {
        assert.equal((await fetch(`${restarted.url}/api/health`)).status, 200);
      } finally {
        restarted.process.kill('SIGTERM');
        assert.equal(await restarted.exited, 0);
      }
      assertStored(databasePath, acknowledged);
    },
  );

  test(
    'SIGTERM: requests in flight are answered, stored, and the server exits 0',
    { timeout: 90_000 },
    async (t) => {
      const databasePath = join(folder, 'terminated.sqlite');
      let exitCode: number | null = null;
      const acknowledged = await writeUntilStopped(
        await startServer(databasePath),
        async (server) => {
          server.process.kill('SIGTERM');
          exitCode = await server.exited;
        },
      );
      t.diagnostic(
        `${acknowledged.views} views, ${acknowledged.commentIds.length} comments acknowledged before SIGTERM`,
      );
      assert.equal(exitCode, 0);
      assertStored(databasePath, acknowledged);
    },
  );
});
