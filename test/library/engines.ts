/**
 * The library's storage engines for the shared suites: SQLite always, PostgreSQL when the global
 * set-up started a server (test/support). Each `location()` is a fresh, empty library.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { freshDatabase, markPostgresRan } from '../support/postgres.ts';
import { tempDir } from './helpers.ts';

export interface Location {
  path?: string;
  url?: string;
}

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** Null when it can run; else why not. */
  skip: string | null;
  /** A new empty library; `cleanup` removes it. */
  location(label: string): Promise<Location & { cleanup: () => void }>;
  /** Run raw SQL against a location (tests that tamper with the database behind the library's back). */
  exec(location: Location, sql: string): Promise<void>;
}

export const sqlite: Engine = {
  name: 'sqlite',
  skip: null,
  async location() {
    const tmp = tempDir();
    return { path: tmp.dbPath, cleanup: tmp.remove };
  },
  async exec(location, sql) {
    const db = new Database(location.path!);
    db.exec(sql);
    db.close();
  },
};

export function postgres(suite: string): Engine {
  const adminUrl = inject('postgresUrl');
  return {
    name: 'postgres',
    skip: adminUrl ? null : inject('postgresSkipReason') || 'no PostgreSQL server',
    async location(label) {
      markPostgresRan(suite);
      return { url: await freshDatabase(adminUrl!, label), cleanup: () => {} };
    },
    async exec(location, sql) {
      const client = new pg.Client({ connectionString: location.url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
  };
}

/** Both engines, for `describe.each`; a skipped one says why once. */
export function engines(suite: string): Engine[] {
  const pgEngine = postgres(suite);
  if (pgEngine.skip) console.warn(`${suite}: PostgreSQL tests skipped (${pgEngine.skip})`);
  return [sqlite, pgEngine];
}
