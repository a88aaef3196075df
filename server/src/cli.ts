/**
 * `biblio-server [command]`: the installed package's bin (built to dist/cli.js) and, through
 * main.ts, the checkout's `npm run server`. Without a command it starts the server.
 */
import { serve } from './serve.js';

const usage = `Usage: biblio-server [command]

Commands:
  serve        Start the server (the default when no command is given)
  help         Print this text

Every setting comes from an environment variable, for example:
  PORT=8787  HOST=127.0.0.1  DATABASE_PATH=./data/biblio.sqlite
  ADMIN_TOKEN=<16+ characters>  CORS_ORIGINS=https://library.example.org
The package README and docs/server.md describe them all.
`;

const help = async () => {
  process.stdout.write(usage);
};
const commands: Record<string, () => Promise<void>> = { serve, help, '--help': help, '-h': help };

const [name = 'serve', ...rest] = process.argv.slice(2);
// Own keys only, so `toString` and the like are unknown commands, not Object's methods.
const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
if (!command || rest.length) {
  process.stderr.write(
    `${command ? `${name} takes no arguments` : `Unknown command: ${name}`}\n\n${usage}`,
  );
  process.exit(2);
}
await command();
