/**
 * The command-line contract: `cli [--article PATH] [--json] [COMMAND]`. One command from argv, or
 * one per line from stdin (a prompt on a terminal). With --json every command prints exactly one
 * line of JSON on stdout. Importing this module has no side effects; index.ts reuses it.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import type { BotCommand } from '../../commands/types.ts';
import { answerOn, isLibraryWhoSaid, libraryOptionNames, selectTarget, splitLibraryOptions, type LibraryAwareResult } from '../../commands/library.ts';
import type { ArticleContext } from '../answers/context.ts';
import type { HelpResult } from '../answers/types.ts';
import type { Library } from '../library/library.ts';
import { EVERY_SERVER, isLibraryOnlyResult, lazyLibrary, libraryIdOf, renderLibraryText } from './library.ts';
import { ArticleError, DEFAULT_ARTICLE_PATH, loadArticleFile } from '../article/load.ts';
import { neutraliseInvisible } from '../article/clean.ts';
import { BOT_LIMITS, DISCORD_LIMITS } from '../constants.ts';
import type { ArticlesResult, LibraryWhoSaidResult } from '../library/types.ts';
import { parseCommandLine } from './parse.ts';
import { renderResult } from './render.ts';

export interface CliOptions {
  argv: readonly string[];
  input: Readable;
  output: Writable;
  errorOutput: Writable;
  isTTY?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Longer lines are refused before parsing: no option value may exceed Discord's own limit. */
const MAX_LINE_LENGTH = DISCORD_LIMITS.optionStringLength + 200;

const USAGE = [
  'Usage: npm run -s cli -- [--article PATH|ID] [--json] [COMMAND]',
  '',
  '  COMMAND   a slash command as typed in Discord, options as name:value:',
  '            /speakers   /quotes   /quotes speaker:NAME   /help   /articles',
  '            Answering commands take article:ID (a library article); /who-said takes scope:library.',
  '            Without COMMAND, commands are read from standard input, one per line.',
  '  --article PATH|ID   the article to read: a .txt, .md or .html file, or the id of a library article',
  '                   (default: the bundled article)',
  '                   (the library is the bot\'s SQLite database: DATABASE_PATH, default data/library.db)',
  '  --json           print exactly one line of JSON per command',
  '',
  'Exit codes: 0 answered (a batch also when some lines were refused); 1 the article cannot be read,',
  'or a single COMMAND was refused; 2 bad flags.',
].join('\n');

const argsSchema = z.object({
  article: z.string().trim().min(1, { error: '--article needs a file path.' }).optional(),
  json: z.boolean(),
  help: z.boolean(),
  command: z.string().trim().min(1).optional(),
});
type CliArgs = z.infer<typeof argsSchema>;

class UsageError extends Error {}

/** Flags come first; everything from the first non-flag word on is the command line. */
export function parseArgv(argv: readonly string[]): CliArgs {
  const raw: { article?: string; json: boolean; help: boolean; command?: string } = { json: false, help: false };
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (arg === '--json') raw.json = true;
    else if (arg === '--help' || arg === '-h') raw.help = true;
    else if (arg === '--article') {
      const value = argv[i + 1];
      if (value === undefined) throw new UsageError('--article needs a file path.');
      raw.article = value;
      i++;
    } else if (arg.startsWith('--article=')) raw.article = arg.slice('--article='.length);
    else if (arg.startsWith('-') && arg.length > 1 && !arg.startsWith('/')) throw new UsageError(`Unknown flag ${arg}.`);
    else break;
  }
  const rest = argv.slice(i).join(' ').trim();
  if (rest.length > 0) raw.command = rest;
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

interface Commands {
  commands: readonly BotCommand[];
  findCommand(name: string): BotCommand | undefined;
}

interface Session {
  ctx: ArticleContext;
  source: ArticleSource;
  registry: Commands;
  library: () => Promise<Library>;
  json: boolean;
  output: Writable;
  errorOutput: Writable;
}

type Outcome = { ok: true; result: LibraryAwareResult } | { ok: false; error: string };

