/**
 * A large article's rows are written on a worker thread (better-sqlite3 is synchronous: 2 MB of
 * article with its analysis and index held the bot's thread ~150 ms). The worker's connection
 * runs the same transaction, so the rows, the revision and the refusals are the same as inline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isUnwritableError, OFF_THREAD_INSERT_CHARS, SqliteStore } from '../../src/library/store.ts';
import { immutable, tempDir } from './helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

const largeText = (seed: string) => `${seed} `.repeat(Math.ceil(OFF_THREAD_INSERT_CHARS / (seed.length + 1)));
const derived = (json: string) => ({ indexVersion: 'v1', articleJson: json, attributionJson: '{"quotes":[]}', searchJson: null });
const article = (text: string, guildId = 'g1') => ({ guildId, title: 'A long report', publisher: null, text, addedBy: 'u1', source: 'upload:long.txt' });

describe('writing a large article on a worker thread', () => {
  it('stores the same rows, revision and change log as an inline write', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const store = SqliteStore.open(tmp.dbPath);
    const small = await store.insert(article('a short story'), derived('{"small":true}'));
    expect(store.offThreadInserts).toBe(0);
    const text = largeText('words of a long report');
    const large = await store.insert(article(text), derived('{"large":true}'), { maxPerGuild: 10, refuseDuplicateText: true });
    expect(store.offThreadInserts).toBe(1);
    expect(small.ok && large.ok).toBe(true);
    if (!small.ok || !large.ok) return;
    expect(large.revision).toBe(small.revision + 1);
    expect(large.row).toMatchObject({ guildId: 'g1', title: 'A long report', text });
    expect((await store.get(large.row.id))?.text).toBe(text);
    expect((await store.derived(large.row.id))?.articleJson).toBe('{"large":true}');
    expect((await store.changesSince(small.revision)).map((c) => [c.articleId, c.op])).toEqual([[large.row.id, 'add']]);
    await store.close();
  });

  it('makes the same refusals inside the worker’s transaction', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const store = SqliteStore.open(tmp.dbPath);
    const text = largeText('the same long text');
    const first = await store.insert(article(text), derived('{}'), { refuseDuplicateText: true });
    expect(first.ok).toBe(true);
    const again = await store.insert(article(text), derived('{}'), { refuseDuplicateText: true });
    expect(again).toMatchObject({ ok: false, refused: 'duplicate' });
    const full = await store.insert(article(largeText('another long text')), derived('{}'), { maxPerGuild: 1 });
    expect(full).toEqual({ ok: false, refused: 'full' });
    expect(store.offThreadInserts).toBe(3);
    await store.close();
  });

  it('reports the database’s own error, with its code, when the file takes no writes', async (test) => {
    const tmp = tempDir();
    const store = SqliteStore.open(tmp.dbPath);
    await store.insert(article('a short story'), derived('{}'));
    // Immutable (chattr +i stops root too): the worker's write fails as an inline one would.
    if (!immutable(tmp.dbPath, true)) {
      console.warn('off-thread-insert.test: chattr is not available here; the read-only case is skipped');
      await store.close();
      test.skip();
      return;
    }
    cleanup = () => {
      immutable(tmp.dbPath, false);
      tmp.remove();
    };
    const error = await store.insert(article(largeText('a long text')), derived('{}')).then(() => null, (e: unknown) => e);
    expect(isUnwritableError(error), String(error)).toBe(true);
    await store.close();
  });
});

