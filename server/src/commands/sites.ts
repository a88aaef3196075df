import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  type Db,
  type Engine,
  openDatabase,
  schemaVersion,
  writeTransaction,
} from '../db/database.js';
import { settingsOrExit } from '../serve.js';
import { commentAuths, isOrigin, moderations } from '../settings.js';
import { parseConsent } from '../sites/consent.js';
import { type Site, defaultSiteId, isSiteId } from '../sites/site.js';
import { SiteStore, siteTables } from '../sites/store.js';
import { type Command, UsageError } from './command.js';

export const sitesUsage = `  sites add <id> --name <name> --origins <origin,...>
               [--moderation post|pre] [--auth optional|required] [--token-secret <32+ chars>]
               [--consent-url <policy URL> --consent-version <version>]
               Add a site; prints its admin token (and a made token secret) once
  sites list [--json]
               List the sites besides the default one, without their secrets
  sites rotate-token <id>
               Replace the site's admin tokens with a new one, printed once
  sites remove <id> [--yes] [--backup <file>]
               Ask, write a JSON backup of the site's rows, then remove the site and them`;

/** A command that ran as asked but could not do it: the message, and exit status 1. */
class SiteCommandFailure extends Error {}

/** 32 characters from 24 random bytes: an admin token, or a secret to sign reader tokens. */
const newSecret = () => randomBytes(24).toString('base64url');

function choice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${value}"`);
  return value as T;
}

/** The one site id a subcommand names; the default site is the settings' own and not managed here. */
function siteIdOf(positionals: string[], subcommand: string): string {
  const [id, ...rest] = positionals;
  if (!id || rest.length) throw new UsageError(`sites ${subcommand} takes one site id`);
  if (id === defaultSiteId)
    throw new UsageError(
      `The default site is made from the settings (CORS_ORIGINS, ADMIN_TOKEN, ...): change those`,
    );
  if (!isSiteId(id))
    throw new UsageError(`A site id is lower-case letters, digits and inner hyphens, got "${id}"`);
  return id;
}

async function withDatabase<Value>(
  work: (db: Db, engine: Engine) => Promise<Value>,
): Promise<Value> {
  const { db, engine } = await openDatabase(settingsOrExit());
  try {
    return await work(db, engine);
  } finally {
    await db.destroy();
  }
}

const add: Command = async (args) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      origins: { type: 'string' },
      moderation: { type: 'string' },
      auth: { type: 'string' },
      'token-secret': { type: 'string' },
      'consent-url': { type: 'string' },
      'consent-version': { type: 'string' },
    },
  });
  const id = siteIdOf(positionals, 'add');
  const name = values.name?.trim();
  if (!name) throw new UsageError('sites add needs --name, the library as people know it');
  const origins = (values.origins ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (!origins.length)
    throw new UsageError(
      'sites add needs --origins, the origins of the pages that embed the elements',
    );
  const badOrigin = origins.find((origin) => !isOrigin(origin));
  if (badOrigin)
    throw new UsageError(
      `--origins: "${badOrigin}" is not an origin like https://library.example.org`,
    );
  const tokenSecret = values['token-secret'] ?? newSecret();
  if (tokenSecret.length < 32)
    throw new UsageError('--token-secret must be at least 32 characters long');
  const site: Site = {
    id,
    name,
    origins,
    moderation: choice('moderation', values.moderation, moderations, 'post'),
    commentAuth: choice('auth', values.auth, commentAuths, 'optional'),
    tokenSecret,
  };
  const consent = parseConsent(values['consent-url'], values['consent-version'], {
    url: '--consent-url',
    version: '--consent-version',
  });
  if (consent.problems.length) throw new UsageError(consent.problems.join('; '));
  if (consent.consent) site.consent = consent.consent;
  const adminToken = newSecret();
  await withDatabase(async (db, engine) => {
    const sites = new SiteStore(db);
    if (await sites.get(id)) throw new SiteCommandFailure(`A site ${id} exists already`);
    await writeTransaction(db, engine, (transaction) =>
      new SiteStore(transaction).add(site, adminToken, new Date()),
    );
  });
  process.stdout.write(
    `Added site ${id} (${name}); its API is /api/sites/${id}.\n` +
      `Admin token (shown only now): ${adminToken}\n` +
      (values['token-secret'] === undefined
        ? `Token secret for the library's site to sign readers' tokens (shown only now): ${tokenSecret}\n`
        : ''),
  );
};

