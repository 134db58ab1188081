/**
 * Interaction dispatch: slash commands (validate → defer if slow → answer → render → reply),
 * autocomplete, and page-turn buttons. Every failure is shielded: the user gets a short ephemeral
 * message, the log gets one line, and the process carries on.
 */
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { z } from 'zod';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { AutocompleteChoice, BotCommand } from '../../commands/types.ts';
import { ARTICLE_OPTION, answerOn, isLibraryWhoSaid, selectTarget, splitLibraryOptions, type Target } from '../../commands/library.ts';
import type { ArticleContext } from '../answers/context.ts';
import type { CommandResult } from '../answers/types.ts';
import { LibraryError, type Library } from '../library/library.ts';
import { handleLibraryCommand, isLibraryCommand, respondArticleChoices } from './library-commands.ts';
import { renderLibraryWhoSaid } from './library-render.ts';
import { DISCORD_LIMITS } from '../constants.ts';
import { Cooldown } from './cooldown.ts';
import { describeExpected, isExpectedDiscordError } from './errors.ts';
import { fitText } from './fit.ts';
import type { Logger } from './log.ts';
import { decodePageTurn, pageButtons, PageStore, renderedBytes } from './paging.ts';
import { escapeText, render, renderNotice, renderQuoteContext, type RenderedPage } from './render.ts';
import { messageQuery, WHO_SAID_THIS } from '../../commands/who-said-this.ts';
import { quoteContext } from '../answers/quoteContext.ts';
import { BOT_LIMITS } from '../constants.ts';
import {
  CONTEXT_PREFIX,
  contextButtonsFor,
  contextRows,
  decodeContext,
  decodeShare,
  SHARE_PREFIX,
  shareRow,
  shownQuotesByPage,
  SINGLE_ARTICLE,
  type ContextRef,
} from './components.ts';
import type { LibraryWhoSaidResult } from '../library/types.ts';

export const MESSAGES = {
  failed: 'Something went wrong while answering — please try again in a moment.',
  unknownCommand: 'I do not know that command. Try `/help`.',
  expired: (command?: string) => `This list has expired — run ${command ? `/${command}` : 'the command'} again.`,
  notOwner: (ownerId: string) => `Only <@${ownerId}> can turn these pages — run the command yourself to get your own.`,
  cooldown: (seconds: number) => `You are asking faster than I can keep up — try again in ${seconds} s.`,
  invalid: (details: string) => `That did not work: ${details}`,
  noText: 'That message has no text to look up: use “Who said this?” on a message that quotes or describes the article.',
  contextGone: 'That quote is no longer in the library — run the command again.',
  notYours: (ownerId: string) => `Only <@${ownerId}> can share this answer — use “Who said this?” yourself to get your own.`,
  shareExpired: 'This answer has expired — use “Who said this?” on the message again to share it.',
} as const;

/** No reply may ping anyone, whatever the query or the article contains. */
const NO_MENTIONS = { parse: [] as never[] };

export interface InteractionDeps {
  /** The article answered about when there is no library (and the default when there is). */
  ctx: ArticleContext;
  /** The article library (issue 5): per-server articles, the `article` option, /article, /articles. */
  library?: Library;
  /** Let /article add url: reach private and loopback addresses. */
  allowPrivateUrls?: boolean;
  findCommand(name: string): BotCommand | undefined;
  logger: Logger;
  pages?: PageStore;
  cooldown?: Cooldown;
  answers?: AnswerCache;
  now?: () => number;
}

/** Bytes of rendered answers kept (UTF-16 estimate): enough for thousands of typical replies. */
export const ANSWER_CACHE_BYTES = 16 * 1024 * 1024;
/** Typed inputs remembered, each only a key pointing at a rendered answer. */
const ANSWER_CACHE_INPUTS = 10_000;

/**
 * Rendered answers, bounded by bytes. An article never changes while the bot runs, so a popular
 * question (/summary, /speakers, the same /who-said) is worked out once. Two levels, so that
 * inputs resolving to the same answer ("speaker:LUKIN", "speaker:lukin ") share one rendering:
 * typed input → the answer's key (small), answer's key → its pages (counted in bytes).
 */
