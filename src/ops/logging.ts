/**
 * The bot's log: one text line per event (the default), or with LOG_FORMAT=json structured JSON
 * lines through pino — level, time, pid, the process's shards, message. Either way every message
 * and error passes through `redact`, so the bot token (and interaction tokens) never reach a log.
 */
import pino from 'pino';
import { createLogger, describeError, redact, type Logger } from '../discord/log.ts';

export interface LogOptions {
  format: 'text' | 'json';
  secrets: readonly string[];
  /** Fields on every JSON line (for example the shards this process runs). */
  bindings?: Record<string, unknown>;
  /** Where JSON lines go (tests); default standard error. */
  destination?: pino.DestinationStream;
}

export function createAppLogger(options: LogOptions): Logger {
  if (options.format === 'text') return createLogger({ secrets: options.secrets });
  const log = pino(
    {
      base: { pid: process.pid, ...options.bindings },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Belt and braces: a token passed as a field is censored too.
      redact: { paths: ['token', '*.token', 'headers.authorization'], censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
  const clean = (text: string) => redact(text, options.secrets);
  return {
    info: (message) => log.info(clean(message)),
    warn: (message) => log.warn(clean(message)),
    error: (message, error) =>
      error === undefined ? log.error(clean(message)) : log.error({ err: clean(describeError(error)) }, clean(message)),
  };
}
