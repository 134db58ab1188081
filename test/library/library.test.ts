import { afterEach, describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/answers/context.ts';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { ArticleError, parseArticle } from '../../src/article/load.ts';
import { Library, LibraryError } from '../../src/library/library.ts';
import { loadFixtures, renamedCopy } from '../../scripts/generate-articles.ts';
import { fixtureText, tempDir } from './helpers.ts';

let toClose: Library[] = [];
let cleanup: (() => void) | undefined;
afterEach(() => {
  for (const lib of toClose) lib.close();
  toClose = [];
  cleanup?.();
  cleanup = undefined;
});

function open(path: string, options: Partial<Parameters<typeof Library.open>[0]> = {}): Library {
  const lib = Library.open({ path, ...options });
  toClose.push(lib);
  return lib;
}

function fresh(options: Partial<Parameters<typeof Library.open>[0]> = {}): { lib: Library; path: string } {
  const tmp = tempDir();
  cleanup = tmp.remove;
  return { lib: open(tmp.dbPath, options), path: tmp.dbPath };
}

const upload = (guildId: string, text: string, source = 'upload:test.txt') => ({ guildId, addedBy: 'user-1', source, text });

describe('Library', () => {
  it('holds the bundled article from the first start, once', () => {
    const { lib, path } = fresh();
    const [bundled] = lib.list('g1');
    expect(bundled).toMatchObject({ guildId: null, source: 'bundled' });
    expect(bundled!.title.length).toBeGreaterThan(10);
    expect(lib.defaultArticleId('g1')).toBe(bundled!.id);
    lib.close();
    expect(open(path).list('g1')).toHaveLength(1);
  });

  it("keeps each server's articles to itself", () => {
    const { lib } = fresh();
    const added = lib.add(upload('g1', fixtureText('uk-water-fine')));
    expect(added).toMatchObject({ guildId: 'g1', addedBy: 'user-1', source: 'upload:test.txt' });
    expect(added.title).toMatch(/Severnside Water fined/);
    expect(lib.list('g1').map((a) => a.id)).toContain(added.id);
    expect(lib.list('g2').map((a) => a.id)).not.toContain(added.id);
    expect(() => lib.find('g2', added.id)).toThrow(LibraryError);
    expect(() => lib.use('g2', added.id)).toThrow(/no article #\d+/);
    expect(() => lib.remove('g2', added.id)).toThrow(LibraryError);
  });

  it('refuses a duplicate, a full library, and text that is not an article', () => {
    const { lib } = fresh({ maxArticlesPerGuild: 1 });
    lib.add(upload('g1', fixtureText('uk-water-fine')));
    expect(() => lib.add(upload('g1', fixtureText('uk-water-fine')))).toThrow(/full/);
    expect(() => lib.add(upload('g2', fixtureText('scmp-china-russia-2021')))).toThrow(/already in the library/);
    expect(() => lib.add(upload('g2', '\u0000\u0001\u0002 binary'))).toThrow(ArticleError);
    expect(lib.list('g2')).toHaveLength(1);
  });

  it('sets the default with use, falls back to the bundled article when it is removed, and never removes the bundled one', () => {
    const { lib } = fresh();
    const bundledId = lib.defaultArticleId('g1');
    const added = lib.add(upload('g1', fixtureText('us-wire-rail-merger')));
    lib.use('g1', added.id);
    expect(lib.defaultArticleId('g1')).toBe(added.id);
    expect(lib.defaultArticleId('g2')).toBe(bundledId);
    expect(lib.articles('g1')).toMatchObject({ command: 'articles', defaultArticle: added.id });
    expect(() => lib.remove('g1', bundledId)).toThrow(/came with the bot/);
    lib.remove('g1', added.id);
    expect(lib.defaultArticleId('g1')).toBe(bundledId);
    expect(lib.list('g1').map((a) => a.id)).toEqual([bundledId]);
    expect(lib.store.derived(added.id)).toBeUndefined();
  });

  it('resolves what a person types in an article option: number, #number, title or part of one', () => {
    const { lib } = fresh();
    const water = lib.add(upload('g1', fixtureText('uk-water-fine')));
    const rail = lib.add(upload('g1', fixtureText('us-wire-rail-merger')));
    expect(lib.resolve('g1', String(water.id)).id).toBe(water.id);
    expect(lib.resolve('g1', `#${rail.id}`).id).toBe(rail.id);
    expect(lib.resolve('g1', water.title.toUpperCase()).id).toBe(water.id);
    expect(lib.resolve('g1', 'freight railroads').id).toBe(rail.id);
    expect(() => lib.resolve('g1', 'no such words anywhere')).toThrow(/No article/);
    expect(() => lib.resolve('g2', 'freight railroads')).toThrow(/No article/);
    const choices = lib.titleChoices('g1', 'sewage', 25, 100);
    expect(choices).toEqual([{ name: expect.stringMatching(new RegExp(`^#${water.id} Severnside`)), value: String(water.id) }]);
    expect(lib.titleChoices('g1', '', 25, 40).every((c) => c.name.length <= 40)).toBe(true);
  });

  it('keeps the library across a restart and loads the stored indexes instead of rebuilding them', () => {
    const { lib, path } = fresh();
    const added = lib.add(upload('g1', fixtureText('web-lisbon-scooters')));
    const question = lib.context(added.id).attribution.quotes[0]!.quote;
    const before = lib.whoSaid('g1', question);
    lib.close();

    const reopened = open(path);
    expect(reopened.openReport).toEqual({ rebuiltArticles: 0, libraryIndex: 'loaded' });
    expect(reopened.list('g1').map((a) => a.title)).toContain(added.title);
    expect(reopened.whoSaid('g1', question)).toEqual(before);
    // The restored index answers exactly as one built from scratch.
    const restored = reopened.context(added.id);
    const rebuilt = prepareArticle(parseArticle(fixtureText('web-lisbon-scooters'), String(added.id)));
    for (const q of rebuilt.attribution.quotes) expect(whoSaid(restored, q.quote)).toEqual(whoSaid(rebuilt, q.quote));
  });

  it('rebuilds stored indexes when the code version changes, and the library index when articles changed behind it', () => {
    const { lib, path } = fresh({ indexVersion: 'v1' });
    lib.add(upload('g1', fixtureText('uk-water-fine')));
    lib.close();
    const upgraded = open(path, { indexVersion: 'v2' });
    expect(upgraded.openReport).toEqual({ rebuiltArticles: 2, libraryIndex: 'rebuilt' });
    upgraded.close();
    const again = open(path, { indexVersion: 'v2' });
    expect(again.openReport).toEqual({ rebuiltArticles: 0, libraryIndex: 'loaded' });
    // A crash after an article was committed but before the library index was saved leaves an older revision.
    again.store.db.prepare("UPDATE library_meta SET value = value + 1 WHERE key = 'revision'").run();
    again.close();
    expect(open(path, { indexVersion: 'v2' }).openReport.libraryIndex).toBe('rebuilt');
  });
});

describe('two processes sharing one database (shards)', () => {
  it('never saves a library index missing the other’s articles', () => {
    const { lib: first, path } = fresh();
    const second = open(path);
    const water = first.add(upload('g1', fixtureText('uk-water-fine')));
    const rail = second.add(upload('g2', fixtureText('us-wire-rail-merger')));
    // The second process saw the first one's article when it wrote.
    expect(second.whoSaid('g1', 'a business decision to put profit before the health of rivers').answers[0]?.article.id).toBe(water.id);
    first.close();
    second.close();
    const reopened = open(path);
    expect(reopened.openReport.libraryIndex).toBe('loaded');
    expect(reopened.whoSaid('g1', 'a business decision to put profit before the health of rivers').answers[0]?.article.id).toBe(water.id);
    expect(reopened.whoSaid('g2', 'the merger will give shippers a single line').answers[0]?.article.id).toBe(rail.id);
  });
});

describe('Library.addMany', () => {
  it('reads many articles on worker threads, in order, with a refusal in place of a bad one', async () => {
    const { lib, path } = fresh();
    const fixtures = loadFixtures();
    const copies = [renamedCopy(fixtures[0]!, 1), renamedCopy(fixtures[1]!, 1), renamedCopy(fixtures[2]!, 1)];
    const inputs = [copies[0]!.text, '\u0000\u0001 not an article', copies[1]!.text, copies[2]!.text].map((text) => upload('g1', text));
    const results = await lib.addMany(inputs, 2);
    expect(results[1]).toBeInstanceOf(ArticleError);
    const added = results.filter((r) => !(r instanceof Error)) as { id: number; title: string }[];
    expect(added.map((a) => lib.store.get(a.id)!.text)).toEqual(copies.map((c) => c.text));
    // Bulk loads leave each article's own index to its first use, which stores it.
    expect(lib.store.derived(added[0]!.id)!.searchJson).toBeNull();
    // Prepared off-thread, answered the same as an article added one at a time.
    const one = lib.context(added[0]!.id);
    expect(lib.store.derived(added[0]!.id)!.searchJson).not.toBeNull();
    const direct = prepareArticle(parseArticle(copies[0]!.text, String(added[0]!.id)));
    expect(one.attribution).toEqual(direct.attribution);
    lib.close();
    expect(open(path).openReport).toEqual({ rebuiltArticles: 0, libraryIndex: 'loaded' });
  }, 30_000);
});

describe('Library.whoSaid (the whole library)', () => {
  it('cites the article as well as the paragraph, and finds the same statement in two articles with their own speakers', () => {
    const { lib } = fresh();
    const water = loadFixtures().find((f) => f.name === 'uk-water-fine')!;
    const original = lib.add(upload('g1', water.text));
    const copy = renamedCopy(water, 1);
    const renamed = lib.add(upload('g1', copy.text));
    const result = lib.whoSaid('g1', 'who said it was a business decision to put profit before the health of rivers');
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

  it('answers from whichever article holds the statement, and only from the asking server', () => {
    const { lib } = fresh();
    const rail = lib.add(upload('g1', fixtureText('us-wire-rail-merger')));
    const query = 'who said the merger will give shippers a single line';
    const mine = lib.whoSaid('g1', query);
    expect(mine.answers[0]).toMatchObject({ speaker: 'Daniel Okafor', article: { id: rail.id } });
    const other = lib.whoSaid('g2', query);
    expect(other.answers.every((a) => a.article.id !== rail.id)).toBe(true);
    expect(other.answers).toEqual([]);
    expect(other.note).toMatch(/Nobody in this library/);
  });

  it('still answers from the bundled article in every server', () => {
    const { lib } = fresh();
    const result = lib.whoSaid('any-guild', 'who thinks Washington will focus on China');
    expect(result.answers[0]?.article.id).toBe(lib.defaultArticleId('any-guild'));
    expect(result.answers[0]?.paragraph).toBeGreaterThan(0);
  });
});
