/**
 * The bundle `npm start` runs (dist/, built by the global set-up): its worker threads load as plain
 * JavaScript, with no TypeScript loader, and read an article as the source does. (The e2e tests run
 * index.js itself, its upload worker and its database writer, through the fake Discord.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_PATH } from '../../src/article/load.ts';
import { prepareStory } from '../../src/library/prepare.ts';
import type { PrepareReply } from '../../src/library/prepare-worker.ts';
import type { UploadReply } from '../../src/library/upload-worker.ts';
import { PROJECT_ROOT, workerBoot } from '../../src/project-root.ts';

const bundled = (name: string) => join(PROJECT_ROOT, 'dist', 'workers', `${name}.js`);

function ask<Reply>(file: string, request: unknown, skipFirst = false): Promise<Reply> {
  const worker = new Worker(file, { execArgv: [] }); // no loader: the bundle must stand alone
  return new Promise<Reply>((resolve, reject) => {
    let skipped = !skipFirst;
    worker.on('message', (reply: Reply) => {
      if (!skipped) {
        skipped = true;
        worker.postMessage(request);
        return;
      }
      resolve(reply);
    });
    worker.on('error', reject);
    if (!skipFirst) worker.postMessage(request);
  }).finally(() => worker.terminate());
}

describe('the bundle npm start runs', () => {
  const text = readFileSync(DEFAULT_ARTICLE_PATH, 'utf8');

  it('its article reader (bulk loads) prepares an article exactly as the source does', async () => {
    const reply = await ask<PrepareReply>(bundled('prepare-worker'), { seq: 7, text, publisher: null, withIndex: false });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.seq).toBe(7);
    expect(reply.prepared.attributionJson).toBe(prepareStory(text, null, false).attributionJson);
  });

  it('its upload reader says it is ready, then reads an upload', async () => {
    const reply = await ask<UploadReply>(bundled('upload-worker'), { seq: 3, bytes: new TextEncoder().encode(text), format: 'text' }, true);
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.upload.quotes).toBeGreaterThan(10);
  });

  it('from the sources, a worker is booted through the TypeScript loader', () => {
    expect(workerBoot('upload-worker')).toMatch(/tsx\/esm\/api[\s\S]*src\/library\/upload-worker\.ts/);
  });
});
