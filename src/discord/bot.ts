/**
 * Bot mode of `npm start`: load the article, create the client, log in, and stay up until a signal.
 * Handler errors and unhandled rejections are logged, never fatal.
 */
import type { Client } from 'discord.js';
import { commands, findCommand } from '../../commands/index.ts';
import { DEFAULT_ARTICLE_PATH } from '../article/load.ts';
import { Library } from '../library/library.ts';
import type { AppConfig } from '../config.ts';
import { createClient } from './client.ts';
import { describeExpected, isExpectedDiscordError } from './errors.ts';
import { createInteractionHandler } from './interactions.ts';
import { createLogger, describeError, type Logger } from './log.ts';

/** Resolves with an exit code only if start-up fails; otherwise the process runs until a signal. */
export async function runBot(config: AppConfig, token: string): Promise<number> {
  const logger = createLogger({ secrets: [token] });
  guardProcess(logger);

  const library = openLibrary(config, logger);
  if (!library) return 1;
  const ctx = library.context(library.defaultArticleId(null));

  const client = createClient({
    apiUrl: config.apiUrl,
    logger,
    onInteraction: createInteractionHandler({ ctx, findCommand, logger, library, allowPrivateUrls: config.allowPrivateUrls }),
    readyDetail:
      `answering ${commands.length} commands; library ${config.databasePath} holds ${library.store.count()} articles ` +
      `(default “${ctx.article.title}”, ${ctx.article.paragraphs.length} paragraphs)`,
  });
  shutDownOnSignals(client, logger, () => library.close());

  try {
    await client.login(token);
  } catch (error) {
    logger.error(`Could not log in to Discord at ${config.apiUrl}: ${describeError(error, true)} — check DISCORD_TOKEN and DISCORD_API_URL`);
    await client.destroy();
    return 1;
  }
  return new Promise<number>(() => {});
}

/** The article library; on its first start it takes in the bundled article (ARTICLE_PATH, if set). */
function openLibrary(config: AppConfig, logger: Logger): Library | undefined {
  const bundled = config.articlePath ?? DEFAULT_ARTICLE_PATH;
  try {
    const library = Library.open({ path: config.databasePath, bundledArticlePath: bundled });
    const { rebuiltArticles, libraryIndex } = library.openReport;
    if (rebuiltArticles > 0 || libraryIndex === 'rebuilt') {
      const andLibrary = libraryIndex === 'rebuilt' ? ' and the library-wide index' : '';
      logger.info(`library: rebuilt ${rebuiltArticles} article indexes${andLibrary} (the code or the library changed since they were stored)`);
    }
    return library;
  } catch (error) {
    logger.error(
      `Cannot open the article library at ${config.databasePath} (bundled article ${bundled}): ${describeError(error, true)} — fix DATABASE_PATH or ARTICLE_PATH`,
    );
    return undefined;
  }
}

function guardProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    if (isExpectedDiscordError(reason)) logger.warn(`unhandled: ${describeExpected(reason)}`);
    else logger.error('unhandled rejection', reason);
  });
}

function shutDownOnSignals(client: Client, logger: Logger, onStop: () => void = () => {}): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: logging out`);
    client
      .destroy()
      .catch((error: unknown) => logger.error('error while logging out', error))
      .finally(() => {
        onStop();
        process.exit(0);
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