/** From the zod object's keys when it has them, so discord.js's builders are never loaded here. */
function optionNamesOf(command: BotCommand): string[] {
  const shape = (command.schema as { shape?: unknown }).shape;
  const own = typeof shape === 'object' && shape !== null ? Object.keys(shape) : (command.data.toJSON().options ?? []).map((option) => option.name);
  return [...own, ...libraryOptionNames(command).filter((name) => !own.includes(name))];
}

const ARTICLES = 'articles';

function commandList(registry: Commands): string {
  return [...registry.commands.map((c) => `/${c.data.name}`), `/${ARTICLES}`].join(', ');
}

/** The terminal belongs to no server: its messages speak of "the library". */
export function forTerminal(text: string): string {
  return text.replace(/this server[’']s (article )?library/g, 'the $1library').replace(/the server[’']s (chosen article|default)/g, 'the library\'s $1');
}

/**
 * /help as the terminal can answer it: only the commands it knows (/article add|remove|use and
 * the "Who said this?" menu need Discord), worded for the terminal.
 */
function terminalHelp(result: HelpResult, registry: Commands): HelpResult {
  const works = (name: string) => name === ARTICLES || registry.findCommand(name) !== undefined;
  return {
    ...result,
    commands: result.commands
      .filter((c) => works(c.name))
      .map((c) => ({ ...c, description: forTerminal(c.description) })),
  };
}

function describeIssues(command: BotCommand, options: Record<string, string>, issues: readonly z.core.$ZodIssue[]): string {
  const name = `/${command.data.name}`;
  const known = optionNamesOf(command);
  const sentences = issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const what = issue.keys.length === 1 ? `unknown option ${issue.keys[0]}` : `unknown options ${issue.keys.join(', ')}`;
      const hint = known.length > 0 ? `its options: ${known.join(', ')}` : 'it takes no options';
      return `${name}: ${what} (${hint}).`;
    }
    const option = issue.path.map(String).join('.');
    const message = issue.message.replace(/[.\s]+$/, '');
    if (option.length === 0) return `Bad input for ${name}: ${message}.`;
    if (!Object.hasOwn(options, option)) return `${name} needs the option ${option} (write ${option}:value).`;
    return `Bad value for ${option} in ${name}: ${message}.`;
  });
  return sentences.join(' ');
}

