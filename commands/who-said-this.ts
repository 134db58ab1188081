/**
 * "Who said this?": a message command (right-click a message → Apps). It takes the message's text
 * (a pasted quote, or a claim about the article) and answers as /who-said does, privately, with a
 * button to share the answer in the channel. Plain JSON, so nothing here loads discord.js.
 */
import type { RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import { BOT_LIMITS } from '../src/constants.ts';

export const WHO_SAID_THIS = 'Who said this?';
/** ApplicationCommandType.Message. */
const MESSAGE_COMMAND = 3;

export const whoSaidThisDefinition: RESTPostAPIContextMenuApplicationCommandsJSONBody = {
  name: WHO_SAID_THIS,
  type: MESSAGE_COMMAND,
} as RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** What /help says about it (a message command has no description of its own in Discord). */
export const whoSaidThisHelp = {
  name: WHO_SAID_THIS,
  usage: `Right-click a message → Apps → ${WHO_SAID_THIS}`,
  description: 'Who said the quote or claim in that message, shown only to you, with a button to share it.',
};

/**
 * The words to look up in a message: its text, else its embeds' (a shared answer, a link preview).
 * Cut at a word boundary to the query limit, so a long pasted paragraph still matches word for word.
 */
export function messageQuery(message: { content?: string | null; embeds?: readonly { title?: string | null; description?: string | null }[] }): string {
  const text = (message.content ?? '').trim() ||
    (message.embeds ?? []).map((e) => [e.title, e.description].filter(Boolean).join(' ')).join(' ').trim();
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= BOT_LIMITS.queryLength) return flat;
  const cut = flat.slice(0, BOT_LIMITS.queryLength);
  const space = cut.lastIndexOf(' ');
  return (space > BOT_LIMITS.queryLength / 2 ? cut.slice(0, space) : cut).trim();
}
