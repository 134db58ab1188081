/**
 * Configuration from the environment (and a .env file), validated by zod. A bad value produces
 * one message that names the variable and says how to fix it; the token's value never appears in it.
 */
import { existsSync, statSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';
/** Relative to the working directory, like every path a user gives. */
export const DEFAULT_DATABASE_PATH = 'data/library.db';

export interface AppConfig {
  /** Absent: the bot runs in terminal mode. */
  token: string | undefined;
  clientId: string | undefined;
  guildId: string | undefined;
  /** REST base handed to discord.js as `rest.api`, without a trailing slash or version. */
  apiUrl: string;
  articlePath: string | undefined;
  /** The article library's SQLite file (DATABASE_PATH). */
  databasePath: string;
  /** Let /article add url: reach private and loopback addresses (ALLOW_PRIVATE_URLS). */
  allowPrivateUrls: boolean;
  /** SHARDS: a shard count, 'auto' (ask Discord), or undefined (one process unless Discord asks for more). */
  shards: number | 'auto' | undefined;
  /** DATABASE_URL: postgres://… puts the library in PostgreSQL (else SQLite at databasePath). */
  databaseUrl: string | undefined;
  /** SHARD_IDS of SHARD_COUNT: the shards this process owns when several machines share the gateway. */
  shardSet: { ids: number[]; count: number } | undefined;
  /** HEALTH_PORT: serve /healthz and /metrics on 127.0.0.1 (or HEALTH_HOST) at this port (0: any free port, logged). */
  healthPort: number | undefined;
  healthHost: string;
  /** LOG_FORMAT: 'text' (one line each, the default) or 'json' (pino). */
  logFormat: 'text' | 'json';
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; message: string };

const SNOWFLAKE = /^\d{17,20}$/;
/** Three base64url parts separated by dots, as Discord issues bot tokens. */
const TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** An empty variable (`DISCORD_GUILD_ID=` in .env) means "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const tokenSchema = z
  .string()
  .transform((value) => value.trim())
  .superRefine((value, ctx) => {
    if (/^bot\s/i.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'remove the "Bot " prefix: paste the token alone' });
    } else if (/^["']|["']$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'remove the quotation marks around the token' });
    } else if (!TOKEN_SHAPE.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: 'this is not a bot token (three dot-separated parts); copy it again from the Developer Portal → Bot → Reset Token',
      });
    }
  });

const snowflake = (what: string) =>
  z.string().trim().regex(SNOWFLAKE, `must be a numeric Discord id (17–20 digits): copy the ${what} with Developer Mode on`);

const apiUrlSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL such as https://discord.com/api' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'must start with http:// or https:// (for example https://discord.com/api)' });
    } else if (/\/v\d+\/?$/.test(url.pathname)) {
      ctx.addIssue({ code: 'custom', message: 'leave the API version off: end it at /api (discord.js adds /v10)' });
    }
  })
  .transform((value) => value.replace(/\/+$/, ''));

const articlePathSchema = z
  .string()
  .trim()
  .superRefine((path, ctx) => {
    if (!existsSync(path)) {
      ctx.addIssue({ code: 'custom', message: 'no such file: point it at an article (.txt, .md or .html), or leave it empty for the bundled one' });
    } else if (statSync(path).isDirectory()) {
      ctx.addIssue({ code: 'custom', message: 'this is a folder: point it at one article file inside it (.txt, .md or .html)' });
    } else if (!statSync(path).isFile()) {
      ctx.addIssue({ code: 'custom', message: 'not a regular file: point it at an article file (.txt, .md or .html)' });
    }
  });

const SHARDS_MESSAGE = 'must be a number of shards (1 or more) or auto; leave it empty to let Discord decide';
/** "0,1", "0-7" or "0-3,8": shard ids, each once. */
const shardIdsSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const ids: number[] = [];
    for (const part of value.split(',')) {
      const range = /^\s*(\d{1,4})\s*(?:-\s*(\d{1,4})\s*)?$/.exec(part);
      const from = Number(range?.[1]);
      const to = range?.[2] === undefined ? from : Number(range[2]);
      if (!range || to < from) {
        ctx.addIssue({ code: 'custom', message: 'must list shard ids such as 0,1 or 0-7' });
        return z.NEVER;
      }
      for (let id = from; id <= to; id++) ids.push(id);
    }
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', message: 'names a shard twice' });
      return z.NEVER;
    }
    return ids;
  });

