/**
 * `npm run deploy`: register the slash commands with Discord — in one server when DISCORD_GUILD_ID
 * is set (instant), otherwise globally. `npm run deploy -- --dry-run` prints the JSON it would send
 * and needs no token.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commandDefinitions } from '../commands/index.ts';
import { loadConfig, type AppConfig } from '../src/config.ts';
import { describeError, redact } from '../src/discord/log.ts';

export function commandPayload(): unknown[] {
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
}

const processIo: DeployIo = {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export async function runDeploy(argv: readonly string[], io: DeployIo = processIo): Promise<number> {
  const loaded = loadConfig(io.env);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 1;
  }
  const { config } = loaded;
  const body = commandPayload();
  const scope = config.guildId ? `server ${config.guildId}` : 'every server (global; may take up to an hour to appear)';

  if (argv.includes('--dry-run')) {
    io.err(`Dry run: would PUT ${config.apiUrl}/v10${deployRoute(config)} — ${body.length} commands for ${scope}\n`);
    io.out(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }

  const missing = [!config.token && 'DISCORD_TOKEN', !config.clientId && 'DISCORD_CLIENT_ID'].filter(Boolean);
  if (missing.length > 0) {
    io.err(`Cannot deploy: set ${missing.join(' and ')} in .env (see .env.example), or try \`npm run deploy -- --dry-run\`.\n`);
    return 1;
  }
  const token = config.token!;
  const rest = new REST({ api: config.apiUrl }).setToken(token);
  try {
    const registered = (await rest.put(deployRoute(config), { body })) as unknown[];
    io.out(`Registered ${registered.length} commands in ${scope}.\n`);
    return 0;
  } catch (error) {
    io.err(`${redact(`Deploy failed: ${describeError(error, true)}`, [token])}\n`);
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
