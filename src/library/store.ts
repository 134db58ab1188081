/**
 * Rows of the library database: articles, what was derived from them (persisted indexes), the
 * library-wide indexes, a log of changes, and each server's default article. One interface, two
 * engines: SQLite (embedded, the default; `SqliteStore` below) and PostgreSQL (DATABASE_URL;
 * pg-store.ts), run through the same tests. Every write that touches more than one row is one
 * transaction, so a process killed half-way leaves the library as it was before; every insert
 * and removal bumps the library revision and logs itself under it in that same transaction, so
 * other processes sharing the database can catch up with exactly what changed.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.ts';
import { openDatabase } from './db.ts';
import { workerBoot } from '../project-root.ts';
import type { SqliteWriteRequest } from './sqlite-write-worker.ts';

/** What the duplicate check looks up (an index on it), instead of comparing every stored text. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface ArticleRow {
  id: number;
  guildId: string | null;
  title: string;
  publisher: string | null;
  text: string;
  addedBy: string | null;
  addedAt: string;
  source: string;
}

export type ArticleListing = Omit<ArticleRow, 'text'>;

export type NewArticle = Omit<ArticleRow, 'id' | 'addedAt'> & { addedAt?: string };

/** Search data computed from an article, stored so a restart does not recompute it. */
export interface DerivedRow {
  indexVersion: string;
  articleJson: string;
  attributionJson: string;
  /** Null when the article's own index has not been built yet (it is built on first use). */
  searchJson: string | null;
}

export interface LibraryIndexRow {
  indexVersion: string;
  revision: number;
  searchJson: string;
}

/** What the library-wide index is built from: each article's attribution. */
export interface IndexSourceRow {
  id: number;
  guildId: string | null;
  attributionJson: string;
}

/** One insert or removal, as logged under the revision it made. */
export interface LibraryChange {
  revision: number;
  articleId: number;
  guildId: string | null;
  op: 'add' | 'remove';
  /** For an add: the article's attribution, or null when it has been removed since. */
  attributionJson: string | null;
}

/** Checks made inside the insert's transaction, so two writers cannot both pass them. */
export interface InsertRules {
  /** Refuse when the server already has this many articles. */
  maxPerGuild?: number;
  /** Refuse text the server's library (its own and the bundled articles) already holds. */
  refuseDuplicateText?: boolean;
  /** Insert only when no article has this source (the bundled article, added once). */
  onlyIfNoSource?: string;
  /** Called inside the transaction just before it commits (crash tests). Must not return early by throwing. */
  insideTransaction?: () => void;
}

export type InsertResult =
  | { ok: true; row: ArticleRow; revision: number }
  | { ok: false; refused: 'full' }
  | { ok: false; refused: 'duplicate'; existing: { id: number; title: string } }
  | { ok: false; refused: 'exists' };

/** The library's storage: the same behaviour over SQLite and PostgreSQL. */
export interface LibraryStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Where the library lives, for logs (a PostgreSQL URL without its password). */
  readonly where: string;
  insert(article: NewArticle, derived: DerivedRow, rules?: InsertRules): Promise<InsertResult>;
  get(id: number): Promise<ArticleRow | undefined>;
  listing(id: number): Promise<ArticleListing | undefined>;
  /** The listings of these articles (those that still exist), in one round trip. */
  listings(ids: readonly number[]): Promise<ArticleListing[]>;
  /** A server's library: the bundled articles, then its own, oldest first. */
  list(guildId: string | null): Promise<ArticleListing[]>;
  /** Every article of every server. */
  listAll(): Promise<ArticleListing[]>;
  count(): Promise<number>;
  /** The first bundled article's id (every server's default until it chooses one). */
  firstBundledId(): Promise<number | undefined>;
  /** Delete one server's article (its derived rows go with it); the new revision, or null when there was none. */
  remove(id: number, guildId: string): Promise<number | null>;
  defaultFor(guildId: string): Promise<number | null>;
  setDefault(guildId: string, articleId: number): Promise<void>;
  derived(id: number): Promise<DerivedRow | undefined>;
  saveDerived(id: number, derived: DerivedRow): Promise<void>;
  saveSearch(id: number, indexVersion: string, searchJson: string): Promise<void>;
  /** Ids whose derived rows are missing or from another index version. */
  staleDerived(indexVersion: string): Promise<number[]>;
  /** Changes on every insert and removal. */
  revision(): Promise<number>;
  /** Every article's attribution and the revision they make up, read together. */
  indexSource(): Promise<{ revision: number; rows: IndexSourceRow[] }>;
  /** The changes after `revision`, oldest first. */
  changesSince(revision: number): Promise<LibraryChange[]>;
  libraryIndex(scope: string): Promise<LibraryIndexRow | undefined>;
  /** Save a library index; never replaces a newer one of the same scope and version. */
  saveLibraryIndex(scope: string, row: LibraryIndexRow): Promise<void>;
  /** Resolves when the database answers (health checks). */
  ping(): Promise<void>;
  /** False when the database takes no writes (a read-only file, mount or server). */
  writable(): Promise<boolean>;
  close(): Promise<void>;
}

