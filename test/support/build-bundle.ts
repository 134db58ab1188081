/**
 * Vitest global set-up: build dist/ (scripts/build.mjs, as `npm start`'s prestart does) once before
 * the run, so the end-to-end tests start the same bundle a user's `npm start` runs.
 */
import { execFileSync } from 'node:child_process';
import { ROOT } from '../discord/bot-process.ts';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
