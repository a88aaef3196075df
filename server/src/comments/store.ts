import type { ExpressionBuilder } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import type { CommentRow, CommentStatus } from './comment.js';
import type { ReaderIdentity } from './reader.js';

export type Sort = 'oldest' | 'newest';

/** Which rule of threads and retries a new comment breaks, named as clients know it. */
export type CommentRefusal =
  'comment_deleted' | 'idempotency_key_reused' | 'invalid_parent' | 'reply_too_deep';

/** Thrown inside the transaction, so a refused comment leaves nothing behind. */
export class CommentRefused extends Error {
  override readonly name = 'CommentRefused';
  constructor(
    readonly refusal: CommentRefusal,
    message: string,
  ) {
    super(message);
  }
}

export interface NewComment {
  thread: string;
  parentId?: number;
  authorName: string;
  authorId?: string;
  text: string;
  status: CommentStatus;
  ipHash: string;
  idempotencyKey?: string;
  /** The policy version the author consented to, on a site that asks for consent. */
  consentVersion?: string;
  /** The hash of the anonymous reader's key, so they can find their comments again. */
  readerKeyHash?: string;
}

export interface ThreadPage {
  rows: CommentRow[];
  next?: number;
  total: number;
}

type CommentsQuery = ExpressionBuilder<Database, 'comments'>;

/** What a moderator searches by: part of the text, part of the author's name. */
export interface CommentSearch {
  text?: string;
  author?: string;
}

/** Rows read per query while searching: enough to fill a page in one or two round trips. */
const searchBatchSize = 1000;

/** Case folding for comparison: lower case after NFC, so "Ё" and "ё" (and "É", "é") meet. */
const fold = (value: string) => value.normalize('NFC').toLowerCase();

function commentMatcher({ text, author }: CommentSearch) {
  const wantedText = text === undefined ? undefined : fold(text);
  const wantedAuthor = author === undefined ? undefined : fold(author);
  return (row: { text: string; author_name: string }) =>
    (wantedText === undefined || fold(row.text).includes(wantedText)) &&
    (wantedAuthor === undefined || fold(row.author_name).includes(wantedAuthor));
}

/** What the viewer may see: published comments, and their own that wait for a moderator. */
const shown = (viewerId: string | undefined) => (eb: CommentsQuery) =>
  viewerId === undefined
    ? eb('status', '=', 'published')
    : eb.or([
        eb('status', '=', 'published'),
        eb.and([eb('status', '=', 'pending'), eb('author_id', '=', viewerId)]),
      ]);

/** The comments one reader wrote: by their login id, or by their key's hash. */
const writtenBy = (reader: ReaderIdentity) => (eb: CommentsQuery) =>
  'authorId' in reader
    ? eb('author_id', '=', reader.authorId)
    : eb('reader_key_hash', '=', reader.readerKeyHash);

/** One site's comments: every query names the site, so no id reaches another site's rows. */
export class CommentStore {
  constructor(
    private readonly db: Db,
    private readonly siteId: string,
  ) {}

  private get rows() {
    return this.db.selectFrom('comments').selectAll().where('site_id', '=', this.siteId);
  }

  /**
   * A page of top-level comments, each followed by its replies (oldest first), so a reply
   * never arrives before its parent. `limit` counts top-level comments; `total` counts the
   * published ones. The viewer also sees their own comments that wait for a moderator.
   */
  async page(
    thread: string,
    options: { after?: number; limit: number; sort: Sort; viewerId?: string },
  ): Promise<ThreadPage> {
    const { after, limit, sort, viewerId } = options;
    const newest = sort === 'newest';
    let topLevel = this.rows
      .where('thread', '=', thread)
      .where(shown(viewerId))
      .where('parent_id', 'is', null)
      .orderBy('id', newest ? 'desc' : 'asc')
      .limit(limit + 1);
    if (after !== undefined) topLevel = topLevel.where('id', newest ? '<' : '>', after);
    const found = await topLevel.execute();
    const hasMore = found.length > limit;
    const parents = found.slice(0, limit);
    const replies = parents.length
      ? await this.rows
          .where(shown(viewerId))
          .where(
            'parent_id',
            'in',
            parents.map((row) => row.id),
          )
          .orderBy('id')
          .execute()
      : [];
    const rows = parents.flatMap((parent) => [
      parent,
      ...replies.filter((reply) => reply.parent_id === parent.id),
    ]);
    return {
      rows,
      total: (await this.counts([thread]))[thread]!,
      ...(hasMore && { next: parents.at(-1)!.id }),
    };
  }

