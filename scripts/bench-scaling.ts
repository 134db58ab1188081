/**
 * `npm run bench -- --scaling`: how reading an upload and /summary grow with the article's size
 * (issue 10). Articles of 10 KB, 100 KB, 1 MB and 2 MB are made of the labelled fixtures' stories,
 * each copy with its people renamed (scripts/generate-articles.ts), one after another under one
 * headline, three of their paragraphs to one. For each size:
 * - preparation: the upload read on the worker thread as /article add reads it (decode, clean,
 *   attribute, index, serialise), from the request to the answer
 * - context: the prepared article loaded on the bot's thread as the library loads it on first use
 * - /summary of 5 sentences on it
 * - peak resident memory of this process (the worker's included) while the upload is read
 * Targets: growth from 100 KB to 2 MB at most ~25× (linear-ish), peak RSS under 300 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { longReport as articleOf } from './generate-articles.ts';

const SIZES = [10_000, 100_000, 1_000_000, 2_000_000];
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1024 / 1024);

/** One size, measured in this process (run by scaling() in a child of its own, for a clean RSS). */
async function measureSize(size: number, file: string): Promise<Record<string, number | string>> {
  const { UploadPreparer } = await import('../src/library/upload-preparer.ts');
  const { buildIndex } = await import('../src/search/index.ts');
  const { summary } = await import('../src/answers/summary.ts');
  const { articleFromJson } = await import('../src/library/prepare.ts');
  const preparer = new UploadPreparer();
  try {
    const text = readFileSync(file, 'utf8');
    await preparer.prepare(new TextEncoder().encode(text.slice(0, 5_000)), 'text'); // the worker started
    const bytes = new TextEncoder().encode(text);
    const baseRss = process.memoryUsage().rss;
    let peak = baseRss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const t0 = performance.now();
    const label = size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`;
    let upload: Awaited<ReturnType<typeof preparer.prepare>>;
    try {
      upload = await preparer.prepare(bytes, 'text');
    } catch (error) {
      // Refused (a limit of the worker): reported as such, with what it cost until then.
      clearInterval(sampler);
      return { size: label, bytes: bytes.length, refused: (error as Error).message.slice(0, 90), prepareMs: Math.round(performance.now() - t0), peakRssMB: mb(Math.max(peak, process.memoryUsage().rss)) };
    }
    const prepareMs = performance.now() - t0;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const t1 = performance.now();
    const article = { ...articleFromJson(upload.prepared.articleJson), id: 'scaling' };
    const attribution = JSON.parse(upload.prepared.attributionJson);
    const ctx = { article, attribution, index: buildIndex(article, attribution, upload.prepared.searchJson ?? undefined) };
    const contextMs = performance.now() - t1;
    const summaryTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      summary(ctx, 5);
      summaryTimes.push(performance.now() - t);
    }
    summaryTimes.sort((a, b) => a - b);
    return {
      size: label,
      bytes: bytes.length,
      paragraphs: upload.paragraphs,
      quotes: upload.quotes,
      prepareMs: Math.round(prepareMs),
      contextMs: Math.round(contextMs),
      summaryMs: round(summaryTimes[2]!, 2),
      peakRssMB: mb(peak),
      beforeRssMB: mb(baseRss),
      contextRssMB: mb(process.memoryUsage().rss),
    };
  } finally {
    await preparer.close();
  }
}

export async function scaling(): Promise<Record<string, unknown>> {
  const rows: Record<string, number | string>[] = [];
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-scaling-'));
  try {
    for (const size of SIZES) {
      // Made here and read from a file by the child, so the child's memory is the bot's: its code,
      // the upload's bytes and the worker reading them (the generator's data would add ~100 MB).
      const file = join(dir, `${size}.txt`);
      writeFileSync(file, articleOf(size));
      const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--size', String(size), file], { encoding: 'utf8', maxBuffer: 1 << 20 });
      rows.push(JSON.parse(out) as Record<string, number | string>);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const at = (label: string) => rows.find((r) => r.size === label)!;
  // From 100 KB to the largest size that was read (2 MB, unless the worker refused it).
  const largest = [...rows].reverse().find((r) => r.refused === undefined) ?? at('100 KB');
  const growth = (key: string) => round(Number(largest[key]) / Math.max(1e-9, Number(at('100 KB')[key])));
  return {
    rows,
    growthFrom100KB: { to: largest.size, bytes: growth('bytes'), prepare: growth('prepareMs'), summary: growth('summaryMs') },
    peakRssMB: Math.max(...rows.map((r) => Number(r.peakRssMB))),
    targets: { growth100KBto2MBAtMost: 25, peakRssMBUnder: 300 },
    machine: { cpus: os.cpus().length, loadAverage1m: round(os.loadavg()[0]!, 2) },
  };
}


const sizeArg = process.argv.indexOf('--size');
if (sizeArg >= 0) console.log(JSON.stringify(await measureSize(Number(process.argv[sizeArg + 1]), process.argv[sizeArg + 2]!)));
else if (process.argv[1]?.endsWith('bench-scaling.ts')) console.log(JSON.stringify(await scaling(), null, 2));