/** Whether an error is the database refusing a write because it is read-only or full. */
export function isUnwritableError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return false;
  // SQLite: SQLITE_READONLY (and its extended codes), SQLITE_FULL; PostgreSQL: read-only transaction, disk full, out of memory.
  return code.startsWith('SQLITE_READONLY') || code === 'SQLITE_FULL' || code === '25006' || code === '53100';
}

// ---------------------------------------------------------------------------------------------
// SQLite

interface RawArticle {
  id: number;
  guild_id: string | null;
  title: string;
  publisher: string | null;
  text?: string;
  added_by: string | null;
  added_at: string;
  source: string;
}

export function toListing(row: RawArticle): ArticleListing {
  return {
    id: row.id,
    guildId: row.guild_id,
    title: row.title,
    publisher: row.publisher,
    addedBy: row.added_by,
    addedAt: row.added_at,
    source: row.source,
  };
}

export function toArticle(row: RawArticle): ArticleRow {
  return { ...toListing(row), text: row.text ?? '' };
}

export const LISTING_COLUMNS = 'id, guild_id, title, publisher, added_by, added_at, source';

/** better-sqlite3 is synchronous: each method does its work at once and returns a settled promise. */
export class SqliteStore implements LibraryStore {
  readonly engine = 'sqlite';

  constructor(
    readonly db: Db,
    readonly where = db.name,
  ) {}

  /**
   * Each SQL text prepared once per connection: better-sqlite3 compiles a statement on every
   * prepare(), which cost more than many of the queries themselves.
   */
  private readonly statements = new Map<string, Statement>();

  private statement(sql: string): Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  static open(path: string): SqliteStore {
    const store = new SqliteStore(openDatabase(path), path);
    store.backfillTextHashes();
    return store;
  }