function describeUnexpected(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Parse, validate and answer one command line; never throws. `library` opens the article library,
 * needed only by /articles and the article/scope options.
 */
export async function answerLine(
  line: string,
  ctx: ArticleContext,
  registry: Commands,
  library: () => Promise<Library> = lazyLibrary(),
  source: ArticleSource = { kind: 'bundled' },
): Promise<Outcome> {
  if (line.length > MAX_LINE_LENGTH) {
    return { ok: false, error: `The command is too long (${line.length} characters; the limit is ${MAX_LINE_LENGTH}).` };
  }
  const parsed = parseCommandLine(line, (name) => {
    if (name === ARTICLES) return [];
    const command = registry.findCommand(name);
    return command ? optionNamesOf(command) : undefined;
  }, (name) => {
    const command = registry.findCommand(name);
    const own = command ? optionNamesOf(command).filter((option) => !libraryOptionNames(command).includes(option)) : [];
    return own.length === 1 ? own[0] : undefined;
  });
  if (!parsed.ok) return parsed;
  if (parsed.command === ARTICLES) {
    if (Object.keys(parsed.options).length > 0) return { ok: false, error: '/articles takes no options.' };
    return withLibrary(async () => articlesFor(await library(), ctx, source));
  }
  const command = registry.findCommand(parsed.command);
  if (!command) {
    if (!line.trimStart().startsWith('/')) {
      return { ok: false, error: `Commands start with /: for example /who-said query:${line.trim().slice(0, 60)} — /help lists them all.` };
    }
    if (parsed.command === 'article') {
      return { ok: false, error: '/article add, remove and use manage a Discord server\'s library; here, answer about a file with --article PATH (or ARTICLE_PATH for npm start).' };
    }
    return { ok: false, error: `Unknown command /${parsed.command}. Commands: ${commandList(registry)}.` };
  }
  const split = splitLibraryOptions(command, parsed.options);
  if (!split.ok) return { ok: false, error: forTerminal(`Bad value in /${command.data.name}: ${split.error}.`) };
  const own = split.own as Record<string, string>;
  const input = command.schema.safeParse(own);
  if (!input.success) return { ok: false, error: describeIssues(command, own, input.error.issues) };
  if (split.library.article !== undefined || split.library.scope === 'library') {
    return withLibrary(async () => {
      const lib = await library();
      const result = await answerOn(command, input.data, await selectTarget(lib, EVERY_SERVER, split.library), lib, EVERY_SERVER);
      // The file the terminal answers about is searched too: it is the article the user chose.
      return source.kind === 'file' && isLibraryWhoSaid(result) ? withFileAnswers(result, command.answer(ctx, input.data), ctx, source.path) : result;
    });
  }
  try {
    const result = command.answer(ctx, input.data);
    return { ok: true, result: result.command === 'help' ? terminalHelp(result, registry) : result };
  } catch (error) {
    return { ok: false, error: `Could not answer /${command.data.name}: ${describeUnexpected(error)}` };
  }
}

/** /articles as the terminal sees it: the article it answers about is the one marked. */
async function articlesFor(lib: Library, ctx: ArticleContext, source: ArticleSource): Promise<ArticlesResult & { answering?: { file: string; title: string } }> {
  const result = await lib.articles(EVERY_SERVER);
  if (source.kind === 'library') return { ...result, defaultArticle: source.id };
  if (source.kind === 'file') return { ...result, answering: { file: source.path, title: ctx.article.title } };
  return result;
}

/** A library-wide /who-said with the --article file's own answers ranked in (cited as the file). */
function withFileAnswers(result: LibraryWhoSaidResult, own: LibraryAwareResult, ctx: ArticleContext, path: string): LibraryWhoSaidResult {
  if (own.command !== 'who-said' || 'scope' in own) return result;
  const file = { id: 0, title: ctx.article.title, publisher: ctx.article.publisher, file: path };
  const answers = [...own.answers.map((a) => ({ ...a, article: file })), ...result.answers]
    .sort((a, b) => b.score - a.score)
    .slice(0, BOT_LIMITS.whoSaidAnswers);
  if (answers.length === 0) return result;
  const { note: _note, ...rest } = result;
  return { ...rest, answers };
}

/** Run something that needs the library; its refusals (unknown article, unreadable database) become errors. */
async function withLibrary(answer: () => Promise<LibraryAwareResult>): Promise<Outcome> {
  try {
    return { ok: true, result: await answer() };
  } catch (error) {
    return { ok: false, error: forTerminal(describeUnexpected(error)) };
  }
}

/** Everything written goes through neutraliseInvisible: an echoed question or a page title may carry bidi controls. */
function emit(session: Session, outcome: Outcome): void {
  if (session.json) {
    const payload = outcome.ok ? outcome.result : { error: outcome.error };
    session.output.write(`${neutraliseInvisible(JSON.stringify(payload))}\n`);
  } else if (outcome.ok) {
    const { result } = outcome;
    session.output.write(`${neutraliseInvisible(isLibraryOnlyResult(result) ? renderLibraryText(result) : renderResult(result))}\n`);
  } else {
    session.errorOutput.write(`${neutraliseInvisible(outcome.error)}\n`);
  }
}

function isCommandLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && !trimmed.startsWith('#');
}

async function runBatch(session: Session, input: Readable): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) {
    if (isCommandLine(line)) emit(session, await answerLine(line.trim(), session.ctx, session.registry, session.library, session.source));
  }
}

