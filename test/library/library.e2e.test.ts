/**
 * The article library end to end: the real bot process (as `npm start` runs it) against the fake
 * Discord, uploads served by the fake on 127.0.0.1 like Discord's CDN serves attachments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { loadFixtures, renamedCopy } from '../../scripts/generate-articles.ts';
import {
  attachmentOption,
  fakeUser,
  MANAGER_PERMISSIONS,
  resolvedAttachment,
  sendAutocomplete,
  sendButton,
  sendChatInput,
  stringOption,
  subcommand,
  type SentOption,
} from '../fake-discord/interactions.ts';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';
import { freshDatabasePath, startBot, type BotProcess } from '../discord/bot-process.ts';
import { fixtureText } from './helpers.ts';
import { prepareArticle } from '../../src/answers/context.ts';
import { ingest } from '../../src/library/ingest.ts';

const EPHEMERAL = 64;

interface Message {
  content?: string;
  embeds?: APIEmbed[];
  flags?: number;
  components?: { components: { custom_id?: string; label?: string }[] }[];
}

let fake: FakeDiscord;
let bot: BotProcess;
const databasePath = freshDatabasePath();

async function start(): Promise<BotProcess> {
  const started = await startBot(fake, { DATABASE_PATH: databasePath, ALLOW_PRIVATE_URLS: 'false' });
  // Generous: on the shared 2-core machine a start (discord.js, the library, the bundled article) can be slow.
  await started.waitForLine(/Logged in as /, 60_000);
  return started;
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = await start();
}, 90_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** The message an interaction produced: its reply, or the edit that followed a deferral. */
async function messageOf(sent: { id: string; token: string }): Promise<{ type: number; flags: number; message: Message }> {
  const callback = await fake.waitForCallback(sent.id, 15_000);
  const flags = Number((callback.data as Message | undefined)?.flags ?? 0);
  if (callback.type === 5) return { type: 5, flags, message: (await fake.waitForOriginalEdit(sent.token, 15_000)).body as Message };
  return { type: callback.type, flags, message: (callback.data ?? {}) as Message };
}

function text(message: Message): string {
  return [message.content ?? '', ...(message.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? ''])].join('\n');
}

let users = 0;
const nextUser = () => fakeUser(`member-${++users}`);

/** A manager uploads a file through /article add file:… (the fake serves it). */
function upload(filename: string, body: string | Buffer, options: { permissions?: string; size?: number; contentType?: string } = {}) {
  const url = fake.serveFile(filename, body, options.contentType ?? 'text/plain; charset=utf-8');
  const id = snowflake();
  return sendChatInput(fake, nextUser(), 'article', [subcommand('add', [attachmentOption('file', id)])], {
    permissions: options.permissions ?? MANAGER_PERMISSIONS,
    resolved: resolvedAttachment({ id, filename, size: options.size ?? Buffer.byteLength(body), url, contentType: options.contentType }),
  });
}

function run(name: string, options: SentOption[] = [], permissions?: string) {
  return messageOf(sendChatInput(fake, nextUser(), name, options, permissions ? { permissions } : {}));
}

const fixtures = loadFixtures();
const water = fixtures.find((f) => f.name === 'uk-water-fine')!;
const waterCopy = renamedCopy(water, 3);

