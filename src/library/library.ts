/**
 * The article library: every server's articles in SQLite, their search data persisted beside
 * them, a cache of ready article contexts, and the library-wide index for /who-said across a
 * whole library. Opening it adds the bundled article on first start, rebuilds whatever was
 * stored by a different version of the code, and otherwise loads what was stored.
 */
import { readStoryFile } from './bundled-file.ts';
import type { ArticleContext } from '../answers/context.ts';
import { MIN_ANSWER_SCORE } from '../answers/whoSaid.ts';
import { BOT_LIMITS } from '../constants.ts';
import { ArticleError, DEFAULT_ARTICLE_PATH } from '../article/load.ts';
import type { Article } from '../article/types.ts';
import type { Attribution } from '../attribution/types.ts';
import { buildIndex } from '../search/index.ts';
import { openDatabase } from './db.ts';
import { LibraryIndex } from './library-index.ts';
import { LruCache } from './lru.ts';
import { prepareStory, type PreparedArticle } from './prepare.ts';
import { prepareMany } from './prepare-pool.ts';
import { LibraryStore, type ArticleListing, type DerivedRow } from './store.ts';
import type { ArticleCitation, ArticlesResult, LibraryWhoSaidAnswer, LibraryWhoSaidResult } from './types.ts';
import { indexVersion as codeIndexVersion } from './version.ts';

export const BUNDLED_SOURCE = 'bundled';
/** In place of a server id: every server's articles (the command line, which belongs to no server). */
export const EVERY_SERVER = '*';

export interface AddOptions {
  /** false: leave saving the library index to flush() (bulk loads). */
  persistLibraryIndex?: boolean;
  /** Called inside the insert's transaction, just before it commits (crash tests). */
  insideTransaction?: () => void;
  /** The text already read (on a worker thread: upload-preparer.ts); otherwise it is read here. */
  prepared?: PreparedArticle;
}

export interface LibraryOptions {
  /** The SQLite file (DATABASE_PATH); ':memory:' for a throwaway library. */
  path: string;
  /** The article every library starts with. */
  bundledArticlePath?: string;
  /** Override the code-derived index version (tests of rebuilds). */
  indexVersion?: string;
  /** Article contexts kept ready in memory. */
  cacheSize?: number;
  /** Most articles one server may add. */
  maxArticlesPerGuild?: number;
}

export interface NewLibraryArticle {
  guildId: string;
  addedBy: string;
  /** 'upload:<file name>' or 'url:<address>'. */
  source: string;
  /** Story text as read (after HTML or Markdown conversion). */
  text: string;
  /** Publisher to use when the text names none (an HTML page's site name). */
  publisher?: string | null;
}

/** Refusals meant for the person who asked (unknown article, full library, duplicate…). */
export class LibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryError';
  }
}

export const DEFAULT_CACHE_SIZE = 16;
export const DEFAULT_MAX_ARTICLES_PER_GUILD = 500;
/** A later answer must come this close to the best, as within one article. */
const RELATIVE_TO_BEST = 0.75;

export interface OpenReport {
  /** Articles whose stored index was missing or from other code, rebuilt on open. */
  rebuiltArticles: number;
  libraryIndex: 'loaded' | 'rebuilt';
}

export class Library {
  private readonly contexts: LruCache<number, ArticleContext>;
  private libraryIndex: LibraryIndex = LibraryIndex.empty();
  /**
   * The library revision the in-memory library index reflects. Several processes (shards) may
   * share one database: a write that finds the revision moved on by another process reloads the
   * library index before adding to it, so no process saves an index missing another's articles.
   */
  private knownRevision = 0;
  readonly version: string;
  readonly openReport: OpenReport;
  private readonly maxPerGuild: number;

  private constructor(
    readonly store: LibraryStore,
    options: LibraryOptions,
  ) {
    this.version = options.indexVersion ?? codeIndexVersion();
    this.contexts = new LruCache(options.cacheSize ?? DEFAULT_CACHE_SIZE);
    this.maxPerGuild = options.maxArticlesPerGuild ?? DEFAULT_MAX_ARTICLES_PER_GUILD;
    this.ensureBundled(options.bundledArticlePath ?? DEFAULT_ARTICLE_PATH);
    const rebuiltArticles = this.rebuildStale();
    this.openReport = { rebuiltArticles, libraryIndex: this.loadLibraryIndex(rebuiltArticles > 0) };
  }

