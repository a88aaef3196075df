/**
 * What a rate limit costs per request on SQLite, kept in memory (what the server does) or in the
 * database file (what PostgreSQL's shared limiter does there):
 *   node --import tsx server/load/rate-limit-cost.ts
 *   node scripts/postgres-cluster.mjs node --import tsx server/load/rate-limit-cost.ts   (adds
 *   PostgreSQL's shared limiter, on its UNLOGGED table)
 * The file's figure is a commit per request, with synchronous=FULL an fsync that blocks the event
 * loop, which is why one SQLite process keeps its limiter in memory (src/rate-limit.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { MemoryRateLimiter, type RateLimiter, SharedRateLimiter } from '../src/rate-limit.js';
import { createTestDatabase, testEngine } from '../test/test-database.js';

const takes = 2000;
const clients = 50;

async function measure(name: string, limiter: RateLimiter): Promise<void> {
  const started = performance.now();
  for (let take = 0; take < takes; take += 1) await limiter.take(`client-${take % clients}`);
  const ms = performance.now() - started;
  console.log(`${name}: ${((ms * 1000) / takes).toFixed(1)} µs a request`);
}

const folder = mkdtempSync(join(tmpdir(), 'biblio-rate-limit-'));
try {
  await measure('memory', new MemoryRateLimiter(Number.MAX_SAFE_INTEGER, 60_000));
  for (const synchronous of ['FULL', 'NORMAL'] as const) {
    const { db } = await openDatabase({
      databasePath: join(folder, `${synchronous}.sqlite`),
      synchronous,
    });
    try {
      const limiter = new SharedRateLimiter(db, 'requests', Number.MAX_SAFE_INTEGER, 60, String);
      await measure(`SQLite file, synchronous=${synchronous}`, limiter);
    } finally {
      await db.destroy();
    }
  }
  if (testEngine === 'postgres') {
    const database = await createTestDatabase();
    const { db } = await openDatabase({
      databasePath: '',
      databaseUrl: database.env.DATABASE_URL,
      synchronous: 'FULL',
    });
    try {
      const limiter = new SharedRateLimiter(db, 'requests', Number.MAX_SAFE_INTEGER, 60, String);
      await measure('PostgreSQL, shared', limiter);
    } finally {
      await db.destroy();
      await database.remove();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
