/**
 * `biblio-server [command] [arguments]`: the installed package's bin (built to dist/cli.js) and,
 * through main.ts, the checkout's `npm run server`. Without a command it starts the server.
 * Each command lives in its own module under commands/ and receives the arguments after its name.
 */
import { type Command, UsageError } from './commands/command.js';
import { copy } from './commands/copy.js';
import { sites, sitesUsage } from './commands/sites.js';
import { exportCommand, importCommand, transferUsage } from './commands/transfer.js';
import { serve } from './serve.js';

const usage = `Usage: biblio-server [command] [arguments]

Commands:
  serve        Start the server (the default when no command is given)
  copy --to postgres://user:password@host/database
               Copy the SQLite file at DATABASE_PATH into an empty PostgreSQL database,
               then check and print the rows of every table
${sitesUsage}
${transferUsage}
  help         Print this text

Every setting comes from an environment variable, for example:
  PORT=8787  HOST=127.0.0.1  DATABASE_PATH=./data/biblio.sqlite
  ADMIN_TOKEN=<16+ characters>  CORS_ORIGINS=https://library.example.org
The package README and docs/server.md describe them all.
`;

const noArguments =
  (name: string, run: () => Promise<void>): Command =>
  async (args) => {
    if (args.length) throw new UsageError(`${name} takes no arguments`);
    await run();
  };

const help = noArguments('help', async () => {
  process.stdout.write(usage);
});
const commands: Record<string, Command> = {
  serve: noArguments('serve', serve),
  copy,
  help,
  sites,
  import: importCommand,
  export: exportCommand,
  '--help': help,
  '-h': help,
};

const [name = 'serve', ...args] = process.argv.slice(2);
// Own keys only, so `toString` and the like are unknown commands, not Object's methods.
const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
try {
  if (!command) throw new UsageError(`Unknown command: ${name}`);
  await command(args);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n\n${usage}`);
  process.exit(2);
}
