import type { Services } from '../services.js';
import { type Source, type SourceComment, type SourceExport, importable } from './source.js';
import type { EarlierImport, ImportedComment, TransferStore } from './store.js';
import { type ThreadMatch, matchThreads } from './thread-matching.js';

const outcomes = [
  'published',
  'pending',
  'alreadyImported',
  'spam',
  'trash',
  'pingback',
  'invalid',
  'unmatched',
] as const;

/**
 * What became (or, in a dry run, would become) of each comment of the file. `published` and
 * `pending` are imported; `alreadyImported` were imported before and are left as they are;
 * the rest are skipped: spam, trash, pingbacks, `invalid` ones (see `problems`) and those of
 * `unmatched` threads.
 */
export type Outcome = (typeof outcomes)[number];

export interface ThreadReport {
  label: string;
  link?: string;
  /** The news item the thread's comments went to; absent for an unmatched thread. */
  itemId?: string;
  by?: 'url' | 'slug';
  comments: number;
}

export interface ImportReport {
  source: Source;
  siteId: string;
  dryRun: boolean;
  counts: Record<Outcome, number>;
  threads: ThreadReport[];
  problems: { externalId: string; problem: string }[];
  warnings: string[];
}

export interface ImportOptions {
  siteId: string;
  dryRun: boolean;
  now?: Date;
}

/** A name as our comments keep it: one line, within the length a reader's name may have. */
function authorName(raw: string, maxLength: number): string {
  const name = raw.replace(/[\p{Cc}\s]+/gu, ' ').trim() || 'Anonymous';
  return [...name].slice(0, maxLength).join('');
}

/** A comment of the thread being imported, and what became of it once decided. */
interface Planned {
  comment: SourceComment;
  outcome: Outcome;
  /** While its parents are being stored, then its id and the top-level comment above it. */
  stored?: 'storing' | { id: number; parentId: number | null };
}

/**
 * Decides every comment's outcome and writes the imported ones, parents first. Replies keep
 * their parents; as our threads go one level deep, a reply to a reply hangs from the
 * top-level comment above it, and a reply whose parents were all skipped (spam, deleted) or
 * are not in the file becomes a top-level comment. Both are counted in the warnings.
 */
class ImportRun {
  readonly counts = Object.fromEntries(outcomes.map((outcome) => [outcome, 0])) as Record<
    Outcome,
    number
  >;
  readonly problems: ImportReport['problems'] = [];
  private readonly seen = new Set<string>();
  private flattened = 0;
  private orphaned = 0;
  private tooLong = 0;
  /** Stands in for the ids a dry run does not get from the database. */
  private dryRunIds = 0;

  constructor(
    private readonly transfer: TransferStore,
    private readonly source: Source,
    private readonly settings: Services['settings'],
    private readonly earlier: Map<string, EarlierImport>,
    private readonly dryRun: boolean,
    private readonly now: Date,
  ) {}

  async thread(match: ThreadMatch): Promise<void> {
    const planned = new Map<string, Planned>();
    for (const comment of match.thread.comments) {
      const outcome = this.outcomeOf(comment, match);
      this.counts[outcome] += 1;
      if (!planned.has(comment.externalId)) planned.set(comment.externalId, { comment, outcome });
    }
    if (match.itemId === undefined) return;
    for (const entry of planned.values())
      if (isImported(entry)) await this.store(entry, match.itemId, planned);
  }

  private outcomeOf(comment: SourceComment, match: ThreadMatch): Outcome {
    if (comment.state === 'invalid') {
      this.problems.push({ externalId: comment.externalId, problem: comment.problem ?? '' });
      return 'invalid';
    }
    if (!importable.has(comment.state)) return comment.state;
    if (match.itemId === undefined) return 'unmatched';
    if (this.seen.has(comment.externalId)) {
      // The same id twice in one file: the first one counts, the second is reported.
      const problem = 'the same id appears earlier in the file';
      this.problems.push({ externalId: comment.externalId, problem });
      return 'invalid';
    }
    this.seen.add(comment.externalId);
    return this.earlier.has(comment.externalId) ? 'alreadyImported' : comment.state;
  }

