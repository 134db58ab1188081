/**
 * Bot mode of `npm start`: open the library, create the client, log in, and stay up until a signal.
 * Handler errors and unhandled rejections are logged, never fatal. With SHARD_IDS/SHARD_COUNT the
 * process runs just those shards (other machines run the rest) and keeps the library-wide index of
 * just their servers; under discord.js's ShardingManager, the shard it was given.
 */
import { Status, type Client } from 'discord.js';
import { commands, findCommand } from '../../commands/index.ts';
import { DEFAULT_ARTICLE_PATH } from '../article/load.ts';
import { Library } from '../library/library.ts';
import type { ShardSet } from '../library/partition.ts';
import type { AppConfig } from '../config.ts';
import { createClient } from './client.ts';
import { describeExpected, isExpectedDiscordError } from './errors.ts';
import { createInteractionHandler } from './interactions.ts';
import { describeError, type Logger } from './log.ts';
import { startHealthServer } from '../ops/health.ts';
import { createAppLogger } from '../ops/logging.ts';
import { BotMetrics, instrument } from '../ops/metrics.ts';

/** Resolves with an exit code only if start-up fails; otherwise the process runs until a signal. */
export async function runBot(config: AppConfig, token: string): Promise<number> {
  const shards = ownShards(config);
  const logger = createAppLogger({ format: config.logFormat, secrets: [token], bindings: shards ? { shards: shards.ids, shardCount: shards.count } : {} });
  guardProcess(logger);

  const library = await openLibrary(config, logger, shards);
  if (!library) return 1;
  const ctx = await library.context(await library.defaultArticleId(null));

  const metrics = new BotMetrics({
    library: {
      articles: () => library.store.count(),
      indexedQuotes: () => library.indexedQuotes,
      cache: () => ({ hits: library.stats.contextHits, misses: library.stats.contextMisses }),
    },
  });
  const handler = createInteractionHandler({ ctx, findCommand, logger, library, allowPrivateUrls: config.allowPrivateUrls });
  const client = createClient({
    apiUrl: config.apiUrl,
    logger,
    shards,
    onInteraction: instrument(metrics, handler),
    readyDetail:
      `answering ${commands.length} commands; library ${library.store.where} holds ${await library.store.count()} articles ` +
      `(default “${ctx.article.title}”, ${ctx.article.paragraphs.length} paragraphs)` +
      (shards ? `; shards ${shards.ids.join(',')} of ${shards.count}` : ''),
  });
  shutDownOnSignals(client, logger, () => library.close());

  if (config.healthPort !== undefined) {
    try {
      const server = await startHealthServer({
        port: healthPortOf(config.healthPort, shards),
        host: config.healthHost,
        metrics,
        checks: { gatewayConnected: () => client.ws.status === Status.Ready, pingDatabase: () => library.store.ping() },
      });
      server.unref();
      const address = server.address() as { port: number };
      logger.info(`health: /healthz and /metrics on http://${config.healthHost}:${address.port}`);
    } catch (error) {
      logger.error(`Cannot serve health checks on ${config.healthHost}:${config.healthPort}: ${describeError(error, true)} — fix HEALTH_PORT`);
      await library.close();
      return 1;
    }
  }

  try {
    await client.login(token);
  } catch (error) {
    logger.error(`Could not log in to Discord at ${config.apiUrl}: ${describeError(error, true)} — check DISCORD_TOKEN and DISCORD_API_URL`);
    await client.destroy();
    await library.close();
    return 1;
  }
  return new Promise<number>(() => {});
}

/** The shards this process runs: SHARD_IDS of SHARD_COUNT, else the one a ShardingManager gave it, else all. */
export function ownShards(config: Pick<AppConfig, 'shardSet'>, env: NodeJS.ProcessEnv = process.env): ShardSet | undefined {
  if (config.shardSet) return config.shardSet;
  if (env.SHARDING_MANAGER && env.SHARDS !== undefined && env.SHARD_COUNT !== undefined) {
    const given = JSON.parse(env.SHARDS) as number | number[];
    return { ids: Array.isArray(given) ? given : [given], count: Number(env.SHARD_COUNT) };
  }
  return undefined;
}

/**
 * Under discord.js's ShardingManager every shard is a process of its own on one machine: each
 * serves health and metrics at HEALTH_PORT + its shard id, so they do not collide.
 */
export function healthPortOf(port: number, shards: ShardSet | undefined, env: NodeJS.ProcessEnv = process.env): number {
  return env.SHARDING_MANAGER && port > 0 && shards ? port + shards.ids[0]! : port;
}

/** The article library; on its first start it takes in the bundled article (ARTICLE_PATH, if set). */
async function openLibrary(config: AppConfig, logger: Logger, shards: ShardSet | undefined): Promise<Library | undefined> {
  const bundled = config.articlePath ?? DEFAULT_ARTICLE_PATH;
  const where = config.databaseUrl ? 'DATABASE_URL' : config.databasePath;
  try {
    const library = await Library.open({ path: config.databasePath, url: config.databaseUrl, bundledArticlePath: bundled, shards, warn: (message) => logger.warn(message) });
    const { rebuiltArticles, libraryIndex } = library.openReport;
    if (rebuiltArticles > 0 || libraryIndex === 'rebuilt') {
      const andLibrary = libraryIndex === 'rebuilt' ? ' and the library-wide index' : '';
      logger.info(`library: rebuilt ${rebuiltArticles} article indexes${andLibrary} (the code or the library changed since they were stored)`);
    }
    if (library.openReport.readOnly) {
      logger.warn(`library: the database at ${where} is read-only — articles are answered, but /article add, remove and use are refused until it is writable`);
    }
    return library;
  } catch (error) {
    logger.error(
      `Cannot open the article library at ${where} (bundled article ${bundled}): ${describeError(error, true)} — fix ${config.databaseUrl ? 'DATABASE_URL' : 'DATABASE_PATH'} or ARTICLE_PATH`,
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

function shutDownOnSignals(client: Client, logger: Logger, onStop: () => Promise<void> = async () => {}): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: logging out`);
    client
      .destroy()
      .catch((error: unknown) => logger.error('error while logging out', error))
      .then(() => onStop())
      .catch((error: unknown) => logger.error('error while closing the library', error))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
