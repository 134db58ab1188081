/** Worker thread of prepare-pool.ts: prepares one article per message. */
import { parentPort } from 'node:worker_threads';
import { prepareStory } from './prepare.ts';

export interface PrepareRequest {
  seq: number;
  text: string;
  publisher: string | null;
  withIndex: boolean;
}

export type PrepareReply =
  | { seq: number; ok: true; prepared: ReturnType<typeof prepareStory> }
  | { seq: number; ok: false; message: string };

parentPort?.on('message', (request: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { seq: request.seq, ok: true, prepared: prepareStory(request.text, request.publisher, request.withIndex) };
  } catch (error) {
    reply = { seq: request.seq, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
