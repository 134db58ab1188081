/**
 * The article library in the slash commands (issue 5): every answering command gets an optional
 * `article` option (autocompleted from the server's library titles; without it, the server's
 * default article), /who-said gets `scope` (this article or the whole library), and /article and
 * /articles manage the library. The answering logic stays in each command; this module only
 * picks which article it runs on.
 */
import { z } from 'zod';
import type { ArticleContext } from '../src/answers/context.ts';
import type { CommandResult } from '../src/answers/types.ts';
import type { Library } from '../src/library/library.ts';
import type { ArticlesResult, LibraryWhoSaidResult } from '../src/library/types.ts';
import type { BotCommand } from './types.ts';

export const ARTICLE_OPTION = 'article';
export const SCOPE_OPTION = 'scope';
export const SCOPES = ['article', 'library'] as const;
export type Scope = (typeof SCOPES)[number];

/** Discord option types, literal so nothing here loads discord.js. */
const STRING_OPTION = 3;
const ARTICLE_REF_MAX_LENGTH = 100;

/** Every result an answering command can give once the library is in play. */
export type LibraryAwareResult = CommandResult | LibraryWhoSaidResult | ArticlesResult;

export function isLibraryWhoSaid(result: LibraryAwareResult): result is LibraryWhoSaidResult {
  return result.command === 'who-said' && 'scope' in result && result.scope === 'library';
}

const articleRefSchema = z
  .string({ error: 'article must be text' })
  .trim()
  .min(1, { error: 'article cannot be empty: give its number or title (/articles lists them)' })
  .max(ARTICLE_REF_MAX_LENGTH, { error: `article must be at most ${ARTICLE_REF_MAX_LENGTH} characters` });

const scopeSchema = z.enum(SCOPES, { error: 'scope must be "article" or "library"' });

/** The options this module adds, separated from the command's own before its schema sees them. */
export interface LibraryOptions {
  article?: string;
  scope?: Scope;
}

const libraryOptionsSchema = z.object({ article: articleRefSchema.optional(), scope: scopeSchema.optional() });

/** Commands that answer about one article (all but /help) take the `article` option. */
export function takesArticle(command: Pick<BotCommand, 'data'>): boolean {
  return command.data.name !== 'help';
}

export function takesScope(command: Pick<BotCommand, 'data'>): boolean {
  return command.data.name === 'who-said';
}

/** The option names this module adds to a command (for the CLI's option parser). */
export function libraryOptionNames(command: Pick<BotCommand, 'data'>): string[] {
  return [...(takesArticle(command) ? [ARTICLE_OPTION] : []), ...(takesScope(command) ? [SCOPE_OPTION] : [])];
}

/**
 * Split raw option values into the command's own and the library's, validating the latter.
 * Returns an error message (for the user) when the library options are bad or not taken.
 */
export function splitLibraryOptions(
  command: Pick<BotCommand, 'data'>,
  values: Record<string, unknown>,
): { ok: true; own: Record<string, unknown>; library: LibraryOptions } | { ok: false; error: string } {
  const own: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const library: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const lower = name.toLowerCase();
    if ((lower === ARTICLE_OPTION && takesArticle(command)) || (lower === SCOPE_OPTION && takesScope(command))) library[lower] = value;
    else own[name] = value;
  }
  const parsed = libraryOptionsSchema.safeParse(library);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'bad article option' };
  return { ok: true, own, library: parsed.data as LibraryOptions };
}

/** Where a command's answer comes from: one article, or the whole library (/who-said scope:library). */
export type Target = { kind: 'article'; articleId: number | null; ctx: ArticleContext } | { kind: 'library' };

/**
 * Pick the article (or the library) a command runs on. `guildId` is the asking server
 * (null in DMs: the bundled articles). Throws LibraryError when the article named is not in it.
 */
export async function selectTarget(library: Library, guildId: string | null, options: LibraryOptions): Promise<Target> {
  if (options.scope === 'library') {
    if (options.article !== undefined) {
      // Both given: the article wins, it is the narrower question.
      const listing = await library.resolve(guildId, options.article);
      return { kind: 'article', articleId: listing.id, ctx: await library.context(listing.id) };
    }
    return { kind: 'library' };
  }
  const id = options.article === undefined ? await library.defaultArticleId(guildId) : (await library.resolve(guildId, options.article)).id;
  return { kind: 'article', articleId: id, ctx: await library.context(id) };
}

/** Answer a validated command on its target (the library's storage may be remote: async). */
export async function answerOn(
  command: BotCommand,
  input: unknown,
  target: Target,
  library: Library | undefined,
  guildId: string | null,
): Promise<LibraryAwareResult> {
  if (target.kind === 'library') {
    const query = (input as { query?: unknown }).query;
    return library!.whoSaid(guildId, typeof query === 'string' ? query : '');
  }
  return command.answer(target.ctx, input);
}

/** The `article` (and for /who-said, `scope`) option definitions appended to a command's JSON. */
export function libraryOptionDefinitions(command: Pick<BotCommand, 'data'>) {
  const options: Record<string, unknown>[] = [];
  if (takesArticle(command)) {
    options.push({
      type: STRING_OPTION,
      name: ARTICLE_OPTION,
      description: "Which article of this server's library (default: the server's chosen article)",
      required: false,
      autocomplete: true,
      max_length: ARTICLE_REF_MAX_LENGTH,
    });
  }
  if (takesScope(command)) {
    options.push({
      type: STRING_OPTION,
      name: SCOPE_OPTION,
      description: 'Search one article (default) or every article in the library',
      required: false,
      choices: [
        { name: 'this article', value: 'article' },
        { name: 'the whole library', value: 'library' },
      ],
    });
  }
  return options;
}

/** A command whose Discord definition also carries the library options. */
export function withLibraryOptions<Input>(command: BotCommand<Input>): BotCommand<Input> {
  if (!takesArticle(command)) return command;
  const { data } = command;
  return {
    ...command,
    data: {
      name: data.name,
      toJSON() {
        const json = data.toJSON();
        return { ...json, options: [...(json.options ?? []), ...(libraryOptionDefinitions(command) as never[])] };
      },
    },
  };
}

