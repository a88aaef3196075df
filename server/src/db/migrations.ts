/**
 * The schema, as numbered steps. A step is never edited once released: a change is a new
 * step at the end, so every existing database reaches the same schema.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE view_counts (
    item_id TEXT PRIMARY KEY,
    views INTEGER NOT NULL
  ) WITHOUT ROWID;

  -- Who has been counted today: a hash made with a salt that lives only in memory, so these
  -- rows cannot be turned back into visitors; rows of past days are deleted.
  CREATE TABLE view_visits (
    day TEXT NOT NULL,
    item_id TEXT NOT NULL,
    visitor TEXT NOT NULL,
    PRIMARY KEY (day, item_id, visitor)
  ) WITHOUT ROWID;

  CREATE TABLE comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    thread TEXT NOT NULL,
    parent_id INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    author_name TEXT NOT NULL,
    author_id TEXT,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'pending', 'rejected')),
    ip_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    edited_at TEXT
  );
  CREATE INDEX comments_by_thread ON comments (thread, status, parent_id, id);
  CREATE INDEX comments_by_parent ON comments (parent_id);
  CREATE INDEX comments_by_status ON comments (status, id);

  -- Not a foreign key: the key must outlive a deleted comment, or a late retry would post it again.
  CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    comment_id INTEGER NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE bans (
    ip_hash TEXT PRIMARY KEY,
    reason TEXT,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE news_items (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    subtitle TEXT,
    summary TEXT NOT NULL,
    content_html TEXT NOT NULL,
    image TEXT,
    tags TEXT NOT NULL,
    author TEXT,
    date_published TEXT NOT NULL,
    search_text TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX news_by_date ON news_items (date_published DESC);

  CREATE TABLE partners (
    position INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    logo TEXT,
    partner_group TEXT
  );
  `,
];
