/**
 * The article library: every server's articles in SQLite or PostgreSQL (store.ts), their search
 * data persisted beside them, a cache of ready article contexts, and the library-wide index for
 * /who-said across a whole library. Opening it adds the bundled article on first start, rebuilds
 * whatever was stored by a different version of the code, and otherwise loads what was stored.
 * Several processes may share one database: each keeps the library-wide index of the servers it
 * owns (partition.ts) and catches up with the others' writes from the change log before using it.
 */
import { readStoryFile } from './bundled-file.ts';
import type { ArticleContext } from '../answers/context.ts';
import { MIN_ANSWER_SCORE } from '../answers/whoSaid.ts';
import { BOT_LIMITS } from '../constants.ts';
import { ArticleError, DEFAULT_ARTICLE_PATH } from '../article/load.ts';
import type { Attribution } from '../attribution/types.ts';
import { buildIndex } from '../search/index.ts';
import { LibraryIndex } from './library-index.ts';
import { LRUCache } from 'lru-cache';
import { Partition, type ShardSet } from './partition.ts';
import { articleFromJson, prepareStory, type PreparedArticle } from './prepare.ts';
import { prepareInOrder } from './prepare-pool.ts';
import { isUnwritableError, openStore, type ArticleListing, type DerivedRow, type LibraryChange, type LibraryStore, type NewArticle } from './store.ts';
import type { ArticleCitation, ArticlesResult, LibraryWhoSaidAnswer, LibraryWhoSaidResult } from './types.ts';
import { indexVersion as codeIndexVersion } from './version.ts';

export const BUNDLED_SOURCE = 'bundled';
/** In place of a server id: every server's articles (the command line, which belongs to no server). */
export const EVERY_SERVER = '*';

export interface AddOptions {
  /** false: leave saving the library index to flush() or close() (bulk loads). */
  persistLibraryIndex?: boolean;
  /** Called inside the insert's transaction, just before it commits (crash tests). */
  insideTransaction?: () => void;
  /** The text already read (on a worker thread: upload-preparer.ts); otherwise it is read here. */
  prepared?: PreparedArticle;
}