  /** Published comments whose parent, if any, is published too: what readers can see. */
  async counts(threads: string[]): Promise<Record<string, number>> {
    const counts = Object.fromEntries(threads.map((thread) => [thread, 0]));
    if (!threads.length) return counts;
    const found = await this.db
      .selectFrom('comments as c')
      .select((eb) => ['c.thread', eb.cast<number>(eb.fn.countAll(), 'integer').as('count')])
      .where('c.site_id', '=', this.siteId)
      .where('c.thread', 'in', threads)
      .where('c.status', '=', 'published')
      .where((eb) =>
        eb.or([
          eb('c.parent_id', 'is', null),
          eb.exists(
            eb
              .selectFrom('comments as p')
              .select('p.id')
              .whereRef('p.id', '=', 'c.parent_id')
              .where('p.status', '=', 'published'),
          ),
        ]),
      )
      .groupBy('c.thread')
      .execute();
    for (const { thread, count } of found) counts[thread] = count;
    return counts;
  }

  async get(id: number): Promise<CommentRow | undefined> {
    return this.rows.where('id', '=', id).executeTakeFirst();
  }

  /**
   * Stores a comment, or, when its idempotency key was seen before, returns the comment that
   * key created. Run it in a write transaction, so two racing retries cannot both insert.
   */
  async create(comment: NewComment, now: Date): Promise<{ row: CommentRow; replayed: boolean }> {
    const replay = comment.idempotencyKey ? await this.replay(comment) : undefined;
    if (replay) return { row: replay, replayed: true };
    if (comment.parentId !== undefined) await this.checkParent(comment.parentId, comment.thread);
    const createdAt = now.toISOString();
    const row = await this.db
      .insertInto('comments')
      .values({
        site_id: this.siteId,
        thread: comment.thread,
        parent_id: comment.parentId ?? null,
        author_name: comment.authorName,
        author_id: comment.authorId ?? null,
        text: comment.text,
        status: comment.status,
        ip_hash: comment.ipHash,
        created_at: createdAt,
        consent_at: comment.consentVersion === undefined ? null : createdAt,
        consent_version: comment.consentVersion ?? null,
        reader_key_hash: comment.readerKeyHash ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (comment.idempotencyKey) {
      await this.db
        .insertInto('idempotency_keys')
        .values({
          site_id: this.siteId,
          key: comment.idempotencyKey,
          comment_id: row.id,
          created_at: createdAt,
        })
        .execute();
    }
    return { row, replayed: false };
  }

  private async replay(comment: NewComment): Promise<CommentRow | undefined> {
    const key = await this.db
      .selectFrom('idempotency_keys')
      .select('comment_id')
      .where('site_id', '=', this.siteId)
      .where('key', '=', comment.idempotencyKey!)
      .executeTakeFirst();
    if (!key) return undefined;
    const row = await this.get(key.comment_id);
    if (!row)
      throw new CommentRefused(
        'comment_deleted',
        'The comment sent with this Idempotency-Key was deleted',
      );
    if (row.thread !== comment.thread || row.text !== comment.text) {
      throw new CommentRefused(
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different comment: use a new key per comment',
      );
    }
    return row;
  }

  private async checkParent(parentId: number, thread: string): Promise<void> {
    const parent = await this.get(parentId);
    if (!parent || parent.thread !== thread || parent.status !== 'published') {
      throw new CommentRefused(
        'invalid_parent',
        `No published comment ${parentId} in this thread to reply to`,
      );
    }
    if (parent.parent_id !== null) {
      throw new CommentRefused(
        'reply_too_deep',
        'Replies go one level deep: reply to the top-level comment',
      );
    }
  }

  async updateText(id: number, text: string, now: Date): Promise<CommentRow> {
    return this.db
      .updateTable('comments')
      .set({ text, edited_at: now.toISOString() })
      .where('site_id', '=', this.siteId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Deletes the comment and, through the foreign key, its replies. */
  async delete(id: number): Promise<boolean> {
    const { numDeletedRows } = await this.db
      .deleteFrom('comments')
      .where('site_id', '=', this.siteId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return numDeletedRows === 1n;
  }

  /** Every comment the reader wrote on this site, oldest first: what they download. */
  async byReader(reader: ReaderIdentity): Promise<CommentRow[]> {
    return this.rows.where(writtenBy(reader)).orderBy('id').execute();
  }

  /**
   * Deletes every comment the reader wrote on this site and, through the foreign key, the
   * replies under them, as deleting one comment does; returns how many of the reader's went.
   */
  async deleteByReader(reader: ReaderIdentity): Promise<number> {
    const { numDeletedRows } = await this.db
      .deleteFrom('comments')
      .where('site_id', '=', this.siteId)
      .where(writtenBy(reader))
      .executeTakeFirstOrThrow();
    return Number(numDeletedRows);
  }

  async byStatus(
    status: CommentStatus,
    options: { after?: number; limit: number },
  ): Promise<{ rows: CommentRow[]; next?: number }> {
    const rows = await this.rows
      .where('status', '=', status)
      .where('id', '>', options.after ?? 0)
      .orderBy('id')
      .limit(options.limit + 1)
      .execute();
    const hasMore = rows.length > options.limit;
    const page = rows.slice(0, options.limit);
    return { rows: page, ...(hasMore && { next: page.at(-1)!.id }) };
  }

  /**
   * A page of `status` comments whose text and author name contain the terms, ignoring case
   * in every script. The comparison is made here, not in SQL: SQLite's LOWER() and LIKE fold
   * only ASCII, and PostgreSQL's follow the cluster's locale (C folds ASCII only), so "ёлка"
   * would miss "Ёлка" on one engine and not the other. Rows are read in batches of their id,
   * text and author only, until a page is found: linear in the comments of that status, which
   * a library counts in thousands. No term is ever part of SQL, so `%` and `_` are literal.
   */
  async matching(
    status: CommentStatus,
    terms: CommentSearch,
    options: { after?: number; limit: number },
  ): Promise<{ rows: CommentRow[]; next?: number }> {
    const matches = commentMatcher(terms);
    const found: number[] = [];
    let cursor = options.after ?? 0;
    while (found.length <= options.limit) {
      const batch = await this.db
        .selectFrom('comments')
        .select(['id', 'author_name', 'text'])
        .where('site_id', '=', this.siteId)
        .where('status', '=', status)
        .where('id', '>', cursor)
        .orderBy('id')
        .limit(searchBatchSize)
        .execute();
      found.push(...batch.filter(matches).map((row) => row.id));
      if (batch.length < searchBatchSize) break;
      cursor = batch.at(-1)!.id;
    }
    const ids = found.slice(0, options.limit);
    const rows = ids.length ? await this.rows.where('id', 'in', ids).orderBy('id').execute() : [];
    return { rows, ...(found.length > options.limit && { next: ids.at(-1)! }) };
  }

  async setStatus(id: number, status: CommentStatus): Promise<CommentRow | undefined> {
    return this.db
      .updateTable('comments')
      .set({ status })
      .where('site_id', '=', this.siteId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }
}

/** Forgets every site's keys older than `before`: a client retries within minutes, not days. */
export async function forgetIdempotencyKeys(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('created_at', '<', before.toISOString()).execute();
}
