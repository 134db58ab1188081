/**
 * Issue 10, finding 1, end to end: the real bot process against the fake Discord. While each
 * hostile upload is read, another member's /speakers keeps being answered without a stall (the
 * upload is read on a worker thread; a large one is written by another; the bot's own thread
 * adds it to the library-wide index a slice at a time), and the upload ends stored and
 * answerable, or refused in plain words. The latencies themselves: `npm run bench -- --hostile`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { freshDatabasePath, startBot, type BotProcess } from '../discord/bot-process.ts';
import { HOSTILE_CASES, LiveUploads } from './live-upload-scenario.ts';

let fake: FakeDiscord;
let bot: BotProcess;
let live: LiveUploads;

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = await startBot(fake, { DATABASE_PATH: freshDatabasePath() });
  await bot.waitForLine(/Logged in as /, 60_000);
  live = new LiveUploads(fake);
}, 90_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** Longer than any answer took while an upload was read; far shorter than the stalls this guards against. */
const STALL_MS = 2_000;

describe('hostile uploads while the bot is in use', () => {
  it.each(HOSTILE_CASES)('$name: /speakers keeps being answered (no stall); the upload stored or refused', async (hostile) => {
    const { latencies, said, addedId } = await live.run(hostile);
    expect(latencies.length).toBeGreaterThanOrEqual(2);
    // A stall detector, not a speed test (speed is measured by the bench): before the upload
    // worker, one such upload held every other command for seconds.
    expect(Math.max(...latencies), `latencies (ms): ${latencies.map(Math.round).join(' ')}`).toBeLessThan(STALL_MS);
    expect(said).toMatch(/Added \*\*#\d+\*\*|too complex|too long|No story|not an article|No article/);
    if (hostile.stored) expect(addedId, said).not.toBeNull();
    // Stored and answerable in bounded time.
    if (addedId) expect((await live.quotesOf(addedId)).length).toBeGreaterThan(0);
  }, 180_000);
});