  /**
   * The top-level comment a reply hangs from: its nearest ancestor that is (or is being)
   * stored, or that one's own parent when it is a reply; null for a top-level comment.
   */
  private async parentOf(
    comment: SourceComment,
    itemId: string,
    planned: Map<string, Planned>,
  ): Promise<number | null> {
    let parentExternalId = comment.parentExternalId;
    const visited = new Set([comment.externalId]);
    while (parentExternalId !== undefined && !visited.has(parentExternalId)) {
      const direct = visited.size === 1;
      visited.add(parentExternalId);
      const row = this.earlier.get(parentExternalId)?.row;
      const parent = planned.get(parentExternalId);
      const above =
        row && row.thread === itemId
          ? { id: row.id, parentId: row.parent_id }
          : parent && isImported(parent) && parent.stored !== 'storing'
            ? await this.store(parent, itemId, planned)
            : undefined;
      if (above) {
        if (!direct || above.parentId !== null) this.flattened += 1;
        return above.parentId ?? above.id;
      }
      parentExternalId = parent?.comment.parentExternalId;
    }
    if (comment.parentExternalId !== undefined) this.orphaned += 1;
    return null;
  }

  /** Stores the comment once, its parents before it. */
  private async store(
    entry: Planned,
    itemId: string,
    planned: Map<string, Planned>,
  ): Promise<{ id: number; parentId: number | null }> {
    if (entry.stored && entry.stored !== 'storing') return entry.stored;
    entry.stored = 'storing';
    const { comment } = entry;
    const parentId = await this.parentOf(comment, itemId, planned);
    if ([...comment.text].length > this.settings.commentMaxLength) this.tooLong += 1;
    const imported: ImportedComment = {
      source: this.source,
      externalId: comment.externalId,
      thread: itemId,
      ...(parentId !== null && { parentId }),
      authorName: authorName(comment.authorName, this.settings.authorMaxLength),
      text: comment.text,
      status: entry.outcome as ImportedComment['status'],
      createdAt: comment.createdAt!,
    };
    const id = this.dryRun ? (this.dryRunIds -= 1) : await this.transfer.add(imported, this.now);
    entry.stored = { id, parentId };
    return entry.stored;
  }

  warnings(): string[] {
    return [
      this.flattened &&
        `${this.flattened} reply(ies) to replies hang from the top-level comment above them: our threads go one level deep`,
      this.orphaned &&
        `${this.orphaned} reply(ies) whose parent was skipped or is not in the file became top-level comments`,
      this.tooLong &&
        `${this.tooLong} comment(s) are longer than COMMENT_MAX_LENGTH (${this.settings.commentMaxLength}) and were kept whole`,
    ].filter((warning): warning is string => !!warning);
  }
}

const isImported = (entry: Planned) => entry.outcome === 'published' || entry.outcome === 'pending';

/**
 * Imports an export's comments into a site: every thread matched to a news item, every
 * comment's outcome decided, the imported ones written with where they came from, all in one
 * write transaction (services.writes), so a failure leaves nothing behind and a second import
 * of the file finds every comment already imported. A dry run decides the same outcomes on the
 * stores as they are and writes nothing.
 */
export async function importComments(
  services: Services,
  file: SourceExport,
  options: ImportOptions,
): Promise<ImportReport> {
  const { siteId, dryRun } = options;
  if (!(await services.sites.find(siteId))) throw new Error(`No site "${siteId}"`);
  const run = async (transfer: TransferStore) => {
    const matches = matchThreads(
      file.threads,
      await transfer.itemIds(),
      services.settings.newsItemUrl,
    );
    const externalIds = file.threads.flatMap((thread) =>
      thread.comments.map((comment) => comment.externalId),
    );
    const importRun = new ImportRun(
      transfer,
      file.source,
      services.settings,
      await transfer.earlierImports(file.source, externalIds),
      dryRun,
      options.now ?? new Date(),
    );
    for (const match of matches) await importRun.thread(match);
    const report: ImportReport = {
      source: file.source,
      siteId,
      dryRun,
      counts: importRun.counts,
      threads: matches.map(({ thread, itemId, by }) => ({
        label: thread.label,
        ...(thread.link && { link: thread.link }),
        ...(itemId !== undefined && { itemId, by }),
        comments: thread.comments.length,
      })),
      problems: importRun.problems,
      warnings: [...file.warnings, ...importRun.warnings()],
    };
    return report;
  };
  return dryRun
    ? run(services.storesOf(siteId).transfer)
    : services.writes.run(siteId, (stores) => run(stores.transfer));
}
