/**
 * The interaction handler with commands made for the test (one that throws, one that defers, one
 * with a long list), on a real discord.js client logged in to the fake Discord in this process, with
 * a clock the test controls so page expiry can be checked without waiting 15 minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'discord.js';
import { z } from 'zod';
import type { BotCommand } from '../../commands/types.ts';
import type { ArticleContext } from '../../src/answers/context.ts';
import type { QuotesResult } from '../../src/answers/types.ts';
import { buildArticle } from '../../src/article/build.ts';
import { DISCORD_LIMITS } from '../../src/constants.ts';
import { createClient } from '../../src/discord/client.ts';
import { AnswerCache, createInteractionHandler, MESSAGES } from '../../src/discord/interactions.ts';
import { renderedBytes } from '../../src/discord/paging.ts';
import { createLogger } from '../../src/discord/log.ts';
import { fakeUser, sendAutocomplete, sendButton, sendChatInput, stringOption } from '../fake-discord/interactions.ts';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';

const article = buildArticle({ id: 'test', title: 'Test headline', publisher: 'Test Times', paragraphs: ['One.', 'Two.'] });
const ctx = { article, attribution: { quotes: [], speakers: [], mentioned: [] }, index: { articleId: 'test' } } as unknown as ArticleContext;

const definition = (name: string) => ({ name, toJSON: () => ({ name, description: name }) });
const manyQuotes: QuotesResult = {
  command: 'quotes',
  speaker: null,
  quotes: Array.from({ length: 12 }, (_, i) => ({ speaker: `Speaker ${i}`, quote: `Quote number ${i}`, kind: 'direct' as const, paragraphs: [i + 1], via: null })),
};

let countedCalls = 0;

const testCommands: Record<string, BotCommand> = {
  counted: {
    data: definition('counted'),
    schema: z.object({ name: z.string() }),
    defer: true,
    answer: (_ctx, input) => {
      countedCalls += 1;
      return { command: 'quotes', speaker: null, quotes: [{ speaker: (input as { name: string }).name, quote: 'Once', kind: 'direct', paragraphs: [1], via: null }] };
    },
  },
  /** Resolves any spelling of one name to that speaker, as /quotes speaker: does. */
  resolving: {
    data: definition('resolving'),
    schema: z.object({ name: z.string() }),
    defer: false,
    answer: (_ctx, input) => {
      const known = (input as { name: string }).name.trim().toLowerCase() === 'ada';
      return { command: 'quotes', speaker: known ? 'Ada Okafor' : null, quotes: known ? [{ speaker: 'Ada Okafor', quote: 'Once more', kind: 'direct', paragraphs: [2], via: null }] : [] };
    },
  },
  boom: { data: definition('boom'), schema: z.object({}), defer: false, answer: () => { throw new Error('kaboom'); } },
  slowboom: { data: definition('slowboom'), schema: z.object({}), defer: true, answer: () => { throw new Error('late kaboom'); } },
  list: {
    data: definition('list'),
    schema: z.object({ name: z.string().min(3, { error: 'at least 3 letters, please' }) }),
    defer: true,
    answer: () => manyQuotes,
    autocomplete: (_ctx, _option, typed) => Array.from({ length: 40 }, (_, i) => ({ name: `${typed} ${'x'.repeat(150)} ${i}`, value: `v${i}` })),
  },
};