export class AnswerCache {
  private readonly pages: LRUCache<string, RenderedPage[]>;
  private readonly resolved: LRUCache<string, string>;

  constructor(options: { maxBytes?: number; maxInputs?: number } = {}) {
    this.pages = new LRUCache<string, RenderedPage[]>({ maxSize: options.maxBytes ?? ANSWER_CACHE_BYTES, sizeCalculation: renderedBytes });
    this.resolved = new LRUCache<string, string>({ max: options.maxInputs ?? ANSWER_CACHE_INPUTS });
  }

  /** The pages for a typed input answered before. */
  get(inputKey: string): RenderedPage[] | undefined {
    const answerKey = this.resolved.get(inputKey);
    return answerKey === undefined ? undefined : this.pages.get(answerKey);
  }

  /** The pages already rendered for an answer, whatever input produced it. */
  rendered(answerKey: string): RenderedPage[] | undefined {
    return this.pages.get(answerKey);
  }

  set(inputKey: string, answerKey: string, pages: RenderedPage[]): void {
    this.pages.set(answerKey, pages);
    this.resolved.set(inputKey, answerKey);
  }

  /** Distinct renderings kept. */
  get size(): number {
    return this.pages.size;
  }

  /** Their estimated bytes (never more than the bound). */
  get bytes(): number {
    return this.pages.calculatedSize;
  }
}

/** A short, stable key for an answer: what it says, on which article. */
export function answerKey(command: string, articleId: number | null, result: unknown): string {
  return `${command}\u0000${articleId}\u0000${createHash('sha256').update(JSON.stringify(result)).digest('base64url')}`;
}

/** Inputs that differ only in spacing or Unicode form are one input. */
function inputKey(command: string, articleId: number | null, data: unknown): string {
  const normalised = JSON.stringify(data, (_k, v: unknown) => (typeof v === 'string' ? v.normalize('NFKC').replace(/\s+/g, ' ').trim() : v));
  return `${command}\u0000${articleId}\u0000${normalised}`;
}

export type InteractionHandler = (interaction: Interaction) => Promise<void>;

export function createInteractionHandler(deps: InteractionDeps): InteractionHandler {
  const pages = deps.pages ?? new PageStore();
  const cooldown = deps.cooldown ?? new Cooldown();
  const answers = deps.answers ?? new AnswerCache();
  const now = deps.now ?? Date.now;
  const full = { ...deps, pages, cooldown, answers, now, library: deps.library, allowPrivateUrls: deps.allowPrivateUrls ?? false };

  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) await handleCommand(interaction, full);
      else if (interaction.isMessageContextMenuCommand()) await handleMessageCommand(interaction, full);
      else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, full);
      else if (interaction.isButton()) await handleButton(interaction, full);
    } catch (error) {
      await shield(interaction, error, deps.logger);
    }
  };
}

type Deps = Required<Omit<InteractionDeps, 'library'>> & { library: Library | undefined };

async function handleCommand(interaction: ChatInputCommandInteraction, deps: Deps): Promise<void> {
  const library = deps.library;
  const isLibrary = library !== undefined && isLibraryCommand(interaction.commandName);
  const command = deps.findCommand(interaction.commandName);
  if (!command && !isLibrary) return replyNotice(interaction, MESSAGES.unknownCommand);

  const decision = deps.cooldown.take(interaction.user.id, deps.now());
  if (!decision.allowed) return replyNotice(interaction, MESSAGES.cooldown(Math.ceil(decision.retryAfterMs / 1000)));
  if (isLibrary) return handleLibraryCommand(interaction, { library, logger: deps.logger, allowPrivateUrls: deps.allowPrivateUrls });

  const values = optionValues(interaction.options.data);
  const split = library ? splitLibraryOptions(command!, values) : { ok: true as const, own: values, library: {} };
  if (!split.ok) return replyNotice(interaction, MESSAGES.invalid(escapeText(split.error)));
  const parsed = command!.schema.safeParse(split.own);
  if (!parsed.success) return replyNotice(interaction, MESSAGES.invalid(validationMessage(parsed.error)));

  let target: Target;
  try {
    target = library ? await selectTarget(library, interaction.guildId, split.library) : { kind: 'article', articleId: null, ctx: deps.ctx };
  } catch (error) {
    if (error instanceof LibraryError) return replyNotice(interaction, escapeText(error.message));
    throw error;
  }
  // Library-wide answers change as articles are added, so only single-article answers are kept.
  const typed = target.kind === 'article' ? inputKey(command!.data.name, target.articleId, parsed.data) : undefined;
  const cached = typed === undefined ? undefined : deps.answers.get(typed);
  if (cached) return sendPages(interaction, cached, deps);

  if (command!.defer) await interaction.deferReply();
  const result = await answerOn(command!, parsed.data, target, library, interaction.guildId);
  if (typed === undefined || target.kind !== 'article') return sendPages(interaction, await renderWithContext(result, target, deps), deps);
  const key = answerKey(command!.data.name, target.articleId, result);
  const rendered = deps.answers.rendered(key) ?? (await renderWithContext(result, target, deps));
  deps.answers.set(typed, key, rendered);
  await sendPages(interaction, rendered, deps);
}

