/**
 * The server command: settings come from the environment (docs/server.md); SIGINT and SIGTERM
 * stop it without losing an accepted write.
 */
import { createLogger } from './logger.js';
import { startServer } from './server.js';
import { SettingsError, readSettings } from './settings.js';

export function settingsOrExit() {
  try {
    return readSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(
      `${error.message}\nRun biblio-server --help, or see docs/server.md, for every setting.\n`,
    );
    process.exit(2);
  }
}

export async function serve(): Promise<void> {
  const settings = settingsOrExit();
  const logger = createLogger(settings.logLevel);
  const server = await startServer(settings, logger).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? 'the port is taken: set PORT' : error.message;
    logger.error('cannot start', { host: settings.host, port: settings.port, reason });
    process.exit(1);
  });

  const stop = (signal: string) => {
    logger.info('stopping', { signal });
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