let fake: FakeDiscord;
let client: Client;
const answerCache = new AnswerCache();
let clock = 1_000_000;
const logLines: string[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 300 });
  const logger = createLogger({ write: (line) => logLines.push(line) });
  const handler = createInteractionHandler({ ctx, findCommand: (name) => testCommands[name], logger, now: () => clock, answers: answerCache });
  client = createClient({ apiUrl: fake.apiUrl, logger, onInteraction: handler, cacheLimits: { users: 40, members: 40 } });
  const ready = new Promise((resolve) => client.once('clientReady', resolve));
  await client.login('test.token.value');
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('gateway', () => {
  it('heartbeats are acknowledged, so the connection stays up without reconnecting', async () => {
    await expect.poll(() => fake.gatewayReceived.filter((frame) => frame.op === 1).length, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
    expect(fake.gatewayReceived.filter((frame) => frame.op === 2)).toHaveLength(1);
    expect(fake.gatewayReceived.some((frame) => frame.op === 6)).toBe(false);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });
});

describe('error shielding', () => {
  it('a command that throws gets a short ephemeral notice and one log line, no stack for the user', async () => {
    const sent = sendChatInput(fake, fakeUser('a'), 'boom');
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({ content: MESSAGES.failed, flags: 64, allowed_mentions: { parse: [] } });
    await expect.poll(() => logLines.some((line) => line.includes('/boom') && line.includes('kaboom'))).toBe(true);
  });

  it('a deferred command that throws has its placeholder replaced by the notice', async () => {
    const sent = sendChatInput(fake, fakeUser('b'), 'slowboom');
    expect((await fake.waitForCallback(sent.id)).type).toBe(5);
    const edit = await fake.waitForOriginalEdit(sent.token);
    expect(edit.body).toMatchObject({ content: MESSAGES.failed });
  });

  it('an unknown command is answered, not ignored', async () => {
    const sent = sendChatInput(fake, fakeUser('c'), 'nonexistent');
    expect((await fake.waitForCallback(sent.id)).data).toMatchObject({ content: MESSAGES.unknownCommand, flags: 64 });
  });

  it('a zod failure shows the schema’s message ephemerally, before any deferral', async () => {
    const sent = sendChatInput(fake, fakeUser('d'), 'list', [stringOption('name', 'ab')]);
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({ content: 'That did not work: name: at least 3 letters, please', flags: 64 });
  });
});

describe('direct messages', () => {
  it('answers an interaction from a DM (user, not member)', async () => {
    const sent = sendChatInput(fake, fakeUser('dm'), 'list', [stringOption('name', 'everyone')], { directMessage: true });
    expect((await fake.waitForCallback(sent.id)).type).toBe(5);
    const edit = await fake.waitForOriginalEdit(sent.token);
    expect(JSON.stringify(edit.body)).toContain('Speaker 0');
  });
});

describe('answer cache', () => {
  it('works out a repeated question once and answers the repeat at once, without deferring', async () => {
    const first = sendChatInput(fake, fakeUser('g'), 'counted', [stringOption('name', 'Ada')]);
    expect((await fake.waitForCallback(first.id)).type).toBe(5);
    const firstEdit = await fake.waitForOriginalEdit(first.token);
    const again = await fake.waitForCallback(sendChatInput(fake, fakeUser('h'), 'counted', [stringOption('name', 'Ada')]).id);
    expect(again.type).toBe(4);
    expect((again.data as { embeds: unknown }).embeds).toEqual((firstEdit.body as { embeds: unknown }).embeds);
    expect(countedCalls).toBe(1);
    const other = sendChatInput(fake, fakeUser('i'), 'counted', [stringOption('name', 'Grace')]);
    expect((await fake.waitForCallback(other.id)).type).toBe(5);
    await fake.waitForOriginalEdit(other.token);
    expect(countedCalls).toBe(2);
  });

  it('keeps at most its byte bound, dropping the least recently used', () => {
    const pages = (n: number) => [{ embeds: [{ description: 'x'.repeat(n) }] }];
    const one = renderedBytes(pages(1000));
    const cache = new AnswerCache({ maxBytes: one * 2 + 10 });
    cache.set('a', 'A', pages(1000));
    cache.set('b', 'B', pages(1000));
    cache.get('a');
    cache.set('c', 'C', pages(1000));
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(one * 2 + 10);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(pages(1000));
    // A rendering larger than the whole bound is not kept at all.
    cache.set('huge', 'H', pages(10_000));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.bytes).toBeLessThanOrEqual(one * 2 + 10);
  });

  it('many rendered answers stay within the default bound', () => {
    const cache = new AnswerCache();
    const big = [{ embeds: [{ description: 'y'.repeat(4000) }] }];
    for (let i = 0; i < 5000; i++) cache.set(`q${i}`, `a${i}`, big);
    expect(cache.bytes).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(cache.size).toBeLessThan(5000);
  });

  it('spellings of one speaker share one rendering; spacing variants are one input', async () => {
    const before = answerCache.size;
    const variants = ['ada', 'ADA', 'Ada', 'aDa', '  ada', 'AdA  '];
    for (const [i, name] of variants.entries()) {
      const callback = await fake.waitForCallback(sendChatInput(fake, fakeUser(`variant${i}`), 'resolving', [stringOption('name', name)]).id);
      expect(JSON.stringify(callback.data)).toContain('Ada Okafor');
    }
    expect(answerCache.size).toBe(before + 1);
    expect(answerCache.get(`resolving\u0000null\u0000${JSON.stringify({ name: 'ada' })}`)).toBeDefined();
    expect(answerCache.get(`resolving\u0000null\u0000${JSON.stringify({ name: 'AdA' })}`)).toBeDefined();
  });
});

