import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate, openDatabase, schemaVersion } from '../../src/library/db.ts';
import { MIGRATIONS } from '../../src/library/migrations.ts';
import { SqliteStore, textHash } from '../../src/library/store.ts';
import { tempDir } from './helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('openDatabase', () => {
  it('creates the folder and the file, in WAL mode, at the latest schema', () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const db = openDatabase(`${tmp.dir}/nested/lib.db`);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('migrates a database left at version 1 forward, keeping its rows', () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const old = new Database(tmp.dbPath);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO articles (guild_id, title, text, added_at, source) VALUES ('g', 'Old', 'text', 'now', 'bundled')").run();
    expect(schemaVersion(old)).toBe(1);
    old.close();

    const db = openDatabase(tmp.dbPath);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT title FROM articles').all()).toEqual([{ title: 'Old' }]);
    expect(db.prepare("SELECT value FROM library_meta WHERE key = 'revision'").get()).toEqual({ value: 0 });
    db.close();
  });

  it('gives rows stored before the text hash existed their hash, so the duplicate check finds them', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const old = new Database(tmp.dbPath);
    migrate(old, MIGRATIONS.slice(0, 3));
    old.prepare("INSERT INTO articles (guild_id, title, text, added_at, source) VALUES ('g', 'Old', 'the old text', 'now', 'upload:old.txt')").run();
    old.close();
    const store = SqliteStore.open(tmp.dbPath);
    expect(store.db.prepare('SELECT text_hash FROM articles').get()).toEqual({ text_hash: textHash('the old text') });
    const derived = { indexVersion: 'v', articleJson: '{}', attributionJson: '{}', searchJson: null };
    const again = { guildId: 'g', title: 'Again', publisher: null, text: 'the old text', addedBy: 'u', source: 'upload:again.txt' };
    expect(await store.insert(again, derived, { refuseDuplicateText: true })).toEqual({ ok: false, refused: 'duplicate', existing: { id: 1, title: 'Old' } });
    await store.close();
  });

  it('refuses a database from a newer version of the bot with a clear message', () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const db = openDatabase(tmp.dbPath);
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(LATEST_SCHEMA_VERSION + 1);
    db.close();
    expect(() => openDatabase(tmp.dbPath)).toThrow(/newer than this bot understands/);
  });

  it('rolls a failing migration back whole', () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS, { version: 99, description: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM nowhere;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    db.close();
  });
});
