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

/**
 * Each result is yielded as soon as it and every one before it are ready, so the caller can store
 * article 1 while the workers still read article 3: a bulk load then takes about as long as the
 * slower of the two, not their sum. Stopping early terminates the workers.
 */
export async function* prepareInOrder(
  items: readonly { text: string; publisher?: string | null }[],
  threads: number = Math.max(1, cpus().length),
  withIndex = true,
): AsyncGenerator<PreparedArticle | Error> {
  if (items.length === 0) return;
  const results: (PreparedArticle | Error | undefined)[] = new Array(items.length);
  let next = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const workers = Array.from({ length: Math.min(threads, items.length) }, () => new Worker(WORKER_BOOT, { eval: true }));
  const send = (worker: Worker) => {
    if (next >= items.length) return;
    const seq = next++;
    const item = items[seq]!;
    worker.postMessage({ seq, text: item.text, publisher: item.publisher ?? null, withIndex } satisfies PrepareRequest);
  };
  for (const worker of workers) {
    worker.on('message', (reply: PrepareReply) => {
      results[reply.seq] = reply.ok ? reply.prepared : new Error(reply.message);
      send(worker);
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    // Two requests in flight per worker: its next article is already queued when it finishes one,
    // even while this thread is busy storing and cannot answer its message at once.
    send(worker);
    send(worker);
  }
  try {
    for (let i = 0; i < items.length; i++) {
      while (results[i] === undefined) {
        if (failure !== undefined) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const result = results[i]!;
      results[i] = undefined; // yielded: the caller owns it now
      yield result;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
