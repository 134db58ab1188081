import { createRequire } from 'node:module';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody, SlashCommandBuilder } from 'discord.js';
import type { BotCommand } from './types.ts';

type DiscordJs = typeof import('discord.js');

const require = createRequire(import.meta.url);

/** discord.js itself, loaded on first call (a synchronous require: it is a CommonJS package). */
export function discordJs(): DiscordJs {
  return require('discord.js') as DiscordJs;
}

/**
 * A command's Discord definition, made with discord.js's SlashCommandBuilder the first time its JSON
 * is needed. Loading discord.js takes about half a second, so the terminal, which only needs the
 * name and the zod schema, answers without ever loading it.
 */
export function slashCommand(
  name: string,
  build: (builder: SlashCommandBuilder, discord: DiscordJs) => { toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody },
): BotCommand['data'] {
  let json: RESTPostAPIChatInputApplicationCommandsJSONBody | undefined;
  return {
    name,
    toJSON() {
      if (json === undefined) {
        const discord = discordJs();
        json = build(new discord.SlashCommandBuilder().setName(name), discord).toJSON();
      }
      return json;
    },
  };
}
