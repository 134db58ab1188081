/**
 * `npm run deploy`: register the slash commands and the "Who said this?" message command with
 * Discord — in one server when DISCORD_GUILD_ID is set (instant), otherwise globally.
 * `npm run -s deploy -- --dry-run` prints the JSON it would send and needs no token.
 * Flags are checked before anything else: a mistyped flag never falls through to a real registration.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commandDefinitions } from '../commands/index.ts';
import { loadConfig, type AppConfig } from '../src/config.ts';
import { describeError, redact } from '../src/discord/log.ts';

export function commandPayload(): ReturnType<typeof commandDefinitions> {
  return commandDefinitions();
}

/** The route the commands go to, relative to the API base. */
export function deployRoute(config: Pick<AppConfig, 'clientId' | 'guildId'>): `/${string}` {
  const clientId = config.clientId ?? 'DISCORD_CLIENT_ID';
  return config.guildId ? Routes.applicationGuildCommands(clientId, config.guildId) : Routes.applicationCommands(clientId);
}

export interface DeployIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  /** How long to wait for Discord before giving up (default 15 s). */
  timeoutMs?: number;
}

const processIo: DeployIo = {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export const EXIT_USAGE = 2;
const DEFAULT_TIMEOUT_MS = 15_000;

export const DEPLOY_USAGE = [
  'Usage: npm run deploy [-- --dry-run]',
  '',
  '  Registers the bot\'s commands with Discord for the application DISCORD_CLIENT_ID, using DISCORD_TOKEN',
  '  (both from the environment or .env). With DISCORD_GUILD_ID set they go to that one server and show at',
  '  once; without it they are global and can take up to an hour to reach every server.',
  '',
  '  --dry-run   print the JSON that would be sent, send nothing, need no token',
  '              (npm run -s deploy -- --dry-run > commands.json; -s keeps npm\'s banner out of the JSON)',
  '  --help      this text',
].join('\n');

const FLAGS = ['--dry-run', '--help', '-h'] as const;
type Flag = (typeof FLAGS)[number];

/** The flags given, or the first one that is not a flag of this script. */
export function parseDeployArgs(argv: readonly string[]): { ok: true; flags: Set<Flag> } | { ok: false; error: string } {
  const flags = new Set<Flag>();
  for (const arg of argv) {
    if ((FLAGS as readonly string[]).includes(arg)) {
      flags.add(arg as Flag);
      continue;
    }
    const near = FLAGS.find((flag) => flag.length > 2 && flag.replace(/-/g, '') === arg.replace(/-/g, '').toLowerCase());
    const hint = near ? ` Did you mean ${near}?` : '';
    return { ok: false, error: `Unknown ${arg.startsWith('-') ? 'flag' : 'argument'} ${JSON.stringify(arg)}: nothing was registered.${hint} Run with --help for usage.` };
  }
  return { ok: true, flags };
}

/** "/who-said, /ask, … and “Who said this?”": what a list of command definitions registers. */
export function describeCommandNames(body: readonly { name: string; type?: number }[]): string {
  return body.map((command) => (command.type === 3 ? `“${command.name}” (message menu)` : `/${command.name}`)).join(', ');
}

function explainFailure(error: unknown, config: AppConfig, timeoutMs: number): string {
  // DiscordAPIError and HTTPError carry the HTTP status; checked by shape, not by class identity.
  const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : undefined;
  if (status !== undefined) {
    if (status === 401) return 'Discord refused the token (401 Unauthorized): check DISCORD_TOKEN — copy it again from the Developer Portal → Bot → Reset Token.';
    if (status === 403) return 'Discord refused (403 Forbidden): the token is not this application\'s, or the bot is not in server DISCORD_GUILD_ID — check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and invite the bot (npm run invite).';
    if (status === 404) return `Discord does not know that application or server (404): check DISCORD_CLIENT_ID${config.guildId ? ' and DISCORD_GUILD_ID' : ''}.`;
    return `Discord answered ${status}: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (error instanceof Error && (error.name === 'AbortError' || /aborted|timeout/i.test(error.message))) {
    return `no answer from ${config.apiUrl} within ${Math.round(timeoutMs / 1000)} s: check the network connection (and DISCORD_API_URL, if set), then try again.`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `could not reach ${config.apiUrl}: ${describeError(error, true)}${cause} — check the network connection and DISCORD_API_URL.`;
}

export async function runDeploy(argv: readonly string[], io: DeployIo = processIo): Promise<number> {
  const args = parseDeployArgs(argv);
  if (!args.ok) {
    io.err(`${args.error}\n`);
    return EXIT_USAGE;
  }
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.out(`${DEPLOY_USAGE}\n`);
    return 0;
  }
  const loaded = loadConfig(io.env);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 1;
  }
  const { config } = loaded;
  const body = commandPayload();
  const names = describeCommandNames(body);
  const where = config.guildId ? `server ${config.guildId}` : 'every server (global)';

  if (args.flags.has('--dry-run')) {
    io.err(`Dry run: would PUT ${config.apiUrl}/v10${deployRoute(config)} — ${body.length} commands for ${where}: ${names}\n`);
    io.out(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }

  const missing = [!config.token && 'DISCORD_TOKEN', !config.clientId && 'DISCORD_CLIENT_ID'].filter(Boolean);
  if (missing.length > 0) {
    io.err(`Cannot deploy: set ${missing.join(' and ')} in .env (see .env.example), or try \`npm run -s deploy -- --dry-run\`.\n`);
    return 1;
  }
  const token = config.token!;
  const timeoutMs = io.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // One attempt, no retries: a deploy is run by hand, and a plain answer soon beats a long silence.
  const rest = new REST({ api: config.apiUrl, timeout: timeoutMs, retries: 0 }).setToken(token);
  io.err(`Connecting to ${config.apiUrl} to register ${body.length} commands for application ${config.clientId}…\n`);
  try {
    const registered = (await rest.put(deployRoute(config), { body })) as { name: string; type?: number }[];
    io.out(`Registered ${registered.length} commands in ${where}: ${describeCommandNames(registered)}.\n`);
    io.out(
      config.guildId
        ? 'They show in that server at once (reload Discord with Ctrl+R if not). Invite the bot with the URL from `npm run invite`.\n'
        : 'Global commands can take up to an hour to appear in every server (set DISCORD_GUILD_ID to register in one server at once while you try it out).\n',
    );
    return 0;
  } catch (error) {
    io.err(`${redact(`Deploy failed: ${explainFailure(error, config, timeoutMs)}`, [token])}\n`);
    return 1;
  }
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  runDeploy(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${redact(`Deploy failed: ${describeError(error, true)}`, [process.env.DISCORD_TOKEN ?? ''])}\n`);
      process.exit(1);
    },
  );
}
