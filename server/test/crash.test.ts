import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';

interface Child {
  process: ChildProcess;
  url: string;
}

/** The real server in its own process, so it can be killed like a crashed one. */
function startChild(databasePath: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_PATH: databasePath,
      SEED: 'false',
      LOG_LEVEL: 'info',
      RATE_LIMIT_REQUESTS: '1000000',
      RATE_LIMIT_COMMENTS: '1000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; url?: string };
      if (entry.msg === 'listening') resolve({ process: child, url: entry.url! });
    });
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

describe('a server killed with SIGKILL mid-load', () => {
  const folder = mkdtempSync(join(tmpdir(), 'biblio-crash-'));
  const databasePath = join(folder, 'crash.sqlite');
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('keeps every acknowledged write and an intact database', { timeout: 60_000 }, async (t) => {
    const first = await startChild(databasePath);
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
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const killed = exited(first.process);
    first.process.kill('SIGKILL');
    await killed;
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
    const second = await startChild(databasePath);
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
      const stopped = exited(second.process);
      second.process.kill('SIGTERM');
      assert.equal(await stopped, 0);
    }
  });
});