export interface LibraryOptions {
  /** The SQLite file (DATABASE_PATH); ':memory:' for a throwaway library. Ignored when `url` is given. */
  path?: string;
  /** postgres://… (DATABASE_URL): the library in PostgreSQL. */
  url?: string;
  /** The article every library starts with. */
  bundledArticlePath?: string;
  /** Override the code-derived index version (tests of rebuilds). */
  indexVersion?: string;
  /** Where the library reports a problem it repaired by itself (a damaged row); default: nowhere. */
  warn?: (message: string) => void;
  /** Article contexts kept ready in memory. */
  cacheSize?: number;
  /** Bytes of article contexts kept in memory (estimated); a context larger than this is not kept. */
  cacheBytes?: number;
  /** Most articles one server may add. */
  maxArticlesPerGuild?: number;
  /** The shards this process owns (SHARD_IDS of SHARD_COUNT); absent: every server. */
  shards?: ShardSet;
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

export const READ_ONLY_MESSAGE = "The library's database is read-only right now, so nothing was saved. Whoever runs the bot needs to make it writable again.";
export const FULL_MESSAGE = "The library's database is full right now, so nothing was saved. Whoever runs the bot needs to free some space.";
export const DEFAULT_CACHE_SIZE = 16;
/** Bytes of loaded articles kept in memory (estimated by contextBytes). */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
/**
 * Heap bytes a loaded article takes per character of its text (article, attribution and search
 * index together; measured on the fixtures with --expose-gc: about 190, rounded up).
 */
const CONTEXT_BYTES_PER_CHAR = 200;

/** Stored quotes, checked for their shape as well as their syntax (a damaged row may still parse). */
function parseAttribution(json: string): Attribution {
  const value = JSON.parse(json) as Attribution;
  if (!value || !Array.isArray(value.quotes) || !Array.isArray(value.speakers)) throw new Error('not a list of quotes and speakers');
  return value;
}

/** An article's context from its stored analysis; throws when any part cannot be read. */
function loadContext(id: number, stored: DerivedRow): ArticleContext {
  const article = { ...articleFromJson(stored.articleJson), id: String(id) };
  if (!Array.isArray(article.paragraphs)) throw new Error('not an article');
  const attribution = parseAttribution(stored.attributionJson);
  return { article, attribution, index: buildIndex(article, attribution, stored.searchJson ?? undefined) };
}

/** Estimated memory of a loaded article, so the cache is bounded by bytes as well as by count. */
export function contextBytes(ctx: ArticleContext): number {
  let chars = 0;
  for (const p of ctx.article.paragraphs) chars += p.text.length;
  return Math.max(1, chars * CONTEXT_BYTES_PER_CHAR);
}
/**
 * After a write, the library index is saved this much later, once for every write in between:
 * serialising a large index costs far more than one write, and a process killed before the save
 * loses nothing (the next start catches up from the change log).
 */
export const LIBRARY_INDEX_SAVE_DELAY_MS = 5_000;
export const DEFAULT_MAX_ARTICLES_PER_GUILD = 500;
/** Above this many characters of quotes, the work after an article's write yields to other commands first. */
const LARGE_ROW_CHARS = 200_000;
/** A later answer must come this close to the best, as within one article. */
const RELATIVE_TO_BEST = 0.75;

export interface OpenReport {
  /** Articles whose stored index was missing or from other code, rebuilt on open. */
  rebuiltArticles: number;
  /** 'loaded': the stored library index (brought up to date from the change log when behind). */
  libraryIndex: 'loaded' | 'rebuilt';
  /** The database takes no writes (reported at start-up; adding and removing are refused). */
  readOnly: boolean;
}

/** Counters for health and metrics. */
export interface LibraryStats {
  contextHits: number;
  contextMisses: number;
}

export class Library {
  private readonly contexts: LRUCache<number, ArticleContext>;
  private libraryIndex: LibraryIndex = LibraryIndex.empty();
  /** The library revision the in-memory library index reflects. */
  private knownRevision = 0;
  /** One catch-up at a time; callers during one wait for it. */
  private catchingUp: Promise<void> | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  /** Writes no caller waits for (an article's index stored on its first use); flush() waits. */
  private readonly backgroundWrites = new Set<Promise<void>>();
  /** The revision of the library index last saved (nothing to save when it is the known one). */
  private savedRevision = -1;
  readonly version: string;
  readonly partition: Partition;
  readonly stats: LibraryStats = { contextHits: 0, contextMisses: 0 };
  openReport: OpenReport = { rebuiltArticles: 0, libraryIndex: 'loaded', readOnly: false };
  /** The database takes no writes: articles are answered, but nothing can be added, removed or chosen. */
  readOnly = false;
  private readonly maxPerGuild: number;
  private readonly warn: (message: string) => void;

  private constructor(
    readonly store: LibraryStore,
    options: LibraryOptions,
  ) {
    this.version = options.indexVersion ?? codeIndexVersion();
    this.contexts = new LRUCache<number, ArticleContext>({
      max: options.cacheSize ?? DEFAULT_CACHE_SIZE,
      maxSize: options.cacheBytes ?? DEFAULT_CACHE_BYTES,
      sizeCalculation: contextBytes,
    });
    this.maxPerGuild = options.maxArticlesPerGuild ?? DEFAULT_MAX_ARTICLES_PER_GUILD;
    this.warn = options.warn ?? (() => {});
    this.partition = new Partition(options.shards);
  }

  static async open(options: LibraryOptions): Promise<Library> {
    const store = await openStore({ url: options.url, path: options.path });
    const library = new Library(store, options);
    try {
      library.readOnly = !(await store.writable());
      await library.ensureBundled(options.bundledArticlePath ?? DEFAULT_ARTICLE_PATH);
      const rebuiltArticles = await library.rebuildStale();
      const libraryIndex = await library.loadLibraryIndex(rebuiltArticles > 0);
      library.openReport = { rebuiltArticles, libraryIndex, readOnly: library.readOnly };
    } catch (error) {
      await store.close();
      throw error;
    }
    return library;
  }

