/**
 * `npm run build` (run by `npm start` first, as its prestart): bundles the bot into dist/ with
 * esbuild — index.js and one bundle per worker thread — so the running bot is plain JavaScript.
 * Without a TypeScript loader in the process and in every worker thread, the bot idles ~30 MB
 * smaller and each upload's worker starts ~25 MB smaller (test/adversarial/NOTES.md).
 * Packages stay in node_modules (imported, not bundled). Plain .mjs, so it runs before anything is built.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Features esbuild would otherwise rewrite for node20. Its compatibility table marks every Node
 * without the newest Unicode data as lacking `\p{…}` escapes, so each regular expression literal
 * holding one became `new RegExp(…)`, built again on every call of its function (attribution runs
 * such tests per token). Node 20 has these escapes; the literal behaves the same, built once.
 */
const SUPPORTED = { 'regexp-unicode-property-escapes': true };
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'index.ts',
    'workers/upload-worker': 'src/library/upload-worker.ts',
    'workers/prepare-worker': 'src/library/prepare-worker.ts',
    'workers/sqlite-write-worker': 'src/library/sqlite-write-worker.ts',
  },
  outdir: join(root, 'dist'),
  bundle: true,
  // Each dynamic import() becomes its own chunk, so what the code loads only when needed
  // (discord.js for Discord mode, pg for PostgreSQL) is still loaded only then.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported: SUPPORTED,
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  write: false,
});

// Another bot may be running from this folder (two processes with SHARD_IDS on one machine): a
// file whose content is unchanged is left alone, a changed one replaced whole (rename), so a
// running process never reads a half-written file; nothing is deleted that it may still load.
for (const file of result.outputFiles) {
  let same = false;
  try {
    same = readFileSync(file.path).equals(file.contents);
  } catch {
    // not built before
  }
  if (same) continue;
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
