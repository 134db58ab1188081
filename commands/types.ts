import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { z } from 'zod';
import type { ArticleContext } from '../src/answers/context.ts';
import type { CommandResult } from '../src/answers/types.ts';

export interface AutocompleteChoice {
  name: string;
  value: string;
}

/**
 * One slash command, shared by the Discord adapter and the terminal: the builder (what Discord
 * registers), the zod schema its options must pass, and a pure call into src/answers.
 */
export interface BotCommand<Input = unknown> {
  /** A SlashCommandBuilder; only its name and JSON are needed outside the module. */
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Validates the options as received (strings from the terminal, typed values from Discord). */
  schema: z.ZodType<Input>;
  /** Defer before answering: set for commands whose work may approach Discord's 3 s deadline. */
  defer: boolean;
  answer(ctx: ArticleContext, input: Input): CommandResult;
  autocomplete?(ctx: ArticleContext, option: string, typed: string): AutocompleteChoice[];
}
