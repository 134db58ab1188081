import type { APIApplicationCommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { z } from 'zod';
import type { HelpResult } from '../src/answers/types.ts';
import type { BotCommand } from './types.ts';

const schema = z.strictObject({});

/** Discord's option type numbers (ApplicationCommandOptionType), kept literal so /help never loads discord.js. */
const INTEGER_OPTION = 4;
const NUMBER_OPTION = 10;
const CHAT_INPUT_COMMAND = 1;

/** "query:<text>" for a required option, "[sentences:<1–10>]" for an optional one. */
function usageOf(option: APIApplicationCommandOption): string {
  let placeholder = 'text';
  if (option.type === INTEGER_OPTION || option.type === NUMBER_OPTION) {
    const { min_value: min, max_value: max } = option;
    placeholder = min !== undefined && max !== undefined ? `${min}–${max}` : 'number';
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

const helpDefinition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'help',
  description: 'What this bot can answer, and how to ask.',
  type: CHAT_INPUT_COMMAND,
};

/** `/help`, listing whatever `list()` returns when asked (the list includes help itself). */
export function createHelpCommand(list: () => readonly Pick<BotCommand, 'data'>[]): BotCommand<z.infer<typeof schema>> {
  return {
    data: { name: helpDefinition.name, toJSON: () => helpDefinition },
    schema,
    defer: false,
    answer: () => describeCommands(list()),
  };
}
