/**
 * `biblio-server import wxr|disqus <file>` and `biblio-server export json|wxr`: a site's
 * comments moved in from WordPress or Disqus, and out as JSON or WXR (docs/server.md, "Moving
 * comments in and out").
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';
import { settingsOrExit } from '../serve.js';
import { type Services, createServices } from '../services.js';
import { defaultSiteId } from '../sites/site.js';
import { readDisqus } from '../transfer/disqus-reader.js';
import { type ImportReport, importComments } from '../transfer/import-comments.js';
import { toJsonExport } from '../transfer/json-export.js';
import { readSiteComments } from '../transfer/site-comments.js';
import { ExportFileError, type SourceExport } from '../transfer/source.js';
import { toWxrExport } from '../transfer/wxr-export.js';
import { readWxr } from '../transfer/wxr-reader.js';
import { type Command, UsageError } from './command.js';

export const transferUsage = `  import wxr|disqus <file> [--site <id>] [--dry-run] [--json]
               Import the comments of a WordPress (WXR) or Disqus export into a site's
               news items and print what became of each; --dry-run writes nothing
  export json|wxr [--site <id>] [--out <file>]
               Write a site's comments as JSON or as WXR that WordPress imports`;

/** A command that ran as asked but could not do it: the message, and exit status 1. */
class TransferFailure extends Error {}

const readers: Record<string, (bytes: Uint8Array) => SourceExport> = {
  wxr: readWxr,
  disqus: readDisqus,
};
const writers: Record<string, typeof toJsonExport> = { json: toJsonExport, wxr: toWxrExport };

const formatNames = { wxr: 'WordPress export (WXR)', disqus: 'Disqus export' };

/** parseArgs's refusals (an unknown option, a missing value) are wrong calls like any other. */
function parse<Options extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(
  args: string[],
  options: Options,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(error.message);
    throw error;
  }
}

/** Services on the configured database, logging to stderr so stdout carries only the result. */
async function withServices(work: (services: Services) => Promise<void>): Promise<void> {
  const settings = settingsOrExit();
  const database = await openDatabase(settings);
  const logger = createLogger(settings.logLevel, (line) => process.stderr.write(line));
  try {
    await work(await createServices(settings, database, logger));
  } catch (error) {
    if (!(error instanceof TransferFailure || error instanceof ExportFileError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } finally {
    await database.db.destroy();
  }
}

async function siteExists(services: Services, siteId: string): Promise<void> {
  if (!(await services.sites.find(siteId))) throw new TransferFailure(`No site "${siteId}"`);
}

function describeReport(report: ImportReport): string {
  const lines = [
    `${formatNames[report.source]} into site "${report.siteId}"` +
      (report.dryRun ? ', dry run: nothing was written.' : '.'),
    report.dryRun ? 'Would be:' : 'Comments:',
    ...Object.entries(report.counts).map(([outcome, count]) => `  ${outcome.padEnd(16)} ${count}`),
    'Threads:',
    ...report.threads.map((thread) => {
      const page = `  "${thread.label}"${thread.link ? ` ${thread.link}` : ''}`;
      return thread.itemId === undefined
        ? `${page}: no news item, its ${thread.comments} comment(s) not imported`
        : `${page} -> ${thread.itemId} (by ${thread.by}), ${thread.comments} comment(s)`;
    }),
  ];
  if (report.counts.unmatched)
    lines.push(
      'A thread without a news item can follow later: add the item (with the id or page the',
      'thread names) and import the file again; what is imported already stays as it is.',
    );
  if (report.problems.length)
    lines.push(
      'Not imported, incomplete:',
      ...report.problems.map(
        ({ externalId, problem }) => `  ${externalId || '(no id)'}: ${problem}`,
      ),
    );
  if (report.warnings.length)
    lines.push('Warnings:', ...report.warnings.map((warning) => `  ${warning}`));
  return `${lines.join('\n')}\n`;
}

/** `biblio-server import wxr|disqus <file> [--site <id>] [--dry-run] [--json]` */
export const importCommand: Command = async (args) => {
  const { values, positionals } = parse(args, {
    site: { type: 'string', default: defaultSiteId },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  const [format = '', path, ...rest] = positionals;
  const read = Object.hasOwn(readers, format) ? readers[format] : undefined;
  if (!read) throw new UsageError('import needs a format: wxr or disqus');
  if (!path || rest.length) throw new UsageError(`import ${format} takes one file`);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${path}: ${error.code ?? error.message}`);
  });
  await withServices(async (services) => {
    await siteExists(services, values.site);
    const report = await importComments(services, read(bytes), {
      siteId: values.site,
      dryRun: values['dry-run'],
    });
    process.stdout.write(
      values.json ? `${JSON.stringify(report, null, 2)}\n` : describeReport(report),
    );
  });
};

/** `biblio-server export json|wxr [--site <id>] [--out <file>]` */
export const exportCommand: Command = async (args) => {
  const { values, positionals } = parse(args, {
    site: { type: 'string', default: defaultSiteId },
    out: { type: 'string' },
  });
  const [format = '', ...rest] = positionals;
  const write = Object.hasOwn(writers, format) ? writers[format] : undefined;
  if (!write || rest.length) throw new UsageError('export needs a format: json or wxr');
  await withServices(async (services) => {
    await siteExists(services, values.site);
    const text = write(await readSiteComments(services, values.site), new Date());
    if (values.out === undefined) process.stdout.write(text);
    else {
      await writeFile(values.out, text).catch((error: NodeJS.ErrnoException) => {
        throw new TransferFailure(`Cannot write ${values.out}: ${error.code ?? error.message}`);
      });
      process.stderr.write(`Wrote ${values.out}\n`);
    }
  });
};