  /** Save the library index if writes are not yet in the saved one, then close the database. */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      clearTimeout(this.saveTimer);
      await this.store.close();
    }
  }

  /** Articles whose quotes the library-wide index holds (this process's servers and the bundled ones). */
  get indexedQuotes(): number {
    return this.libraryIndex.documentCount;
  }

  // -------------------------------------------------------------------------------------------
  // Opening

  private async ensureBundled(path: string): Promise<void> {
    if ((await this.store.firstBundledId()) !== undefined) return;
    const text = readStoryFile(path);
    const prepared = prepareStory(text);
    // Two processes starting on a new database at once must not both add it: the store checks
    // again inside the insert's transaction, under the write lock.
    await this.insert(prepared, { guildId: null, addedBy: null, source: BUNDLED_SOURCE, text }, { onlyIfNoSource: BUNDLED_SOURCE });
  }

  private async rebuildStale(): Promise<number> {
    const stale = await this.store.staleDerived(this.version);
    for (const id of stale) {
      if (await this.store.get(id)) await this.rederive(id);
    }
    return stale.length;
  }

  /** Load the persisted library index when it is of the current code (catching up if behind); else rebuild it. */
  private async loadLibraryIndex(forceRebuild: boolean): Promise<'loaded' | 'rebuilt'> {
    const stored = forceRebuild ? undefined : await this.store.libraryIndex(this.partition.scope);
    if (stored && stored.indexVersion === this.version) {
      try {
        this.libraryIndex = LibraryIndex.load(stored.searchJson);
        this.knownRevision = stored.revision;
        this.savedRevision = stored.revision;
        if (await this.applyChanges()) {
          if (this.knownRevision !== stored.revision) this.scheduleSave();
          return 'loaded';
        }
      } catch {
        // A damaged blob is rebuilt below like a stale one.
      }
    }
    await this.rebuildLibraryIndex();
    return 'rebuilt';
  }

  private async rebuildLibraryIndex(): Promise<void> {
    const { revision, rows } = await this.store.indexSource();
    const index = LibraryIndex.empty();
    for (const row of rows) {
      if (!this.partition.owns(row.guildId)) continue;
      let attribution: Attribution;
      try {
        attribution = parseAttribution(row.attributionJson);
      } catch (error) {
        attribution = parseAttribution((await this.rederive(row.id, { what: 'stored quotes', error })).attributionJson);
      }
      index.add(row.id, row.guildId, attribution);
    }
    this.libraryIndex = index;
    this.knownRevision = revision;
    await this.persistLibraryIndex();
  }

  private async persistLibraryIndex(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.readOnly) return;
    const revision = this.knownRevision;
    const index = this.libraryIndex;
    // Written in slices so other members' commands are answered meanwhile; an index that changed
    // under it (or was replaced by a rebuild) is saved again later, as of its new revision.
    const searchJson = await index.serializeInSlices();
    if (searchJson === null || index !== this.libraryIndex) {
      this.scheduleSave();
      return;
    }
    await this.store.saveLibraryIndex(this.partition.scope, { indexVersion: this.version, revision, searchJson });
    this.savedRevision = revision;
  }

  /** Save the library index a little later, once for any number of writes until then. */
  private scheduleSave(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.persistLibraryIndex().catch(() => {
        // Not saved: the next start catches up from the change log instead.
      });
    }, LIBRARY_INDEX_SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  /**
   * Apply the logged changes after the known revision. False when the log has a gap (a revision
   * bumped without a logged change): the caller rebuilds.
   */
  private async applyChanges(): Promise<boolean> {
    const current = await this.store.revision();
    if (current === this.knownRevision) return true;
    if (current < this.knownRevision) return false;
    const changes = await this.store.changesSince(this.knownRevision);
    for (const change of changes) {
      if (change.revision <= this.knownRevision) continue; // applied meanwhile by this process's own write
      if (change.revision !== this.knownRevision + 1) return false;
      this.applyChange(change);
    }
    return this.knownRevision >= current;
  }

  private applyChange(change: Pick<LibraryChange, 'revision' | 'articleId' | 'guildId' | 'op'> & { attribution?: Attribution | null; attributionJson?: string | null }): void {
    if (this.partition.owns(change.guildId)) {
      if (change.op === 'remove') this.libraryIndex.remove(change.articleId);
      else {
        // A damaged one throws: the caller rebuilds the whole index, repairing the row on the way.
        const attribution = change.attribution ?? (change.attributionJson ? parseAttribution(change.attributionJson) : null);
        // Null: removed again since; its removal follows in the log.
        if (attribution) this.libraryIndex.add(change.articleId, change.guildId, attribution);
      }
    }
    if (change.op === 'remove') this.contexts.delete(change.articleId);
    this.knownRevision = change.revision;
  }

  /** Bring the library-wide index up to the database's revision (other processes' writes). */
  async catchUp(): Promise<void> {
    this.catchingUp ??= (async () => {
      try {
        const before = this.knownRevision;
        if (!(await this.applyChanges().catch(() => false))) await this.rebuildLibraryIndex();
        else if (this.knownRevision !== before) this.scheduleSave();
      } finally {
        this.catchingUp = undefined;
      }
    })();
    return this.catchingUp;
  }

  /** After this process's own write made `revision`: apply it in memory, or catch up when others wrote too. */
  private async afterWrite(change: Parameters<Library['applyChange']>[0]): Promise<void> {
    if (change.revision <= this.knownRevision) return; // a catch-up already applied it
    if (change.revision === this.knownRevision + 1 && !this.catchingUp) {
      const attribution = change.op === 'add' && this.partition.owns(change.guildId) ? change.attribution : undefined;
      if (attribution && attribution.quotes.length > LibraryIndex.SLICE) {
        // A huge article is added to the library-wide index a slice at a time, yielding between
        // slices so that other members' commands are answered meanwhile; catch-ups wait for it.
        this.catchingUp = (async () => {
          try {
            await this.libraryIndex.addInSlices(change.articleId, change.guildId, attribution);
            this.knownRevision = change.revision;
          } finally {
            this.catchingUp = undefined;
          }
        })();
        return this.catchingUp;
      }
      this.applyChange(change);
    } else await this.catchUp();
  }

  /**
   * Work an article's derived data out again from its stored text and store it: when it is missing
   * or from other code, or (`damaged`) when what was stored cannot be read — then logged with the
   * article's id, so one bad row costs one rebuild instead of failing start-up or every answer.
   */
  private async rederive(id: number, damaged?: { what: string; error: unknown }): Promise<DerivedRow> {
    const row = await this.store.get(id);
    if (!row) throw new LibraryError(`There is no article #${id} in the library.`);
    if (damaged) {
      const reason = damaged.error instanceof Error ? damaged.error.message : String(damaged.error);
      this.warn(`library: article #${id}'s ${damaged.what} could not be read (${reason.slice(0, 200)}); rebuilt from its text`);
    }
    const derived = this.derive(prepareStory(row.text, row.publisher));
    // A read-only database still answers: the rebuilt analysis is used without being stored.
    if (!this.readOnly) await this.store.saveDerived(id, derived);
    return derived;
  }

  /**
   * Run a write the user asked for: refused up front when the database takes no writes, and a
   * database that turns read-only or full meanwhile is reported in the same plain words.
   */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    if (this.readOnly) throw new LibraryError(READ_ONLY_MESSAGE);
    try {
      return await write();
    } catch (error) {
      if (isUnwritableError(error)) {
        const code = (error as { code?: string }).code;
        throw new LibraryError(code === 'SQLITE_FULL' || code === '53100' ? FULL_MESSAGE : READ_ONLY_MESSAGE);
      }
      throw error;
    }
  }

  private derive(prepared: PreparedArticle): DerivedRow {
    const { articleJson, attributionJson, searchJson } = prepared;
    return { indexVersion: this.version, articleJson, attributionJson, searchJson };
  }

  // -------------------------------------------------------------------------------------------
  // Articles

  private async insert(
    prepared: PreparedArticle,
    row: { guildId: string | null; addedBy: string | null; source: string; text: string },
    options: AddOptions & { onlyIfNoSource?: string } = {},
  ): Promise<ArticleListing | undefined> {
    const article: NewArticle = {
      guildId: row.guildId,
      title: prepared.title,
      publisher: prepared.publisher,
      text: row.text,
      addedBy: row.addedBy,
      source: row.source,
    };
    const result = await this.writing(() =>
      this.store.insert(article, this.derive(prepared), {
        maxPerGuild: row.guildId === null ? undefined : this.maxPerGuild,
        refuseDuplicateText: row.guildId !== null,
        onlyIfNoSource: options.onlyIfNoSource,
        insideTransaction: options.insideTransaction,
      }),
    );
    if (!result.ok) {
      if (result.refused === 'exists') return undefined;
      if (result.refused === 'full') throw fullLibrary(this.maxPerGuild);
      throw new LibraryError(`That article is already in the library: #${result.existing.id} “${result.existing.title}”.`);
    }
    const stored = result.row;
    // A large article's write held the thread (~150 ms for 2 MB in SQLite): let the commands that
    // waited meanwhile run before its quotes are read back and indexed.
    if (prepared.attributionJson.length > LARGE_ROW_CHARS) await new Promise((resolve) => setImmediate(resolve));
    await this.afterWrite({
      revision: result.revision,
      articleId: stored.id,
      guildId: row.guildId,
      op: 'add',
      attribution: JSON.parse(prepared.attributionJson) as Attribution,
    });
    if (options.persistLibraryIndex !== false) this.scheduleSave();
    const { text: _text, ...listing } = stored;
    return listing;
  }

  /**
   * Add a server's article from its story text. Throws ArticleError for text that is no article,
   * LibraryError for a full library or an article it already has.
   */
  async add(input: NewLibraryArticle, options: AddOptions = {}): Promise<ArticleListing> {
    return (await this.insert(options.prepared ?? prepareStory(input.text, input.publisher ?? null), input, options))!;
  }

  /**
   * Add many articles, reading and attributing them on worker threads; the library index is
   * saved once at the end, and each article's own index is built when it is first asked about.
   * Each result is the new article or the reason it was refused.
   */
  async addMany(inputs: readonly NewLibraryArticle[], threads?: number): Promise<(ArticleListing | Error)[]> {
    const results: (ArticleListing | Error)[] = [];
    let i = 0;
    for await (const ready of prepareInOrder(inputs, threads, false)) {
      const input = inputs[i++]!;
      if (ready instanceof Error) {
        results.push(new ArticleError(ready.message));
        continue;
      }
      try {
        results.push((await this.insert(ready, input, { persistLibraryIndex: false }))!);
      } catch (error) {
        results.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
    await this.persistLibraryIndex();
    return results;
  }

  /** Finish background writes, and save the library index now if it has writes the saved one lacks. */
  async flush(): Promise<void> {
    await Promise.all(this.backgroundWrites);
    // A save that found the index changing under it reschedules itself; here it is tried again now.
    for (let tries = 0; tries < 5 && (this.savedRevision !== this.knownRevision || this.saveTimer); tries++) await this.persistLibraryIndex();
  }

  /** Remove one of a server's own articles; the bundled ones cannot be removed. */
  async remove(guildId: string, id: number): Promise<ArticleListing> {
    const listing = await this.find(guildId, id);
    if (listing.guildId === null) throw new LibraryError(`#${id} “${listing.title}” came with the bot and cannot be removed.`);
    const revision = await this.writing(() => this.store.remove(id, guildId));
    this.contexts.delete(id);
    if (revision !== null) {
      await this.afterWrite({ revision, articleId: id, guildId, op: 'remove' });
      this.scheduleSave();
    }
    return listing;
  }

  /** Make an article the server's default for every answering command. */
  async use(guildId: string, id: number): Promise<ArticleListing> {
    const listing = await this.find(guildId, id);
    await this.writing(() => this.store.setDefault(guildId, id));
    return listing;
  }

  /** An article of this server's library by id; LibraryError when it has none such. */
  async find(guildId: string | null, id: number): Promise<ArticleListing> {
    const listing = await this.store.listing(id);
    if (!listing || (listing.guildId !== null && listing.guildId !== guildId && guildId !== EVERY_SERVER)) {
      throw new LibraryError(`There is no article #${id} in this server's library; /articles lists them.`);
    }
    return listing;
  }

  async list(guildId: string | null): Promise<ArticleListing[]> {
    return guildId === EVERY_SERVER ? this.store.listAll() : this.store.list(guildId);
  }

  /** The server's chosen default, else the first bundled article. */
  async defaultArticleId(guildId: string | null): Promise<number> {
    const chosen = guildId === null || guildId === EVERY_SERVER ? null : await this.store.defaultFor(guildId);
    if (chosen !== null) return chosen;
    const bundled = await this.store.firstBundledId();
    if (bundled === undefined) throw new LibraryError('The library has no bundled article.');
    return bundled;
  }

  async articles(guildId: string | null): Promise<ArticlesResult> {
    const [defaultArticle, listings] = await Promise.all([this.defaultArticleId(guildId), this.list(guildId)]);
    return {
      command: 'articles',
      defaultArticle,
      articles: listings.map((a) => ({
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
  async resolve(guildId: string | null, typed: string): Promise<ArticleListing> {
    const text = typed.trim();
    const byId = /^#?(\d{1,12})$/.exec(text);
    if (byId) return this.find(guildId, Number(byId[1]));
    const wanted = normaliseTitle(text);
    if (!wanted) throw new LibraryError('Name an article by its number or title; /articles lists them.');
    const all = await this.list(guildId);
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
  async titleChoices(guildId: string | null, typed: string, limit: number, maxLength: number): Promise<{ name: string; value: string }[]> {
    const wanted = normaliseTitle(typed.replace(/^#/, ''));
    const all = await this.list(guildId);
    const matching = wanted
      ? all.filter((a) => normaliseTitle(a.title).includes(wanted) || String(a.id) === wanted)
      : [...all].reverse();
    return matching.slice(0, limit).map((a) => ({ name: clip(`#${a.id} ${a.title}`, maxLength), value: String(a.id) }));
  }

  // -------------------------------------------------------------------------------------------
  // Answering

  /** The ready context of an article (attribution and index), loaded from what was stored. */
  async context(id: number): Promise<ArticleContext> {
    const cached = this.contexts.get(id);
    if (cached) {
      this.stats.contextHits++;
      return cached;
    }
    this.stats.contextMisses++;
    const derived = await this.store.derived(id);
    let stored = derived?.indexVersion === this.version ? derived : undefined;
    if (!stored) stored = await this.rederive(id);
    let loaded: ArticleContext;
    try {
      loaded = loadContext(id, stored);
    } catch (error) {
      stored = await this.rederive(id, { what: 'stored analysis', error });
      loaded = loadContext(id, stored);
    }
    const { article, attribution, index } = loaded;
    // Stored for the next load; the answer need not wait for it: serialising and writing run on a
    // later turn of the event loop, after the command that needed the article has its answer.
    if (stored.searchJson === null) {
      const saving = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.store.saveSearch(id, this.version, index.serialize()))
        .catch(() => {
          // Not stored: built again on its next first use.
        });
      this.backgroundWrites.add(saving);
      void saving.finally(() => this.backgroundWrites.delete(saving));
    }
    const ctx: ArticleContext = { article, attribution, index };
    this.contexts.set(id, ctx);
    return ctx;
  }

  /**
   * /who-said across a server's whole library, from the library index alone (no article index is
   * loaded, so it costs one search however many articles match). Each answer cites its article.
   * Only the process owning the server's shard holds its library index.
   */
  async whoSaid(guildId: string | null, rawQuery: string): Promise<LibraryWhoSaidResult> {
    const query = rawQuery.trim().slice(0, BOT_LIMITS.queryLength);
    const result: LibraryWhoSaidResult = { command: 'who-said', scope: 'library', query, answers: [] };
    if (query.length === 0) return { ...result, note: 'Type some words from a statement to find who said it.' };
    if (guildId === EVERY_SERVER ? !this.partition.isEverything : !this.partition.owns(guildId)) {
      throw new LibraryError("This server's library is answered by the process that owns its shard, not this one.");
    }
    await this.catchUp();
    const hits = this.libraryIndex.answers(query, guildId, {
      minScore: MIN_ANSWER_SCORE,
      relative: RELATIVE_TO_BEST,
      limit: BOT_LIMITS.whoSaidAnswers,
    });
    const ids = [...new Set(hits.map((h) => h.articleId))];
    const listings = await this.store.listings(ids);
    const citations = new Map<number, ArticleCitation>();
    for (const listing of listings) citations.set(listing.id, { id: listing.id, title: listing.title, publisher: listing.publisher });
    result.answers = hits
      .filter((hit) => citations.has(hit.articleId)) // removed by another process since the catch-up
      .map(({ articleId, verbatim: _verbatim, ...answer }): LibraryWhoSaidAnswer => ({ ...answer, article: citations.get(articleId)! }));
    if (result.answers.length === 0) result.note = 'Nobody in this library is quoted saying that.';
    return result;
  }
}

function fullLibrary(max: number): LibraryError {
  return new LibraryError(`This server's library is full (${max} articles); remove one with /article remove first.`);
}

function normaliseTitle(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export { ArticleError };
