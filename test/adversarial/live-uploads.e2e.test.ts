/**
 * Issue 10, finding 1, end to end: the real bot process against the fake Discord. While each
 * hostile upload is read, another member's /speakers keeps being answered without a stall (the
 * upload is read on a worker thread; the bot's own thread only stores the result, and adds a huge
 * article to the library-wide index a slice at a time), and the upload ends stored and
 * answerable, or refused in plain words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { attachmentOption, fakeUser, MANAGER_PERMISSIONS, resolvedAttachment, sendChatInput, stringOption, subcommand } from '../fake-discord/interactions.ts';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { freshDatabasePath, startBot, type BotProcess } from '../discord/bot-process.ts';
import { HOSTILE_INPUTS, manyParagraphs, manyQuotes, nestedDivs } from './hostile-inputs.ts';
import { longReport } from '../../scripts/generate-articles.ts';

interface Message {
  content?: string;
  embeds?: APIEmbed[];
}

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = await startBot(fake, { DATABASE_PATH: freshDatabasePath() });
  await bot.waitForLine(/Logged in as /, 60_000);
}, 90_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

let users = 0;
const nextUser = () => fakeUser(`member-${++users}`);

function text(message: Message): string {
  return [message.content ?? '', ...(message.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f) => `${f.name} ${f.value}`)])].join('\n');
}

async function finalMessage(sent: { id: string; token: string }, timeoutMs: number): Promise<Message> {
  const callback = await fake.waitForCallback(sent.id, timeoutMs);
  if (callback.type === 5) return (await fake.waitForOriginalEdit(sent.token, timeoutMs)).body as Message;
  return (callback.data ?? {}) as Message;
}

function upload(filename: string, body: string, contentType: string) {
  const url = fake.serveFile(filename, body, contentType);
  const id = snowflake();
  return sendChatInput(fake, nextUser(), 'article', [subcommand('add', [attachmentOption('file', id)])], {
    permissions: MANAGER_PERMISSIONS,
    resolved: resolvedAttachment({ id, filename, size: Buffer.byteLength(body), url, contentType }),
  });
}

/** Send /speakers and time it to its first answer (a deferral counts: Discord's deadline is met). */
async function timedSpeakers(): Promise<number> {
  const started = performance.now();
  const sent = sendChatInput(fake, nextUser(), 'speakers', []);
  await fake.waitForCallback(sent.id, 10_000);
  return performance.now() - started;
}

const byName = (name: string) => HOSTILE_INPUTS.find((h) => h.name === name)!;
/** Longer than any answer took while an upload was read; far shorter than the stalls this guards against. */
const STALL_MS = 2_000;
const TWO_MB = 2_000_000;
const CASES: { name: string; filename: string; type: string; body: () => string; stored?: boolean }[] = [
  { name: '2 MB on a single line', filename: 'line.txt', type: 'text/plain', body: () => byName('single line of prose').make(TWO_MB) },
  { name: '2 MB of one punctuation mark', filename: 'dots.txt', type: 'text/plain', body: () => byName('run of "." (text)').make(TWO_MB) },
  { name: '100,000 nested tags', filename: 'nest.html', type: 'text/html', body: () => nestedDivs(100_000) },
  { name: '40,000 paragraphs', filename: 'many.txt', type: 'text/plain', body: () => manyParagraphs(40_000) },
  { name: '5,000 quotes', filename: 'quotes.txt', type: 'text/plain', body: () => manyQuotes(5_000) },
  // The largest article that is read and stored whole: its stored rows are written on the bot's thread.
  { name: '2 MB of news paragraphs', filename: 'report.txt', type: 'text/plain', body: () => longReport(TWO_MB), stored: true },
];

describe('hostile uploads while the bot is in use', () => {
  it.each(CASES)('$name: /speakers keeps being answered (no stall); the upload stored or refused', async ({ filename, type, body, stored }) => {
    // Warm: the first /speakers of a process loads the article.
    await timedSpeakers();
    const sent = upload(filename, body(), type);
    let outcome: Message | undefined;
    const done = finalMessage(sent, 120_000).then((m) => (outcome = m));
    const latencies: number[] = [];
    while (outcome === undefined) {
      latencies.push(await timedSpeakers());
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 150))]);
    }
    latencies.push(await timedSpeakers());
    expect(latencies.length).toBeGreaterThanOrEqual(2);
    // A stall detector, not a speed test (speed is measured by the bench): before the upload
    // worker, one such upload held every other command for seconds. The 500 ms is met on an
    // idle machine (max 246 ms); under the suite's own parallel load one answer took 568 ms.
    expect(Math.max(...latencies), `latencies (ms): ${latencies.map(Math.round).join(' ')}`).toBeLessThan(STALL_MS);
    if (process.env['LATENCY_LOG']) console.log(`${filename}: /speakers max ${Math.round(Math.max(...latencies))} ms of ${latencies.length}`);
    const said = text(outcome);
    expect(said).toMatch(/Added \*\*#\d+\*\*|too complex|too long|No story|not an article|No article/);
    const added = /Added \*\*#(\d+)\*\*/.exec(said);
    if (stored) expect(added, said).not.toBeNull();
    if (added) {
      // Stored and answerable in bounded time.
      const asked = sendChatInput(fake, nextUser(), 'quotes', [stringOption('article', `#${added[1]}`)]);
      expect(text(await finalMessage(asked, 30_000)).length).toBeGreaterThan(0);
    }
  }, 180_000);
});
