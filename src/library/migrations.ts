/**
 * The library's schema, as forward-only migrations. `version` n takes a database from n-1 to n;
 * each runs in its own transaction with the version bump, so a crash leaves the previous version.
 * Never edit a released migration: add the next one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles and per-server settings',
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id TEXT,                -- NULL: bundled with the bot, in every server's library
        title TEXT NOT NULL,
        publisher TEXT,
        text TEXT NOT NULL,           -- story text as read (after HTML/Markdown conversion)
        added_by TEXT,
        added_at TEXT NOT NULL,
        source TEXT NOT NULL          -- 'bundled', 'upload:<file name>' or 'url:<address>'
      );
      CREATE INDEX articles_by_guild ON articles (guild_id);
      CREATE TABLE guild_settings (
        guild_id TEXT PRIMARY KEY,
        default_article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL
      );
    `,
  },
  {
    version: 2,
    description: 'persisted search indexes and a library revision counter',
    sql: `
      CREATE TABLE article_derived (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        index_version TEXT NOT NULL,     -- see version.ts: rebuilt when it changes
        article_json TEXT NOT NULL,
        attribution_json TEXT NOT NULL,
        search_json TEXT              -- NULL until first needed (bulk loads leave it to first use)
      );
      CREATE TABLE library_index (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        index_version TEXT NOT NULL,     -- see version.ts: rebuilt when it changes
        revision INTEGER NOT NULL,
        search_json TEXT NOT NULL
      );
      CREATE TABLE library_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
      INSERT INTO library_meta (key, value) VALUES ('revision', 0);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