const list: Command = async (args) => {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const sites = await withDatabase((db) => new SiteStore(db).list());
  // Secrets stay out of the listing.
  const shown = sites.map(({ tokenSecret, ...site }) => ({
    ...site,
    signedInReaders: tokenSecret !== undefined,
  }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return;
  }
  if (!shown.length) {
    process.stdout.write(
      'No sites besides the default one: add one with biblio-server sites add\n',
    );
    return;
  }
  for (const site of shown)
    process.stdout.write(
      `${site.id}  ${site.name}\n  origins: ${site.origins.join(', ')}\n` +
        `  moderation: ${site.moderation}, auth: ${site.commentAuth}, admin tokens: ${site.adminTokens}, added ${site.createdAt}\n`,
    );
};

const rotateToken: Command = async (args) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const id = siteIdOf(positionals, 'rotate-token');
  const adminToken = newSecret();
  const rotated = await withDatabase((db, engine) =>
    writeTransaction(db, engine, (transaction) =>
      new SiteStore(transaction).replaceAdminTokens(id, adminToken, new Date()),
    ),
  );
  if (!rotated) throw new SiteCommandFailure(`No site ${id}`);
  process.stdout.write(
    `The old admin tokens of ${id} no longer work.\nNew admin token (shown only now): ${adminToken}\n`,
  );
};

async function confirmed(question: string, answer: string): Promise<boolean> {
  const reader = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await reader.question(question)).trim() === answer;
  } finally {
    reader.close();
  }
}

const remove: Command = async (args) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { yes: { type: 'boolean' }, backup: { type: 'string' } },
  });
  const id = siteIdOf(positionals, 'remove');
  const path = resolve(
    values.backup ?? `site-${id}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  await withDatabase(async (db, engine) => {
    const site = await new SiteStore(db).get(id);
    if (!site) throw new SiteCommandFailure(`No site ${id}`);
    if (
      !values.yes &&
      !(await confirmed(
        `Remove site ${id} (${site.name}) with all its comments, views, news and partners? Type its id to confirm: `,
        id,
      ))
    )
      throw new SiteCommandFailure(`Not removed: the answer was not ${id}`);
    const version = await schemaVersion(db);
    const rows = await writeTransaction(db, engine, async (transaction) => {
      const removed = (await new SiteStore(transaction).remove(id))!;
      // Written before the deletion commits: a backup that cannot be written removes nothing.
      await writeBackup(path, {
        schemaVersion: version,
        takenAt: new Date().toISOString(),
        ...removed,
      });
      return siteTables.reduce((sum, table) => sum + removed.tables[table].length, 0);
    });
    process.stdout.write(`Backup of ${id} (${rows} rows) written to ${path}\nRemoved site ${id}\n`);
  });
};

/** Never over an existing file, synced to disk, readable by its owner only: it holds the token secret. */
async function writeBackup(path: string, backup: object): Promise<void> {
  const file = await open(path, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
    throw new SiteCommandFailure(
      `Cannot write the backup ${path} (${error.code}): nothing was removed`,
    );
  });
  try {
    await file.writeFile(`${JSON.stringify(backup, null, 2)}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
}

const subcommands: Record<string, Command> = { add, list, 'rotate-token': rotateToken, remove };

/** `biblio-server sites <subcommand>`: the sites a network serves besides the default one. */
export const sites: Command = async ([name = '', ...args]) => {
  const subcommand = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (!subcommand)
    throw new UsageError(
      name
        ? `Unknown sites command: ${name}`
        : 'sites needs a command: add, list, rotate-token or remove',
    );
  try {
    await subcommand(args);
  } catch (error) {
    // parseArgs names the option it refuses; that is a wrong call like any other.
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    )
      throw new UsageError(error.message);
    if (!(error instanceof SiteCommandFailure)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
};
