import { type Db, statementCache } from '../db/database.js';
import type { CommentRow, CommentStatus } from './comment.js';

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
}

export interface ThreadPage {
  rows: CommentRow[];
  next?: number;
  total: number;
}

/** Published comments whose parent, if any, is published too: what readers can see. */
const visible = `c.status = 'published' AND (c.parent_id IS NULL OR EXISTS (
  SELECT 1 FROM comments p WHERE p.id = c.parent_id AND p.status = 'published'))`;

export class CommentStore {
  private readonly prepare;
  private readonly createInTransaction;

  constructor(db: Db) {
    this.prepare = statementCache(db);
    this.createInTransaction = db.transaction((comment: NewComment, now: Date) =>
      this.insert(comment, now),
    );
  }

  /**
   * A page of top-level comments, each followed by its replies (oldest first), so a reply
   * never arrives before its parent. `limit` counts top-level comments; `total` counts the
   * published ones. The viewer also sees their own comments that wait for a moderator.
   */
  page(
    thread: string,
    options: { after?: number; limit: number; sort: Sort; viewerId?: string },
  ): ThreadPage {
    const { after, limit, sort, viewerId = null } = options;
    const newest = sort === 'newest';
    const cursor = after === undefined ? '' : newest ? 'AND id < @after' : 'AND id > @after';
    const shown = "(status = 'published' OR (status = 'pending' AND author_id = @viewerId))";
    const topLevel = this.prepare<
      { thread: string; after?: number; limit: number; viewerId: string | null },
      CommentRow
    >(
      `SELECT * FROM comments WHERE thread = @thread AND ${shown} AND parent_id IS NULL
         ${cursor} ORDER BY id ${newest ? 'DESC' : 'ASC'} LIMIT @limit`,
    ).all({ thread, viewerId, limit: limit + 1, ...(after !== undefined && { after }) });
    const hasMore = topLevel.length > limit;
    const parents = topLevel.slice(0, limit);
    const replies = this.prepare<{ parents: string; viewerId: string | null }, CommentRow>(
      `SELECT * FROM comments WHERE ${shown}
         AND parent_id IN (SELECT value FROM json_each(@parents)) ORDER BY id`,
    ).all({ parents: JSON.stringify(parents.map((row) => row.id)), viewerId });
    const rows = parents.flatMap((parent) => [
      parent,
      ...replies.filter((reply) => reply.parent_id === parent.id),
    ]);
    return {
      rows,
      total: this.counts([thread])[thread]!,
      ...(hasMore && { next: parents.at(-1)!.id }),
    };
  }

  counts(threads: string[]): Record<string, number> {
    const found = this.prepare<[string], { thread: string; count: number }>(
      `SELECT c.thread, count(*) AS count FROM comments c
         WHERE c.thread IN (SELECT value FROM json_each(?)) AND ${visible} GROUP BY c.thread`,
    ).all(JSON.stringify(threads));
    const counts = Object.fromEntries(threads.map((thread) => [thread, 0]));
    for (const { thread, count } of found) counts[thread] = count;
    return counts;
  }

  get(id: number): CommentRow | undefined {
    return this.prepare<[number], CommentRow>('SELECT * FROM comments WHERE id = ?').get(id);
  }

  /**
   * Stores a comment, or, when its idempotency key was seen before, returns the comment that
   * key created: in one transaction, so two racing retries cannot both insert.
   */
  create(comment: NewComment, now: Date): { row: CommentRow; replayed: boolean } {
    return this.createInTransaction.immediate(comment, now);
  }

  private insert(comment: NewComment, now: Date): { row: CommentRow; replayed: boolean } {
    const replay = comment.idempotencyKey ? this.replay(comment) : undefined;
    if (replay) return { row: replay, replayed: true };
    if (comment.parentId !== undefined) this.checkParent(comment.parentId, comment.thread);
    const createdAt = now.toISOString();
    const { lastInsertRowid } = this.prepare(
      `INSERT INTO comments (thread, parent_id, author_name, author_id, text, status, ip_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      comment.thread,
      comment.parentId ?? null,
      comment.authorName,
      comment.authorId ?? null,
      comment.text,
      comment.status,
      comment.ipHash,
      createdAt,
    );
    if (comment.idempotencyKey) {
      this.prepare(
        'INSERT INTO idempotency_keys (key, comment_id, created_at) VALUES (?, ?, ?)',
      ).run(comment.idempotencyKey, lastInsertRowid, createdAt);
    }
    return { row: this.get(Number(lastInsertRowid))!, replayed: false };
  }

  private replay(comment: NewComment): CommentRow | undefined {
    const key = this.prepare<[string], { comment_id: number }>(
      'SELECT comment_id FROM idempotency_keys WHERE key = ?',
    ).get(comment.idempotencyKey!);
    if (!key) return undefined;
    const row = this.get(key.comment_id);
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

  private checkParent(parentId: number, thread: string): void {
    const parent = this.get(parentId);
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

  updateText(id: number, text: string, now: Date): CommentRow {
    this.prepare('UPDATE comments SET text = ?, edited_at = ? WHERE id = ?').run(
      text,
      now.toISOString(),
      id,
    );
    return this.get(id)!;
  }

  /** Deletes the comment and, through the foreign key, its replies. */
  delete(id: number): boolean {
    return this.prepare('DELETE FROM comments WHERE id = ?').run(id).changes === 1;
  }

  byStatus(
    status: CommentStatus,
    options: { after?: number; limit: number },
  ): { rows: CommentRow[]; next?: number } {
    const rows = this.prepare<[CommentStatus, number, number], CommentRow>(
      'SELECT * FROM comments WHERE status = ? AND id > ? ORDER BY id LIMIT ?',
    ).all(status, options.after ?? 0, options.limit + 1);
    const hasMore = rows.length > options.limit;
    const page = rows.slice(0, options.limit);
    return { rows: page, ...(hasMore && { next: page.at(-1)!.id }) };
  }

  setStatus(id: number, status: CommentStatus): CommentRow | undefined {
    this.prepare('UPDATE comments SET status = ? WHERE id = ?').run(status, id);
    return this.get(id);
  }

  /** Forgets keys older than a day: a client retries within minutes, not days. */
  forgetIdempotencyKeys(before: Date): void {
    this.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(before.toISOString());
  }
}
