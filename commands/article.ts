/**
 * /article add|remove|use and /articles: managing a server's article library. Their Discord
 * definitions are plain JSON (no discord.js load); src/discord/library-commands.ts answers them,
 * since they need the server, the member's permissions and downloads — not one article.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { ARTICLE_OPTION } from './library.ts';

/** Discord's numbers, kept literal so the terminal never loads discord.js. */
const SUB_COMMAND = 1;
const STRING = 3;
const ATTACHMENT = 11;
const CHAT_INPUT = 1;
const GUILD_CONTEXT = 0;
/** PermissionFlagsBits.ManageGuild (1 << 5), as Discord wants it: a decimal string. */
export const MANAGE_GUILD = 1n << 5n;

export const ARTICLE_COMMAND = 'article';
export const ARTICLES_COMMAND = 'articles';
export const FILE_OPTION = 'file';
export const URL_OPTION = 'url';
const URL_MAX_LENGTH = 2000;

const articleRef = (description: string) => ({
  type: STRING,
  name: ARTICLE_OPTION,
  description,
  required: true,
  autocomplete: true,
  max_length: 100,
});

export const articleDefinition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: ARTICLE_COMMAND,
  type: CHAT_INPUT,
  description: "Manage this server's article library (needs Manage Server).",
  // Hidden from members without Manage Server; checked again when a command arrives.
  default_member_permissions: MANAGE_GUILD.toString(),
  contexts: [GUILD_CONTEXT],
  options: [
    {
      type: SUB_COMMAND,
      name: 'add',
      description: 'Add an article: attach a .txt, .md or .html file, or give a web address.',
      options: [
        { type: ATTACHMENT, name: FILE_OPTION, description: 'The article as a .txt, .md or .html file', required: false },
        { type: STRING, name: URL_OPTION, description: 'The web address of the article (http or https)', required: false, max_length: URL_MAX_LENGTH },
      ],
    },
    { type: SUB_COMMAND, name: 'remove', description: 'Remove an article this server added.', options: [articleRef('The article to remove')] },
    { type: SUB_COMMAND, name: 'use', description: "Make an article the server's default for every command.", options: [articleRef('The article to use by default')] },
  ],
} as RESTPostAPIChatInputApplicationCommandsJSONBody;

export const articlesDefinition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: ARTICLES_COMMAND,
  type: CHAT_INPUT,
  description: "List this server's article library and its default article.",
};

/** In the shape the command list, /help and deploy use (name and JSON). */
export const libraryCommandData = [articleDefinition, articlesDefinition].map((json) => ({ name: json.name, toJSON: () => json }));
