/**
 * End to end: the real bot process (as `npm start` runs it) against the fake Discord. One bot is
 * shared by the whole file; each test uses fresh users so the per-user cooldown never interferes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits, PermissionFlagsBits, type APIEmbed } from 'discord.js';
import { inviteUrl } from '../../scripts/invite.ts';
import { commands, findCommand } from '../../commands/index.ts';
import { prepareArticle, type ArticleContext } from '../../src/answers/context.ts';
import { DEFAULT_ARTICLE_PATH, loadArticleFile } from '../../src/article/load.ts';
import { BOT_LIMITS, DISCORD_LIMITS } from '../../src/constants.ts';
import { render } from '../../src/discord/render.ts';
import {
  fakeUser,
  integerOption,
  sendAutocomplete,
  sendButton,
  sendChatInput,
  sendMessageCommand,
  channelMessage,
  stringOption,
  type FakeUser,
  type SentOption,
} from '../fake-discord/interactions.ts';
import { startFakeDiscord, type FakeDiscord, type InteractionCallback } from '../fake-discord/server.ts';
import { FAKE_TOKEN, startBot, type BotProcess } from './bot-process.ts';

const EPHEMERAL = 64;
const CALLBACK = { reply: 4, deferredReply: 5, update: 7, autocomplete: 8 } as const;

interface Message {
  content?: string;
  embeds?: APIEmbed[];
  components?: { components: { custom_id?: string; label?: string; disabled?: boolean }[] }[];
  allowed_mentions?: { parse: string[] };
  flags?: number;
}

let fake: FakeDiscord;
let bot: BotProcess;
let ctx: ArticleContext;

beforeAll(async () => {
  fake = await startFakeDiscord();
  [bot, ctx] = await Promise.all([
    startBot(fake),
    loadArticleFile(DEFAULT_ARTICLE_PATH).then(prepareArticle),
  ]);
  await bot.waitForLine(/Logged in as /);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** The message a command produced: the callback's own data, or the edit that followed a deferral. */
async function messageFor(sent: { id: string; token: string }): Promise<{ callback: InteractionCallback; message: Message }> {
  const callback = await fake.waitForCallback(sent.id);
  if (callback.type === CALLBACK.deferredReply) {
    const edit = await fake.waitForOriginalEdit(sent.token);
    return { callback, message: edit.body as Message };
  }
  return { callback, message: (callback.data ?? {}) as Message };
}

async function run(user: FakeUser, name: string, options: SentOption[] = []) {
  return messageFor(sendChatInput(fake, user, name, options));
}

/** The Previous / n of N / Next buttons of a message. */
function pageRow(message: Message) {
  return message.components!.find((row) => row.components.some((b) => b.custom_id?.startsWith('page:')))!.components;
}

/** The "Show context" buttons of a message, in order. */
function contextButtons(message: Message) {
  return (message.components ?? []).flatMap((row) => row.components).filter((b) => b.custom_id?.startsWith('ctx:'));
}

/** Valid options for any command, read from its registered definition. */
function sampleOptions(name: string): SentOption[] {
  const json = findCommand(name)!.data.toJSON();
  return (json.options ?? [])
    .filter((option) => 'required' in option && option.required)
    .map((option) => (option.type === 4 ? integerOption(option.name, 'min_value' in option ? (option.min_value ?? 1) : 1) : stringOption(option.name, 'summit')));
}

/** Varied, valid options for the i-th interaction of the burst, so no two neighbours ask the same. */
const BURST_QUESTIONS = ['summit', 'relations between the two countries', 'Washington', 'a wedge between Moscow and Beijing', 'the best in history', 'professor', 'strategic coordination', 'Biden', 'Geneva', 'military conflict'];
function burstOptions(name: string, i: number): SentOption[] {
  const word = BURST_QUESTIONS[i % BURST_QUESTIONS.length]!;
  const speakers = ctx.attribution.speakers;
  switch (name) {
    case 'who-said':
      return [stringOption('query', word)];
    case 'ask':
      return [stringOption('question', `What about ${word}?`)];
    case 'summary':
      return [integerOption('sentences', BOT_LIMITS.summaryMin + (i % BOT_LIMITS.summaryMax))];
    case 'quotes':
      return speakers.length > 0 && i % 3 !== 0 ? [stringOption('speaker', speakers[i % speakers.length]!.name)] : [];
    default:
      return sampleOptions(name);
  }
}

