import { Hono, type MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Services } from '../services.js';
import { adminAuth } from './admin-auth.js';
import type { AppEnv } from './app-env.js';

export interface Metrics {
  /** Counts and times every request; registered first, so it sees every answer. */
  record: MiddlewareHandler<AppEnv>;
  /** `GET /metrics` in Prometheus text format, behind the admin token. */
  routes: Hono<AppEnv>;
}

/** From well under a millisecond (a SQLite read) to the feed proxy's upstream timeout. */
const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A registry of its own for each app, so that servers started side by side in one process
 * (the tests do) never register the same metric twice or count each other's requests.
 */
export function createMetrics({ sites, writes }: Services): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route'] as const;
  const requests = new Counter({
    name: 'biblio_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: [...labelNames, 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'biblio_http_request_duration_seconds',
    help: 'Time from receiving a request to its answer, by method and route pattern',
    labelNames,
    buckets: latencyBuckets,
    registers: [registry],
  });
  new Gauge({
    name: 'biblio_write_queue_depth',
    help: 'Writes waiting for the next group commit',
    registers: [registry],
    collect() {
      this.set(writes.depth);
    },
  });

  const record: MiddlewareHandler<AppEnv> = async (c, next) => {
    const stopTimer = latency.startTimer();
    try {
      await next();
    } finally {
      // The pattern of the last route the request matched (`/api/comments/:id`), never the raw
      // path, so labels stay few; a request no handler takes keeps a middleware's (`/api/*`).
      const labels = { method: c.req.method, route: routePath(c, -1) };
      stopTimer(labels);
      requests.inc({ ...labels, status: c.res.status });
    }
  };

  const routes = new Hono<AppEnv>().get('/', adminAuth(sites), async (c) =>
    c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType }),
  );
  return { record, routes };
}
