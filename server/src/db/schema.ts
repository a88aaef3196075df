import type { Generated, Kysely } from 'kysely';
import type { CommentStatus } from '../comments/comment.js';
import type { CommentAuth, Moderation } from '../settings.js';
import type { DeliveryChannel, DeliveryStatus } from '../notifications/delivery.js';
import type { MailLanguage, NotifyMode } from '../notifications/site-notifications.js';

/**
 * Every table as the stores read and write it, the same on both engines: times are ISO 8601
 * text (they sort as text), tags a JSON array in text, counts 32-bit integers (PostgreSQL's
 * 64-bit ones arrive from `pg` as strings). Every table but the server's own belongs to one site,
 * named by `site_id`.
 */
export interface Database {
  schema_version: { version: number };
  server_keys: { name: string; value: Buffer };
  /** The sites besides the default one, which settings.ts makes from the environment. */
  sites: {
    id: string;
    name: string;
    /** JSON array of origins. */
    origins: string;
    moderation: Moderation;
    comment_auth: CommentAuth;
    token_secret: string | null;
    created_at: string;
    /** Both set or both null: the site's personal-data policy a comment needs consent to. */
    consent_url: string | null;
    consent_version: string | null;
  };
  /** SHA-256 of each admin token of a site, hex. */
  site_admin_tokens: { site_id: string; token_hash: string; created_at: string };
  view_counts: { site_id: string; item_id: string; views: number };
  /** Who has been counted today, as a hash made with a salt that lives only in memory. */
  view_visits: { site_id: string; day: string; item_id: string; visitor: string };
  /** Views per item per UTC day (`YYYY-MM-DD`): counts only, kept for the statistics. */
  view_days: { site_id: string; day: string; item_id: string; views: number };
  comments: {
    id: Generated<number>;
    site_id: string;
    thread: string;
    parent_id: number | null;
    author_name: string;
    author_id: string | null;
    text: string;
    status: CommentStatus;
    ip_hash: string;
    created_at: string;
    edited_at: string | null;
    /** When the author consented to personal-data processing, and to which policy version. */
    consent_at: string | null;
    consent_version: string | null;
    /** SHA-256 of the anonymous reader's key, hex: it finds their comments, nothing else. */
    reader_key_hash: string | null;
  };
  /** Where each imported comment came from: the export's format and its id there. */
  imported_comments: {
    site_id: string;
    source: string;
    external_id: string;
    comment_id: number;
    imported_at: string;
  };
  idempotency_keys: { site_id: string; key: string; comment_id: number; created_at: string };
  bans: { site_id: string; ip_hash: string; reason: string | null; created_at: string };
  news_items: {
    site_id: string;
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
    site_id: string;
    name: string;
    url: string;
    logo: string | null;
    partner_group: string | null;
  };
  /** A site's notification settings; a site without a row has none, the default site its env. */
  site_notifications: {
    site_id: string;
    /** JSON array of mailboxes. */
    emails: string;
    mode: NotifyMode;
    digest_minutes: number;
    language: MailLanguage;
    webhook_url: string | null;
    webhook_secret: string | null;
    updated_at: string;
  };
  notification_deliveries: {
    id: Generated<number>;
    site_id: string;
    channel: DeliveryChannel;
    /** The webhook URL, or the recipients joined by ", ". */
    target: string;
    /** JSON array of comment ids. */
    comment_ids: string;
    status: DeliveryStatus;
    attempts: number;
    /** The last answer: an HTTP status, the SMTP reply or the error. */
    outcome: string;
    started_at: string;
    finished_at: string;
  };
  used_action_links: { link_id: string; used_at: string; expires_at: string };
  notification_digest: { site_id: string; comment_id: number; origin: string; queued_at: string };
  /** Requests of a client (its hashed address) in one rate-limit window; shared by instances. */
  rate_limit_windows: { scope: string; client: string; window_end: string; requests: number };
  /** The visitor salt of each day still kept: today's only, older rows are deleted. */
  daily_salts: { day: string; salt: Buffer };
  /** The feed proxy's last answer per feed, with the upstream's validators to revalidate it. */
  feed_cache: {
    key: string;
    body: string;
    etag: string;
    upstream_etag: string | null;
    upstream_last_modified: string | null;
    fresh_until: string;
  };
}

export type Engine = 'sqlite' | 'postgres';

/** The database, or a transaction in it: what every store method runs on. */
export type Db = Kysely<Database>;
