/**
 * The library in PostgreSQL (DATABASE_URL=postgres://…), through node-postgres: the same tables,
 * migrations and transactions as the SQLite store, so several machines can share one library.
 * Writers serialise on the revision row (its UPDATE is each write transaction's first statement),
 * so the checks that follow (a full library, a duplicate, the bundled article already there) see
 * every earlier write; a process killed mid-transaction loses its connection and PostgreSQL rolls
 * the transaction back.
 */
import pg from 'pg';
import { LibraryDbError } from './db.ts';
import { MIGRATIONS, type Migration } from './migrations.ts';
import {
  LISTING_COLUMNS,
  textHash,
  toArticle,
  toListing,
  type ArticleListing,
  type ArticleRow,
  type DerivedRow,
  type IndexSourceRow,
  type InsertResult,
  type InsertRules,
  type LibraryChange,
  type LibraryIndexRow,
  type LibraryStore,
  type NewArticle,
} from './store.ts';

/** Any constant: processes migrating the same database take this advisory lock in turn. */
const MIGRATION_LOCK = 7_101_912;
const POOL_SIZE = 4;

type Queryable = Pick<pg.PoolClient, 'query'>;

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

async function schemaVersion(client: Queryable): Promise<number> {
  // Created only where missing, so a read-only database whose schema exists can still be opened.
  const { rows: exists } = await client.query<{ found: string | null }>("SELECT to_regclass('schema_version')::text AS found");
  if (exists[0]?.found === null || exists[0]?.found === undefined) {
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  }
  const { rows } = await client.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_version');
  return rows[0]?.version ?? 0;
}

