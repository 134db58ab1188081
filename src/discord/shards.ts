/**
 * `npm start` past one process: when Discord's GET /gateway/bot recommends more than one shard,
 * or SHARDS asks for a number, discord.js's ShardingManager runs one bot process per shard
 * (each is `index.ts` again; discord.js tells it its shard through the environment). Every shard
 * opens the same article library; SQLite's WAL lets them share it.
 */
import { join } from 'node:path';
import type { ShardingManager } from 'discord.js';
import type { AppConfig } from '../config.ts';
import { PROJECT_ROOT, RUNNING_BUNDLE } from '../project-root.ts';
import { createAppLogger } from '../ops/logging.ts';
import { describeError, type Logger } from './log.ts';

/** Discord allows one IDENTIFY per 5 s per concurrency bucket. */
const IDENTIFY_INTERVAL_MS = 5_500;
/** Each shard runs the entry point this process runs: the bundle from `npm start`, else the source. */
const ENTRY = join(PROJECT_ROOT, ...(RUNNING_BUNDLE ? ['dist', 'index.js'] : ['index.ts']));

export interface GatewayAdvice {
  shards: number;
  maxConcurrency: number;
}

/** What GET /gateway/bot recommends, or undefined when it cannot be asked. */
export async function gatewayAdvice(apiUrl: string, token: string, fetchImpl: typeof fetch = fetch): Promise<GatewayAdvice | undefined> {
  try {
    const response = await fetchImpl(`${apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${token}` }, signal: AbortSignal.timeout(10_000) });
    if (!response.ok) {
      await response.body?.cancel(); // an unread body would hold the connection open
      return undefined;
    }
    const body = (await response.json()) as { shards?: unknown; session_start_limit?: { max_concurrency?: unknown } };
    const shards = Number(body.shards);
    const maxConcurrency = Number(body.session_start_limit?.max_concurrency ?? 1);
    if (!Number.isInteger(shards) || shards < 1) return undefined;
    return { shards, maxConcurrency: Number.isInteger(maxConcurrency) && maxConcurrency > 0 ? maxConcurrency : 1 };
  } catch {
    return undefined;
  }
}

/** How many shards to run: SHARDS when it is a number, else what Discord recommends (1 when it cannot say). */
export function shardPlan(config: Pick<AppConfig, 'shards'>, advice: GatewayAdvice | undefined): { total: number; spawnDelayMs: number } {
  const total = typeof config.shards === 'number' ? config.shards : (advice?.shards ?? 1);
  const concurrency = advice?.maxConcurrency ?? 1;
  return { total, spawnDelayMs: concurrency >= total ? 0 : IDENTIFY_INTERVAL_MS };
}

/** Run the shards until a signal; resolves with an exit code only if they cannot be started. */
export async function runShardingManager(config: AppConfig, token: string, plan: { total: number; spawnDelayMs: number }): Promise<number> {
  const logger = createAppLogger({ format: config.logFormat, secrets: [token] });
  // discord.js is loaded only when sharding (it takes a while; the one-process path loads it later).
  const { ShardingManager } = await import('discord.js');
  const manager = new ShardingManager(ENTRY, {
    token,
    totalShards: plan.total,
    mode: 'process',
    respawn: true,
    // Each shard runs with this process's flags (npm start's smaller young generation); from source
    // it also needs the TypeScript loader, when this process was given it some other way.
    execArgv: RUNNING_BUNDLE || process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => {
    logger.info(`shard ${shard.id}/${plan.total}: started`);
    shard.on('death', () => logger.warn(`shard ${shard.id}: process ended; restarting`));
  });
  stopOnSignals(manager, logger);
  try {
    await manager.spawn({ amount: plan.total, delay: plan.spawnDelayMs, timeout: 60_000 });
    logger.info(`sharding: ${plan.total} shards running (library ${config.databasePath})`);
  } catch (error) {
    logger.error(`Could not start ${plan.total} shards: ${describeError(error, true)}`);
    for (const shard of manager.shards.values()) shard.kill();
    return 1;
  }
  return new Promise<number>(() => {});
}

function stopOnSignals(manager: ShardingManager, logger: Logger): void {
  const stop = (signal: NodeJS.Signals) => {
    logger.info(`${signal}: stopping ${manager.shards.size} shards`);
    for (const shard of manager.shards.values()) {
      shard.removeAllListeners('death');
      shard.process?.kill(signal);
    }
    setTimeout(() => process.exit(0), 3000).unref();
    void Promise.all([...manager.shards.values()].map((s) => new Promise((resolve) => (s.process ? s.process.once('exit', resolve) : resolve(null))))).then(() =>
      process.exit(0),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
