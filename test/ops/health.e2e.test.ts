/**
 * End to end: the real bot (as `npm start` runs it) with HEALTH_PORT set, against the fake Discord:
 * /healthz follows the gateway, /metrics counts what was answered, and every log line is one JSON
 * object without the token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeUser, sendChatInput } from '../fake-discord/interactions.ts';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { FAKE_TOKEN, startBot, type BotProcess } from '../discord/bot-process.ts';

let fake: FakeDiscord;
let bot: BotProcess;
let base: string;

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = await startBot(fake, { HEALTH_PORT: '0' });
  const line = await bot.waitForLine(/health: http:\/\/127\.0\.0\.1:\d+\/healthz/, 30_000);
  base = `http://127.0.0.1:${/127\.0\.0\.1:(\d+)/.exec(line)![1]}`;
  await bot.waitForLine(/Logged in as /, 30_000);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('health and metrics of the running bot', () => {
  it('/healthz says the gateway is connected and the database answers', async () => {
    await expect.poll(async () => (await fetch(`${base}/healthz`)).status, { timeout: 10_000 }).toBe(200);
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', gateway: 'connected', database: 'ok' });
  });

  it('/metrics counts answered commands and reports library size and event-loop lag', async () => {
    const sent = sendChatInput(fake, fakeUser('metrics'), 'help', []);
    await fake.waitForCallback(sent.id, 10_000);
    await expect
      .poll(async () => (await fetch(`${base}/metrics`)).text(), { timeout: 10_000 })
      .toContain('whosaid_interactions_total{kind="command",command="help",outcome="answered"} 1');
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/^whosaid_library_articles [1-9]\d*$/m);
    expect(text).toMatch(/^whosaid_gateway_connected 1$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(text).toMatch(/^whosaid_interaction_duration_seconds_count\{kind="command",command="help"\} 1$/m);
  });

  it('logs one JSON object per line, with level, time and message, and never the token', () => {
    const lines = bot.lines.filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      const entry = JSON.parse(line) as { level: string; time: string; msg: string };
      expect(['info', 'warn', 'error']).toContain(entry.level);
      expect(Number.isNaN(Date.parse(entry.time))).toBe(false);
      expect(typeof entry.msg).toBe('string');
    }
    expect(bot.lines.join('\n')).not.toContain(FAKE_TOKEN);
  });
});
