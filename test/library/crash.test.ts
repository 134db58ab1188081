/**
 * A process killed in the middle of an upload loses that upload and nothing else, on both engines:
 * the database is consistent (SQLite's integrity check; every article has its stored index), every
 * committed upload is there byte for byte, and the library reopens and answers.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.ts';
import { loadFixtures, renamedCopy } from '../../scripts/generate-articles.ts';
import { engines, type Location } from './engines.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./upload-child.ts', import.meta.url));

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Run the child until `killWhen` sees a line it likes, then SIGKILL it; resolves with its output. */
function runAndKill(where: string, mode: string, killWhen: (lines: string[]) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // One process (no tsx wrapper), so SIGKILL reaches the uploader itself and leaves no orphan.
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, where, mode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
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

const ORPHANS = 'SELECT COUNT(*) AS n FROM articles a LEFT JOIN article_derived d ON d.article_id = a.id WHERE d.article_id IS NULL';

async function checkIntegrity(location: Location): Promise<void> {
  if (location.path) {
    const db = new Database(location.path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare(ORPHANS).get()).toEqual({ n: 0 });
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    expect((await client.query(`${ORPHANS.replace('COUNT(*)', 'COUNT(*)::int')}`)).rows).toEqual([{ n: 0 }]);
    // No transaction is left open or half-applied: every revision has its logged change.
    const { rows } = await client.query("SELECT (SELECT value FROM library_meta WHERE key = 'revision') AS revision, (SELECT COUNT(*)::int FROM library_changes) AS changes");
    expect(rows[0].revision).toBe(rows[0].changes);
  } finally {
    await client.end();
  }
}

describe.each(engines('crash.test'))('killed during an upload ($name)', (engine) => {
  const where = (location: Location) => location.url ?? location.path!;

  it.skipIf(engine.skip !== null)('loses only the upload in progress', async () => {
    const location = await engine.location('crash-hold');
    cleanup = location.cleanup;
    const before = await Library.open(location);
    const kept = await before.add({ guildId: 'g1', addedBy: 'u', source: 'upload:kept.txt', text: renamedCopy(loadFixtures()[1]!, 1).text });
    await before.close();

    const lines = await runAndKill(where(location), 'hold', (seen) => seen.includes('inside-transaction'));
    expect(lines).toContain('inside-transaction');

    await checkIntegrity(location);
    const after = await Library.open(location);
    expect((await after.list('g1')).map((a) => a.id)).toEqual([1, kept.id]);
    expect(after.openReport).toEqual({ rebuiltArticles: 0, libraryIndex: 'loaded', readOnly: false });
    const quote = (await after.context(kept.id)).attribution.quotes[0]!.quote;
    expect((await after.whoSaid('g1', quote)).answers[0]?.article.id).toBe(kept.id);
    await after.close();
  }, 60_000);

  it.skipIf(engine.skip !== null)('keeps every committed upload whole when killed at an arbitrary moment of a stream of uploads', async () => {
    const location = await engine.location('crash-loop');
    cleanup = location.cleanup;
    const lines = await runAndKill(where(location), 'loop', (seen) => seen.filter((l) => l.startsWith('committed')).length >= 6);
    const committed = lines.filter((l) => l.startsWith('committed')).map((l) => Number(l.split(' ')[1]));

    await checkIntegrity(location);
    const after = await Library.open(location);
    const ids = (await after.list('g1')).filter((a) => a.guildId === 'g1').map((a) => a.id);
    // Everything reported committed is there; at most the one in flight at the kill may also have landed.
    expect(ids.slice(0, committed.length)).toEqual(committed);
    expect(ids.length - committed.length).toBeLessThanOrEqual(1);
    const fixtures = loadFixtures();
    for (const [i, id] of ids.entries()) {
      const copy = renamedCopy(fixtures[i % fixtures.length]!, 1 + Math.floor(i / fixtures.length));
      expect((await after.store.get(id))!.text).toBe(copy.text);
    }
    // The library index either matched the last commit or is caught up (or rebuilt) to match it.
    const last = (await after.context(ids.at(-1)!)).attribution.quotes[0]!.quote;
    expect((await after.whoSaid('g1', last)).answers.map((a) => a.article.id)).toContain(ids.at(-1));
    await after.close();
  }, 60_000);
});
