/**
 * Load test of the reference server on loopback, bounded in time (about a minute per engine):
 *   npm run load -- --engine postgres --instances 2     (or --engine sqlite; both by default)
 * LOAD_SECONDS (8) per phase, CONNECTIONS (20) in all, half views and half comments.
 * For each engine, engine-load.ts runs the instances, a throughput phase, a phase in which one
 * instance is killed with SIGKILL and restarted, the shared rate-limit check and the database
 * check against what clients were told; PostgreSQL runs in a throwaway cluster
 * (scripts/postgres-cluster.mjs) unless BIBLIO_TEST_POSTGRES names one. Then a bare Hono endpoint
 * is measured the same way, as the ceiling for this machine, and each engine's requests per second
 * and p99 are printed next to it, as ratios. Exits 1 if a check fails.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { startChild } from '../test/child-server.js';
import type { EngineReport } from './engine-load.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    instances: { type: 'string', default: '2' },
  },
});
const engines = values.engine === 'both' ? ['sqlite', 'postgres'] : [values.engine];
if (!engines.every((engine) => engine === 'sqlite' || engine === 'postgres')) {
  console.error('Usage: npm run load -- [--engine sqlite|postgres|both] [--instances N]');
  process.exit(2);
}
const seconds = Number(process.env.LOAD_SECONDS ?? 8);
const connections = Number(process.env.CONNECTIONS ?? 20);

/** Runs engine-load.ts for `engine` in its own process and reads the report it writes. */
async function runEngine(engine: string, folder: string): Promise<EngineReport> {
  const resultFile = join(folder, `${engine}.json`);
  const worker = [
    process.execPath,
    '--import',
    'tsx',
    'server/load/engine-load.ts',
    '--instances',
    values.instances,
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, LOAD_RESULT_FILE: resultFile };
  let command = worker;
  if (engine === 'sqlite') delete env.BIBLIO_TEST_POSTGRES;
  else if (!env.BIBLIO_TEST_POSTGRES)
    command = [process.execPath, 'scripts/postgres-cluster.mjs', ...worker];
  const child = spawn(command[0]!, command.slice(1), {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the ${engine} load exited with ${code}`);
  return JSON.parse(readFileSync(resultFile, 'utf8')) as EngineReport;
}

async function loadBareHono(): Promise<Result> {
  const server = await startChild('server/load/bare-hono.ts', {}, '/');
  try {
    return await autocannon({
      url: server.url,
      connections,
      duration: seconds,
      requests: [{ method: 'POST', path: '/' }],
    });
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
  }
}

/** Two significant digits: the server's share of the ceiling is often well under 0.1. */
const ratio = (value: number, ceiling: number) =>
  ceiling ? Number((value / ceiling).toPrecision(2)) : 0;

function row(scenario: string, result: Result, bare: Result) {
  return {
    scenario,
    'req/s': Math.round(result.requests.average),
    'p99 ms': result.latency.p99,
    'req/s ÷ bare': ratio(result.requests.average, bare.requests.average),
    'p99 ÷ bare': ratio(result.latency.p99, bare.latency.p99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Views and comments ran side by side, each on half the connections: together they face the ceiling. */
function combined(views: Result, comments: Result): Result {
  return {
    ...views,
    requests: {
      ...views.requests,
      average: views.requests.average + comments.requests.average,
      total: views.requests.total + comments.requests.total,
    },
    latency: { ...views.latency, p99: Math.max(views.latency.p99, comments.latency.p99) },
    errors: views.errors + comments.errors,
    timeouts: views.timeouts + comments.timeouts,
    non2xx: views.non2xx + comments.non2xx,
  };
}

const folder = mkdtempSync(join(tmpdir(), 'biblio-load-'));
try {
  console.log(
    `Load test: ${seconds} s per phase, ${connections} connections (half views, half comments), ` +
      `loopback; engines: ${engines.join(', ')}; PostgreSQL instances: ${values.instances}`,
  );
  const reports: EngineReport[] = [];
  for (const engine of engines) reports.push(await runEngine(engine, folder));
  const bare = await loadBareHono();
  const rows = [];
  for (const { engine, instances, throughput, crash } of reports) {
    const name = `${engine} ×${instances}`;
    rows.push(
      row(`${name} POST views (each visitor twice)`, throughput.views, bare),
      row(`${name} POST comments (each key twice)`, throughput.comments, bare),
      row(`${name} views + comments`, combined(throughput.views, throughput.comments), bare),
      row(
        `${name} views + comments, one instance SIGKILLed`,
        combined(crash.views, crash.comments),
        bare,
      ),
    );
  }
  rows.push(row('bare Hono POST / (ceiling)', bare, bare));
  console.table(rows);
  let failed = false;
  for (const { engine, summary, problems } of reports) {
    console.log(`${engine}: ${summary}`);
    if (problems.length) {
      failed = true;
      console.error(`${engine}: database check FAILED:\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`${engine}: every acknowledged write stored, nothing stored twice.`);
    }
  }
  if (failed) process.exitCode = 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
