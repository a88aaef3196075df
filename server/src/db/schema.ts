import type { Generated, Kysely } from 'kysely';
import type { CommentStatus } from '../comments/comment.js';

/**
 * Every table as the stores read and write it, the same on both engines: times are ISO 8601
 * text (they sort as text), tags a JSON array in text, counts 32-bit integers (PostgreSQL's
 * 64-bit ones arrive from `pg` as strings).
 */
export interface Database {
  schema_version: { version: number };
  server_keys: { name: string; value: Buffer };
  view_counts: { item_id: string; views: number };
  /** Who has been counted today, as a hash made with a salt that lives only in memory. */
  view_visits: { day: string; item_id: string; visitor: string };
  comments: {
    id: Generated<number>;
    thread: string;
    parent_id: number | null;
    author_name: string;
    author_id: string | null;
    text: string;
    status: CommentStatus;
    ip_hash: string;
    created_at: string;
    edited_at: string | null;
  };
  idempotency_keys: { key: string; comment_id: number; created_at: string };
  bans: { ip_hash: string; reason: string | null; created_at: string };
  news_items: {
    id: string;
    title: string;
    subtitle: string | null;
    summary: string;
    content_html: string;
    image: string | null;
    /** JSON array of strings. */
    tags: string;
    author: string | null;
    date_published: string;
    search_text: string;
  };
  partners: {
    position: Generated<number>;
    name: string;
    url: string;
    logo: string | null;
    partner_group: string | null;
  };
}

export type Engine = 'sqlite' | 'postgres';

/** The database, or a transaction in it: what every store method runs on. */
export type Db = Kysely<Database>;
