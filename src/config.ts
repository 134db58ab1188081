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
  // In a shard process discord.js sets SHARDS to the shard's own id: not the SHARDS setting.
  const parsed = envSchema.safeParse(env.SHARDING_MANAGER ? { ...env, SHARDS: undefined } : env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'configuration')}: ${issue.message}`);
    return { ok: false, message: `Configuration error —\n  ${lines.join('\n  ')}\n(see .env.example)` };
  }
  const data = parsed.data;
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
    },
  };
}

/** Read .env (without overriding real environment variables), then validate process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  loadDotenv({ quiet: true, processEnv: env });
  return parseConfig(env);
}
