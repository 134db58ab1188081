/**
 * Worker thread of upload-preparer.ts: reads one upload per message (decode, Markdown or HTML
 * to story text, clean, attribute, index, serialise) and answers with what the library stores.
 * It runs under the preparer's time and memory limits, so nothing an upload does here can stall
 * or exhaust the bot's own thread.
 */
import { parentPort } from 'node:worker_threads';
import { ArticleError } from '../article/load.ts';
import { toStoryText, type ArticleFormat } from './ingest.ts';
import { prepareStory, type PreparedArticle } from './prepare.ts';

export interface UploadRequest {
  seq: number;
  bytes: Uint8Array;
  format: ArticleFormat;
}

export interface PreparedUpload {
  /** The story text that was read (stored, so it can be read again the same way). */
  text: string;
  prepared: PreparedArticle;
  paragraphs: number;
  quotes: number;
}

export type UploadReply =
  | { seq: number; ok: true; upload: PreparedUpload }
  /** `refusal`: an ArticleError whose message is meant for the person who uploaded. */
  | { seq: number; ok: false; refusal: boolean; message: string };

function prepareUpload(bytes: Uint8Array, format: ArticleFormat): PreparedUpload {
  const story = toStoryText(bytes, format);
  const prepared = prepareStory(story.text, story.siteName);
  // Counted here from what was built, so the bot's thread need not parse the article to report it.
  const article = JSON.parse(prepared.articleJson) as { paragraphs: unknown[] };
  const attribution = JSON.parse(prepared.attributionJson) as { quotes: unknown[] };
  return { text: story.text, prepared, paragraphs: article.paragraphs.length, quotes: attribution.quotes.length };
}

parentPort?.on('message', (request: UploadRequest) => {
  let reply: UploadReply;
  try {
    reply = { seq: request.seq, ok: true, upload: prepareUpload(request.bytes, request.format) };
  } catch (error) {
    const refusal = error instanceof ArticleError;
    reply = { seq: request.seq, ok: false, refusal, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort?.postMessage({ ready: true });
