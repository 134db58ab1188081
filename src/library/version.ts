/**
 * The version persisted indexes are stored under. A restart with the same code loads them; any
 * change to the code that produces them (reader, attribution, search) changes the version, and
 * the library rebuilds them on open — no one has to remember to bump a number.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

/** Bump when the layout of what is stored changes (what each persisted row holds). */
export const INDEX_FORMAT = 1;

/** Folders whose code decides what an article's stored index and attribution contain. */
const SOURCE_FOLDERS = ['src/article', 'src/attribution', 'src/search', 'src/library'];

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(ts|js)$/.test(entry.name)) out.push(join(entry.parentPath ?? folder, entry.name));
  }
  return out.sort();
}

let cached: string | undefined;

/** INDEX_FORMAT and a hash of the source that builds indexes (INDEX_FORMAT alone when that source is not on disk). */
export function indexVersion(): string {
  if (cached !== undefined) return cached;
  const hash = createHash('sha256');
  try {
    for (const folder of SOURCE_FOLDERS) {
      for (const file of sourceFiles(join(PROJECT_ROOT, folder))) {
        hash.update(file.slice(file.lastIndexOf('src')));
        hash.update(readFileSync(file));
      }
    }
    cached = `${INDEX_FORMAT}:${hash.digest('hex').slice(0, 16)}`;
  } catch {
    cached = String(INDEX_FORMAT);
  }
  return cached;
}
