/**
 * `npm start`. With DISCORD_TOKEN set, log in to Discord and answer slash commands; without it,
 * answer the same commands in the terminal (typed at a prompt, or piped one per line).
 */
import type { Client } from 'discord.js';
import { commands, findCommand } from './commands/index.ts';
import { prepareArticle } from './src/answers/context.ts';
import { DEFAULT_ARTICLE_PATH, loadArticleFile } from './src/article/load.ts';
import { loadConfig, type AppConfig } from './src/config.ts';
import { createClient } from './src/discord/client.ts';
import { describeExpected, isExpectedDiscordError } from './src/discord/errors.ts';
import { createInteractionHandler } from './src/discord/interactions.ts';
import { createLogger, describeError, redact, type Logger } from './src/discord/log.ts';

async function main(): Promise<number> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return 1;
  }
  const { config } = loaded;
  if (!config.token) return runTerminal(config);
  return runBot(config, config.token);
}

async function runTerminal(config: AppConfig): Promise<number> {
  process.stderr.write(
    'No DISCORD_TOKEN set: answering in the terminal. To connect to Discord, put DISCORD_TOKEN (and DISCORD_CLIENT_ID) in .env — see .env.example — then run `npm run deploy` and `npm start`.\n',
  );
  const { runCli } = await import('./src/cli/run.ts');
  return runCli({
    argv: config.articlePath ? ['--article', config.articlePath] : [],
    input: process.stdin,
    output: process.stdout,
    errorOutput: process.stderr,
    isTTY: Boolean(process.stdin.isTTY),
  });
}

async function runBot(config: AppConfig, token: string): Promise<number> {
  const logger = createLogger({ secrets: [token] });
  guardProcess(logger);

  const articlePath = config.articlePath ?? DEFAULT_ARTICLE_PATH;
  let ctx;
  try {
    ctx = prepareArticle(await loadArticleFile(articlePath));
  } catch (error) {
    logger.error(`Cannot read the article at ${articlePath}: ${describeError(error, true)}`);
    return 1;
  }

  const client = createClient({
    apiUrl: config.apiUrl,
    logger,
    onInteraction: createInteractionHandler({ ctx, findCommand, logger }),
    readyDetail: `answering ${commands.length} commands about “${ctx.article.title}” (${ctx.article.paragraphs.length} paragraphs)`,
  });
  shutDownOnSignals(client, logger);

  try {
    await client.login(token);
  } catch (error) {
    logger.error(`Could not log in to Discord at ${config.apiUrl}: ${describeError(error, true)} — check DISCORD_TOKEN and DISCORD_API_URL`);
    await client.destroy();
    return 1;
  }
  return new Promise<number>(() => {}); // runs until a signal ends it
}

/** Errors that escape a handler are logged, never fatal. */
function guardProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    if (isExpectedDiscordError(reason)) logger.warn(`unhandled: ${describeExpected(reason)}`);
    else logger.error('unhandled rejection', reason);
  });
}

function shutDownOnSignals(client: Client, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: logging out`);
    client
      .destroy()
      .catch((error: unknown) => logger.error('error while logging out', error))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${redact(`Fatal: ${describeError(error, true)}`, [process.env.DISCORD_TOKEN ?? ''])}\n`);
    process.exit(1);
  },
);
