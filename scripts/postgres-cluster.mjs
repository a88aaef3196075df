/**
 * Runs a command against a throwaway PostgreSQL cluster:
 *   node scripts/postgres-cluster.mjs npm run test:server
 * initdb in a temporary folder, the server on a free loopback port with trust authentication,
 * the command with BIBLIO_TEST_POSTGRES=postgres://postgres@127.0.0.1:<port>/postgres in its
 * environment; then the cluster is stopped and the folder deleted, also when the command fails
 * or Ctrl-C stops it. Exits with the command's code. PostgreSQL refuses to run as root, so as
 * root the cluster runs as the `postgres` user that Debian's package creates.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const command = process.argv.slice(2);
if (!command.length) {
  console.error('Usage: node scripts/postgres-cluster.mjs <command> [arguments…]');
  process.exit(2);
}

/** The newest installed PostgreSQL's programs, as Debian lays them out. */
function binFolder() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) {
    console.error(`No PostgreSQL under ${root}: install Debian's postgresql package.`);
    process.exit(2);
  }
  return join(root, versions[0], 'bin');
}

function freePort() {
  const probe = createServer();
  return new Promise((resolve) =>
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    }),
  );
}

const asRoot = process.getuid?.() === 0;
const owner = asRoot
  ? {
      uid: Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout),
      gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout),
    }
  : undefined;

/** Runs a PostgreSQL program, as `postgres` when we are root; throws with its output. */
function runPostgres(program, args) {
  const [file, fullArgs] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', program, ...args]]
    : [program, args];
  const result = spawnSync(file, fullArgs, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${program} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

const bin = binFolder();
const folder = mkdtempSync(join(tmpdir(), 'biblio-postgres-'));
if (owner) chownSync(folder, owner.uid, owner.gid);
const data = join(folder, 'data');
let started = false;
let cleanedUp = false;

function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  try {
    if (started) runPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  } catch (error) {
    console.error(error.message);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

let exitCode = 1;
try {
  runPostgres(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    // A throwaway cluster: its files need not reach the disk before it starts.
    '--no-sync',
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${folder}'`,
  ].join(' ');
  runPostgres(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    options,
    '-l',
    join(folder, 'log'),
    '-w',
    'start',
  ]);
  started = true;
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  console.log(`postgres-cluster: PostgreSQL from ${bin} on ${url}`);

  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, BIBLIO_TEST_POSTGRES: url },
  });
  // Ctrl-C reaches the command through the terminal; a TERM sent to this script is passed on.
  // Either way the cluster is stopped once the command has ended.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (signal === 'SIGTERM') child.kill(signal);
    });
  }
  exitCode = await new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  );
  console.log(`postgres-cluster: "${command.join(' ')}" exited with ${exitCode}`);
} catch (error) {
  console.error(`postgres-cluster: ${error.message}`);
} finally {
  cleanUp();
}
process.exit(exitCode);
