import type { AddressInfo } from 'node:net';
import type { Server, ServerResponse } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { type Db, openDatabase } from './db/database.js';
import type { Logger } from './logger.js';
import { seedIfEmpty } from './seed.js';
import { createServices } from './services.js';
import type { Settings } from './settings.js';

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  /** Stops taking connections, lets requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

const dayMs = 86_400_000;
const shutdownGraceMs = 10_000;

export async function startServer(settings: Settings, logger: Logger): Promise<RunningServer> {
  const db = openDatabase(settings.databasePath, settings.synchronous);
  const services = createServices(settings, db, logger);
  if (settings.seed && seedIfEmpty(services, new Date()))
    logger.info('seeded the demo news and partners');
  const app = createApp(services);

  const maintenance = setInterval(
    () => services.comments.forgetIdempotencyKeys(new Date(Date.now() - dayMs)),
    3_600_000,
  );
  maintenance.unref();

  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, () =>
      resolve(started as Server),
    );
    started.once('error', (error) => {
      clearInterval(maintenance);
      db.close();
      reject(error);
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`;
  logger.info('listening', {
    url,
    port,
    database: settings.databasePath,
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
        // Every answered write is already committed; closing checkpoints the WAL into the file.
        db.close();
        logger.info('stopped');
        resolve();
      });
      server.closeIdleConnections();
    }));
  return { url, port, db, close };
}
