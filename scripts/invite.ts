/**
 * `npm run invite`: the URL that adds the bot to a server, for the application DISCORD_CLIENT_ID.
 * Scopes: `bot` (the bot user that receives interactions) and `applications.commands` (its slash
 * commands and the "Who said this?" message command). Permissions: only Embed Links — every answer
 * is an embed, and Discord checks the app's Embed Links for its replies in a channel. Replies travel
 * through the interaction, so neither Send Messages nor View Channel is needed, and the bot reads no
 * messages on its own (a right-clicked message arrives with the interaction).
 */
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config.ts';

export const INVITE_SCOPES = ['bot', 'applications.commands'] as const;
/** PermissionFlagsBits.EmbedLinks (1 << 14), literal so printing a URL never loads discord.js. */
export const EMBED_LINKS = 1n << 14n;
export const INVITE_PERMISSIONS = EMBED_LINKS;

export function inviteUrl(clientId: string): string {
  const query = new URLSearchParams({
    client_id: clientId,
    scope: INVITE_SCOPES.join(' '),
    permissions: INVITE_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}

export interface InviteIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
}

export function runInvite(argv: readonly string[], io: InviteIo): number {
  const unknown = argv.find((arg) => arg !== '--help' && arg !== '-h');
  if (unknown !== undefined) {
    io.err(`Unknown argument ${JSON.stringify(unknown)}. Usage: npm run invite (prints the invite URL for DISCORD_CLIENT_ID).\n`);
    return 2;
  }
  if (argv.length > 0) {
    io.out('Usage: npm run invite — prints the URL that adds the bot to a server (DISCORD_CLIENT_ID from the environment or .env).\n');
    return 0;
  }
  const loaded = loadConfig(io.env);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 1;
  }
  const clientId = loaded.config.clientId;
  if (!clientId) {
    io.err('Set DISCORD_CLIENT_ID in .env first: the application id from the Developer Portal → your application → General Information.\n');
    return 1;
  }
  io.out(`${inviteUrl(clientId)}\n`);
  io.err(
    'Open it, pick your server (you need Manage Server there) and authorise. It asks for the scopes bot and ' +
      'applications.commands, and one permission, Embed Links (answers are embeds). No privileged gateway intents are used.\n',
  );
  return 0;
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  process.exitCode = runInvite(process.argv.slice(2), {
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