  /** Rows stored before schema 4 get their text hash. */
  private backfillTextHashes(): void {
    const missing = this.statement('SELECT id, text FROM articles WHERE text_hash IS NULL').all() as { id: number; text: string }[];
    if (missing.length === 0) return;
    const update = this.statement('UPDATE articles SET text_hash = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const row of missing) update.run(textHash(row.text), row.id);
    })();
  }

  /** Inserts made on a worker thread (large articles), for tests and metrics. */
  offThreadInserts = 0;
  private readonly writesInFlight = new Set<Promise<unknown>>();

  async insert(article: NewArticle, derived: DerivedRow, rules: InsertRules = {}): Promise<InsertResult> {
    const chars = article.text.length + derived.articleJson.length + derived.attributionJson.length + (derived.searchJson?.length ?? 0);
    if (chars < OFF_THREAD_INSERT_CHARS || rules.insideTransaction || this.where === ':memory:' || !this.db.open) return this.insertNow(article, derived, rules);
    const { insideTransaction: _none, ...plainRules } = rules;
    const write = insertOnWorker({ path: this.where, article, derived, rules: plainRules });
    this.writesInFlight.add(write);
    try {
      const result = await write;
      this.offThreadInserts++;
      return result;
    } finally {
      this.writesInFlight.delete(write);
    }
  }

  /** The insert's transaction, on this connection (insert() runs it here or on a worker's connection). */
  insertNow(article: NewArticle, derived: DerivedRow, rules: InsertRules = {}): InsertResult {
    // IMMEDIATE: take the write lock first, so the checks and the insert see no other writer.
    return this.db
      .transaction((): InsertResult => {
        if (rules.onlyIfNoSource !== undefined && this.statement('SELECT 1 FROM articles WHERE source = ? LIMIT 1').get(rules.onlyIfNoSource)) {
          return { ok: false, refused: 'exists' };
        }
        if (rules.maxPerGuild !== undefined && article.guildId !== null) {
          const own = (this.statement('SELECT COUNT(*) AS n FROM articles WHERE guild_id = ?').get(article.guildId) as { n: number }).n;
          if (own >= rules.maxPerGuild) return { ok: false, refused: 'full' };
        }
        if (rules.refuseDuplicateText) {
          const existing = this.statement('SELECT id, title FROM articles WHERE text_hash = ? AND (guild_id IS NULL OR guild_id IS ?) AND text = ? LIMIT 1')
            .get(textHash(article.text), article.guildId, article.text) as { id: number; title: string } | undefined;
          if (existing) return { ok: false, refused: 'duplicate', existing };
        }
        const addedAt = article.addedAt ?? new Date().toISOString();
        const result = this.statement(
            `INSERT INTO articles (guild_id, title, publisher, text, added_by, added_at, source, text_hash)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(article.guildId, article.title, article.publisher, article.text, article.addedBy, addedAt, article.source, textHash(article.text));
        const id = Number(result.lastInsertRowid);
        this.writeDerived(id, derived);
        const revision = this.logChange(id, article.guildId, 'add');
        rules.insideTransaction?.();
        return { ok: true, row: { ...article, id, addedAt }, revision };
      })
      .immediate();
  }

  private logChange(articleId: number, guildId: string | null, op: 'add' | 'remove'): number {
    const { value } = this.statement("UPDATE library_meta SET value = value + 1 WHERE key = 'revision' RETURNING value").get() as { value: number };
    this.statement('INSERT INTO library_changes (revision, article_id, guild_id, op) VALUES (?, ?, ?, ?)').run(value, articleId, guildId, op);
    return value;
  }

  async get(id: number): Promise<ArticleRow | undefined> {
    const row = this.statement(`SELECT ${LISTING_COLUMNS}, text FROM articles WHERE id = ?`).get(id) as RawArticle | undefined;
    return row ? toArticle(row) : undefined;
  }

  async listing(id: number): Promise<ArticleListing | undefined> {
    const row = this.statement(`SELECT ${LISTING_COLUMNS} FROM articles WHERE id = ?`).get(id) as RawArticle | undefined;
    return row ? toListing(row) : undefined;
  }

  async listings(ids: readonly number[]): Promise<ArticleListing[]> {
    const select = this.statement(`SELECT ${LISTING_COLUMNS} FROM articles WHERE id = ?`);
    return ids.flatMap((id) => {
      const row = select.get(id) as RawArticle | undefined;
      return row ? [toListing(row)] : [];
    });
  }

  async list(guildId: string | null): Promise<ArticleListing[]> {
    const rows = this.statement(`SELECT ${LISTING_COLUMNS} FROM articles WHERE guild_id IS NULL OR guild_id IS ? ORDER BY guild_id IS NOT NULL, id`)
      .all(guildId) as RawArticle[];
    return rows.map(toListing);
  }

  async listAll(): Promise<ArticleListing[]> {
    return (this.statement(`SELECT ${LISTING_COLUMNS} FROM articles ORDER BY id`).all() as RawArticle[]).map(toListing);
  }

  async count(): Promise<number> {
    return (this.statement('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  async firstBundledId(): Promise<number | undefined> {
    return (this.statement('SELECT id FROM articles WHERE guild_id IS NULL ORDER BY id LIMIT 1').get() as { id: number } | undefined)?.id;
  }

  async remove(id: number, guildId: string): Promise<number | null> {
    return this.db
      .transaction((): number | null => {
        const result = this.statement('DELETE FROM articles WHERE id = ? AND guild_id = ?').run(id, guildId);
        if (result.changes === 0) return null;
        return this.logChange(id, guildId, 'remove');
      })
      .immediate();
  }

  async defaultFor(guildId: string): Promise<number | null> {
    const row = this.statement('SELECT default_article_id AS id FROM guild_settings WHERE guild_id = ?').get(guildId) as { id: number | null } | undefined;
    return row?.id ?? null;
  }

  async setDefault(guildId: string, articleId: number): Promise<void> {
    this.statement(
        `INSERT INTO guild_settings (guild_id, default_article_id) VALUES (?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET default_article_id = excluded.default_article_id`,
      )
      .run(guildId, articleId);
  }

  async derived(id: number): Promise<DerivedRow | undefined> {
    return this.statement(
        `SELECT index_version AS indexVersion, article_json AS articleJson, attribution_json AS attributionJson,
                search_json AS searchJson FROM article_derived WHERE article_id = ?`,
      )
      .get(id) as DerivedRow | undefined;
  }

  async saveDerived(id: number, derived: DerivedRow): Promise<void> {
    this.writeDerived(id, derived);
  }

  private writeDerived(id: number, derived: DerivedRow): void {
    this.statement(
        `INSERT INTO article_derived (article_id, index_version, article_json, attribution_json, search_json)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET index_version = excluded.index_version,
           article_json = excluded.article_json, attribution_json = excluded.attribution_json,
           search_json = excluded.search_json`,
      )
      .run(id, derived.indexVersion, derived.articleJson, derived.attributionJson, derived.searchJson);
  }

  async saveSearch(id: number, indexVersion: string, searchJson: string): Promise<void> {
    this.statement('UPDATE article_derived SET search_json = ? WHERE article_id = ? AND index_version = ?').run(searchJson, id, indexVersion);
  }

  async staleDerived(indexVersion: string): Promise<number[]> {
    const rows = this.statement(
        `SELECT a.id FROM articles a LEFT JOIN article_derived d ON d.article_id = a.id
         WHERE d.article_id IS NULL OR d.index_version != ? ORDER BY a.id`,
      )
      .all(indexVersion) as { id: number }[];
    return rows.map((r) => r.id);
  }

  async revision(): Promise<number> {
    return (this.statement("SELECT value FROM library_meta WHERE key = 'revision'").get() as { value: number }).value;
  }

  async indexSource(): Promise<{ revision: number; rows: IndexSourceRow[] }> {
    return this.db.transaction(() => {
      const revision = (this.statement("SELECT value FROM library_meta WHERE key = 'revision'").get() as { value: number }).value;
      const rows = this.statement('SELECT a.id, a.guild_id AS guildId, d.attribution_json AS attributionJson FROM articles a JOIN article_derived d ON d.article_id = a.id ORDER BY a.id')
        .all() as IndexSourceRow[];
      return { revision, rows };
    })();
  }

  async changesSince(revision: number): Promise<LibraryChange[]> {
    return this.statement(
        `SELECT c.revision, c.article_id AS articleId, c.guild_id AS guildId, c.op,
                CASE WHEN c.op = 'add' THEN d.attribution_json END AS attributionJson
         FROM library_changes c LEFT JOIN article_derived d ON d.article_id = c.article_id
         WHERE c.revision > ? ORDER BY c.revision`,
      )
      .all(revision) as LibraryChange[];
  }

  async libraryIndex(scope: string): Promise<LibraryIndexRow | undefined> {
    return this.statement('SELECT index_version AS indexVersion, revision, search_json AS searchJson FROM library_indexes WHERE scope = ?')
      .get(scope) as LibraryIndexRow | undefined;
  }

  async saveLibraryIndex(scope: string, row: LibraryIndexRow): Promise<void> {
    this.statement(
        `INSERT INTO library_indexes (scope, index_version, revision, search_json) VALUES (?, ?, ?, ?)
         ON CONFLICT (scope) DO UPDATE SET index_version = excluded.index_version, revision = excluded.revision,
           search_json = excluded.search_json
         -- never replace a newer index (another process sharing the database saved it)
         WHERE excluded.revision >= library_indexes.revision OR excluded.index_version != library_indexes.index_version`,
      )
      .run(scope, row.indexVersion, row.revision, row.searchJson);
  }

  async ping(): Promise<void> {
    this.statement('SELECT 1').get();
  }

  async writable(): Promise<boolean> {
    if (this.db.readonly) return false;
    try {
      // A write that changes nothing still needs the write lock, which a read-only file refuses.
      this.statement('UPDATE schema_version SET version = version WHERE 0').run();
      return true;
    } catch (error) {
      if (isUnwritableError(error)) return false;
      throw error;
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.writesInFlight);
    if (this.db.open) this.db.close();
  }
}

/**
 * Rows of at least this many characters (text, analysis and index together: a ~300 KB article)
 * are written on a worker thread; below it the worker's start costs more than the write.
 */
export const OFF_THREAD_INSERT_CHARS = 2_000_000;
const WRITE_WORKER_BOOT = workerBoot('sqlite-write-worker');

function insertOnWorker(request: SqliteWriteRequest): Promise<InsertResult> {
  return new Promise((resolve, reject) => {
    // A 4 MB young generation, as the upload reader's: the rows arrive as a few large strings (old space).
    const worker = new Worker(WRITE_WORKER_BOOT, { eval: true, workerData: request, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    let answered = false;
    worker.once('message', (reply: { ok: true; result: InsertResult } | { ok: false; message: string; code?: string }) => {
      answered = true;
      if (reply.ok) resolve(reply.result);
      // The database's own error, with its code (read-only, full), as the inline insert throws it.
      else reject(Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {}));
    });
    worker.once('error', (error) => {
      if (!answered) reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the database writer exited (${code}) before answering`));
    });
  });
}

// ---------------------------------------------------------------------------------------------

export interface StoreLocation {
  /** postgres://… — the library in PostgreSQL (DATABASE_URL). */
  url?: string;
  /** The SQLite file (DATABASE_PATH); ':memory:' for a throwaway library. */
  path?: string;
}

/** PostgreSQL when a URL is given, else SQLite; pg is loaded only when it is used. */
export async function openStore(location: StoreLocation): Promise<LibraryStore> {
  if (location.url) {
    const { PgStore } = await import('./pg-store.ts');
    return PgStore.open(location.url);
  }
  return SqliteStore.open(location.path ?? ':memory:');
}