const envSchema = z.object({
  DISCORD_TOKEN: optional(tokenSchema),
  DISCORD_CLIENT_ID: optional(snowflake('application id (Developer Portal → General Information)')),
  DISCORD_GUILD_ID: optional(snowflake('server id (right-click the server → Copy Server ID)')),
  DISCORD_API_URL: optional(apiUrlSchema),
  ARTICLE_PATH: optional(articlePathSchema),
  DATABASE_PATH: optional(z.string().trim().min(1)),
  ALLOW_PRIVATE_URLS: optional(
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' }).transform((v) => ['true', '1', 'yes'].includes(v)),
  ),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, { error: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/database' }),
  ),
  SHARD_IDS: optional(shardIdsSchema),
  SHARD_COUNT: optional(z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(16_384)),
  HEALTH_PORT: optional(z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65_535)),
  HEALTH_HOST: optional(z.string().trim().min(1)),
  LOG_FORMAT: optional(z.enum(['text', 'json'], { error: 'must be text or json' })),
  SHARDS: optional(
    z.union(
      [
        z.literal('auto'),
        z.coerce
          .number({ error: SHARDS_MESSAGE })
          .int({ error: SHARDS_MESSAGE })
          .min(1, { error: SHARDS_MESSAGE })
          .max(1024, { error: 'at most 1024 shards: Discord recommends far fewer; leave it empty to let Discord decide' }),
      ],
      { error: SHARDS_MESSAGE },
    ),
  ),
});

/** Validate an environment. Pure: reads no .env file (see `loadConfig`). */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  // In a shard process discord.js sets SHARDS (the shard's own id) and SHARD_COUNT: not the settings.
  const parsed = envSchema.safeParse(env.SHARDING_MANAGER ? { ...env, SHARDS: undefined, SHARD_IDS: undefined, SHARD_COUNT: undefined } : env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'configuration')}: ${issue.message}`);
    return { ok: false, message: `Configuration error —\n  ${lines.join('\n  ')}\n(see .env.example)` };
  }
  const data = parsed.data;
  const shardProblem = checkShardSet(data.SHARD_IDS, data.SHARD_COUNT);
  if (shardProblem) return { ok: false, message: `Configuration error —\n  ${shardProblem}\n(see .env.example)` };
  return {
    ok: true,
    config: {
      token: data.DISCORD_TOKEN,
      clientId: data.DISCORD_CLIENT_ID,
      guildId: data.DISCORD_GUILD_ID,
      apiUrl: data.DISCORD_API_URL ?? DEFAULT_DISCORD_API_URL,
      articlePath: data.ARTICLE_PATH,
      databasePath: data.DATABASE_PATH ?? DEFAULT_DATABASE_PATH,
      allowPrivateUrls: data.ALLOW_PRIVATE_URLS ?? false,
      shards: data.SHARDS,
      databaseUrl: data.DATABASE_URL,
      shardSet: data.SHARD_COUNT === undefined ? undefined : { ids: data.SHARD_IDS ?? range(data.SHARD_COUNT), count: data.SHARD_COUNT },
      healthPort: data.HEALTH_PORT,
      healthHost: data.HEALTH_HOST ?? '127.0.0.1',
      logFormat: data.LOG_FORMAT ?? 'text',
    },
  };
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

function checkShardSet(ids: number[] | undefined, count: number | undefined): string | undefined {
  if (ids !== undefined && count === undefined) return 'SHARD_IDS: set SHARD_COUNT too (the total number of shards across every machine)';
  const outside = ids?.find((id) => id >= count!);
  if (outside !== undefined) return `SHARD_IDS: shard ${outside} is not below SHARD_COUNT (${count}); shards are numbered from 0`;
  return undefined;
}

/** Read .env (without overriding real environment variables), then validate process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  loadDotenv({ quiet: true, processEnv: env });
  return parseConfig(env);
}
