/**
 * What is particular to the PostgreSQL store: its migrations (forward from an old schema, refusing
 * a newer one, a failing one rolled back whole), and connection errors that name the database
 * without its password. Everything else is the shared suite (library.test.ts, crash.test.ts).
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/library/migrations.ts';
import { migratePostgres, PgStore, redactUrl } from '../../src/library/pg-store.ts';
import { postgres } from './engines.ts';

const engine = postgres('pg-store.test');

async function withPool<T>(url: string, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

describe.skipIf(engine.skip !== null)('PostgreSQL store', () => {
  it('migrates a database left at version 1 forward, keeping its rows', async () => {
    const { url } = await engine.location('migrate');
    await withPool(url!, async (pool) => {
      expect(await migratePostgres(pool, MIGRATIONS.slice(0, 1))).toBe(1);
      await pool.query("INSERT INTO articles (guild_id, title, text, added_at, source) VALUES ('g', 'Old', 'text', 'now', 'bundled')");
      expect(await migratePostgres(pool)).toBe(LATEST_SCHEMA_VERSION);
      expect((await pool.query('SELECT title FROM articles')).rows).toEqual([{ title: 'Old' }]);
      expect((await pool.query("SELECT value FROM library_meta WHERE key = 'revision'")).rows).toEqual([{ value: 0 }]);
    });
  });

  it('refuses a database from a newer version of the bot, and rolls a failing migration back whole', async () => {
    const { url } = await engine.location('newer');
    await withPool(url!, async (pool) => {
      await migratePostgres(pool);
      const broken = [...MIGRATIONS, { version: 99, description: 'broken', sql: '', postgres: 'CREATE TABLE half (x int); SELECT * FROM nowhere;' }];
      await expect(migratePostgres(pool, broken)).rejects.toThrow(/nowhere/);
      expect((await pool.query("SELECT to_regclass('half') AS t")).rows).toEqual([{ t: null }]);
      await pool.query('INSERT INTO schema_version (version) VALUES ($1)', [LATEST_SCHEMA_VERSION + 1]);
    });
    await expect(PgStore.open(url!)).rejects.toThrow(/newer than this bot understands/);
  });

  it('names an unreachable database without its password', async () => {
    expect(redactUrl('postgres://bot:s3cret@db.example:5432/library')).toBe('postgres://bot:***@db.example:5432/library');
    const error = await PgStore.open('postgres://bot:s3cret@127.0.0.1:1/library').catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/cannot be used/);
    expect((error as Error).message).not.toContain('s3cret');
  });
});