describe('the article library through Discord', () => {
  it('a manager uploads a .txt article; it is listed and answerable by its number', async () => {
    const { type, flags, message } = await messageOf(upload('water.txt', water.text));
    expect(type).toBe(5); // deferred (ephemeral), then the result
    expect(flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(text(message)).toMatch(/Added \*\*#2\*\* “Severnside Water fined record £90m/);

    const listed = await run('articles');
    expect(text(listed.message)).toMatch(/#2` “Severnside Water fined/);
    const answer = await run('who-said', [stringOption('query', 'a business decision to put profit before rivers'), stringOption('article', '#2')]);
    expect(text(answer.message)).toMatch(/Caroline Pettit/);
    expect(text(answer.message)).toMatch(/Severnside Water fined/); // the footer names the article asked about
  });

  it('uploads Markdown and HTML too', async () => {
    const markdown = `# ${renamedCopy(fixtures[0]!, 2).text.replace(/\n\n/, '\n\n')}`;
    const md = await messageOf(upload('oil.md', markdown, { contentType: 'text/markdown' }));
    expect(text(md.message)).toMatch(/Added \*\*#\d+\*\*/);
    const rail = renamedCopy(fixtures.find((f) => f.name === 'us-wire-rail-merger')!, 2);
    const [title, ...paragraphs] = rail.text.split(/\n\s*\n/);
    const html = `<!doctype html><html><head><title>${title}</title></head><body><nav>Home · News</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const page = await messageOf(upload('rail.html', html, { contentType: 'text/html' }));
    expect(text(page.message)).toMatch(/Added \*\*#\d+\*\* “Regulators Approve Merger/);
  });

  it('refuses an upload from a member without Manage Server, a wrong type, a file too large, and a private url', async () => {
    const denied = await messageOf(upload('water2.txt', waterCopy.text, { permissions: '2248473465835073' }));
    expect(denied.type).toBe(4);
    expect(denied.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(text(denied.message)).toMatch(/Manage Server/);

    const wrongType = await messageOf(upload('scan.pdf', '%PDF-1.7 binary', { contentType: 'application/pdf' }));
    expect(text(wrongType.message)).toMatch(/“scan\.pdf” is not an article file: attach a \.txt, \.md, \.html file/);

    const tooLarge = await messageOf(upload('huge.txt', 'small body', { size: 3 * 1024 * 1024 }));
    expect(text(tooLarge.message)).toMatch(/too large \(3\.0 MB; the limit is 2 MB/);

    const privateUrl = await run('article', [subcommand('add', [stringOption('url', `http://127.0.0.1:${fake.port}/article.html`)])], MANAGER_PERMISSIONS);
    expect(text(privateUrl.message)).toMatch(/private network/);
    expect(fake.requests.some((r) => r.path === '/article.html')).toBe(false);

    const removeDenied = await run('article', [subcommand('remove', [stringOption('article', '2')])]);
    expect(text(removeDenied.message)).toMatch(/Manage Server/);
    const listed = await run('articles');
    expect(text(listed.message)).not.toMatch(/Severnside.*\n.*Severnside/);
  });

  it('answers a library-wide /who-said citing two articles', async () => {
    const added = await messageOf(upload('water-copy.txt', waterCopy.text));
    const id = /#(\d+)/.exec(text(added.message))![1];
    const { message } = await run('who-said', [stringOption('query', 'It was a business decision to put profit before the health of rivers'), stringOption('scope', 'library')]);
    const body = text(message);
    expect(body).toMatch(/Caroline Pettit[\s\S]*#2 “Severnside/);
    expect(body).toMatch(new RegExp(`Caroline ${waterCopy.renames.get('Pettit')}[\\s\\S]*#${id} “Severnside`));
    expect(body).toMatch(/Searched every article/);
    // Each answer's "Show context" opens its own article's paragraphs, only to whoever pressed.
    const buttons = (message.components ?? []).flatMap((row) => row.components).filter((b) => b.custom_id?.startsWith('ctx:'));
    expect(buttons.length).toBe(message.embeds!.length);
    const articles = new Set(buttons.map((b) => b.custom_id!.split(':')[1]));
    expect(articles).toEqual(new Set(['2', id]));
    const reader = fakeUser('context-reader');
    const shown = await messageOf(sendButton(fake, reader, buttons.find((b) => b.custom_id!.split(':')[1] === id)!.custom_id!, { ownerId: reader.id }));
    expect(shown.flags).toBe(EPHEMERAL);
    expect(shown.message.embeds![0]!.title).toContain(`Caroline ${waterCopy.renames.get('Pettit')}`);
    expect(shown.message.embeds![0]!.footer!.text).toMatch(/Severnside/);
  });

  it('autocompletes the article option from titles, and /article use changes the default', async () => {
    const sent = sendAutocomplete(fake, nextUser(), 'speakers', [stringOption('article', 'railroads', true)]);
    const callback = await fake.waitForCallback(sent.id);
    const choices = (callback.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((c) => /Railroads/.test(c.name))).toBe(true);

    const used = await run('article', [subcommand('use', [stringOption('article', choices[0]!.value)])], MANAGER_PERMISSIONS);
    expect(text(used.message)).toMatch(/now answers about/);
    const speakers = await run('speakers');
    expect(text(speakers.message)).toMatch(/Regulators Approve Merger/);
  });

  it('keeps the library across a restart', async () => {
    await bot.stop();
    bot = await start();
    const listed = await run('articles');
    expect(text(listed.message)).toMatch(/#2` “Severnside/);
    expect(text(listed.message)).toMatch(/Regulators Approve Merger[^\n]*default/);
    const answer = await run('who-said', [stringOption('query', 'put profit before the health of rivers'), stringOption('article', '2')]);
    expect(text(answer.message)).toMatch(/Caroline Pettit/);
    expect(bot.lines.join('\n')).not.toMatch(/rebuilt/);
  }, 90_000);

  it('a manager removes an article; it is gone from the library', async () => {
    const removed = await run('article', [subcommand('remove', [stringOption('article', '2')])], MANAGER_PERMISSIONS);
    expect(text(removed.message)).toMatch(/Removed \*\*#2\*\*/);
    const listed = await run('articles');
    expect(text(listed.message)).not.toMatch(/#2` /);
    const refused = await run('who-said', [stringOption('query', 'profit'), stringOption('article', '2')]);
    expect(text(refused.message)).toMatch(/no article #2/);
  });

  it('an upload saved as Windows-1252 is decoded, its quotes found, and the manager told how it was read', async () => {
    const used = new Set([water.name, 'us-wire-rail-merger', 'scmp-china-russia-2021']); // already in the library
    const other = fixtures.find((f) => !used.has(f.name) && /[‘’“”]/.test(f.text))!;
    // Encode by the standard table: Latin-1's range as is, curly quotes and dashes at their code points.
    const special: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85, '€': 0x80 };
    const bytes = Buffer.from([...other.text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 0x80 || (ch.charCodeAt(0) >= 0xa0 && ch.charCodeAt(0) < 0x100) ? ch.charCodeAt(0) : 0x3f)));
    const expected = prepareArticle(ingest(Buffer.from(other.text), 'text', 'x').article).attribution.quotes.length;
    const legacy = await messageOf(upload('legacy.txt', bytes, { contentType: 'text/plain' }));
    const added = /(\d+) quotes/.exec(text(legacy.message));
    expect(added, text(legacy.message)).not.toBeNull();
    expect(Number(added![1])).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(text(legacy.message)).toMatch(/read as Windows-1252/);
  });
});