function sampleInput(options: SentOption[]): Record<string, unknown> {
  return Object.fromEntries(options.map((option) => [option.name, option.value]));
}

/** What the bot should have sent, computed in-process from the same answer and render functions. */
function expectedEmbeds(name: string, options: SentOption[]): APIEmbed[] {
  const command = findCommand(name)!;
  const input = command.schema.parse(sampleInput(options));
  return JSON.parse(JSON.stringify(render(command.answer(ctx, input), ctx.article)[0]!.embeds)) as APIEmbed[];
}

describe('the bot against a fake Discord', () => {
  it('identifies with only the Guilds intent and its token, over plain JSON', () => {
    const identify = fake.gatewayReceived.find((frame) => frame.op === 2)!;
    const d = identify.d as { token: string; intents: number; compress?: boolean };
    expect(d.token).toBe(FAKE_TOKEN);
    expect(d.intents).toBe(1);
    expect(d.compress).not.toBe(true);
  });

  it.each(commands.map((command) => command.data.name))('/%s answers with the rendered result and pings nobody', async (name) => {
    const options = sampleOptions(name);
    const { callback, message } = await run(fakeUser(`user-${name}`), name, options);
    expect([CALLBACK.reply, CALLBACK.deferredReply]).toContain(callback.type);
    expect(callback.type === CALLBACK.deferredReply).toBe(findCommand(name)!.defer);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds).toEqual(expectedEmbeds(name, options));
    expect(message.embeds!.length).toBeGreaterThan(0);
    expect(message.embeds!.at(-1)!.footer!.text).toContain(ctx.article.title);
  });

  it('/who-said that nobody answers shows the closest statements as a separate section, not as an answer', async () => {
    const options = [stringOption('query', 'who said Washington will lift sanctions on Russia next year')];
    const { message } = await run(fakeUser('near-miss'), 'who-said', options);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds).toEqual(expectedEmbeds('who-said', options));
    const [answer, nearMiss] = message.embeds!;
    expect(answer!.description).toMatch(/^No one in the article says that/);
    expect(nearMiss!.title).toMatch(/not a match/i);
    expect(nearMiss!.fields!.length).toBeGreaterThan(0);
    expect(nearMiss!.fields!.length).toBeLessThanOrEqual(3);
    for (const field of nearMiss!.fields!) expect(field.name).toMatch(/ · ¶\d+$/);
  });

  it('/help lists every command', async () => {
    const { message } = await run(fakeUser('helper'), 'help');
    const usages = message.embeds![0]!.fields!.map((field) => field.name);
    for (const command of commands) expect(usages.some((usage) => usage.startsWith(`/${command.data.name}`))).toBe(true);
  });

  it('/quotes speaker:<surname> gives that speaker’s quotes with ¶ citations', async () => {
    const speaker = ctx.attribution.speakers[0];
    expect(speaker, 'the default article has quoted speakers').toBeDefined();
    const surname = speaker!.name.split(/\s+/).at(-1)!;
    const { message } = await run(fakeUser('quoter'), 'quotes', [stringOption('speaker', surname.toLowerCase())]);
    const fields = message.embeds![0]!.fields!;
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field.value).toMatch(/¶\d+/);
    }
    expect(message.embeds![0]!.title).toContain(speaker!.name);
  });

  it('autocompletes speakers from a few typed letters, within 25 choices of ≤100 characters', async () => {
    const speaker = ctx.attribution.speakers[0];
    expect(speaker).toBeDefined();
    const typed = speaker!.name.split(/\s+/).at(-1)!.slice(0, 3).toLowerCase();
    const sent = sendAutocomplete(fake, fakeUser('typist'), 'quotes', [stringOption('speaker', typed, true)]);
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.type).toBe(CALLBACK.autocomplete);
    const choices = (callback.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoiceLength);
      expect(choice.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoiceLength);
    }
    expect(choices.map((choice) => choice.value)).toContain(speaker!.name);
  });

  it('a speaker never suggested gets "No speaker named X — did you mean …?", ephemerally', async () => {
    const speaker = ctx.attribution.speakers[0]!;
    const misspelt = `${speaker.name.slice(0, -2)}xx`; // two slips: suggested, not guessed
    const { message } = await run(fakeUser('guesser'), 'quotes', [stringOption('speaker', misspelt)]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toContain(`No speaker named **${misspelt}**`);
    expect(message.content).toContain('did you mean');
    expect(message.content).toContain(speaker.name);
  });

  it('a name one slip from a speaker’s answers for that speaker and says so', async () => {
    const speaker = ctx.attribution.speakers.find((s) => s.name.split(' ').at(-1)!.length >= 5)!;
    const surname = speaker.name.split(' ').at(-1)!;
    const slipped = `${surname.slice(0, 2)}${surname.slice(3)}`; // one letter dropped
    const { message } = await run(fakeUser('slipper'), 'quotes', [stringOption('speaker', slipped)]);
    expect(message.flags ?? 0).toBe(0);
    expect(message.embeds![0]!.title).toContain(speaker.name);
    expect(message.embeds![0]!.description).toContain(`No speaker is called **${slipped}**`);
  });

  describe('paging', () => {
    const owner = fakeUser('owner');
    let nextId: string;
    let key: string;

    it('a long quote list comes with Previous/Next buttons', async () => {
      const pages = Math.ceil(ctx.attribution.quotes.length / BOT_LIMITS.quotesPerPage);
      expect(pages, 'the default article has more than one page of quotes').toBeGreaterThan(1);
      const { message } = await run(owner, 'quotes');
      const buttons = pageRow(message);
      expect(buttons.map((b) => b.disabled)).toEqual([true, true, false]);
      expect(buttons[1]!.label).toBe(`1/${pages}`);
      nextId = buttons[2]!.custom_id!;
      key = nextId.split(':')[2]!;
      expect(message.embeds![0]!.footer!.text).toContain(`Page 1/${pages}`);
    });

    it('the owner turns to page 2 (message updated in place)', async () => {
      const sent = sendButton(fake, owner, nextId, { ownerId: owner.id });
      const callback = await fake.waitForCallback(sent.id);
      expect(callback.type).toBe(CALLBACK.update);
      const message = callback.data as Message;
      expect(message.embeds![0]!.footer!.text).toMatch(/Page 2\/\d+/);
      expect(pageRow(message)[0]!.disabled).toBe(false);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      const secondPage = ctx.attribution.quotes[BOT_LIMITS.quotesPerPage]!;
      expect(message.embeds![0]!.fields![0]!.value).toContain(`¶${secondPage.paragraphs[0]}`);
    });

    it('someone else pressing gets an ephemeral "only X can turn these pages"', async () => {
      const sent = sendButton(fake, fakeUser('stranger'), nextId, { ownerId: owner.id });
      const { message } = await messageFor(sent);
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.content).toContain(`Only <@${owner.id}> can turn these pages`);
      expect(message.allowed_mentions).toEqual({ parse: [] });
    });

    it('pages the bot no longer holds (expired, or from before a restart) say so politely', async () => {
      const stale = nextId.replace(key, 'abcdef000000');
      const { message } = await messageFor(sendButton(fake, owner, stale, { ownerId: owner.id }));
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.content).toBe('This list has expired — run /quotes again.');
    });
  });


  describe('“Who said this?” on a message, “Show context”, “Share in channel”', () => {
    const asker = fakeUser('right-clicker');
    const quote = () => ctx.attribution.quotes.find((q) => q.kind === 'direct' && q.quote.split(' ').length >= 8)!;
    let shareId: string;
    let answerEmbeds: APIEmbed[];

    it('answers the message’s text as /who-said does, only to the one who asked, with a share button', async () => {
      const q = quote();
      expect(q, 'the default article has a direct quote of 8+ words').toBeDefined();
      const pasted = channelMessage(fake, fakeUser('poster'), `Someone said “${q.quote.split(' ').slice(0, 10).join(' ')}” — who?`);
      const { callback, message } = await messageFor(sendMessageCommand(fake, asker, 'Who said this?', pasted));
      expect(callback.type).toBe(CALLBACK.reply);
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      const first = message.embeds![0]!;
      expect(first.title).toMatch(/^Who said “/);
      expect(first.description).toContain(q.speaker);
      const described = ctx.attribution.speakers.find((s) => s.name === q.speaker)?.description;
      if (described) expect(first.description).toContain(described.slice(0, 20));
      expect(first.description).toMatch(/¶\d+/);
      const buttons = (message.components ?? []).flatMap((row) => row.components);
      const shareButton = buttons.find((b) => b.label === 'Share in channel')!;
      expect(shareButton.custom_id).toMatch(new RegExp(`^share:[a-z0-9]+:${asker.id}$`));
      expect(contextButtons(message).length).toBe(message.embeds!.length);
      shareId = shareButton.custom_id!;
      answerEmbeds = message.embeds!;
    });

    it('“Share in channel” posts the same answer for everyone (not ephemeral), without the share button', async () => {
      const { callback, message } = await messageFor(sendButton(fake, asker, shareId, { ownerId: asker.id }));
      expect(callback.type).toBe(CALLBACK.reply);
      expect(message.flags ?? 0).toBe(0);
      expect(message.embeds).toEqual(answerEmbeds);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect((message.components ?? []).flatMap((row) => row.components).some((b) => b.label === 'Share in channel')).toBe(false);
      expect(contextButtons(message).length).toBeGreaterThan(0);
    });

    it('someone else cannot share another person’s answer', async () => {
      const { message } = await messageFor(sendButton(fake, fakeUser('meddler'), shareId, { ownerId: asker.id }));
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.content).toContain(`Only <@${asker.id}> can share`);
    });

    it('a message with no text gets a short ephemeral explanation', async () => {
      const { message } = await messageFor(sendMessageCommand(fake, fakeUser('empty'), 'Who said this?', channelMessage(fake, asker, '')));
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.content).toMatch(/no text to look up/);
    });

    it('every /who-said answer has “Show context”: the paragraph and the one before, quote in bold, only to whoever pressed', async () => {
      const q = quote();
      const { message } = await run(fakeUser('context-asker'), 'who-said', [stringOption('query', q.quote.split(' ').slice(0, 8).join(' '))]);
      const [button] = contextButtons(message);
      expect(button?.label).toMatch(/Show context ¶\d+/);
      const presser = fakeUser('context-reader');
      const { callback, message: shown } = await messageFor(sendButton(fake, presser, button!.custom_id!, { ownerId: presser.id }));
      expect(callback.type).toBe(CALLBACK.reply);
      expect(shown.flags).toBe(EPHEMERAL);
      expect(shown.allowed_mentions).toEqual({ parse: [] });
      const n = Number(/¶(\d+)/.exec(button!.label!)![1]);
      const description = shown.embeds![0]!.description!;
      expect(description).toContain(`**¶${n}**`);
      if (n > 1) expect(description).toContain(`**¶${n - 1}**`);
      expect(description).toMatch(/\*\*[^¶*][^*]{10,}\*\*/);
      expect(shown.embeds![0]!.title).toContain(q.speaker);
    });

    it('every /quotes page has one “Show context” per quote, and turning the page keeps them in step', async () => {
      const owner = fakeUser('quotes-context');
      const { message } = await run(owner, 'quotes');
      expect(contextButtons(message).length).toBe(message.embeds![0]!.fields!.length);
      const next = pageRow(message)[2]!.custom_id!;
      const turned = (await fake.waitForCallback(sendButton(fake, owner, next, { ownerId: owner.id }).id)).data as Message;
      const second = ctx.attribution.quotes[BOT_LIMITS.quotesPerPage]!;
      expect(contextButtons(turned)[0]!.label).toContain(`¶${second.paragraphs[0]}`);
    });

    it('a context button for the one article of a bot without a library (ctx:a:…) shows that article’s paragraph', async () => {
      const q = ctx.attribution.quotes[0]!;
      const { message } = await messageFor(sendButton(fake, asker, `ctx:a:0:${q.paragraphs[0]}`, { ownerId: asker.id }));
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.embeds![0]!.description).toContain(`**¶${q.paragraphs[0]}**`);
      expect(message.embeds![0]!.title).toContain(q.speaker);
    });

    it('a forged context button names a quote that does not exist: a polite refusal', async () => {
      const { message } = await messageFor(sendButton(fake, asker, 'ctx:a:99999:1', { ownerId: asker.id }));
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.content).toMatch(/no longer in the library|expired/);
    });
  });

  it('the invite URL (npm run invite) is for this application and asks for what the bot uses: Embed Links, no privileged intents', async () => {
    const url = new URL(inviteUrl(fake.applicationId));
    expect(url.searchParams.get('client_id')).toBe(fake.applicationId);
    expect(url.searchParams.get('scope')!.split(' ').sort()).toEqual(['applications.commands', 'bot']);
    const permissions = BigInt(url.searchParams.get('permissions')!);
    expect(permissions).toBe(PermissionFlagsBits.EmbedLinks);
    // Replies the bot sent carry embeds (hence Embed Links) ...
    expect(fake.callbacks.some((c) => ((c.data as Message | undefined)?.embeds ?? []).length > 0)).toBe(true);
    // ... and it identified with the Guilds intent alone (1): nothing privileged to switch on.
    const identify = fake.gatewayReceived.find((frame) => frame.op === 2)!;
    expect((identify.d as { intents: number }).intents).toBe(Number(GatewayIntentBits.Guilds));
  });

  describe('hostile input', () => {
    const queryCommand = () => findCommand('who-said');

    it('@everyone in a query pings nobody and Markdown is escaped', async () => {
      expect(queryCommand()).toBeDefined();
      const { message } = await run(fakeUser('pinger'), 'who-said', [stringOption('query', '@everyone **who** said <@&123> the summit?')]);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      const shown = JSON.stringify(message.embeds);
      expect(shown).toContain('\\\\*\\\\*who\\\\*\\\\*');
      expect(shown).not.toContain('**who**');
    });

    it('@everyone as a speaker name pings nobody either', async () => {
      const { message } = await run(fakeUser('pinger2'), 'quotes', [stringOption('speaker', '@everyone')]);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(message.content).toContain('@everyone');
    });

    it('a 6,000-character query gets a short ephemeral refusal, not an echo', async () => {
      const long = 'who said the summit would be important '.repeat(160).slice(0, 6000);
      const { callback, message } = await run(fakeUser('novelist'), 'who-said', [stringOption('query', long)]);
      expect(callback.type).toBe(CALLBACK.reply);
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.content).toMatch(/^That did not work: query must be at most \d+ characters/);
      expect(message.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      expect(message.embeds ?? []).toEqual([]);
    });

    it('an empty query gets the validation message, ephemerally', async () => {
      const { callback, message } = await run(fakeUser('blank'), 'who-said', [stringOption('query', '   ')]);
      expect(callback.type).toBe(CALLBACK.reply);
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.content).toMatch(/^That did not work: query cannot be empty/);
      expect(message.content).not.toMatch(/\n\s+at /);
    });
  });

  it('a user who floods gets an ephemeral cooldown message; others are unaffected', async () => {
    const flooder = fakeUser('flooder');
    const sent = Array.from({ length: BOT_LIMITS.cooldownBurst + 2 }, () => sendChatInput(fake, flooder, 'help'));
    const bystander = await run(fakeUser('bystander'), 'help');
    const replies = await Promise.all(sent.map(messageFor));
    const refused = replies.filter(({ message }) => message.flags === EPHEMERAL);
    expect(refused).toHaveLength(2);
    for (const { message } of refused) expect(message.content).toMatch(/try again in \d+ s/);
    expect(bystander.message.flags).toBeUndefined();
  });

  it('an interaction Discord has already expired (10062) is logged quietly, and the bot keeps working', async () => {
    const user = fakeUser('late');
    const sent = sendChatInput(fake, user, 'help', [], { refuse: true });
    const line = await bot.waitForLine(new RegExp(`interaction ${sent.id}.*Unknown interaction \\(10062\\)`));
    expect(line).toMatch(/ warn /);
    const index = bot.lines.indexOf(line);
    expect(bot.lines[index + 1] ?? '').not.toMatch(/^\s+at /);
    const { message } = await run(user, 'help');
    expect(message.embeds!.length).toBe(1);
  });

  it('answers a burst of 300 varied interactions, each within 3 s', async () => {
    const names = commands.map((command) => command.data.name);
    const started = Date.now();
    const sent = Array.from({ length: 300 }, (_, i) => {
      const name = names[i % names.length]!;
      const at = Date.now();
      return { at, ...sendChatInput(fake, fakeUser(`burst${i}`), name, burstOptions(name, i)) };
    });
    const callbacks = await Promise.all(sent.map((s) => fake.waitForCallback(s.id, 15_000)));
    const total = Math.max(...callbacks.map((c) => c.at)) - started;
    const latencies = callbacks.map((c, i) => c.at - sent[i]!.at).sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!;
    const figures = { interactions: 300, totalMs: total, p50Ms: pct(50), p99Ms: pct(99), maxMs: latencies.at(-1)! };
    console.log(`burst figures: ${JSON.stringify(figures)}`);
    expect(callbacks.every((c) => c.type === CALLBACK.reply || c.type === CALLBACK.deferredReply)).toBe(true);
    expect(figures.maxMs).toBeLessThan(DISCORD_LIMITS.interactionAckMs);
  });

  it('resumes a dropped gateway session, gets the interaction it missed, and keeps answering', async () => {
    const before = fake.gatewayReceived.length;
    fake.dropConnection(4000);
    const missed = sendChatInput(fake, fakeUser('while-down'), 'help'); // queued in the session, replayed on RESUME
    const resume = await fake.waitForGatewayOp(6, before);
    expect((resume.d as { session_id: string; token: string }).token).toBe(FAKE_TOKEN);
    expect((await messageFor(missed)).message.embeds!.length).toBe(1);
    await bot.waitForLine(/resumed/);
    expect(fake.gatewayReceived.slice(before).some((frame) => frame.op === 2)).toBe(false); // no fresh IDENTIFY
    const { message } = await run(fakeUser('after-resume'), 'help');
    expect(message.embeds!.length).toBe(1);
  });

  it('never logs the token, and shuts down cleanly on SIGTERM', async () => {
    const code = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    expect(bot.lines.some((line) => line.includes('SIGTERM: logging out'))).toBe(true);
    expect(fake.gatewayCloseCodes.at(-1)).toBe(1000); // client.destroy() closed the gateway normally
    expect(bot.lines.join('\n')).not.toContain(FAKE_TOKEN);
    expect(bot.lines.join('\n')).not.toMatch(/fake-interaction-token-/);
  });
});
