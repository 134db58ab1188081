/**
 * One-line logging with secrets removed. Every line passes through `redact`, so neither the bot
 * token nor an interaction/webhook token (they sit in the URLs of Discord API errors) reaches a log.
 */
import { inspect } from 'node:util';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
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

export function createLogger(options: {
  secrets?: readonly string[];
  write?: (line: string) => void;
  now?: () => Date;
}): Logger {
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const emit = (level: string, message: string) =>
    write(redact(`${now().toISOString()} ${level} ${message}`, secrets));
  return {
    info: (message) => emit('info', message),
    warn: (message) => emit('warn', message),
    error: (message, error) => emit('error', error === undefined ? message : `${message}: ${describeError(error)}`),
  };
}
