import type { APIApplicationCommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { z } from 'zod';
import type { HelpResult } from '../src/answers/types.ts';
import type { BotCommand } from './types.ts';

const schema = z.strictObject({});

/** Discord's option type numbers (ApplicationCommandOptionType), kept literal so /help never loads discord.js. */
const INTEGER_OPTION = 4;
const NUMBER_OPTION = 10;
const ATTACHMENT_OPTION = 11;
const CHAT_INPUT_COMMAND = 1;

/** "query:<text>" for a required option, "[sentences:<1–10>]" for an optional one. */
function usageOf(option: APIApplicationCommandOption): string {
  let placeholder = option.type === ATTACHMENT_OPTION ? 'attachment' : 'text';
  const choices = 'choices' in option ? (option.choices ?? []) : [];
  if (choices.length > 0) placeholder = choices.map((choice) => String(choice.value)).join('|');
  if (option.type === INTEGER_OPTION || option.type === NUMBER_OPTION) {
    const { min_value: min, max_value: max } = option;
    placeholder = min !== undefined && max !== undefined ? `${min}–${max}` : 'number';
  }
  const usage = `${option.name}:<${placeholder}>`;
  return option.required ? usage : `[${usage}]`;
}

const SUB_COMMAND_OPTION = 1;

/** One help line: "/quotes [speaker:<text>]", or one per subcommand ("/article add [file:<text>] …"). */
function helpLines(path: string, description: string, options: readonly APIApplicationCommandOption[]) {
  const subcommands = options.filter((option) => option.type === SUB_COMMAND_OPTION);
  if (subcommands.length > 0) {
    return subcommands.flatMap((sub): HelpResult['commands'] =>
      helpLines(`${path} ${sub.name}`, sub.description, 'options' in sub ? (sub.options ?? []) : []));
  }
  return [{ name: path, usage: [`/${path}`, ...options.map(usageOf)].join(' '), description }];
}

/** What `/help` says about each command, from the same definitions Discord registers. */
export function describeCommands(list: readonly Pick<BotCommand, 'data'>[]): HelpResult {
  return {
    command: 'help',
    commands: list.flatMap((command) => {
      const json = command.data.toJSON();
      return helpLines(json.name, json.description, json.options ?? []);
    }),
  };
}

const helpDefinition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'help',
  description: 'What this bot can answer, and how to ask.',
  type: CHAT_INPUT_COMMAND,
};

/**
 * `/help`, listing whatever `list()` returns when asked (the list includes help itself), then
 * `extra` lines for commands that are not slash commands (a message command).
 */
export function createHelpCommand(
  list: () => readonly Pick<BotCommand, 'data'>[],
  extra: HelpResult['commands'] = [],
): BotCommand<z.infer<typeof schema>> {
  return {
    data: { name: helpDefinition.name, toJSON: () => helpDefinition },
    schema,
    defer: false,
    answer: () => {
      const described = describeCommands(list());
      return { ...described, commands: [...described.commands, ...extra] };
    },
  };
}
