/**
 * Where the project's files are, whether this code runs from its TypeScript sources (tests,
 * `npm run cli`) or from the bundle `npm start` builds into dist/ (scripts/build.mjs): data files
 * and worker entry points are found from the project's folder, never from this file's own place,
 * which differs between the two.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** True when running from dist/ (plain JavaScript, no TypeScript loader in the process). */
export const RUNNING_BUNDLE = !import.meta.url.endsWith('.ts');

/** The worker threads, each built as its own bundle (dist/workers/NAME.js) next to index.js. */
export type WorkerName = 'upload-worker' | 'prepare-worker' | 'sqlite-write-worker';

/**
 * Code for `new Worker(code, { eval: true })` that loads the named worker: its bundle when the bot
 * runs from dist/; from source, tsx's loader registered in the thread first (Node 20 does not give
 * worker threads the process's loader), then the .ts file.
 */
export function workerBoot(name: WorkerName): string {
  if (RUNNING_BUNDLE) return `import(${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, 'dist', 'workers', `${name}.js`)).href)})`;
  const source = pathToFileURL(join(PROJECT_ROOT, 'src', 'library', `${name}.ts`)).href;
  return `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
}
