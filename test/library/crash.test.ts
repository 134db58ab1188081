/**
 * A process killed in the middle of an upload loses that upload and nothing else: the database
 * passes SQLite's integrity check, every article has its stored index, and the library reopens.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.ts';
import { loadFixtures, renamedCopy } from '../../scripts/generate-articles.ts';
import { tempDir } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./upload-child.ts', import.meta.url));

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Run the child until `killWhen` sees a line it likes, then SIGKILL it; resolves with its output. */
function runAndKill(dbPath: string, mode: string, killWhen: (lines: string[]) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // One process (no tsx wrapper), so SIGKILL reaches the uploader itself and leaves no orphan.
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, mode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (killWhen(lines)) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`child ended by itself: ${stderr}`))));
  });
}

function checkIntegrity(dbPath: string): void {
  const db = new Database(dbPath, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const orphans = db.prepare('SELECT COUNT(*) AS n FROM articles a LEFT JOIN article_derived d ON d.article_id = a.id WHERE d.article_id IS NULL').get();
  expect(orphans).toEqual({ n: 0 });
  db.close();
}

describe('killed during an upload', () => {
  it('loses only the upload in progress', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const before = Library.open({ path: tmp.dbPath });
    const kept = before.add({ guildId: 'g1', addedBy: 'u', source: 'upload:kept.txt', text: renamedCopy(loadFixtures()[1]!, 1).text });
    before.close();

    const lines = await runAndKill(tmp.dbPath, 'hold', (seen) => seen.includes('inside-transaction'));
    expect(lines).toContain('inside-transaction');

    checkIntegrity(tmp.dbPath);
    const after = Library.open({ path: tmp.dbPath });
    expect(after.list('g1').map((a) => a.id)).toEqual([1, kept.id]);
    expect(after.openReport).toEqual({ rebuiltArticles: 0, libraryIndex: 'loaded' });
    expect(after.whoSaid('g1', after.context(kept.id).attribution.quotes[0]!.quote).answers[0]?.article.id).toBe(kept.id);
    after.close();
  }, 30_000);

  it('keeps every committed upload whole when killed at an arbitrary moment of a stream of uploads', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const lines = await runAndKill(tmp.dbPath, 'loop', (seen) => seen.filter((l) => l.startsWith('committed')).length >= 6);
    const committed = lines.filter((l) => l.startsWith('committed')).map((l) => Number(l.split(' ')[1]));

    checkIntegrity(tmp.dbPath);
    const after = Library.open({ path: tmp.dbPath });
    const ids = after.list('g1').filter((a) => a.guildId === 'g1').map((a) => a.id);
    // Everything reported committed is there; at most the one in flight at the kill may also have landed.
    expect(ids.slice(0, committed.length)).toEqual(committed);
    expect(ids.length - committed.length).toBeLessThanOrEqual(1);
    const fixtures = loadFixtures();
    ids.forEach((id, i) => {
      const copy = renamedCopy(fixtures[i % fixtures.length]!, 1 + Math.floor(i / fixtures.length));
      expect(after.store.get(id)!.text).toBe(copy.text);
    });
    // The library index either matched the last commit or is rebuilt to match it.
    const last = after.context(ids.at(-1)!).attribution.quotes[0]!.quote;
    expect(after.whoSaid('g1', last).answers.map((a) => a.article.id)).toContain(ids.at(-1));
    after.close();
  }, 30_000);
});
