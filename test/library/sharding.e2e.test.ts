/**
 * `npm start` with more than one shard: the fake Discord recommends two, the bot runs discord.js's
 * ShardingManager, each shard identifies as [id, 2], and interactions for each shard's guild are
 * answered by that shard — from one shared article library.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeUser, MANAGER_PERMISSIONS, attachmentOption, resolvedAttachment, sendChatInput, stringOption, subcommand } from '../fake-discord/interactions.ts';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { startBot, type BotProcess } from '../discord/bot-process.ts';
import { fixtureText } from './helpers.ts';

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await startFakeDiscord({ shards: 2 });
  bot = await startBot(fake);
  await waitFor(() => bot.lines.filter((line) => /Logged in as /.test(line)).length >= 2, 60_000);
}, 90_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; bot log:\n${bot.lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function answerText(sent: { id: string; token: string }): Promise<string> {
  const callback = await fake.waitForCallback(sent.id, 15_000);
  const body = (callback.type === 5 ? (await fake.waitForOriginalEdit(sent.token, 15_000)).body : callback.data) as {
    content?: string;
    embeds?: { title?: string; description?: string }[];
  };
  return [body.content ?? '', ...(body.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}`)].join('\n');
}

describe('sharding', () => {
  it('runs one process per shard when Discord recommends two', () => {
    expect(fake.identifiedShards).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
    expect(bot.lines.join('\n')).toMatch(/shard 0\/2: started[\s\S]*shard 1\/2: started/);
    expect(fake.shardOf(fake.guildIds[0])).toBe(0);
    expect(fake.shardOf(fake.guildIds[1])).toBe(1);
  });

  it('each shard answers the interactions of its own guild', async () => {
    const onFirst = sendChatInput(fake, fakeUser('a'), 'who-said', [stringOption('query', 'the relationship is quite robust')], { guildId: fake.guildIds[0] });
    const onSecond = sendChatInput(fake, fakeUser('b'), 'who-said', [stringOption('query', 'the relationship is quite robust')], { guildId: fake.guildIds[1] });
    expect(await answerText(onFirst)).toMatch(/Artyom Lukin/);
    expect(await answerText(onSecond)).toMatch(/Artyom Lukin/);
  });

  it('an article added through one shard is answered there, from the shared library', async () => {
    const id = snowflake();
    const body = fixtureText('uk-water-fine');
    const url = fake.serveFile('water.txt', body, 'text/plain');
    const added = sendChatInput(fake, fakeUser('admin'), 'article', [subcommand('add', [attachmentOption('file', id)])], {
      guildId: fake.guildIds[1],
      permissions: MANAGER_PERMISSIONS,
      resolved: resolvedAttachment({ id, filename: 'water.txt', size: Buffer.byteLength(body), url }),
    });
    expect(await answerText(added)).toMatch(/Added \*\*#2\*\*/);
    const asked = sendChatInput(fake, fakeUser('c'), 'who-said', [stringOption('query', 'a business decision to put profit before rivers'), stringOption('scope', 'library')], {
      guildId: fake.guildIds[1],
    });
    expect(await answerText(asked)).toMatch(/Caroline Pettit[\s\S]*#2/);
  });
});
