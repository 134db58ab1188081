/**
 * "Two machines": two bot processes started as `npm start` would be, with disjoint shard sets
 * (SHARD_IDS=0 and SHARD_IDS=1 of SHARD_COUNT=2) and one PostgreSQL library, against the fake
 * Discord. A server on each; uploads through each; answers in both; one process killed and
 * restarted loses nothing; when the other machine takes over a shard, an article added through
 * the first is answerable there after a /article use.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { attachmentOption, fakeUser, MANAGER_PERMISSIONS, resolvedAttachment, sendChatInput, stringOption, subcommand, type SentOption } from '../fake-discord/interactions.ts';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { FAKE_TOKEN, startBot, type BotProcess } from '../discord/bot-process.ts';
import { freshDatabase, markPostgresRan } from '../support/postgres.ts';
import { fixtureText } from './helpers.ts';

const adminUrl = inject('postgresUrl');
if (!adminUrl) console.warn(`machines.e2e: PostgreSQL tests skipped (${inject('postgresSkipReason')})`);

let fake: FakeDiscord;
let databaseUrl: string;
const running = new Set<BotProcess>();

async function machine(shardIds: string, env: Record<string, string> = {}): Promise<BotProcess> {
  const bot = await startBot(fake, { DATABASE_URL: databaseUrl, SHARD_IDS: shardIds, SHARD_COUNT: '2', ...env });
  running.add(bot);
  // Generous: on the shared 2-core machine a start (discord.js, the library) can be slow.
  await bot.waitForLine(/Logged in as /, 60_000);
  return bot;
}

async function stop(bot: BotProcess, signal: NodeJS.Signals): Promise<void> {
  await bot.stop(signal);
  running.delete(bot);
}

beforeAll(async () => {
  if (!adminUrl) return;
  markPostgresRan('machines.e2e');
  databaseUrl = await freshDatabase(adminUrl, 'machines');
  fake = await startFakeDiscord({ shards: 2 });
}, 30_000);

afterAll(async () => {
  for (const bot of running) await bot.stop();
  await fake?.close();
});

async function answerText(sent: { id: string; token: string }): Promise<string> {
  const callback = await fake.waitForCallback(sent.id, 20_000);
  const body = (callback.type === 5 ? (await fake.waitForOriginalEdit(sent.token, 20_000)).body : callback.data) as {
    content?: string;
    embeds?: { title?: string; description?: string; footer?: { text?: string } }[];
  };
  return [body.content ?? '', ...(body.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}\n${e.footer?.text ?? ''}`)].join('\n');
}

function ask(guild: number, name: string, options: SentOption[], permissions?: string): Promise<string> {
  return answerText(sendChatInput(fake, fakeUser(`member-${snowflake()}`), name, options, { guildId: fake.guildIds[guild], ...(permissions ? { permissions } : {}) }));
}

function upload(guild: number, filename: string, body: string): Promise<string> {
  const id = snowflake();
  const url = fake.serveFile(filename, body, 'text/plain');
  return answerText(
    sendChatInput(fake, fakeUser('admin'), 'article', [subcommand('add', [attachmentOption('file', id)])], {
      guildId: fake.guildIds[guild],
      permissions: MANAGER_PERMISSIONS,
      resolved: resolvedAttachment({ id, filename, size: Buffer.byteLength(body), url }),
    }),
  );
}

const RIVERS = 'a business decision to put profit before the health of rivers';
const MERGER = 'the merger will give shippers a single line';
const library = stringOption('scope', 'library');

describe.skipIf(!adminUrl)('two machines, one PostgreSQL library', () => {
  let first: BotProcess;
  let second: BotProcess;

  it('each process identifies only its own shards', async () => {
    // The second machine also serves health and metrics, and logs JSON.
    [first, second] = await Promise.all([machine('0'), machine('1', { HEALTH_PORT: '0', LOG_FORMAT: 'json' })]);
    expect(fake.identifiedShards).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
    expect(fake.identifiedShards).toHaveLength(2);
    expect(first.lines.join('\n')).toMatch(/shards 0 of 2/);
    expect(second.lines.join('\n')).toMatch(/shards 1 of 2/);
  }, 90_000);

  it('an upload in each server; each answers its own, and both answer from the bundled article', async () => {
    expect(await upload(0, 'water.txt', fixtureText('uk-water-fine'))).toMatch(/Added \*\*#2\*\*/);
    expect(await upload(1, 'rail.txt', fixtureText('us-wire-rail-merger'))).toMatch(/Added \*\*#3\*\*/);
    expect(await ask(0, 'who-said', [stringOption('query', RIVERS), library])).toMatch(/Caroline Pettit[\s\S]*#2/);
    expect(await ask(1, 'who-said', [stringOption('query', MERGER), library])).toMatch(/Daniel Okafor[\s\S]*#3/);
    // A server's library is its own, wherever it is served.
    expect(await ask(1, 'who-said', [stringOption('query', RIVERS), library])).not.toMatch(/Caroline Pettit/);
    for (const guild of [0, 1]) expect(await ask(guild, 'who-said', [stringOption('query', 'the relationship is quite robust')])).toMatch(/Artyom Lukin/);
  }, 60_000);

  it('serves /healthz and /metrics, and logs JSON lines without the token', async () => {
    const line = await second.waitForLine(/health: \/healthz and \/metrics on http:\/\/127\.0\.0\.1:\d+/);
    const base = /http:\/\/127\.0\.0\.1:\d+/.exec(line)![0];
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', gateway: 'connected', database: 'reachable' });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^whosaid_interactions_total\{command="who-said",outcome="answered"\} [1-9]/m);
    expect(metrics).toMatch(/^whosaid_interactions_total\{command="article",outcome="answered"\} 1$/m);
    expect(metrics).toMatch(/^whosaid_library_articles 3$/m);
    expect(metrics).toMatch(/^nodejs_eventloop_lag_seconds /m);
    const logged = second.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { level: string; msg: string; shards: number[] });
    expect(logged.find((l) => /Logged in as /.test(l.msg))).toMatchObject({ level: 'info', shards: [1] });
    expect(second.lines.join('\n')).not.toContain(FAKE_TOKEN);
  });

  it('a process killed and restarted loses nothing', async () => {
    await stop(first, 'SIGKILL');
    first = await machine('0');
    expect(await ask(0, 'articles', [])).toMatch(/#2` “Severnside/);
    expect(await ask(0, 'who-said', [stringOption('query', RIVERS), library])).toMatch(/Caroline Pettit[\s\S]*#2/);
    expect(first.lines.join('\n')).not.toMatch(/rebuilt/);
  }, 90_000);

  it('when the other machine takes over a shard, an article added through the first answers there after /article use', async () => {
    await stop(first, 'SIGTERM');
    await stop(second, 'SIGTERM');
    // The second machine now runs both shards; #2 was added through the first.
    second = await machine('0,1');
    expect(await ask(0, 'article', [subcommand('use', [stringOption('article', '2')])], MANAGER_PERMISSIONS)).toMatch(/now answers about/);
    expect(await ask(0, 'who-said', [stringOption('query', RIVERS)])).toMatch(/Caroline Pettit/);
    expect(await ask(0, 'who-said', [stringOption('query', RIVERS), library])).toMatch(/Caroline Pettit[\s\S]*#2/);
    expect(await ask(1, 'who-said', [stringOption('query', MERGER), library])).toMatch(/Daniel Okafor[\s\S]*#3/);
  }, 90_000);
});
