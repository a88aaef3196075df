import type { Db, Engine } from './db/schema.js';

/** Requests left per client in fixed windows. */
export interface RateLimiter {
  /** Counts one request of `client`; resolves 0 when allowed, else seconds until it would be. */
  take(client: string): Promise<number>;
}

/** The limiter of one scope (all requests, comments), with its own limit and window. */
export type RateLimiters = (scope: string, limit: number, windowSeconds: number) => RateLimiter;

/** Memory only, so a restart forgives everybody; right for the one process a SQLite file has. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(client: string): Promise<number> {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 10_000) this.forgetExpired(now);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(client, window);
    }
    window.count += 1;
    return Promise.resolve(
      window.count <= this.limit ? 0 : Math.ceil((window.resetAt - now) / 1000),
    );
  }

  private forgetExpired(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * In the database, so every instance on it counts against one limit: a client whose requests a
 * load balancer spreads over instances is refused at the same count as on one. Like the memory
 * limiter, a client's window starts at its first request; one atomic upsert counts the request or,
 * when the window has ended, starts the next one. The client is stored as its hashed address,
 * never the address itself.
 */
export class SharedRateLimiter implements RateLimiter {
  private readonly windowMs: number;
  private nextSweep = 0;

  constructor(
    private readonly db: Db,
    private readonly scope: string,
    private readonly limit: number,
    windowSeconds: number,
    private readonly hashClient: (client: string) => string,
    private readonly now: () => number = Date.now,
  ) {
    this.windowMs = windowSeconds * 1000;
  }

  async take(client: string): Promise<number> {
    const now = this.now();
    const nowText = new Date(now).toISOString();
    if (now >= this.nextSweep) this.sweep(now);
    const window = await this.db
      .insertInto('rate_limit_windows')
      .values({
        scope: this.scope,
        client: this.hashClient(client),
        window_end: new Date(now + this.windowMs).toISOString(),
        requests: 1,
      })
      .onConflict((conflict) =>
        conflict.columns(['scope', 'client']).doUpdateSet((eb) => {
          // Both read the row as it was, so an ended window restarts the count and the end alike.
          const ended = eb('rate_limit_windows.window_end', '<=', nowText);
          return {
            requests: eb
              .case()
              .when(ended)
              .then(1)
              .else(eb('rate_limit_windows.requests', '+', 1))
              .end(),
            window_end: eb
              .case()
              .when(ended)
              .then(eb.ref('excluded.window_end'))
              .else(eb.ref('rate_limit_windows.window_end'))
              .end(),
          };
        }),
      )
      .returning(['requests', 'window_end'])
      .executeTakeFirstOrThrow();
    return window.requests <= this.limit
      ? 0
      : Math.max(1, Math.ceil((Date.parse(window.window_end) - now) / 1000));
  }

  /** Once a window per instance, the windows that have ended go; no request waits for it. */
  private sweep(now: number): void {
    this.nextSweep = now + this.windowMs;
    void this.db
      .deleteFrom('rate_limit_windows')
      .where('scope', '=', this.scope)
      .where('window_end', '<=', new Date(now).toISOString())
      .execute()
      .catch(() => {
        this.nextSweep = 0;
      });
  }
}

/**
 * PostgreSQL may have many instances, so its limits are shared. A SQLite file has one process,
 * where memory is the whole truth already; in the file every request would become a commit, with
 * synchronous=FULL an fsync that blocks the event loop: 5-6 ms a request against 3-16 µs in
 * memory (0.4-1 ms with NORMAL), measured by server/load/rate-limit-cost.ts on the 2-core
 * machine under its usual load.
 */
export function createRateLimiters(
  db: Db,
  engine: Engine,
  hashClient: (client: string) => string,
): RateLimiters {
  return engine === 'postgres'
    ? (scope, limit, windowSeconds) =>
        new SharedRateLimiter(db, scope, limit, windowSeconds, hashClient)
    : (_scope, limit, windowSeconds) => new MemoryRateLimiter(limit, windowSeconds * 1000);
}
