/**
 * /article add|remove|use and /articles in Discord. Adding, removing and choosing the default
 * need Manage Server: the command is registered with that default permission, and the member's
 * permissions are checked again here, since a server can override who sees a command.
 * Uploads are checked (type, size) before anything is downloaded; every refusal is a short
 * ephemeral message saying what to do instead.
 */
import { MessageFlags, PermissionFlagsBits, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { ARTICLE_COMMAND, ARTICLES_COMMAND, FILE_OPTION, URL_OPTION } from '../../commands/article.ts';
import { ARTICLE_OPTION } from '../../commands/library.ts';
import { ArticleError } from '../article/load.ts';
import { asUtf8 } from '../article/encoding.ts';
import { BOT_LIMITS, DISCORD_LIMITS } from '../constants.ts';
import { fetchArticleUrl, UrlFetchError, type FetchLimits } from '../library/fetch-url.ts';
import { ACCEPTED_EXTENSIONS, formatOf, type ArticleFormat } from '../library/ingest.ts';
import { LibraryError, type Library } from '../library/library.ts';
import type { ArticleListing } from '../library/store.ts';
import { UploadPreparer } from '../library/upload-preparer.ts';
import { renderArticles } from './library-render.ts';
import type { Logger } from './log.ts';
import { escapeText, renderNotice } from './render.ts';

export interface LibraryCommandDeps {
  library: Library;
  logger: Logger;
  /** Let `url` reach private and loopback addresses (ALLOW_PRIVATE_URLS). */
  allowPrivateUrls: boolean;
  fetchTimeoutMs?: number;
  /** Reads uploads off the bot's thread; one shared by the process when not given. */
  uploads?: UploadPreparer;
}

let sharedUploads: UploadPreparer | undefined;

export const LIBRARY_MESSAGES = {
  guildOnly: 'The article library belongs to a server: use /article in a server.',
  noPermission: 'Only members with the **Manage Server** permission can change the article library.',
  fileOrUrl: 'Give either a file (a .txt, .md or .html attachment) or a url — one of the two.',
  wrongType: (name: string) =>
    `“${escapeText(name)}” is not an article file: attach a ${ACCEPTED_EXTENSIONS.join(', ')} file, or give the page’s url.`,
  tooLarge: (bytes: number) =>
    `That file is too large (${(bytes / (1024 * 1024)).toFixed(1)} MB; the limit is ${BOT_LIMITS.articleMaxBytes / (1024 * 1024)} MB for an article).`,
  added: (a: ArticleListing, paragraphs: number, quotes: number) =>
    `Added **#${a.id}** “${escapeText(a.title)}”${a.publisher ? ` (${escapeText(a.publisher)})` : ''}: ${paragraphs} paragraphs, ${quotes} quotes. ` +
    `Ask about it with \`article:#${a.id}\`, or make it the default with \`/article use\`.`,
  removed: (a: ArticleListing) => `Removed **#${a.id}** “${escapeText(a.title)}” from the library.`,
  legacyEncoding: 'It was not UTF-8, so it was read as Windows-1252 (Latin-1); if letters look wrong, upload it saved as UTF-8.',
  used: (a: ArticleListing) => `Every command in this server now answers about **#${a.id}** “${escapeText(a.title)}” unless told otherwise.`,
} as const;

const NO_MENTIONS = { parse: [] as never[] };
/** Charsets Windows-1252 decoding is right for (or a superset of). */
const LATIN_CHARSETS = new Set(['iso-8859-1', 'latin1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii', 'utf-8', 'utf8']);
const DEFAULT_FETCH_TIMEOUT_MS = 10_000;

export function isLibraryCommand(name: string): boolean {
  return name === ARTICLE_COMMAND || name === ARTICLES_COMMAND;
}

async function notice(interaction: ChatInputCommandInteraction, text: string): Promise<void> {
  const payload = { ...renderNotice(text), allowedMentions: NO_MENTIONS };
  if (interaction.deferred) await interaction.editReply(payload);
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

/** A refusal the user can act on, as opposed to a bug. */
function userFacing(error: unknown): string | undefined {
  if (error instanceof ArticleError || error instanceof LibraryError || error instanceof UrlFetchError) return escapeText(error.message);
  return undefined;
}

export async function handleLibraryCommand(interaction: ChatInputCommandInteraction, deps: LibraryCommandDeps): Promise<void> {
  try {
    if (interaction.commandName === ARTICLES_COMMAND) {
      const [first] = renderArticles(await deps.library.articles(interaction.guildId));
      await interaction.reply({ ...first!, allowedMentions: NO_MENTIONS });
      return;
    }
    if (!interaction.inGuild()) return await notice(interaction, LIBRARY_MESSAGES.guildOnly);
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return await notice(interaction, LIBRARY_MESSAGES.noPermission);
    const sub = interaction.options.getSubcommand(true);
    if (sub === 'add') return await add(interaction, deps);
    const listing = await deps.library.resolve(interaction.guildId, interaction.options.getString(ARTICLE_OPTION, true));
    if (sub === 'remove') return await notice(interaction, LIBRARY_MESSAGES.removed(await deps.library.remove(interaction.guildId, listing.id)));
    if (sub === 'use') return await notice(interaction, LIBRARY_MESSAGES.used(await deps.library.use(interaction.guildId, listing.id)));
  } catch (error) {
    const message = userFacing(error);
    if (message === undefined) throw error;
    await notice(interaction, message);
  }
}

async function add(interaction: ChatInputCommandInteraction<'cached' | 'raw'>, deps: LibraryCommandDeps): Promise<void> {
  const file = interaction.options.getAttachment(FILE_OPTION);
  const url = interaction.options.getString(URL_OPTION)?.trim() || null;
  if ((file === null) === (url === null)) return notice(interaction, LIBRARY_MESSAGES.fileOrUrl);

  let format: ArticleFormat | null;
  if (file) {
    format = formatOf(file.name, file.contentType);
    if (format === null) return notice(interaction, LIBRARY_MESSAGES.wrongType(file.name));
    if (file.size > BOT_LIMITS.articleMaxBytes) return notice(interaction, LIBRARY_MESSAGES.tooLarge(file.size));
  }
  // Downloading, reading and attributing can take longer than Discord's 3 s.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const limits: FetchLimits = {
    allowPrivate: deps.allowPrivateUrls,
    maxBytes: BOT_LIMITS.articleMaxBytes,
    timeoutMs: deps.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
    maxRedirects: 3,
  };
  // An attachment's address comes from Discord itself, not from the member: it may be fetched
  // wherever Discord (or a self-hosted Discord-compatible server) keeps its files.
  const fetched = file
    ? await fetchArticleUrl(file.url, { ...limits, allowPrivate: true, acceptAnyType: true })
    : await fetchArticleUrl(url!, limits);
  const chosen = file ? format! : formatOf(null, fetched.contentType) ?? 'html';
  // An older Windows/Latin-1 file or page is decoded as Windows-1252 rather than with replacement
  // characters; a page that names another charset is left to the UTF-8 reader.
  const charset = /charset=["']?([\w-]+)/i.exec(fetched.contentType ?? '')?.[1]?.toLowerCase();
  const legacyPossible = charset === undefined || LATIN_CHARSETS.has(charset);
  const decoded = legacyPossible ? asUtf8(fetched.body, file ? file.name : fetched.url) : { bytes: fetched.body };
  // Reading the upload is the costly, attacker-shaped part: it runs on a worker thread with limits.
  const uploads = deps.uploads ?? (sharedUploads ??= new UploadPreparer());
  const upload = await uploads.prepare(Buffer.from(decoded.bytes), chosen);
  const added = await deps.library.add(
    {
      guildId: interaction.guildId,
      addedBy: interaction.user.id,
      source: file ? `upload:${file.name}` : `url:${fetched.url}`,
      text: upload.text,
      publisher: upload.prepared.publisher,
    },
    { prepared: upload.prepared },
  );
  deps.logger.info(`library: server ${interaction.guildId} added #${added.id} (${added.source.slice(0, 200)})`);
  const addedText = LIBRARY_MESSAGES.added(added, upload.paragraphs, upload.quotes);
  await notice(interaction, 'warning' in decoded && decoded.warning ? `${addedText}\n${LIBRARY_MESSAGES.legacyEncoding}` : addedText);
}

/** Choices for any `article` option: this server's library by title or number. */
export async function respondArticleChoices(interaction: AutocompleteInteraction, library: Library): Promise<void> {
  const typed = String(interaction.options.getFocused() ?? '');
  const choices = await library.titleChoices(interaction.guildId, typed, DISCORD_LIMITS.autocompleteChoices, DISCORD_LIMITS.autocompleteChoiceLength);
  await interaction.respond(choices);
}
