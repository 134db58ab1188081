import { askCommand } from './ask.ts';
import { createHelpCommand } from './help.ts';
import { quotesCommand } from './quotes.ts';
import { speakersCommand } from './speakers.ts';
import { summaryCommand } from './summary.ts';
import { voicesCommand } from './voices.ts';
import { whoSaidCommand } from './who-said.ts';
import { libraryCommandData } from './article.ts';
import { withLibraryOptions } from './library.ts';
import type { BotCommand } from './types.ts';
import { whoSaidThisDefinition, whoSaidThisHelp } from './who-said-this.ts';

/**
 * Every slash command, shared by the Discord adapter and the terminal. Each entry's schema checks
 * its own input type, so the list is typed by its common shape.
 */
export const commands: BotCommand[] = [
  whoSaidCommand,
  askCommand,
  summaryCommand,
  speakersCommand,
  quotesCommand,
  voicesCommand,
  createHelpCommand(() => [...commands, ...libraryCommandData.map((data) => ({ data }))], [whoSaidThisHelp]),
].map((command) => withLibraryOptions(command as BotCommand));

/** What Discord registers: the answering commands, the library's /article and /articles, and the "Who said this?" message command. */
export function commandDefinitions() {
  return [
    ...commands.map((command) => command.data.toJSON()),
    ...libraryCommandData.map((data) => data.toJSON()),
    whoSaidThisDefinition,
  ];
}

/** The command with this name ("quotes" or "/quotes", any case), or undefined. */
export function findCommand(name: string): BotCommand | undefined {
  const wanted = name.trim().replace(/^\//, '').toLowerCase();
  return commands.find((command) => command.data.name === wanted);
}
