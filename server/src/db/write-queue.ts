import { CompiledQuery } from 'kysely';
import { writeTransaction } from './database.js';
import type { Db, Engine } from './schema.js';

/** How a write reaches the database: acknowledged (resolved) only once it is durable. */
export interface Writer {
  run<Value>(write: (transaction: Db) => Promise<Value>): Promise<Value>;
  /** Writes accepted and not yet committed, for /metrics. */
  readonly depth: number;
}

export function createWriter(db: Db, engine: Engine): Writer {
  return engine === 'sqlite' ? new WriteQueue(db) : new TransactionPerWrite(db);
}

/** The same three statements around every write: compiled once, not once per write. */
const savepoint = CompiledQuery.raw('SAVEPOINT job');
const rollbackToSavepoint = CompiledQuery.raw('ROLLBACK TO job');
const releaseSavepoint = CompiledQuery.raw('RELEASE job');

interface Job {
  write: (transaction: Db) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit, for SQLite. With `synchronous=FULL` every commit waits for the disk (about
 * 10 ms here), and better-sqlite3 waits on the event loop, so one commit per request caps the
 * server near 100 writes a second. Instead the writes that arrive together run in one
 * transaction, each in its own savepoint (a failing write undoes only itself), and are
 * acknowledged together after the one fsync: every answered write is on disk, at a fraction of
 * the cost.
 */
export class WriteQueue implements Writer {
  private jobs: Job[] = [];
  private scheduled = false;
  private committing = 0;

  constructor(private readonly db: Db) {}

  get depth(): number {
    return this.jobs.length + this.committing;
  }

  /** Runs `write` inside the next group commit; resolves once it is durable. */
  run<Value>(write: (transaction: Db) => Promise<Value>): Promise<Value> {
    return new Promise<Value>((resolve, reject) => {
      this.jobs.push({ write, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // After the I/O phase, so every request already read from the sockets joins this batch.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.jobs;
    this.jobs = [];
    this.committing += batch.length;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await writeTransaction(this.db, 'sqlite', async (transaction) => {
        for (const job of batch) {
          await transaction.executeQuery(savepoint);
          try {
            outcomes.push({ ok: true, value: await job.write(transaction) });
          } catch (error) {
            await transaction.executeQuery(rollbackToSavepoint);
            outcomes.push({ ok: false, value: error });
          }
          await transaction.executeQuery(releaseSavepoint);
        }
      });
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    } finally {
      this.committing -= batch.length;
    }
    batch.forEach((job, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.value);
    });
  }
}

/** unique_violation, serialization_failure, deadlock_detected: a race another write won. */
const raceCodes = new Set(['23505', '40001', '40P01']);
const attempts = 3;

const lostRace = (error: unknown) =>
  raceCodes.has((error as { code?: unknown } | null)?.code as string);

/**
 * For PostgreSQL: each write in its own transaction, from a pool, so writes run side by side;
 * a committed transaction is durable already. Two first writes of the same key (a retried
 * comment's Idempotency-Key) race: the loser's insert fails, and its retry finds the
 * winner's row, as a later retry would.
 */
class TransactionPerWrite implements Writer {
  private running = 0;

  constructor(private readonly db: Db) {}

  get depth(): number {
    return this.running;
  }

  async run<Value>(write: (transaction: Db) => Promise<Value>): Promise<Value> {
    this.running += 1;
    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await writeTransaction(this.db, 'postgres', write);
        } catch (error) {
          if (attempt >= attempts || !lostRace(error)) throw error;
        }
      }
    } finally {
      this.running -= 1;
    }
  }
}
