/**
 * Bot mode of `npm start`: load the article, create the client, log in, and stay up until a signal.
 * Handler errors and unhandled rejections are logged, never fatal.
 */
import type { Client } from 'discord.js';
import { commands, findCommand } from '../../commands/index.ts';
import { prepareArticle, type ArticleContext } from '../answers/context.ts';
import { DEFAULT_ARTICLE_PATH, loadArticleFile } from '../article/load.ts';
import type { AppConfig } from '../config.ts';
import { createClient } from './client.ts';
import { describeExpected, isExpectedDiscordError } from './errors.ts';
import { createInteractionHandler } from './interactions.ts';
import { createLogger, describeError, type Logger } from './log.ts';

/** Resolves with an exit code only if start-up fails; otherwise the process runs until a signal. */
export async function runBot(config: AppConfig, token: string): Promise<number> {
  const logger = createLogger({ secrets: [token] });
  guardProcess(logger);

  const ctx = await loadContext(config.articlePath ?? DEFAULT_ARTICLE_PATH, logger);
  if (!ctx) return 1;

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
  return new Promise<number>(() => {});
}

async function loadContext(path: string, logger: Logger): Promise<ArticleContext | undefined> {
  try {
    return prepareArticle(await loadArticleFile(path));
  } catch (error) {
    logger.error(`Cannot read the article at ${path}: ${describeError(error, true)} — fix ARTICLE_PATH or leave it empty`);
    return undefined;
  }
}

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