async function runPrompt(session: Session, input: Readable): Promise<void> {
  const { article } = session.ctx;
  const source = article.publisher ? `${article.publisher}, ` : '';
  session.output.write(
    `“${article.title}” (${source}${article.paragraphs.length} paragraphs).\n` +
      `Type a command such as /speakers or /quotes speaker:NAME; /help lists them all. Ctrl+D or "exit" quits.\n`,
  );
  const prompt = createInterface({ input, output: session.output, terminal: true, prompt: '> ' });
  // Without a listener readline only pauses on Ctrl+C, which would leave the loop waiting forever.
  prompt.on('SIGINT', () => prompt.close());
  prompt.prompt();
  for await (const line of prompt) {
    const trimmed = line.trim();
    if (trimmed === 'exit' || trimmed === 'quit') break;
    if (isCommandLine(trimmed)) emit(session, await answerLine(trimmed, session.ctx, session.registry, session.library, session.source));
    prompt.prompt();
  }
  prompt.close();
}

function reportFatal(json: boolean, output: Writable, errorOutput: Writable, message: string): void {
  if (json) output.write(`${JSON.stringify({ error: message })}\n`);
  else errorOutput.write(`${message}\n`);
}

/**
 * Load the article and the command modules together; only what answering needs is imported.
 * An --article that is a library id (and no file's name) comes from the library.
 */
async function prepare(articleArg: string, library: () => Promise<Library>): Promise<Prepared> {
  const libraryId = libraryIdOf(articleArg);
  if (libraryId !== undefined) {
    const lib = await library();
    const ctx = await lib.context((await lib.find(EVERY_SERVER, libraryId)).id);
    return { ctx, registry: await import('../../commands/index.ts'), source: { kind: 'library', id: libraryId } };
  }
  if (articleArg === DEFAULT_ARTICLE_PATH) {
    const [article, context, registry] = await Promise.all([
      loadArticleFile(articleArg),
      import('../answers/context.ts'),
      import('../../commands/index.ts'),
    ]);
    return { ctx: context.prepareArticle(article), registry, source: { kind: 'bundled' } };
  }
  // A file of the user's: read as /article add reads an upload (HTML, Markdown, older encodings).
  const [file, context, registry] = await Promise.all([
    import('./article-file.ts').then((m) => m.readArticleFile(articleArg)),
    import('../answers/context.ts'),
    import('../../commands/index.ts'),
  ]);
  return { ctx: context.prepareArticle(file.article), registry, source: { kind: 'file', path: articleArg }, ...(file.warning ? { warning: file.warning } : {}) };
}

/** Which article the terminal answers about, so /articles and scope:library can say so. */
type ArticleSource = { kind: 'bundled' } | { kind: 'library'; id: number } | { kind: 'file'; path: string };

interface Prepared {
  ctx: ArticleContext;
  registry: Commands;
  source: ArticleSource;
  warning?: string;
}

export async function runCli(options: CliOptions): Promise<number> {
  const { output, errorOutput } = options;
  let args: CliArgs;
  try {
    args = parseArgv(options.argv);
  } catch (error) {
    const wantsJson = options.argv.includes('--json');
    reportFatal(wantsJson, output, errorOutput, `${describeUnexpected(error)} Run with --help for usage.`);
    return EXIT_USAGE;
  }
  if (args.help) {
    output.write(`${USAGE}\n`);
    return EXIT_OK;
  }

  const library = lazyLibrary();
  let prepared: Prepared;
  try {
    prepared = await prepare(args.article ?? DEFAULT_ARTICLE_PATH, library);
  } catch (error) {
    const message =
      error instanceof ArticleError || (error instanceof Error && error.name === 'LibraryError')
        ? error.message
        : `Could not prepare the article: ${describeUnexpected(error)}`;
    reportFatal(args.json, output, errorOutput, message);
    return EXIT_FAILED;
  }

  if (prepared.warning) errorOutput.write(`${prepared.warning}\n`);
  const session: Session = { ctx: prepared.ctx, registry: prepared.registry, source: prepared.source, library, json: args.json, output, errorOutput };
  if (args.command !== undefined) {
    const outcome = await answerLine(args.command, session.ctx, session.registry, session.library, session.source);
    emit(session, outcome);
    return outcome.ok ? EXIT_OK : EXIT_FAILED;
  }
  if (options.isTTY && !args.json) await runPrompt(session, options.input);
  else await runBatch(session, options.input);
  return EXIT_OK;
}
