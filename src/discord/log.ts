/**
 * Structured logging: one JSON object per line (pino), with secrets removed. Every message and
 * error text passes through `redact`, so neither the bot token nor an interaction/webhook token
 * (they sit in the URLs of Discord API errors) reaches a log; pino's own redaction also blanks
 * token-named fields of any object logged.
 */
import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import type { DestinationStream } from 'pino';

type Pino = typeof import('pino');
const require = createRequire(import.meta.url);

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown, fields?: Record<string, unknown>): void;
}

/** Anything shaped like a Discord bot token, even one we were not told about. */
const BOT_TOKEN_SHAPE = /[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}/g;
/** The token segment of interaction callback and webhook URLs. */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)([^/?\s"']+)/g;

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.replace(BOT_TOKEN_SHAPE, '[redacted]').replace(URL_TOKEN, '$1[redacted]');
}

/** A short description of an error: its message, plus the stack unless `brief`. */
export function describeError(error: unknown, brief = false): string {
  if (error instanceof Error) {
    return brief || !error.stack ? `${error.name}: ${error.message}` : error.stack;
  }
  return inspect(error, { depth: 3 });
}

/** Field names whose values are never logged, at any depth pino's redaction reaches. */
const SECRET_FIELDS = ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization'];

export function createLogger(options: {
  secrets?: readonly string[];
  /** Receives each line without its newline (tests); default: standard error, written synchronously. */
  write?: (line: string) => void;
  now?: () => Date;
}): Logger {
  // Loaded here, not at import: the terminal imports this module for `redact` and never logs.
  const { pino } = require('pino') as Pino;
  const secrets = options.secrets ?? [];
  const now = options.now ?? (() => new Date());
  const write = options.write;
  const destination: DestinationStream = write
    ? { write: (chunk: string) => write(chunk.replace(/\n$/, '')) }
    : pino.destination({ fd: 2, sync: true });
  const base = pino(
    {
      base: undefined,
      messageKey: 'msg',
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: SECRET_FIELDS, censor: '[redacted]' },
    },
    destination,
  );
  const clean = (fields: Record<string, unknown> | undefined) =>
    fields === undefined ? {} : (JSON.parse(redact(JSON.stringify(fields), secrets)) as Record<string, unknown>);
  return {
    info: (message, fields) => base.info(clean(fields), redact(message, secrets)),
    warn: (message, fields) => base.warn(clean(fields), redact(message, secrets)),
    error: (message, error, fields) => {
      const detail = error === undefined ? {} : { error: redact(describeError(error), secrets) };
      base.error({ ...clean(fields), ...detail }, redact(error === undefined ? message : `${message}: ${describeError(error, true)}`, secrets));
    },
  };
}
