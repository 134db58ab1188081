/**
 * Discord errors that are part of normal life: the user's interaction expired before we answered
 * (10062), or it was answered already (40060). They get one quiet log line, never a stack.
 */
import { DiscordAPIError } from 'discord.js';

export const UNKNOWN_INTERACTION = 10062;
export const ALREADY_ACKNOWLEDGED = 40060;

const EXPECTED_CODES = new Set<number | string>([UNKNOWN_INTERACTION, ALREADY_ACKNOWLEDGED]);

export function isExpectedDiscordError(error: unknown): error is DiscordAPIError {
  return error instanceof DiscordAPIError && EXPECTED_CODES.has(error.code);
}

/** "Unknown interaction (10062)" — one line, no URL (it holds the interaction token). */
export function describeExpected(error: DiscordAPIError): string {
  return `${error.message} (${error.code})`;
}
