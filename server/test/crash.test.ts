import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { serverScript, startChild } from './child-server.js';

const startServer = (databasePath: string) =>
  startChild(serverScript, {
    DATABASE_PATH: databasePath,
    LOG_LEVEL: 'info',
    RATE_LIMIT_REQUESTS: '1000000',
    RATE_LIMIT_COMMENTS: '1000000',
  });

describe('a server killed with SIGKILL mid-load', () => {
  const folder = mkdtempSync(join(tmpdir(), 'biblio-crash-'));
  const databasePath = join(folder, 'crash.sqlite');
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('keeps every acknowledged write and an intact database', { timeout: 90_000 }, async (t) => {
    const first = await startServer(databasePath);
    const countedViews: string[] = [];
    const savedComments: string[] = [];
    let running = true;
    let sequence = 0;

    const writer = async (worker: number) => {
      while (running) {
        sequence += 1;
        const request = sequence;
        try {
          if (request % 2) {
            const response = await fetch(`${first.url}/api/views/crash-item`, {
              method: 'POST',
              headers: { 'user-agent': `visitor-${request}` },
            });
            const body = (await response.json()) as { counted: boolean };
            if (response.ok && body.counted) countedViews.push(`visitor-${request}`);
          } else {
            const response = await fetch(`${first.url}/api/comments/crash-thread`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'idempotency-key': `crash-key-${request}`,
              },
              body: JSON.stringify({
                author: `Писатель ${worker}`,
                text: `Комментарий ${request}`,
              }),
            });
            const body = (await response.json()) as { comment: { id: string } };
            if (response.status === 201) savedComments.push(body.comment.id);
          }
        } catch {
          // The connection died with the server: that write was never acknowledged.
        }
      }
    };
    const writers = Array.from({ length: 16 }, (_, worker) => writer(worker));
    // Kill once a few hundred writes are acknowledged, however busy the machine is.
    const deadline = Date.now() + 20_000;
    while (countedViews.length + savedComments.length < 300 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.process.kill('SIGKILL');
    await first.exited;
    running = false;
    await Promise.all(writers);
    assert.ok(
      countedViews.length > 20,
      `only ${countedViews.length} views were acknowledged before the kill`,
    );
    assert.ok(
      savedComments.length > 20,
      `only ${savedComments.length} comments were acknowledged before the kill`,
    );

    t.diagnostic(
      `${countedViews.length} views, ${savedComments.length} comments acknowledged before SIGKILL`,
    );
    const second = await startServer(databasePath);
    try {
      const views = (await (await fetch(`${second.url}/api/views/crash-item`)).json()) as {
        views: number;
      };
      // A write may commit and the kill land before its answer is sent: more is fine, less is loss.
      assert.ok(
        views.views >= countedViews.length,
        `${views.views} views stored, ${countedViews.length} acknowledged`,
      );

      const db = new Database(databasePath, { readonly: true });
      try {
        assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
        const stored = new Set(
          (
            db.prepare("SELECT id FROM comments WHERE thread = 'crash-thread'").all() as {
              id: number;
            }[]
          ).map((row) => String(row.id)),
        );
        const lost = savedComments.filter((id) => !stored.has(id));
        assert.deepEqual(lost, [], 'acknowledged comments missing after the restart');
      } finally {
        db.close();
      }
    } finally {
      second.process.kill('SIGTERM');
      assert.equal(await second.exited, 0);
    }
  });
});
