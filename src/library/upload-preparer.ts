/**
 * Uploads are read on a worker thread with a deadline and a memory limit (resourceLimits). The
 * bot's own thread only hands over the bytes and stores what comes back, so a hostile upload
 * (a 2 MB single line, 100,000 nested tags, a page of one punctuation mark) cannot hold up the
 * answers to anyone else or end the process: a worker that runs out of time or memory is ended,
 * the person who uploaded is told the article is too complex to read, and the library is as it was.
 * One worker reads one upload at a time; it is kept warm between uploads and replaced after a kill.
 */
import { Worker } from 'node:worker_threads';
import { ArticleError } from '../article/load.ts';
import { workerBoot } from '../project-root.ts';
import type { ArticleFormat } from './ingest.ts';
import type { PreparedUpload, UploadReply, UploadRequest } from './upload-worker.ts';

export type { PreparedUpload } from './upload-worker.ts';

const WORKER_BOOT = workerBoot('upload-worker');

export interface UploadLimits {
  /** Longest one upload may take to read, once the worker has started. */
  timeoutMs: number;
  /** The worker's heap (old generation), in MB. */
  maxHeapMb: number;
  /** Uploads waiting behind the one being read; past this an upload is refused until later. */
  maxQueued: number;
  /** Longest a worker may take to start (load the code). */
  startTimeoutMs: number;
}

/**
 * Measured (`npm run bench -- --scaling`): a 2 MB article of ordinary paragraphs reads in 8–12 s,
 * its peak at the end (serialising its index); since the index is written term by term it reads
 * with a heap of 88 MB (104 MB refused it before), so 112 MB leaves a quarter to spare. The
 * worker's young generation is 4 MB (see start()). The deadline leaves room for a loaded machine.
 */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { timeoutMs: 60_000, maxHeapMb: 112, maxQueued: 4, startTimeoutMs: 60_000 };

/** Uploads of at least this many bytes end their worker once read (see run()). */
export const RETIRE_AFTER_BYTES = 256 * 1024;

export const UPLOAD_MESSAGES = {
  tooSlow: (seconds: number) =>
    `This article is too complex to read: reading it took longer than ${seconds} s. Try a shorter text, or the plain text of the story.`,
  tooBig: 'This article is too complex to read: it needed more memory than one article may use. Try a shorter text, or the plain text of the story.',
  crashed: 'This article is too complex to read: reading it failed. Try a shorter text, or the plain text of the story.',
  busy: 'The bot is reading several other articles right now; try again in a minute.',
} as const;

interface Job {
  seq: number;
  bytes: Uint8Array;
  format: ArticleFormat;
  resolve: (upload: PreparedUpload) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  ready: Promise<void>;
}

export class UploadPreparer {
  private readonly limits: UploadLimits;
  private running: Running | undefined;
  private readonly queue: Job[] = [];
  private busy = false;
  private seq = 0;
  private closed = false;

  constructor(limits: Partial<UploadLimits> = {}) {
    this.limits = { ...DEFAULT_UPLOAD_LIMITS, ...limits };
  }

  /** Read an upload off the bot's thread. Refusals (and limits hit) are ArticleErrors for the user. */
  prepare(bytes: Uint8Array, format: ArticleFormat): Promise<PreparedUpload> {
    if (this.closed) return Promise.reject(new Error('the upload preparer is closed'));
    if (this.queue.length >= this.limits.maxQueued) return Promise.reject(new ArticleError(UPLOAD_MESSAGES.busy));
    return new Promise<PreparedUpload>((resolve, reject) => {
      this.queue.push({ seq: ++this.seq, bytes, format, resolve, reject });
      void this.drain();
    });
  }

  /** End the worker (shutdown, tests). */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the upload preparer is closed'));
    await this.kill();
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (let job = this.queue.shift(); job; job = this.queue.shift()) {
        try {
          job.resolve(await this.run(job));
        } catch (error) {
          job.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    } finally {
      this.busy = false;
    }
  }

  /** Workers started so far (a large upload's worker is ended once it answers). */
  workersStarted = 0;

  private start(): Running {
    this.workersStarted++;
    const worker = new Worker(WORKER_BOOT, {
      eval: true,
      // A 4 MB young generation (not 16): the 2 MB article's peak RSS 285 → 239 MB, its reading time within noise.
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb, maxYoungGenerationSizeMb: 4, stackSizeMb: 4 },
    });
    worker.unref(); // an idle reader never keeps the process alive
    worker.on('error', () => {}); // reported to the job in progress (run); never an uncaught error
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the article reader did not start in time')), this.limits.startTimeoutMs);
      const onMessage = (message: { ready?: boolean }) => {
        if (!message.ready) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the article reader exited (${code}) while starting`));
      });
    });
    ready.catch(() => {}); // observed by run(); never an unhandled rejection
    return { worker, ready };
  }

  private async kill(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (running) await running.worker.terminate();
  }

  private async run(job: Job): Promise<PreparedUpload> {
    this.running ??= this.start();
    const { worker, ready } = this.running;
    try {
      await ready;
    } catch (error) {
      await this.kill();
      throw error;
    }
    worker.ref(); // a reading in progress keeps the process up until it answers
    return new Promise<PreparedUpload>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: () => void, replace: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        if (replace) void this.kill().then(outcome, outcome);
        else outcome();
      };
      const timer = setTimeout(
        () => finish(() => reject(new ArticleError(UPLOAD_MESSAGES.tooSlow(Math.round(this.limits.timeoutMs / 1000)))), true),
        this.limits.timeoutMs,
      );
      const onMessage = (reply: UploadReply) => {
        if (reply.seq !== job.seq) return;
        // After a large upload the worker's heap stays grown (V8 seldom gives it back): end it, and
        // the next upload starts a fresh one, so an idle bot does not keep ~100 MB for nothing.
        const retire = job.bytes.length >= RETIRE_AFTER_BYTES;
        if (reply.ok) finish(() => resolve(reply.upload), retire);
        else finish(() => reject(reply.refusal ? new ArticleError(reply.message) : new Error(reply.message)), retire);
      };
      const onError = (error: Error & { code?: string }) => {
        const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish(() => reject(new ArticleError(outOfMemory ? UPLOAD_MESSAGES.tooBig : UPLOAD_MESSAGES.crashed)), true);
      };
      const onExit = () => finish(() => reject(new ArticleError(UPLOAD_MESSAGES.crashed)), true);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ seq: job.seq, bytes: job.bytes, format: job.format } satisfies UploadRequest);
    });
  }
}
