/**
 * Prepare many articles on worker threads (one per core): reading and attributing are CPU-bound
 * and independent, so a bulk load or a rebuild scales with the cores. Results come back in input
 * order; a text that is no article gives an Error in its place.
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerBoot } from '../project-root.ts';
import type { PreparedArticle } from './prepare.ts';
import type { PrepareReply, PrepareRequest } from './prepare-worker.ts';

const WORKER_BOOT = workerBoot('prepare-worker');

export async function prepareMany(
  items: readonly { text: string; publisher?: string | null }[],
  threads: number = Math.max(1, cpus().length),
  withIndex = true,
): Promise<(PreparedArticle | Error)[]> {
  const results: (PreparedArticle | Error)[] = new Array(items.length);
  if (items.length === 0) return results;
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, items.length) }, () => new Worker(WORKER_BOOT, { eval: true }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= items.length) return resolve();
              const seq = next++;
              const item = items[seq]!;
              worker.postMessage({ seq, text: item.text, publisher: item.publisher ?? null, withIndex } satisfies PrepareRequest);
            };
            worker.on('message', (reply: PrepareReply) => {
              results[reply.seq] = reply.ok ? reply.prepared : new Error(reply.message);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