describe('autocomplete', () => {
  it('cuts any command’s suggestions to 25 choices of at most 100 characters', async () => {
    const sent = sendAutocomplete(fake, fakeUser('e'), 'list', [stringOption('name', 'abc', true)]);
    const callback = await fake.waitForCallback(sent.id);
    const choices = (callback.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices).toHaveLength(DISCORD_LIMITS.autocompleteChoices);
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoiceLength);
    expect(choices[0]!.name.startsWith('abc ')).toBe(true);
  });
});

describe('caches', () => {
  it('stay bounded however many different users interact, keeping the bot’s own user', async () => {
    const sent = Array.from({ length: 100 }, (_, i) => sendAutocomplete(fake, fakeUser(`crowd${i}`), 'list', [stringOption('name', 'abc', true)]));
    await Promise.all(sent.map((s) => fake.waitForCallback(s.id)));
    expect(client.users.cache.size).toBeLessThanOrEqual(40);
    expect(client.guilds.cache.first()!.members.cache.size).toBeLessThanOrEqual(40);
    expect(client.users.cache.has(client.user!.id)).toBe(true);
  });
});

describe('paging through real buttons', () => {
  const owner = fakeUser('owner');
  let nextId = '';

  it('defers, then edits in the first page with buttons', async () => {
    const sent = sendChatInput(fake, owner, 'list', [stringOption('name', 'pages')]);
    expect((await fake.waitForCallback(sent.id)).type).toBe(5);
    const edit = await fake.waitForOriginalEdit(sent.token);
    const body = edit.body as { embeds: { fields: { name: string }[] }[]; components: { components: { custom_id: string; disabled: boolean }[] }[] };
    expect(body.embeds[0]!.fields[0]!.name).toContain('Speaker 0');
    nextId = body.components[0]!.components[2]!.custom_id;
    expect(body.components[0]!.components.map((b) => b.disabled)).toEqual([true, true, false]);
  });

  it('turns pages for the owner until 15 minutes have passed, then says the list expired', async () => {
    clock += DISCORD_LIMITS.interactionTokenMs - 1000;
    const turned = await fake.waitForCallback(sendButton(fake, owner, nextId, { ownerId: owner.id }).id);
    expect(turned.type).toBe(7);
    expect(JSON.stringify(turned.data)).toContain('Speaker 5');

    clock += 1000;
    const late = await fake.waitForCallback(sendButton(fake, owner, nextId, { ownerId: owner.id }).id);
    expect(late.type).toBe(4);
    expect(late.data).toMatchObject({ content: MESSAGES.expired('list'), flags: 64 });
  });

  it('a stranger is told whose pages these are', async () => {
    const callback = await fake.waitForCallback(sendButton(fake, fakeUser('f'), nextId, { ownerId: owner.id }).id);
    expect(callback.data).toMatchObject({ content: MESSAGES.notOwner(owner.id), flags: 64, allowed_mentions: { parse: [] } });
  });
});
