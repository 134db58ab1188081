/**
 * The SQLite file behind the library: opened in WAL mode (readers never block the writer, and a
 * crash loses at most the transaction in progress), foreign keys on, migrated forward on open.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations.ts';

export type Db = Database.Database;

export const DEFAULT_DATABASE_PATH = 'data/library.db';

export class LibraryDbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryDbError';
  }
}

export function schemaVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_version').get() as { version: number | null };
  return row.version ?? 0;
}

/** Apply every migration newer than the database, each with its version bump in one transaction. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  let version = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (version > latest) {
    throw new LibraryDbError(
      `The library database is at schema version ${version}, newer than this bot understands (${latest}); update the bot.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(migration.version);
    })();
    version = migration.version;
  }
  return version;
}

/** Open (creating it and its folder if needed) and migrate the library database. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    throw new LibraryDbError(`The library database ${path} cannot be opened: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    if (error instanceof LibraryDbError) throw error;
    throw new LibraryDbError(`The library database ${path} cannot be used: ${(error as Error).message}`);
  }
  return db;
}

export { LATEST_SCHEMA_VERSION };
