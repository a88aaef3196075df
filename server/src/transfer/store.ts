import type { CommentRow, CommentStatus } from '../comments/comment.js';
import type { Db } from '../db/schema.js';
import type { Source } from './source.js';

/** A comment as an import writes it: with the date, status and parent it had at its source. */
export interface ImportedComment {
  source: Source;
  externalId: string;
  thread: string;
  parentId?: number;
  authorName: string;
  text: string;
  status: Extract<CommentStatus, 'published' | 'pending'>;
  createdAt: string;
}

/** What an earlier import of the same comment left: its row, unless it was deleted since. */
export interface EarlierImport {
  commentId: number;
  row?: Pick<CommentRow, 'id' | 'thread' | 'parent_id'>;
}

/** Imports never come from a reader's address, and the export's addresses are not kept. */
const importedIpHash = 'imported';

/** One site's comments as imports and exports read and write them. */
export class TransferStore {
  constructor(
    private readonly db: Db,
    private readonly siteId: string,
  ) {}

  async itemIds(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('news_items')
      .select('id')
      .where('site_id', '=', this.siteId)
      .execute();
    return rows.map((row) => row.id);
  }

  /** The comments of `externalIds` that an earlier import of `source` stored. */
  async earlierImports(source: Source, externalIds: string[]): Promise<Map<string, EarlierImport>> {
    const found = new Map<string, EarlierImport>();
    // In slices, so a large export stays within every engine's limit on bound parameters.
    for (let start = 0; start < externalIds.length; start += 500) {
      const rows = await this.db
        .selectFrom('imported_comments as i')
        .leftJoin('comments as c', (join) =>
          join.onRef('c.id', '=', 'i.comment_id').onRef('c.site_id', '=', 'i.site_id'),
        )
        .select(['i.external_id', 'i.comment_id', 'c.id', 'c.thread', 'c.parent_id'])
        .where('i.site_id', '=', this.siteId)
        .where('i.source', '=', source)
        .where('i.external_id', 'in', externalIds.slice(start, start + 500))
        .execute();
      for (const row of rows)
        found.set(row.external_id, {
          commentId: row.comment_id,
          ...(row.id !== null && {
            row: { id: row.id, thread: row.thread!, parent_id: row.parent_id },
          }),
        });
    }
    return found;
  }

  /** Stores the comment and where it came from; run it in a write transaction. */
  async add(comment: ImportedComment, now: Date): Promise<number> {
    const { id } = await this.db
      .insertInto('comments')
      .values({
        site_id: this.siteId,
        thread: comment.thread,
        parent_id: comment.parentId ?? null,
        author_name: comment.authorName,
        author_id: null,
        text: comment.text,
        status: comment.status,
        ip_hash: importedIpHash,
        created_at: comment.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('imported_comments')
      .values({
        site_id: this.siteId,
        source: comment.source,
        external_id: comment.externalId,
        comment_id: id,
        imported_at: now.toISOString(),
      })
      .execute();
    return id;
  }

  /** Every comment of the site, replies after their parents (ids grow with time). */
  async comments(): Promise<CommentRow[]> {
    return this.db
      .selectFrom('comments')
      .selectAll()
      .where('site_id', '=', this.siteId)
      .orderBy('id')
      .execute();
  }
}
