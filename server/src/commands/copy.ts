/**
 * `biblio-server copy --to postgres://…`: moves a library from its SQLite file (DATABASE_PATH)
 * to an empty PostgreSQL database (docs/server.md, "Moving from SQLite to PostgreSQL").
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Kysely, sql } from 'kysely';
import { type Db, openDatabase, writeTransaction } from '../db/database.js';
import { readSettings } from '../settings.js';
import { type Command, UsageError } from './command.js';

/** Any table, by name: the tables come from the target's catalog, not from a list here. */
type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

interface TableShape {
  name: string;
  columns: string[];
  /** The primary key, the order rows are copied in (a reply after the comment it answers). */
  key: string[];
  /** Columns PostgreSQL numbers itself, whose sequences must continue past the copied rows. */
  identity: string[];
}

export interface TableCount {
  table: string;
  rows: number;
}

/** The target holds data already: copying into it would mix two libraries. */
export class CopyRefused extends Error {
  override readonly name = 'CopyRefused';
}

/** PostgreSQL's limit is 65,535 parameters a statement. */
const parametersPerInsert = 30_000;

/**
 * The tables of the migrated target, in an order where every table comes after those its foreign
 * keys reference, with their columns, primary keys and identity columns.
 */
async function tableShapes(db: Db): Promise<TableShape[]> {
  const { rows: columns } = await sql<{
    table_name: string;
    column_name: string;
    is_identity: string;
  }>`SELECT table_name, column_name, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name IN (
       SELECT table_name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')
     ORDER BY table_name, ordinal_position`.execute(db);
  const { rows: keys } = await sql<{ table_name: string; column_name: string; kind: string }>`
    SELECT tc.table_name, kcu.column_name, tc.constraint_type AS kind
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu
      ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'PRIMARY KEY'
    ORDER BY tc.table_name, kcu.ordinal_position`.execute(db);
  const { rows: references } = await sql<{ table_name: string; referenced: string }>`
    SELECT DISTINCT tc.table_name, ccu.table_name AS referenced
    FROM information_schema.table_constraints tc
    JOIN information_schema.constraint_column_usage ccu
      ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
    WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'FOREIGN KEY'`.execute(db);

  const shapes = new Map<string, TableShape>();
  for (const column of columns) {
    if (column.table_name === 'schema_version') continue;
    const shape = shapes.get(column.table_name) ?? {
      name: column.table_name,
      columns: [],
      key: [],
      identity: [],
    };
    shape.columns.push(column.column_name);
    if (column.is_identity === 'YES') shape.identity.push(column.column_name);
    shapes.set(column.table_name, shape);
  }
  for (const key of keys) shapes.get(key.table_name)?.key.push(key.column_name);

  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  const place = (name: string, path: Set<string>) => {
    if (placed.has(name) || path.has(name)) return;
    path.add(name);
    for (const { table_name, referenced } of references)
      if (table_name === name && referenced !== name) place(referenced, path);
    placed.add(name);
    ordered.push(shapes.get(name)!);
  };
  for (const name of [...shapes.keys()].sort()) place(name, new Set());
  return ordered;
}

async function countRows(db: Db, table: string): Promise<number> {
  const { rows } = await sql<{
    count: number | string;
  }>`SELECT COUNT(*) AS count FROM ${sql.table(table)}`.execute(db);
  return Number(rows[0]!.count);
}

async function copyTable(source: Db, target: Db, shape: TableShape): Promise<void> {
  const batch = Math.max(1, Math.floor(parametersPerInsert / shape.columns.length));
  const order = shape.key.length ? shape.key : shape.columns;
  for (let offset = 0; ; offset += batch) {
    const { rows } = await sql<Record<string, unknown>>`
      SELECT ${sql.join(shape.columns.map((column) => sql.ref(column)))}
      FROM ${sql.table(shape.name)}
      ORDER BY ${sql.join(order.map((column) => sql.ref(column)))}
      LIMIT ${batch} OFFSET ${offset}`.execute(source);
    if (!rows.length) return;
    await (target as unknown as AnyDb).insertInto(shape.name).values(rows).execute();
    if (rows.length < batch) break;
  }
  for (const column of shape.identity) {
    await sql`SELECT setval(pg_get_serial_sequence(${shape.name}, ${column}),
      COALESCE((SELECT MAX(${sql.ref(column)}) FROM ${sql.table(shape.name)}), 0) + 1, false)`.execute(
      target,
    );
  }
}

/**
 * Copies every table of the SQLite file at `sqlitePath` into the PostgreSQL database at
 * `targetUrl`, both brought to this server's schema first, in one transaction: a failure, or a
 * count that differs, leaves the target as empty as it was. Resolves with each table's rows.
 */
export async function copyToPostgres(sqlitePath: string, targetUrl: string): Promise<TableCount[]> {
  // Opening a missing file would make an empty library and copy nothing.
  if (!existsSync(sqlitePath))
    throw new CopyRefused(`No SQLite file at ${sqlitePath}: set DATABASE_PATH`);
  const source = await openDatabase({ databasePath: sqlitePath, synchronous: 'FULL' });
  try {
    const target = await openDatabase({
      databasePath: '',
      databaseUrl: targetUrl,
      synchronous: 'FULL',
    });
    try {
      // One read transaction: a server still running on the file cannot change it mid-copy.
      return await source.db.transaction().execute((snapshot) =>
        writeTransaction(target.db, 'postgres', async (transaction) => {
          const shapes = await tableShapes(transaction);
          for (const { name } of shapes) {
            if ((await countRows(transaction, name)) > 0)
              throw new CopyRefused(
                `The target is not empty: ${name} has rows. Copy into a new database.`,
              );
          }
          const counts: TableCount[] = [];
          for (const shape of shapes) {
            await copyTable(snapshot, transaction, shape);
            const expected = await countRows(snapshot, shape.name);
            const copied = await countRows(transaction, shape.name);
            if (copied !== expected) {
              throw new Error(
                `${shape.name}: ${copied} rows copied of ${expected}; nothing was kept in the target`,
              );
            }
            counts.push({ table: shape.name, rows: copied });
          }
          return counts;
        }),
      );
    } finally {
      await target.db.destroy();
    }
  } finally {
    await source.db.destroy();
  }
}

function targetOf(args: string[]): string {
  let to: string | undefined;
  try {
    ({
      values: { to },
    } = parseArgs({ args, options: { to: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!to || !/^postgres(ql)?:\/\//.test(to))
    throw new UsageError('copy needs --to postgres://user:password@host/database');
  return to;
}

export const copy: Command = async (args) => {
  const to = targetOf(args);
  const { databasePath } = readSettings();
  const shown = new URL(to);
  const where = `${shown.host}${shown.pathname}`;
  try {
    const counts = await copyToPostgres(databasePath, to);
    const width = Math.max(...counts.map(({ table }) => table.length));
    process.stdout.write(
      `Copied ${databasePath} to PostgreSQL at ${where}; rows per table, the same in both:\n` +
        counts.map(({ table, rows }) => `  ${table.padEnd(width)}  ${rows}\n`).join(''),
    );
  } catch (error) {
    if (!(error instanceof CopyRefused)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
};