/** Render an answer, with a "Show context" button under each quote it shows. */
async function renderWithContext(result: Awaited<ReturnType<typeof answerOn>>, target: Target, deps: Deps): Promise<RenderedPage[]> {
  if (isLibraryWhoSaid(result)) {
    const [only] = renderLibraryWhoSaid(result);
    return only ? [{ ...only, components: contextRows(await libraryContextButtons(result, deps.library)) }] : [];
  }
  const ctx = target.kind === 'article' ? target.ctx : deps.ctx;
  const article: ContextRef['article'] = target.kind === 'article' && target.articleId !== null ? target.articleId : SINGLE_ARTICLE;
  const rendered = render(result as CommandResult, ctx.article);
  const shown = shownQuotesByPage(result as CommandResult, BOT_LIMITS.quotesPerPage);
  return rendered.map((page, i) => {
    const buttons = contextButtonsFor(shown[i] ?? [], ctx.attribution.quotes, article);
    return buttons.length > 0 ? { ...page, components: contextRows(buttons) } : page;
  });
}

async function libraryContextButtons(result: LibraryWhoSaidResult, library: Library | undefined) {
  if (!library) return [];
  const contexts = await Promise.all(result.answers.map((answer) => library.context(answer.article.id)));
  return result.answers.flatMap((answer, i) => {
    const [button] = contextButtonsFor([answer], contexts[i]!.attribution.quotes, answer.article.id);
    return button ? [{ ...button, label: result.answers.length > 1 ? `${i + 1}. ${button.label}` : button.label }] : [];
  });
}

/**
 * "Who said this?" on a message: its text answered as /who-said on the server's article, shown
 * only to the one who asked, with a button to share it in the channel.
 */
async function handleMessageCommand(interaction: MessageContextMenuCommandInteraction, deps: Deps): Promise<void> {
  if (interaction.commandName !== WHO_SAID_THIS) return replyNotice(interaction, MESSAGES.unknownCommand);
  const decision = deps.cooldown.take(interaction.user.id, deps.now());
  if (!decision.allowed) return replyNotice(interaction, MESSAGES.cooldown(Math.ceil(decision.retryAfterMs / 1000)));
  const query = messageQuery(interaction.targetMessage);
  if (query.length === 0) return replyNotice(interaction, MESSAGES.noText);
  const command = deps.findCommand('who-said');
  if (!command) return replyNotice(interaction, MESSAGES.unknownCommand);

  let target: Target;
  try {
    target = deps.library ? await selectTarget(deps.library, interaction.guildId, {}) : { kind: 'article', articleId: null, ctx: deps.ctx };
  } catch (error) {
    if (error instanceof LibraryError) return replyNotice(interaction, escapeText(error.message));
    throw error;
  }
  const parsed = command.schema.safeParse({ query });
  if (!parsed.success) return replyNotice(interaction, MESSAGES.invalid(validationMessage(parsed.error)));
  const [answer] = await renderWithContext(await answerOn(command, parsed.data, target, deps.library, interaction.guildId), target, deps);
  const page = answer ?? renderNotice(MESSAGES.failed);
  const key = deps.pages.add(interaction.user.id, [page], deps.now());
  await interaction.reply({
    ...page,
    components: [...(page.components ?? []), shareRow({ key, ownerId: interaction.user.id })],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  });
}

