import type { APIApplicationCommandOption } from 'discord.js';
import { z } from 'zod';
import type { HelpResult } from '../src/answers/types.ts';
import { discordJs, slashCommand } from './define.ts';
import type { BotCommand } from './types.ts';

const schema = z.strictObject({});

/** "query:<text>" for a required option, "[sentences:<1–10>]" for an optional one. */
function usageOf(option: APIApplicationCommandOption): string {
  const { ApplicationCommandOptionType } = discordJs();
  let placeholder = 'text';
  if (option.type === ApplicationCommandOptionType.Integer || option.type === ApplicationCommandOptionType.Number) {
    placeholder = option.min_value !== undefined && option.max_value !== undefined ? `${option.min_value}–${option.max_value}` : 'number';
  }
  const usage = `${option.name}:<${placeholder}>`;
  return option.required ? usage : `[${usage}]`;
}

/** What `/help` says about each command, from the same definitions Discord registers. */
export function describeCommands(list: readonly Pick<BotCommand, 'data'>[]): HelpResult {
  return {
    command: 'help',
    commands: list.map((command) => {
      const json = command.data.toJSON();
      const options = (json.options ?? []).map(usageOf);
      return { name: json.name, usage: [`/${json.name}`, ...options].join(' '), description: json.description };
    }),
  };
}

/** `/help`, listing whatever `list()` returns at the time it is asked (the list includes help itself). */
export function createHelpCommand(list: () => readonly Pick<BotCommand, 'data'>[]): BotCommand<z.infer<typeof schema>> {
  return {
    data: slashCommand('help', (builder) => builder.setDescription('What this bot can answer, and how to ask.')),
    schema,
    defer: false,
    answer: () => describeCommands(list()),
  };
}
