/**
 * The library over both storage engines: the same tests against SQLite and PostgreSQL (a real
 * server started by the test set-up; skipped with one line when none can start, never in CI).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/answers/context.ts';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { ArticleError, parseArticle } from '../../src/article/load.ts';
import { contextBytes, Library, LibraryError, type LibraryOptions } from '../../src/library/library.ts';
import { shardOfGuild } from '../../src/library/partition.ts';
import { loadFixtures, renamedCopy } from '../../scripts/generate-articles.ts';
import { engines, type Location } from './engines.ts';
import { fixtureText } from './helpers.ts';

let toClose: Library[] = [];
let cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const lib of toClose) await lib.close();
  toClose = [];
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

const upload = (guildId: string, text: string, source = 'upload:test.txt') => ({ guildId, addedBy: 'user-1', source, text });

/** A guild id Discord routes to `shard` of `count`. */
function guildOnShard(shard: number, count: number, salt = 0): string {
  for (let i = 1 + salt * 1000; ; i++) {
    const id = ((1_300_000_000_000n + BigInt(i)) << 22n).toString();
    if (shardOfGuild(id, count) === shard) return id;
  }
}

describe.each(engines('library.test'))('Library on $name', (engine) => {
  async function open(location: Location, options: Partial<LibraryOptions> = {}): Promise<Library> {
    const lib = await Library.open({ ...location, ...options });
    toClose.push(lib);
    return lib;
  }

  async function fresh(options: Partial<LibraryOptions> = {}): Promise<{ lib: Library; location: Location }> {
    const location = await engine.location('library');
    cleanups.push(location.cleanup);
    return { lib: await open(location, options), location };
  }

  async function close(lib: Library): Promise<void> {
    toClose = toClose.filter((l) => l !== lib);
    await lib.close();
  }

  describe.skipIf(engine.skip !== null)('articles', () => {
    it('holds the bundled article from the first start, once', async () => {
      const { lib, location } = await fresh();
      const [bundled] = await lib.list('g1');
      expect(bundled).toMatchObject({ guildId: null, source: 'bundled' });
      expect(bundled!.title.length).toBeGreaterThan(10);
      expect(await lib.defaultArticleId('g1')).toBe(bundled!.id);
      await close(lib);
      expect(await (await open(location)).list('g1')).toHaveLength(1);
    });

    it('lists several articles in one call, leaving out ids that do not exist', async () => {
      const { lib } = await fresh();
      const [bundled] = await lib.list('g1');
      const listed = await lib.store.listings([bundled!.id, 987_654, bundled!.id + 1000]);
      expect(listed.map((l) => l.id)).toEqual([bundled!.id]);
      expect(listed[0]).toEqual(await lib.store.listing(bundled!.id));
      expect(await lib.store.listings([])).toEqual([]);
    });

    it('adds the bundled article once when two processes open a new library together', async () => {
      const location = await engine.location('together');
      cleanups.push(location.cleanup);
      // SQLite creates the file on open; PostgreSQL starts from an empty database: both race.
      const [a, b] = await Promise.all([open(location), open(location)]);
      expect(await a.list('g1')).toHaveLength(1);
      expect((await b.list('g1')).map((x) => x.id)).toEqual((await a.list('g1')).map((x) => x.id));
    });

    it('keeps loaded articles within a byte bound as well as a count', async () => {
      const { lib } = await fresh({ cacheSize: 16 });
      const a = await lib.add(upload('g1', fixtureText('uk-water-fine')));
      const b = await lib.add(upload('g1', fixtureText('uk-local-bin-strike')));
      const sizeA = contextBytes(await lib.context(a.id));
      expect(sizeA).toBeGreaterThan(1000);
      const { lib: tight } = await fresh({ cacheSize: 16, cacheBytes: sizeA + 1 });
      const a2 = await tight.add(upload('g1', fixtureText('uk-water-fine')));
      const b2 = await tight.add(upload('g1', fixtureText('uk-local-bin-strike')));
      await tight.context(a2.id);
      await tight.context(a2.id);
      expect(tight.stats.contextHits).toBe(1);
      await tight.context(b2.id); // larger than what is left: a2 goes (or b2 is not kept)
      const hits = tight.stats.contextHits;
      await tight.context(a2.id);
      await tight.context(b2.id);
      expect(tight.stats.contextHits - hits).toBeLessThanOrEqual(1);
      // The roomy default keeps both.
      await lib.context(b.id);
      const before = lib.stats.contextHits;
      await lib.context(a.id);
      await lib.context(b.id);
      expect(lib.stats.contextHits - before).toBe(2);
    });

    it("keeps each server's articles to itself", async () => {
      const { lib } = await fresh();
      const added = await lib.add(upload('g1', fixtureText('uk-water-fine')));
      expect(added).toMatchObject({ guildId: 'g1', addedBy: 'user-1', source: 'upload:test.txt' });
      expect(added.title).toMatch(/Severnside Water fined/);
      expect((await lib.list('g1')).map((a) => a.id)).toContain(added.id);
      expect((await lib.list('g2')).map((a) => a.id)).not.toContain(added.id);
      await expect(lib.find('g2', added.id)).rejects.toThrow(LibraryError);
      await expect(lib.use('g2', added.id)).rejects.toThrow(/no article #\d+/);
      await expect(lib.remove('g2', added.id)).rejects.toThrow(LibraryError);
    });

    it('refuses a duplicate, a full library, and text that is not an article', async () => {
      const { lib } = await fresh({ maxArticlesPerGuild: 1 });
      await lib.add(upload('g1', fixtureText('uk-water-fine')));
      await expect(lib.add(upload('g1', fixtureText('uk-water-fine')))).rejects.toThrow(/full/);
      await expect(lib.add(upload('g2', fixtureText('scmp-china-russia-2021')))).rejects.toThrow(/already in the library/);
      await expect(lib.add(upload('g2', '\u0000\u0001\u0002 binary'))).rejects.toThrow(ArticleError);
      expect(await lib.list('g2')).toHaveLength(1);
    });

    it('never lets two writers at once fill a library past its limit', async () => {
      const { lib, location } = await fresh({ maxArticlesPerGuild: 1 });
      const other = await open(location, { maxArticlesPerGuild: 1 });
      const results = await Promise.allSettled([
        lib.add(upload('g1', fixtureText('uk-water-fine'))),
        other.add(upload('g1', fixtureText('us-wire-rail-merger'))),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await lib.list('g1')).filter((a) => a.guildId === 'g1')).toHaveLength(1);
    });

    it('sets the default with use, falls back to the bundled article when it is removed, and never removes the bundled one', async () => {
      const { lib } = await fresh();
      const bundledId = await lib.defaultArticleId('g1');
      const added = await lib.add(upload('g1', fixtureText('us-wire-rail-merger')));
      await lib.use('g1', added.id);
      expect(await lib.defaultArticleId('g1')).toBe(added.id);
      expect(await lib.defaultArticleId('g2')).toBe(bundledId);
      expect(await lib.articles('g1')).toMatchObject({ command: 'articles', defaultArticle: added.id });
      await expect(lib.remove('g1', bundledId)).rejects.toThrow(/came with the bot/);
      await lib.remove('g1', added.id);
      expect(await lib.defaultArticleId('g1')).toBe(bundledId);
      expect((await lib.list('g1')).map((a) => a.id)).toEqual([bundledId]);
      expect(await lib.store.derived(added.id)).toBeUndefined();
    });

    it('resolves what a person types in an article option: number, #number, title or part of one', async () => {
      const { lib } = await fresh();
      const water = await lib.add(upload('g1', fixtureText('uk-water-fine')));
      const rail = await lib.add(upload('g1', fixtureText('us-wire-rail-merger')));
      expect((await lib.resolve('g1', String(water.id))).id).toBe(water.id);
      expect((await lib.resolve('g1', `#${rail.id}`)).id).toBe(rail.id);
      expect((await lib.resolve('g1', water.title.toUpperCase())).id).toBe(water.id);
      expect((await lib.resolve('g1', 'freight railroads')).id).toBe(rail.id);
      await expect(lib.resolve('g1', 'no such words anywhere')).rejects.toThrow(/No article/);
      await expect(lib.resolve('g2', 'freight railroads')).rejects.toThrow(/No article/);
      const choices = await lib.titleChoices('g1', 'sewage', 25, 100);
      expect(choices).toEqual([{ name: expect.stringMatching(new RegExp(`^#${water.id} Severnside`)), value: String(water.id) }]);
      expect((await lib.titleChoices('g1', '', 25, 40)).every((c) => c.name.length <= 40)).toBe(true);
    });

    it('keeps the library across a restart and loads the stored indexes instead of rebuilding them', async () => {
      const { lib, location } = await fresh();
      const added = await lib.add(upload('g1', fixtureText('web-lisbon-scooters')));
      const question = (await lib.context(added.id)).attribution.quotes[0]!.quote;
      const before = await lib.whoSaid('g1', question);
      await close(lib);

      const reopened = await open(location);
      expect(reopened.openReport).toEqual({ rebuiltArticles: 0, libraryIndex: 'loaded', readOnly: false });
      expect((await reopened.list('g1')).map((a) => a.title)).toContain(added.title);
      expect(await reopened.whoSaid('g1', question)).toEqual(before);
      // The restored index answers exactly as one built from scratch.
      const restored = await reopened.context(added.id);
      const rebuilt = prepareArticle(parseArticle(fixtureText('web-lisbon-scooters'), String(added.id)));
      for (const q of rebuilt.attribution.quotes) expect(whoSaid(restored, q.quote)).toEqual(whoSaid(rebuilt, q.quote));
    });

    it('rebuilds stored indexes when the code version changes, and the library index when the change log has a gap', async () => {
      const { lib, location } = await fresh({ indexVersion: 'v1' });
      await lib.add(upload('g1', fixtureText('uk-water-fine')));
      await close(lib);
      const upgraded = await open(location, { indexVersion: 'v2' });
      expect(upgraded.openReport).toEqual({ rebuiltArticles: 2, libraryIndex: 'rebuilt', readOnly: false });
      await close(upgraded);
      const again = await open(location, { indexVersion: 'v2' });
      expect(again.openReport).toEqual({ rebuiltArticles: 0, libraryIndex: 'loaded', readOnly: false });
      await close(again);
      // A revision with no logged change (tampering, or a log cut short) cannot be caught up with.
      await engine.exec(location, "UPDATE library_meta SET value = value + 1 WHERE key = 'revision'");
      expect((await open(location, { indexVersion: 'v2' })).openReport.libraryIndex).toBe('rebuilt');
    });
  });

  describe.skipIf(engine.skip !== null)('processes sharing one database', () => {
    it('each sees the others’ writes, and never saves a library index missing them', async () => {
      const { lib: first, location } = await fresh();
      const second = await open(location);
      const water = await first.add(upload('g1', fixtureText('uk-water-fine')));
      const rail = await second.add(upload('g2', fixtureText('us-wire-rail-merger')));
      // Each answers from the other's article without a restart (it catches up from the change log).
      expect((await second.whoSaid('g1', 'a business decision to put profit before the health of rivers')).answers[0]?.article.id).toBe(water.id);
      expect((await first.whoSaid('g2', 'the merger will give shippers a single line')).answers[0]?.article.id).toBe(rail.id);
      await first.remove('g1', water.id);
      expect((await second.whoSaid('g1', 'a business decision to put profit before the health of rivers')).answers).toEqual([]);
      await close(first);
      await close(second);
      const reopened = await open(location);
      expect(reopened.openReport.libraryIndex).toBe('loaded');
      expect((await reopened.whoSaid('g2', 'the merger will give shippers a single line')).answers[0]?.article.id).toBe(rail.id);
    });

    it('with shards spread over processes, a server’s library-wide index lives only where its shard is', async () => {
      const location = await engine.location('shards');
      cleanups.push(location.cleanup);
      const onZero = guildOnShard(0, 2);
      const onOne = guildOnShard(1, 2);
      const machineA = await open(location, { shards: { ids: [0], count: 2 } });
      const machineB = await open(location, { shards: { ids: [1], count: 2 } });
      const water = await machineA.add(upload(onZero, fixtureText('uk-water-fine')));
      const rail = await machineB.add(upload(onOne, fixtureText('us-wire-rail-merger')));
      const quotes = (lib: Library) => lib.indexedQuotes;
      const bundledOnly = quotes(await open(await engine.location('empty')));
      // Each process indexes its own servers' quotes (and the bundled article's), not the other's.
      expect(quotes(machineA)).toBe(bundledOnly + (await machineA.context(water.id)).attribution.quotes.length);
      expect((await machineB.whoSaid(onOne, 'the merger will give shippers a single line')).answers[0]?.article.id).toBe(rail.id);
      await expect(machineB.whoSaid(onZero, 'profit before the health of rivers')).rejects.toThrow(LibraryError);
      expect(quotes(machineB)).toBe(bundledOnly + (await machineB.context(rail.id)).attribution.quotes.length);
      // Per-article answers work anywhere: the other process loads the article from the database.
      await machineB.use(onZero, water.id);
      const ctx = await machineB.context(await machineB.defaultArticleId(onZero));
      expect(whoSaid(ctx, 'a business decision to put profit before the health of rivers').answers[0]?.speaker).toBe('Caroline Pettit');
      // A restart of one machine loads its own stored index.
      await close(machineA);
      const restarted = await open(location, { shards: { ids: [0], count: 2 } });
      expect(restarted.openReport.libraryIndex).toBe('loaded');
      expect((await restarted.whoSaid(onZero, 'a business decision to put profit before the health of rivers')).answers[0]?.article.id).toBe(water.id);
    });
  });

  describe.skipIf(engine.skip !== null)('addMany and the whole library', () => {
    it('reads many articles on worker threads, in order, with a refusal in place of a bad one', async () => {
      const { lib, location } = await fresh();
      const fixtures = loadFixtures();
      const copies = [renamedCopy(fixtures[0]!, 1), renamedCopy(fixtures[1]!, 1), renamedCopy(fixtures[2]!, 1)];
      const inputs = [copies[0]!.text, '\u0000\u0001 not an article', copies[1]!.text, copies[2]!.text].map((text) => upload('g1', text));
      const results = await lib.addMany(inputs, 2);
      expect(results[1]).toBeInstanceOf(ArticleError);
      const added = results.filter((r) => !(r instanceof Error)) as { id: number; title: string }[];
      expect(await Promise.all(added.map(async (a) => (await lib.store.get(a.id))!.text))).toEqual(copies.map((c) => c.text));
      // Bulk loads leave each article's own index to its first use, which stores it.
      expect((await lib.store.derived(added[0]!.id))!.searchJson).toBeNull();
      const one = await lib.context(added[0]!.id);
      // The answer does not wait for the index to be serialised and written: that runs on a later turn.
      if (engine.name === 'sqlite') expect((await lib.store.derived(added[0]!.id))!.searchJson).toBeNull();
      await lib.flush();
      expect((await lib.store.derived(added[0]!.id))!.searchJson).not.toBeNull();
      const direct = prepareArticle(parseArticle(copies[0]!.text, String(added[0]!.id)));
      expect(one.attribution).toEqual(direct.attribution);
      await close(lib);
      expect((await open(location)).openReport).toEqual({ rebuiltArticles: 0, libraryIndex: 'loaded', readOnly: false });
    }, 30_000);

    it('cites the article as well as the paragraph, and finds the same statement in two articles with their own speakers', async () => {
      const { lib } = await fresh();
      const water = loadFixtures().find((f) => f.name === 'uk-water-fine')!;
      const original = await lib.add(upload('g1', water.text));
      const copy = renamedCopy(water, 1);
      const renamed = await lib.add(upload('g1', copy.text));
      const result = await lib.whoSaid('g1', 'who said it was a business decision to put profit before the health of rivers');
      expect(result).toMatchObject({ command: 'who-said', scope: 'library' });
      const cited = result.answers.map((a) => [a.article.id, a.speaker, a.paragraph]);
      expect(cited).toEqual(
        expect.arrayContaining([
          [original.id, 'Caroline Pettit', 4],
          [renamed.id, copy.renames.get('Pettit') ? `Caroline ${copy.renames.get('Pettit')}` : '', 4],
        ]),
      );
      expect(result.answers.find((a) => a.article.id === renamed.id)!.article.title).toBe(renamed.title);
    });

    it('answers from whichever article holds the statement, and only from the asking server', async () => {
      const { lib } = await fresh();
      const rail = await lib.add(upload('g1', fixtureText('us-wire-rail-merger')));
      const query = 'who said the merger will give shippers a single line';
      expect((await lib.whoSaid('g1', query)).answers[0]).toMatchObject({ speaker: 'Daniel Okafor', article: { id: rail.id } });
      const other = await lib.whoSaid('g2', query);
      expect(other.answers).toEqual([]);
      expect(other.note).toMatch(/Nobody in this library/);
    });

    it('still answers from the bundled article in every server', async () => {
      const { lib } = await fresh();
      const result = await lib.whoSaid('any-guild', 'who thinks Washington will focus on China');
      expect(result.answers[0]?.article.id).toBe(await lib.defaultArticleId('any-guild'));
      expect(result.answers[0]?.paragraph).toBeGreaterThan(0);
    });
  });
});
