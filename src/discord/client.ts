/**
 * The discord.js client: only the Guilds intent (slash commands need nothing more), the REST base
 * from DISCORD_API_URL, no pings by default, and every client event that matters turned into a log line.
 */
import { Client, Events, GatewayIntentBits, Options, RESTEvents } from 'discord.js';
import { isExpectedDiscordError, describeExpected } from './errors.ts';
import type { InteractionHandler } from './interactions.ts';
import type { Logger } from './log.ts';

export interface ClientOptions {
  apiUrl: string;
  logger: Logger;
  onInteraction: InteractionHandler;
  /** Said once the bot is ready ("answering about <title>"). */
  readyDetail?: string;
  cacheLimits?: CacheLimits;
  /** Run just these shards of this many (SHARD_IDS/SHARD_COUNT); absent: discord.js decides. */
  shards?: { ids: readonly number[]; count: number };
}

export interface CacheLimits {
  users: number;
  members: number;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = { users: 1000, members: 200 };

export function createClient(options: ClientOptions): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: options.apiUrl },
    allowedMentions: { parse: [] },
    makeCache: boundedCaches(options.cacheLimits ?? DEFAULT_CACHE_LIMITS),
    ...(options.shards ? { shards: [...options.shards.ids], shardCount: options.shards.count } : {}),
  });
  wireEvents(client, options);
  return client;
}

/**
 * Every interaction adds its user (and member) to discord.js's caches; a busy bot would grow them
 * without end. The bot reads no messages and looks up no one, so small caches lose nothing.
 */
function boundedCaches(limits: CacheLimits) {
  const keepSelf = { keepOverLimit: (entry: { id: string; client: Client }) => entry.id === entry.client.user?.id };
  return Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    MessageManager: 0,
    UserManager: { maxSize: limits.users, ...keepSelf },
    GuildMemberManager: { maxSize: limits.members, ...keepSelf },
  });
}

function wireEvents(client: Client, { logger, onInteraction, readyDetail }: ClientOptions): void {
  client.once(Events.ClientReady, (ready) => {
    const servers = ready.guilds.cache.size;
    logger.info(`Logged in as ${ready.user.tag} in ${servers} server${servers === 1 ? '' : 's'}${readyDetail ? `, ${readyDetail}` : ''}`);
  });
  client.on(Events.InteractionCreate, (interaction) => {
    onInteraction(interaction).catch((error: unknown) => logger.error('interaction handler failed', error));
  });
  client.on(Events.Error, (error) => {
    if (isExpectedDiscordError(error)) logger.warn(`client: ${describeExpected(error)}`);
    else logger.error('client error', error);
  });
  client.on(Events.Warn, (message) => logger.warn(`client: ${message}`));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn(`gateway shard ${shardId} disconnected (code ${event.code})`));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info(`gateway shard ${shardId} resumed (${replayed} events replayed)`));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(`rate limited on ${info.route} for ${info.timeToReset} ms (global: ${info.global})`),
  );
}