/** Apply every migration newer than the database, each with its version bump in one transaction. */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    let version = await schemaVersion(client);
    const latest = migrations.at(-1)?.version ?? 0;
    if (version > latest) {
      throw new LibraryDbError(
        `The library database is at schema version ${version}, newer than this bot understands (${latest}); update the bot.`,
      );
    }
    for (const migration of migrations) {
      if (migration.version <= version) continue;
      if (!migration.postgres) throw new LibraryDbError(`Migration ${migration.version} has no PostgreSQL form.`);
      await client.query('BEGIN');
      try {
        await client.query(migration.postgres);
        await client.query('INSERT INTO schema_version (version) VALUES ($1)', [migration.version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      version = migration.version;
    }
    return version;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

export class PgStore implements LibraryStore {
  readonly engine = 'postgres';
  readonly where: string;

  private constructor(
    readonly pool: pg.Pool,
    url: string,
  ) {
    this.where = redactUrl(url);
  }

  /** Connect and migrate; LibraryDbError (naming the redacted URL) when the database cannot be used. */
  static async open(url: string): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 10_000 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const store = new PgStore(pool, url);
    try {
      await migratePostgres(pool);
      if (await store.writable()) await store.backfillTextHashes();
    } catch (error) {
      await pool.end().catch(() => {});
      if (error instanceof LibraryDbError) throw error;
      throw new LibraryDbError(`The library database ${store.where} cannot be used: ${(error as Error).message}`);
    }
    return store;
  }

  /** Rows stored before schema 4 get their text hash. */
  private async backfillTextHashes(): Promise<void> {
    const { rows } = await this.pool.query<{ id: number; text: string }>('SELECT id, text FROM articles WHERE text_hash IS NULL');
    for (const row of rows) await this.pool.query('UPDATE articles SET text_hash = $1 WHERE id = $2', [textHash(row.text), row.id]);
  }

  /** Run `work` in one transaction on one connection; rolled back if it throws or returns `rollback`. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, rollback?: (result: T) => boolean): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      let result: T;
      try {
        result = await work(client);
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      await client.query(rollback?.(result) ? 'ROLLBACK' : 'COMMIT');
      return result;
    } finally {
      client.release();
    }
  }

  private async logChange(client: Queryable, revision: number, articleId: number, guildId: string | null, op: 'add' | 'remove'): Promise<void> {
    await client.query('INSERT INTO library_changes (revision, article_id, guild_id, op) VALUES ($1, $2, $3, $4)', [revision, articleId, guildId, op]);
  }

  /** The first statement of every write: takes the revision row's lock until commit. */
  private async bumpRevision(client: Queryable): Promise<number> {
    const { rows } = await client.query<{ value: number }>("UPDATE library_meta SET value = value + 1 WHERE key = 'revision' RETURNING value");
    return rows[0]!.value;
  }

  async insert(article: NewArticle, derived: DerivedRow, rules: InsertRules = {}): Promise<InsertResult> {
    return this.transaction(
      async (client): Promise<InsertResult> => {
        const revision = await this.bumpRevision(client);
        if (rules.onlyIfNoSource !== undefined) {
          const { rowCount } = await client.query('SELECT 1 FROM articles WHERE source = $1 LIMIT 1', [rules.onlyIfNoSource]);
          if (rowCount) return { ok: false, refused: 'exists' };
        }
        if (rules.maxPerGuild !== undefined && article.guildId !== null) {
          const { rows } = await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM articles WHERE guild_id = $1', [article.guildId]);
          if (rows[0]!.n >= rules.maxPerGuild) return { ok: false, refused: 'full' };
        }
        if (rules.refuseDuplicateText) {
          const { rows } = await client.query<{ id: number; title: string }>(
            'SELECT id, title FROM articles WHERE text_hash = $3 AND (guild_id IS NULL OR guild_id IS NOT DISTINCT FROM $1) AND text = $2 LIMIT 1',
            [article.guildId, article.text, textHash(article.text)],
          );
          if (rows[0]) return { ok: false, refused: 'duplicate', existing: rows[0] };
        }
        const addedAt = article.addedAt ?? new Date().toISOString();
        const { rows } = await client.query<{ id: number }>(
          `INSERT INTO articles (guild_id, title, publisher, text, added_by, added_at, source, text_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [article.guildId, article.title, article.publisher, article.text, article.addedBy, addedAt, article.source, textHash(article.text)],
        );
        const id = rows[0]!.id;
        await this.writeDerived(client, id, derived);
        await this.logChange(client, revision, id, article.guildId, 'add');
        rules.insideTransaction?.();
        return { ok: true, row: { ...article, id, addedAt }, revision };
      },
      (result) => !result.ok,
    );
  }

  async get(id: number): Promise<ArticleRow | undefined> {
    const { rows } = await this.pool.query(`SELECT ${LISTING_COLUMNS}, text FROM articles WHERE id = $1`, [id]);
    return rows[0] ? toArticle(rows[0]) : undefined;
  }

  async listing(id: number): Promise<ArticleListing | undefined> {
    const { rows } = await this.pool.query(`SELECT ${LISTING_COLUMNS} FROM articles WHERE id = $1`, [id]);
    return rows[0] ? toListing(rows[0]) : undefined;
  }

  async listings(ids: readonly number[]): Promise<ArticleListing[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query(`SELECT ${LISTING_COLUMNS} FROM articles WHERE id = ANY($1::int[])`, [ids]);
    return rows.map(toListing);
  }

  async list(guildId: string | null): Promise<ArticleListing[]> {
    const { rows } = await this.pool.query(
      `SELECT ${LISTING_COLUMNS} FROM articles WHERE guild_id IS NULL OR guild_id IS NOT DISTINCT FROM $1 ORDER BY guild_id IS NOT NULL, id`,
      [guildId],
    );
    return rows.map(toListing);
  }

  async listAll(): Promise<ArticleListing[]> {
    const { rows } = await this.pool.query(`SELECT ${LISTING_COLUMNS} FROM articles ORDER BY id`);
    return rows.map(toListing);
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM articles');
    return rows[0]!.n;
  }

  async firstBundledId(): Promise<number | undefined> {
    const { rows } = await this.pool.query<{ id: number }>('SELECT id FROM articles WHERE guild_id IS NULL ORDER BY id LIMIT 1');
    return rows[0]?.id;
  }

  async remove(id: number, guildId: string): Promise<number | null> {
    return this.transaction(
      async (client) => {
        const revision = await this.bumpRevision(client);
        const { rowCount } = await client.query('DELETE FROM articles WHERE id = $1 AND guild_id = $2', [id, guildId]);
        if (!rowCount) return null;
        await this.logChange(client, revision, id, guildId, 'remove');
        return revision;
      },
      (revision) => revision === null,
    );
  }

  async defaultFor(guildId: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ id: number | null }>('SELECT default_article_id AS id FROM guild_settings WHERE guild_id = $1', [guildId]);
    return rows[0]?.id ?? null;
  }

  async setDefault(guildId: string, articleId: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO guild_settings (guild_id, default_article_id) VALUES ($1, $2)
       ON CONFLICT (guild_id) DO UPDATE SET default_article_id = excluded.default_article_id`,
      [guildId, articleId],
    );
  }

  async derived(id: number): Promise<DerivedRow | undefined> {
    const { rows } = await this.pool.query<DerivedRow>(
      `SELECT index_version AS "indexVersion", article_json AS "articleJson", attribution_json AS "attributionJson",
              search_json AS "searchJson" FROM article_derived WHERE article_id = $1`,
      [id],
    );
    return rows[0];
  }

  async saveDerived(id: number, derived: DerivedRow): Promise<void> {
    await this.writeDerived(this.pool, id, derived);
  }

  private async writeDerived(client: Queryable, id: number, derived: DerivedRow): Promise<void> {
    await client.query(
      `INSERT INTO article_derived (article_id, index_version, article_json, attribution_json, search_json)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (article_id) DO UPDATE SET index_version = excluded.index_version,
         article_json = excluded.article_json, attribution_json = excluded.attribution_json,
         search_json = excluded.search_json`,
      [id, derived.indexVersion, derived.articleJson, derived.attributionJson, derived.searchJson],
    );
  }

  async saveSearch(id: number, indexVersion: string, searchJson: string): Promise<void> {
    await this.pool.query('UPDATE article_derived SET search_json = $1 WHERE article_id = $2 AND index_version = $3', [searchJson, id, indexVersion]);
  }

  async staleDerived(indexVersion: string): Promise<number[]> {
    const { rows } = await this.pool.query<{ id: number }>(
      `SELECT a.id FROM articles a LEFT JOIN article_derived d ON d.article_id = a.id
       WHERE d.article_id IS NULL OR d.index_version != $1 ORDER BY a.id`,
      [indexVersion],
    );
    return rows.map((r) => r.id);
  }

  async revision(): Promise<number> {
    const { rows } = await this.pool.query<{ value: number }>("SELECT value FROM library_meta WHERE key = 'revision'");
    return rows[0]!.value;
  }

  async indexSource(): Promise<{ revision: number; rows: IndexSourceRow[] }> {
    const client = await this.pool.connect();
    try {
      // One snapshot for both reads: the articles and the revision they make up.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows: meta } = await client.query<{ value: number }>("SELECT value FROM library_meta WHERE key = 'revision'");
      const { rows } = await client.query<IndexSourceRow>(
        'SELECT a.id, a.guild_id AS "guildId", d.attribution_json AS "attributionJson" FROM articles a JOIN article_derived d ON d.article_id = a.id ORDER BY a.id',
      );
      await client.query('COMMIT');
      return { revision: meta[0]!.value, rows };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async changesSince(revision: number): Promise<LibraryChange[]> {
    const { rows } = await this.pool.query<LibraryChange>(
      `SELECT c.revision, c.article_id AS "articleId", c.guild_id AS "guildId", c.op,
              CASE WHEN c.op = 'add' THEN d.attribution_json END AS "attributionJson"
       FROM library_changes c LEFT JOIN article_derived d ON d.article_id = c.article_id
       WHERE c.revision > $1 ORDER BY c.revision`,
      [revision],
    );
    return rows;
  }

  async libraryIndex(scope: string): Promise<LibraryIndexRow | undefined> {
    const { rows } = await this.pool.query<LibraryIndexRow>(
      'SELECT index_version AS "indexVersion", revision, search_json AS "searchJson" FROM library_indexes WHERE scope = $1',
      [scope],
    );
    return rows[0];
  }

  async saveLibraryIndex(scope: string, row: LibraryIndexRow): Promise<void> {
    await this.pool.query(
      `INSERT INTO library_indexes (scope, index_version, revision, search_json) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scope) DO UPDATE SET index_version = excluded.index_version, revision = excluded.revision,
         search_json = excluded.search_json
       WHERE excluded.revision >= library_indexes.revision OR excluded.index_version != library_indexes.index_version`,
      [scope, row.indexVersion, row.revision, row.searchJson],
    );
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async writable(): Promise<boolean> {
    const { rows } = await this.pool.query<{ readonly: string; standby: boolean }>(
      "SELECT current_setting('transaction_read_only') AS readonly, pg_is_in_recovery() AS standby",
    );
    return rows[0]?.readonly !== 'on' && rows[0]?.standby !== true;
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}