/** Options as the schemas expect them: `{ name: value }`, typed as Discord sent them. */
export function optionValues(options: readonly CommandInteractionOption[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const option of options) {
    if (option.value !== undefined) values[option.name] = option.value;
  }
  return values;
}

export function validationMessage(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid options.';
  const path = first.path.join('.');
  // Most schema messages already name their option ("query must be text"); do not say it twice.
  const where = path && !first.message.startsWith(path) ? `${path}: ` : '';
  return fitText(escapeText(`${where}${first.message}`), 300);
}

async function sendPages(interaction: ChatInputCommandInteraction, rendered: RenderedPage[], deps: Deps): Promise<void> {
  const first = rendered[0] ?? renderNotice(MESSAGES.failed);
  const isNotice = first.embeds.length === 0;
  const components = [
    ...(first.components ?? []),
    ...(rendered.length > 1 ? [pageButtons(storePages(interaction, rendered, deps), 0, rendered.length)] : []),
  ];
  const payload = { ...first, components, allowedMentions: NO_MENTIONS };
  if (interaction.deferred) {
    await interaction.editReply(payload);
  } else {
    await interaction.reply({ ...payload, ...(isNotice ? { flags: MessageFlags.Ephemeral as const } : {}) });
  }
}

function storePages(interaction: ChatInputCommandInteraction, rendered: RenderedPage[], deps: Deps) {
  const ownerId = interaction.user.id;
  return { command: interaction.commandName, key: deps.pages.add(ownerId, rendered, deps.now()), ownerId };
}