  static open(options: LibraryOptions): Library {
    const store = new LibraryStore(openDatabase(options.path));
    try {
      return new Library(store, options);
    } catch (error) {
      store.close();
      throw error;
    }
  }

  close(): void {
    this.store.close();
  }

  // -------------------------------------------------------------------------------------------
  // Opening

  private ensureBundled(path: string): void {
    const hasBundled = () => this.store.db.prepare('SELECT 1 FROM articles WHERE source = ? LIMIT 1').get(BUNDLED_SOURCE) !== undefined;
    if (hasBundled()) return;
    const text = readStoryFile(path);
    const prepared = prepareStory(text);
    // Two processes starting on a new database at once must not both add it: check again under
    // the write lock (an immediate transaction) before inserting.
    this.store.db
      .transaction(() => {
        if (!hasBundled()) this.insert(prepared, { guildId: null, addedBy: null, source: BUNDLED_SOURCE, text });
      })
      .immediate();
  }

  private rebuildStale(): number {
    const stale = this.store.staleDerived(this.version);
    for (const id of stale) {
      const row = this.store.get(id)!;
      this.store.saveDerived(id, this.derive(prepareStory(row.text, row.publisher)));
    }
    return stale.length;
  }

  /** Load the persisted library index when it reflects the current articles and code; else rebuild it. */
  private loadLibraryIndex(forceRebuild: boolean): 'loaded' | 'rebuilt' {
    const stored = this.store.libraryIndex();
    if (!forceRebuild && stored && stored.indexVersion === this.version && stored.revision === this.store.revision()) {
      try {
        this.libraryIndex = LibraryIndex.load(stored.searchJson);
        this.knownRevision = stored.revision;
        return 'loaded';
      } catch {
        // A damaged blob is rebuilt below like a stale one.
      }
    }
    // One read transaction: the articles and the revision they make up are read together.
    this.store.db.transaction(() => {
      const index = LibraryIndex.empty();
      this.knownRevision = this.store.revision();
      const rows = this.store.db
        .prepare('SELECT a.id, a.guild_id AS guildId, d.attribution_json AS attributionJson FROM articles a JOIN article_derived d ON d.article_id = a.id')
        .iterate() as IterableIterator<{ id: number; guildId: string | null; attributionJson: string }>;
      for (const row of rows) index.add(row.id, row.guildId, JSON.parse(row.attributionJson) as Attribution);
      this.libraryIndex = index;
    })();
    this.persistLibraryIndex();
    return 'rebuilt';
  }

  private persistLibraryIndex(): void {
    this.store.saveLibraryIndex({ indexVersion: this.version, revision: this.knownRevision, searchJson: this.libraryIndex.serialize() });
  }

  /** After a write that was revision `before` → `before + 1`: apply it in memory, or reload when others wrote too. */
  private afterWrite(before: number, apply: () => void): void {
    if (before === this.knownRevision) {
      apply();
      this.knownRevision = before + 1;
    } else {
      this.loadLibraryIndex(true);
    }
  }

  private derive(prepared: PreparedArticle): DerivedRow {
    const { articleJson, attributionJson, searchJson } = prepared;
    return { indexVersion: this.version, articleJson, attributionJson, searchJson };
  }

  // -------------------------------------------------------------------------------------------
  // Articles

  private insert(
    prepared: PreparedArticle,
    row: { guildId: string | null; addedBy: string | null; source: string; text: string },
    options: AddOptions = {},
  ): ArticleListing {
    let before = -1;
    const stored = this.store.insert(
      { guildId: row.guildId, title: prepared.title, publisher: prepared.publisher, text: row.text, addedBy: row.addedBy, source: row.source },
      () => {
        before = this.store.revision(); // inside the write transaction: no other writer in between
        return this.derive(prepared);
      },
      options.insideTransaction,
    );
    this.afterWrite(before, () => this.libraryIndex.add(stored.id, row.guildId, JSON.parse(prepared.attributionJson) as Attribution));
    if (options.persistLibraryIndex !== false) this.persistLibraryIndex();
    const { text: _text, ...listing } = stored;
    return listing;
  }

