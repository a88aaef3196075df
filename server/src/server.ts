import type { AddressInfo } from 'node:net';
import type { Server, ServerResponse } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { forgetIdempotencyKeys } from './comments/store.js';
import { type Db, type Engine, openDatabase } from './db/database.js';
import type { Logger } from './logger.js';
import type { Clock } from './notifications/clock.js';
import { seedIfEmpty } from './seed.js';
import { createServices } from './services.js';
import type { Settings } from './settings.js';

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  engine: Engine;
  /** Stops taking connections, lets requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

const dayMs = 86_400_000;

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.href;
}
const shutdownGraceMs = 10_000;

/** `clock`: notifications' time, which tests move themselves. */
export async function startServer(
  settings: Settings,
  logger: Logger,
  clock?: Clock,
): Promise<RunningServer> {
  const { db, engine } = await openDatabase(settings);
  const services = await createServices(settings, { db, engine }, logger, clock).catch(
    async (error: unknown) => {
      await db.destroy();
      throw error;
    },
  );
  if (settings.seed && (await seedIfEmpty(services, new Date())))
    logger.info('seeded the demo news and partners');
  const app = createApp(services);

  const maintenance = setInterval(() => {
    forgetIdempotencyKeys(db, new Date(Date.now() - dayMs)).catch((error: unknown) =>
      logger.error('forgetting idempotency keys failed', { error }),
    );
  }, 3_600_000);
  maintenance.unref();

  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, () =>
      resolve(started as Server),
    );
    started.once('error', (error) => {
      clearInterval(maintenance);
      void db.destroy().finally(() => reject(error));
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`;
  logger.info('listening', {
    url,
    port,
    engine,
    // The URL's password stays out of the log.
    database: settings.databaseUrl ? redactPassword(settings.databaseUrl) : settings.databasePath,
    moderation: settings.moderation,
  });

  let closing: Promise<void> | undefined;
  // Once stopping, every answer closes its connection, so keep-alive clients cannot go on
  // sending requests into a server that is waiting for them to finish.
  server.on('request', (_request, response: ServerResponse) => {
    if (closing) response.setHeader('Connection', 'close');
  });
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      clearInterval(maintenance);
      const force = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
      server.close(() => {
        clearTimeout(force);
        // Every answered write is already committed; closing checkpoints SQLite's WAL into the
        // file and ends PostgreSQL's connections. Notifications under way finish first.
        void services.notifications.notifier
          .close()
          .then(() => db.destroy())
          .then(() => {
            logger.info('stopped');
            resolve();
          });
      });
      server.closeIdleConnections();
    }));
  return { url, port, db, engine, close };
}