async function replyNotice(
  interaction: ChatInputCommandInteraction | ButtonInteraction | MessageContextMenuCommandInteraction,
  text: string,
): Promise<void> {
  const notice = renderNotice(text);
  if (interaction.deferred || interaction.replied) {
    await interaction.followUp({ ...notice, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.reply({ ...notice, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
  }
}

async function handleAutocomplete(interaction: AutocompleteInteraction, deps: Deps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (deps.library && focused.name === ARTICLE_OPTION) return respondArticleChoices(interaction, deps.library);
  const command = deps.findCommand(interaction.commandName);
  const choices = command?.autocomplete?.(await autocompleteContext(interaction, deps), focused.name, String(focused.value)) ?? [];
  await interaction.respond(fitChoices(choices));
}

/** The article an autocomplete is about: the one named in the `article` option, else the server's default. */
async function autocompleteContext(interaction: AutocompleteInteraction, deps: Deps): Promise<ArticleContext> {
  if (!deps.library) return deps.ctx;
  const named = interaction.options.data.find((option) => option.name === ARTICLE_OPTION)?.value;
  try {
    const target = await selectTarget(deps.library, interaction.guildId, typeof named === 'string' && named.trim() ? { article: named } : {});
    return target.kind === 'article' ? target.ctx : deps.ctx;
  } catch {
    return deps.ctx;
  }
}

/** At most 25 choices, each name and value within 100 characters (a value is never cut: it must match). */
export function fitChoices(choices: readonly AutocompleteChoice[]): AutocompleteChoice[] {
  return choices
    .filter((choice) => choice.value.length > 0 && choice.value.length <= DISCORD_LIMITS.autocompleteChoiceLength)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map((choice) => ({ name: fitText(choice.name, DISCORD_LIMITS.autocompleteChoiceLength), value: choice.value }));
}

async function handleButton(interaction: ButtonInteraction, deps: Deps): Promise<void> {
  const answering = interaction.customId.startsWith(`${CONTEXT_PREFIX}:`) || interaction.customId.startsWith(`${SHARE_PREFIX}:`);
  if (answering) {
    // These buttons send a new message each press, so they share the commands' per-user budget.
    const decision = deps.cooldown.take(interaction.user.id, deps.now());
    if (!decision.allowed) return replyNotice(interaction, MESSAGES.cooldown(Math.ceil(decision.retryAfterMs / 1000)));
  }
  if (interaction.customId.startsWith(`${CONTEXT_PREFIX}:`)) return showContext(interaction, deps);
  if (interaction.customId.startsWith(`${SHARE_PREFIX}:`)) return share(interaction, deps);
  const turn = decodePageTurn(interaction.customId);
  if (!turn) return replyNotice(interaction, MESSAGES.expired());
  const found = deps.pages.lookup(turn, interaction.user.id, deps.now());
  if (found.status === 'not-owner') return replyNotice(interaction, MESSAGES.notOwner(found.ownerId));
  if (found.status === 'expired') return replyNotice(interaction, MESSAGES.expired(turn.command));
  await interaction.update({
    ...found.page,
    components: [...(found.page.components ?? []), pageButtons(turn, found.index, found.total)],
    allowedMentions: NO_MENTIONS,
  });
}

/** "Show context": the quote's paragraph and the one before, only to whoever pressed. */
async function showContext(interaction: ButtonInteraction, deps: Deps): Promise<void> {
  const ref = decodeContext(interaction.customId);
  if (!ref) return replyNotice(interaction, MESSAGES.expired());
  let ctx: ArticleContext;
  if (ref.article === SINGLE_ARTICLE || !deps.library) {
    ctx = deps.ctx;
  } else {
    try {
      // Only an article this server can see: a customId is never taken on trust.
      ctx = await deps.library.context((await deps.library.find(interaction.guildId, ref.article)).id);
    } catch (error) {
      if (error instanceof LibraryError) return replyNotice(interaction, MESSAGES.contextGone);
      throw error;
    }
  }
  const result = quoteContext(ctx, ref.quoteIndex, ref.paragraph);
  if (!result) return replyNotice(interaction, MESSAGES.contextGone);
  await interaction.reply({ ...renderQuoteContext(result, ctx.article), allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
}

/** "Share in channel": the private answer posted for everyone, by the one who asked. */
async function share(interaction: ButtonInteraction, deps: Deps): Promise<void> {
  const ref = decodeShare(interaction.customId);
  if (!ref) return replyNotice(interaction, MESSAGES.shareExpired);
  if (ref.ownerId !== interaction.user.id) return replyNotice(interaction, MESSAGES.notYours(ref.ownerId));
  const found = deps.pages.lookup({ command: WHO_SAID_THIS, key: ref.key, page: 0, ownerId: ref.ownerId }, interaction.user.id, deps.now());
  if (found.status !== 'ok') return replyNotice(interaction, MESSAGES.shareExpired);
  await interaction.reply({ ...found.page, components: found.page.components ?? [], allowedMentions: NO_MENTIONS });
}

/** Last line of defence: log one line, tell the user briefly, never throw. */
async function shield(interaction: Interaction, error: unknown, logger: Logger): Promise<void> {
  const where = describeInteraction(interaction);
  if (isExpectedDiscordError(error)) {
    logger.warn(`${where}: ${describeExpected(error)} — the user's interaction is gone; skipped`);
    return;
  }
  logger.error(`${where} failed`, error);
  if (!interaction.isRepliable()) return;
  try {
    const notice = { content: MESSAGES.failed, embeds: [], components: [], allowedMentions: NO_MENTIONS };
    if (interaction.deferred && !interaction.replied) await interaction.editReply(notice);
    else if (interaction.replied) await interaction.followUp({ ...notice, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...notice, flags: MessageFlags.Ephemeral });
  } catch (replyError) {
    const detail = isExpectedDiscordError(replyError) ? describeExpected(replyError) : String(replyError);
    logger.warn(`${where}: could not send the error notice: ${detail}`);
  }
}

function describeInteraction(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName} (interaction ${interaction.id})`;
  if (interaction.isAutocomplete()) return `autocomplete /${interaction.commandName} (interaction ${interaction.id})`;
  if (interaction.isMessageContextMenuCommand()) return `“${interaction.commandName}” (interaction ${interaction.id})`;
  if (interaction.isButton()) return `button (interaction ${interaction.id})`;
  return `interaction ${interaction.id}`;
}
