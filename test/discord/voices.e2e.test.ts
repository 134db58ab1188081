/**
 * End to end: /voices through the real bot process and the fake Discord. The chart arrives as a
 * PNG attachment (multipart, as Discord takes files) shown inside the answer's embed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { prepareArticle, type ArticleContext } from '../../src/answers/context.ts';
import { answerVoices } from '../../src/answers/voices.ts';
import { DEFAULT_ARTICLE_PATH, loadArticleFile } from '../../src/article/load.ts';
import { fakeUser, sendChatInput } from '../fake-discord/interactions.ts';
import { startFakeDiscord, type FakeDiscord, type UploadedFile } from '../fake-discord/server.ts';
import { startBot, type BotProcess } from './bot-process.ts';

const DEFERRED_REPLY = 5;

let fake: FakeDiscord;
let bot: BotProcess;
let ctx: ArticleContext;

beforeAll(async () => {
  fake = await startFakeDiscord();
  [bot, ctx] = await Promise.all([startBot(fake), loadArticleFile(DEFAULT_ARTICLE_PATH).then(prepareArticle)]);
  await bot.waitForLine(/Logged in as /, 30_000);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('/voices in Discord', () => {
  it('answers with a share-of-voice chart as a PNG attachment of sane size, shown in the embed', async () => {
    const sent = sendChatInput(fake, fakeUser('voices'), 'voices', []);
    const callback = await fake.waitForCallback(sent.id, 15_000);
    expect(callback.type).toBe(DEFERRED_REPLY);
    const edit = await fake.waitForOriginalEdit(sent.token, 15_000);
    const body = edit.body as { embeds: APIEmbed[]; allowed_mentions: { parse: string[] }; files: UploadedFile[]; attachments?: { filename: string }[] };

    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.files).toHaveLength(1);
    const [png] = body.files;
    expect(png!.name).toBe('voices.png');
    expect(png!.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png!.bytes.readUInt32BE(16)).toBe(800); // IHDR width
    expect(png!.bytes.length).toBeGreaterThan(5_000);
    expect(png!.bytes.length).toBeLessThan(500_000);

    const [embed] = body.embeds;
    expect(embed!.image?.url).toBe('attachment://voices.png');
    const top = answerVoices(ctx.attribution).speakers[0]!;
    expect(embed!.description).toContain(`**${top.name}** (${top.kind === 'unnamed' ? 'unnamed source' : top.kind})`);
    expect(embed!.footer!.text).toContain(ctx.article.title);
  });
});
