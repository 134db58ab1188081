/**
 * Worker thread of SqliteStore.insert for a large article: better-sqlite3 is synchronous, and
 * writing a 2 MB article's rows (~12 MB with its analysis and index) held the bot's thread for
 * ~150 ms. Here it opens its own connection to the same file (WAL: the bot's connection reads on
 * meanwhile), runs the same insert transaction, answers, and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteStore, type DerivedRow, type InsertRules, type NewArticle } from './store.ts';

export interface SqliteWriteRequest {
  path: string;
  article: NewArticle;
  derived: DerivedRow;
  rules: Omit<InsertRules, 'insideTransaction'>;
}

const request = workerData as SqliteWriteRequest;
let store: SqliteStore | undefined;
try {
  store = SqliteStore.open(request.path);
  parentPort!.postMessage({ ok: true, result: store.insertNow(request.article, request.derived, request.rules) });
} catch (error) {
  const { message, code } = error as { message?: string; code?: unknown };
  parentPort!.postMessage({ ok: false, message: message ?? String(error), code: typeof code === 'string' ? code : undefined });
} finally {
  void store?.close();
}