  /** Refusals that do not need the article read: a full library, an article it already has. */
  private checkRoom(input: NewLibraryArticle): void {
    const own = (this.store.db.prepare('SELECT COUNT(*) AS n FROM articles WHERE guild_id = ?').get(input.guildId) as { n: number }).n;
    if (own >= this.maxPerGuild) {
      throw new LibraryError(`This server's library is full (${this.maxPerGuild} articles); remove one with /article remove first.`);
    }
    const duplicate = this.store.db
      .prepare('SELECT id, title FROM articles WHERE (guild_id IS NULL OR guild_id = ?) AND text = ? LIMIT 1')
      .get(input.guildId, input.text) as { id: number; title: string } | undefined;
    if (duplicate) throw new LibraryError(`That article is already in the library: #${duplicate.id} “${duplicate.title}”.`);
  }

  /**
   * Add a server's article from its story text. Throws ArticleError for text that is no article,
   * LibraryError for a full library or an article it already has.
   */
  add(input: NewLibraryArticle, options: AddOptions = {}): ArticleListing {
    this.checkRoom(input);
    return this.insert(options.prepared ?? prepareStory(input.text, input.publisher ?? null), input, options);
  }

  /**
   * Add many articles, reading and attributing them on worker threads; the library index is
   * saved once at the end, and each article's own index is built when it is first asked about.
   * Each result is the new article or the reason it was refused.
   */
  async addMany(inputs: readonly NewLibraryArticle[], threads?: number): Promise<(ArticleListing | Error)[]> {
    const prepared = await prepareMany(inputs, threads, false);
    const results = inputs.map((input, i): ArticleListing | Error => {
      const ready = prepared[i]!;
      if (ready instanceof Error) return new ArticleError(ready.message);
      try {
        this.checkRoom(input);
        return this.insert(ready, input, { persistLibraryIndex: false });
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    });
    this.persistLibraryIndex();
    return results;
  }

  /** Save the library index after adds made with `persistLibraryIndex: false` (bulk loads). */
  flush(): void {
    this.persistLibraryIndex();
  }

  /** Remove one of a server's own articles; the bundled ones cannot be removed. */
  remove(guildId: string, id: number): ArticleListing {
    const listing = this.find(guildId, id);
    if (listing.guildId === null) throw new LibraryError(`#${id} “${listing.title}” came with the bot and cannot be removed.`);
    const before = this.store.remove(id, guildId);
    this.contexts.delete(id);
    if (before !== null) this.afterWrite(before, () => this.libraryIndex.remove(id));
    this.persistLibraryIndex();
    return listing;
  }

  /** Make an article the server's default for every answering command. */
  use(guildId: string, id: number): ArticleListing {
    const listing = this.find(guildId, id);
    this.store.setDefault(guildId, id);
    return listing;
  }

  /** An article of this server's library by id; LibraryError when it has none such. */
  find(guildId: string | null, id: number): ArticleListing {
    const row = this.store.get(id);
    if (!row || (row.guildId !== null && row.guildId !== guildId && guildId !== EVERY_SERVER)) {
      throw new LibraryError(`There is no article #${id} in this server's library; /articles lists them.`);
    }
    const { text: _text, ...listing } = row;
    return listing;
  }

  list(guildId: string | null): ArticleListing[] {
    return guildId === EVERY_SERVER ? this.store.listAll() : this.store.list(guildId);
  }

  /** The server's chosen default, else the first bundled article. */
  defaultArticleId(guildId: string | null): number {
    const chosen = guildId === null || guildId === EVERY_SERVER ? null : this.store.defaultFor(guildId);
    if (chosen !== null) return chosen;
    const bundled = this.store.db.prepare('SELECT id FROM articles WHERE guild_id IS NULL ORDER BY id LIMIT 1').get() as { id: number };
    return bundled.id;
  }

  articles(guildId: string | null): ArticlesResult {
    return {
      command: 'articles',
      defaultArticle: this.defaultArticleId(guildId),
      articles: this.list(guildId).map((a) => ({
        id: a.id,
        title: a.title,
        publisher: a.publisher,
        addedBy: a.addedBy,
        addedAt: a.addedAt,
        bundled: a.guildId === null,
      })),
    };
  }

  /**
   * What a person typed in an `article` option → an article of their library: "#12", "12", or a
   * title (exact, then a unique title containing the words). LibraryError when none or several.
   */
  resolve(guildId: string | null, typed: string): ArticleListing {
    const text = typed.trim();
    const byId = /^#?(\d{1,12})$/.exec(text);
    if (byId) return this.find(guildId, Number(byId[1]));
    const wanted = normaliseTitle(text);
    if (!wanted) throw new LibraryError('Name an article by its number or title; /articles lists them.');
    const all = this.list(guildId);
    const exact = all.filter((a) => normaliseTitle(a.title) === wanted);
    if (exact.length >= 1) return exact[0]!;
    const containing = all.filter((a) => normaliseTitle(a.title).includes(wanted));
    if (containing.length === 1) return containing[0]!;
    if (containing.length > 1) {
      throw new LibraryError(`Several articles match “${text}”: ${containing.slice(0, 3).map((a) => `#${a.id}`).join(', ')}; pick one by number.`);
    }
    throw new LibraryError(`No article in this server's library matches “${text}”; /articles lists them.`);
  }

  /** Autocomplete: titles containing what was typed (or the newest first when nothing is typed). */
  titleChoices(guildId: string | null, typed: string, limit: number, maxLength: number): { name: string; value: string }[] {
    const wanted = normaliseTitle(typed.replace(/^#/, ''));
    const all = this.list(guildId);
    const matching = wanted
      ? all.filter((a) => normaliseTitle(a.title).includes(wanted) || String(a.id) === wanted)
      : [...all].reverse();
    return matching.slice(0, limit).map((a) => ({ name: clip(`#${a.id} ${a.title}`, maxLength), value: String(a.id) }));
  }

  // -------------------------------------------------------------------------------------------
  // Answering

  /** The ready context of an article (attribution and index), loaded from what was stored. */
  context(id: number): ArticleContext {
    const cached = this.contexts.get(id);
    if (cached) return cached;
    const derived = this.store.derived(id);
    let ctx: ArticleContext;
    let stored = derived?.indexVersion === this.version ? derived : undefined;
    if (!stored) {
      const row = this.store.get(id);
      if (!row) throw new LibraryError(`There is no article #${id} in the library.`);
      stored = this.derive(prepareStory(row.text, row.publisher));
      this.store.saveDerived(id, stored);
    }
    const article = { ...(JSON.parse(stored.articleJson) as Article), id: String(id) };
    const attribution = JSON.parse(stored.attributionJson) as Attribution;
    const index = buildIndex(article, attribution, stored.searchJson ?? undefined);
    if (stored.searchJson === null) this.store.saveSearch(id, this.version, index.serialize());
    ctx = { article, attribution, index };
    this.contexts.set(id, ctx);
    return ctx;
  }

  /**
   * /who-said across a server's whole library, from the library index alone (no article index is
   * loaded, so it costs one search however many articles match). Each answer cites its article.
   */
  whoSaid(guildId: string | null, rawQuery: string): LibraryWhoSaidResult {
    const query = rawQuery.trim().slice(0, BOT_LIMITS.queryLength);
    const result: LibraryWhoSaidResult = { command: 'who-said', scope: 'library', query, answers: [] };
    if (query.length === 0) return { ...result, note: 'Type some words from a statement to find who said it.' };
    const hits = this.libraryIndex.answers(query, guildId, {
      minScore: MIN_ANSWER_SCORE,
      relative: RELATIVE_TO_BEST,
      limit: BOT_LIMITS.whoSaidAnswers,
    });
    const citations = new Map<number, ArticleCitation>();
    const citationOf = (id: number): ArticleCitation => {
      let citation = citations.get(id);
      if (!citation) {
        const row = this.store.db.prepare('SELECT title, publisher FROM articles WHERE id = ?').get(id) as { title: string; publisher: string | null };
        citation = { id, title: row.title, publisher: row.publisher };
        citations.set(id, citation);
      }
      return citation;
    };
    result.answers = hits.map(({ articleId, verbatim: _verbatim, ...answer }): LibraryWhoSaidAnswer => ({ ...answer, article: citationOf(articleId) }));
    if (result.answers.length === 0) result.note = 'Nobody in this library is quoted saying that.';
    return result;
  }
}

function normaliseTitle(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export { ArticleError };
