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
} from 'discord.js';
import type { z } from 'zod';
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
import { decodePageTurn, pageButtons, PageStore } from './paging.ts';
import { escapeText, render, renderNotice, type RenderedPage } from './render.ts';

export const MESSAGES = {
  failed: 'Something went wrong while answering — please try again in a moment.',
  unknownCommand: 'I do not know that command. Try `/help`.',
  expired: (command?: string) => `This list has expired — run ${command ? `/${command}` : 'the command'} again.`,
  notOwner: (ownerId: string) => `Only <@${ownerId}> can turn these pages — run the command yourself to get your own.`,
  cooldown: (seconds: number) => `You are asking faster than I can keep up — try again in ${seconds} s.`,
  invalid: (details: string) => `That did not work: ${details}`,
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

/**
 * Rendered answers by command and input. The article never changes while the bot runs, so a
 * popular question (/summary, /speakers, the same /who-said) is worked out once.
 */
export class AnswerCache {
  private readonly entries = new Map<string, RenderedPage[]>();

  constructor(private readonly maxEntries = 500) {}

  get(key: string): RenderedPage[] | undefined {
    const pages = this.entries.get(key);
    if (pages !== undefined) {
      this.entries.delete(key); // re-insert: most recently used last
      this.entries.set(key, pages);
    }
    return pages;
  }

  set(key: string, pages: RenderedPage[]): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, pages);
  }

  get size(): number {
    return this.entries.size;
  }
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
  const key = target.kind === 'article' ? `${command!.data.name}\u0000${target.articleId}\u0000${JSON.stringify(parsed.data)}` : undefined;
  const cached = key === undefined ? undefined : deps.answers.get(key);
  if (cached) return sendPages(interaction, cached, deps);

  if (command!.defer) await interaction.deferReply();
  const result = await answerOn(command!, parsed.data, target, library, interaction.guildId);
  const rendered = isLibraryWhoSaid(result)
    ? renderLibraryWhoSaid(result)
    : render(result as CommandResult, target.kind === 'article' ? target.ctx.article : deps.ctx.article);
  if (key !== undefined) deps.answers.set(key, rendered);
  await sendPages(interaction, rendered, deps);
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
  const components =
    rendered.length > 1 ? [pageButtons(storePages(interaction, rendered, deps), 0, rendered.length)] : [];
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

async function replyNotice(interaction: ChatInputCommandInteraction | ButtonInteraction, text: string): Promise<void> {
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
  const turn = decodePageTurn(interaction.customId);
  if (!turn) return replyNotice(interaction, MESSAGES.expired());
  const found = deps.pages.lookup(turn, interaction.user.id, deps.now());
  if (found.status === 'not-owner') return replyNotice(interaction, MESSAGES.notOwner(found.ownerId));
  if (found.status === 'expired') return replyNotice(interaction, MESSAGES.expired(turn.command));
  await interaction.update({
    ...found.page,
    components: [pageButtons(turn, found.index, found.total)],
    allowedMentions: NO_MENTIONS,
  });
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
  if (interaction.isButton()) return `button (interaction ${interaction.id})`;
  return `interaction ${interaction.id}`;
}
