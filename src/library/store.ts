/**
 * Rows of the library database: articles, what was derived from them (persisted indexes), the
 * library-wide index, and each server's default article. Every write that touches more than one
 * row is one transaction, so a process killed half-way leaves the library as it was before.
 */
import type { Db } from './db.ts';

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

function toListing(row: RawArticle): ArticleListing {
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

const LISTING_COLUMNS = 'id, guild_id, title, publisher, added_by, added_at, source';

export class LibraryStore {
  constructor(readonly db: Db) {}

  /**
   * Insert an article; `derive` computes its search data from the new id inside the same
   * transaction, so an article is never stored without them. `insideTransaction` is called just
   * before commit (used to test that a kill at that moment loses nothing but the new article).
   */
  insert(article: NewArticle, derive: (id: number) => DerivedRow, insideTransaction?: () => void): ArticleRow {
    return this.db.transaction((): ArticleRow => {
      const addedAt = article.addedAt ?? new Date().toISOString();
      const result = this.db
        .prepare(
          `INSERT INTO articles (guild_id, title, publisher, text, added_by, added_at, source)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(article.guildId, article.title, article.publisher, article.text, article.addedBy, addedAt, article.source);
      const id = Number(result.lastInsertRowid);
      this.saveDerived(id, derive(id));
      this.bumpRevision();
      insideTransaction?.();
      return { ...article, id, addedAt };
    })();
  }

  get(id: number): ArticleRow | undefined {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as RawArticle | undefined;
    return row ? { ...toListing(row), text: row.text ?? '' } : undefined;
  }

  /** A server's library: the bundled articles, then its own, oldest first. */
  list(guildId: string | null): ArticleListing[] {
    const rows = this.db
      .prepare(`SELECT ${LISTING_COLUMNS} FROM articles WHERE guild_id IS NULL OR guild_id IS ? ORDER BY guild_id IS NOT NULL, id`)
      .all(guildId) as RawArticle[];
    return rows.map(toListing);
  }

  /** Every article of every server (index rebuilds). */
  listAll(): ArticleListing[] {
    return (this.db.prepare(`SELECT ${LISTING_COLUMNS} FROM articles ORDER BY id`).all() as RawArticle[]).map(toListing);
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  /**
   * Delete an article of one server (its derived rows and any default pointing at it go with it).
   * Returns the library revision just before the removal, or null when there was nothing to remove.
   */
  remove(id: number, guildId: string): number | null {
    return this.db.transaction((): number | null => {
      const result = this.db.prepare('DELETE FROM articles WHERE id = ? AND guild_id = ?').run(id, guildId);
      if (result.changes === 0) return null;
      const before = this.revision();
      this.bumpRevision();
      return before;
    })();
  }

  defaultFor(guildId: string): number | null {
    const row = this.db.prepare('SELECT default_article_id AS id FROM guild_settings WHERE guild_id = ?').get(guildId) as
      | { id: number | null }
      | undefined;
    return row?.id ?? null;
  }

  setDefault(guildId: string, articleId: number): void {
    this.db
      .prepare(
        `INSERT INTO guild_settings (guild_id, default_article_id) VALUES (?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET default_article_id = excluded.default_article_id`,
      )
      .run(guildId, articleId);
  }

  derived(id: number): DerivedRow | undefined {
    const row = this.db
      .prepare(
        `SELECT index_version AS indexVersion, article_json AS articleJson, attribution_json AS attributionJson,
                search_json AS searchJson FROM article_derived WHERE article_id = ?`,
      )
      .get(id) as DerivedRow | undefined;
    return row;
  }

  saveDerived(id: number, derived: DerivedRow): void {
    this.db
      .prepare(
        `INSERT INTO article_derived (article_id, index_version, article_json, attribution_json, search_json)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET index_version = excluded.index_version,
           article_json = excluded.article_json, attribution_json = excluded.attribution_json,
           search_json = excluded.search_json`,
      )
      .run(id, derived.indexVersion, derived.articleJson, derived.attributionJson, derived.searchJson);
  }

  saveSearch(id: number, indexVersion: string, searchJson: string): void {
    this.db.prepare('UPDATE article_derived SET search_json = ? WHERE article_id = ? AND index_version = ?').run(searchJson, id, indexVersion);
  }

  /** Ids whose derived rows are missing or from another index version. */
  staleDerived(indexVersion: string): number[] {
    const rows = this.db
      .prepare(
        `SELECT a.id FROM articles a LEFT JOIN article_derived d ON d.article_id = a.id
         WHERE d.article_id IS NULL OR d.index_version != ? ORDER BY a.id`,
      )
      .all(indexVersion) as { id: number }[];
    return rows.map((r) => r.id);
  }

  /** Changes on every insert and removal; the persisted library index records the one it reflects. */
  revision(): number {
    return (this.db.prepare("SELECT value FROM library_meta WHERE key = 'revision'").get() as { value: number }).value;
  }

  private bumpRevision(): void {
    this.db.prepare("UPDATE library_meta SET value = value + 1 WHERE key = 'revision'").run();
  }

  libraryIndex(): LibraryIndexRow | undefined {
    return this.db
      .prepare('SELECT index_version AS indexVersion, revision, search_json AS searchJson FROM library_index WHERE id = 1')
      .get() as LibraryIndexRow | undefined;
  }

  saveLibraryIndex(row: LibraryIndexRow): void {
    this.db
      .prepare(
        `INSERT INTO library_index (id, index_version, revision, search_json) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET index_version = excluded.index_version, revision = excluded.revision,
           search_json = excluded.search_json
         -- never replace a newer index (another process sharing the database saved it)
         WHERE excluded.revision >= library_index.revision OR excluded.index_version != library_index.index_version`,
      )
      .run(row.indexVersion, row.revision, row.searchJson);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
