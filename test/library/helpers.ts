import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
}

/** A fresh folder for one test's database; remove() deletes it. */
export function tempDir(): { dir: string; dbPath: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'library-test-'));
  return { dir, dbPath: join(dir, 'library.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Make a file immutable (chattr +i, which stops root too) or writable again; false where the file system has no such flag. */
export function immutable(path: string, on: boolean): boolean {
  try {
    execFileSync('chattr', [on ? '+i' : '-i', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
