import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PermissionFlagsBits } from 'discord.js';
import { runInvite } from '../../scripts/invite.ts';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../commands/index.ts';
import { runDeploy } from '../../scripts/deploy.ts';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.ts';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.deployTokenForTestsOnly_0123456789';
const CLIENT_ID = '112233445566778899';
const GUILD_ID = '998877665544332211';
const UNSET = { DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', DISCORD_GUILD_ID: '', DISCORD_API_URL: '', ARTICLE_PATH: '' };

/** The deploy script's logic in this process, with its own environment and captured output. */
async function deploy(env: Record<string, string>, argv: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await runDeploy(argv, { env: { ...UNSET, ...env }, out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('npm run deploy', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('`npm run deploy -- --dry-run` prints the commands JSON without a token', async () => {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'deploy', '--', '--dry-run'], {
      cwd: root,
      env: { ...process.env, ...UNSET },
      timeout: 15_000,
    });
    const body = JSON.parse(stdout) as { name: string; description: string }[];
    expect(body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
    expect(body.map((c) => c.name)).toEqual(expect.arrayContaining(['help', 'quotes', 'speakers', 'article', 'articles']));
    expect(stderr).toContain('/applications/DISCORD_CLIENT_ID/commands');
  });

  it('--dry-run names the guild route when DISCORD_GUILD_ID is set', async () => {
    const result = await deploy({ DISCORD_GUILD_ID: GUILD_ID }, ['--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`/guilds/${GUILD_ID}/commands`);
  });

  it('registers guild-scoped commands when DISCORD_GUILD_ID is set, at DISCORD_API_URL', async () => {
    const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl });
    expect(result.stderr).toBe(`Connecting to ${fake.apiUrl} to register ${commandDefinitions().length} commands for application ${CLIENT_ID}…\n`);
    expect(result.code).toBe(0);
    const registration = fake.commandRegistrations.at(-1)!;
    expect(registration.path).toBe(`/api/v10/applications/${CLIENT_ID}/guilds/${GUILD_ID}/commands`);
    expect(registration.authorization).toBe(`Bot ${TOKEN}`);
    expect((registration.body as unknown[]).length).toBe(commandDefinitions().length);
    expect(result.stdout).toContain(`Registered ${commandDefinitions().length} commands in server ${GUILD_ID}`);
  });

  it('registers global commands without DISCORD_GUILD_ID', async () => {
    const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: fake.apiUrl });
    expect(result.code).toBe(0);
    expect(fake.commandRegistrations.at(-1)!.path).toBe(`/api/v10/applications/${CLIENT_ID}/commands`);
  });

  it('without a token or client id it says which variables to set, exit code 1', async () => {
    const result = await deploy({});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DISCORD_TOKEN and DISCORD_CLIENT_ID');
  });

  it('a refused deploy is reported without the token', async () => {
    const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: `${fake.apiUrl}/nowhere` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\nDeploy failed: /);
    expect(result.stderr).not.toContain(TOKEN);
  });
});

describe('npm run deploy: flags and failures a newcomer meets', () => {
  it('a mistyped flag (--dryrun) registers nothing: exit 2 and the right spelling', async () => {
    const fake = await startFakeDiscord();
    try {
      const before = fake.commandRegistrations.length;
      const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: fake.apiUrl }, ['--dryrun']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Unknown flag "--dryrun"');
      expect(result.stderr).toContain('Did you mean --dry-run?');
      expect(fake.commandRegistrations.length).toBe(before);
      expect(fake.requests.length).toBe(0);
    } finally {
      await fake.close();
    }
  });

  it('--help says what it does and how to save the dry run as JSON', async () => {
    const result = await deploy({}, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--dry-run');
    expect(result.stdout).toContain('npm run -s deploy -- --dry-run > commands.json');
  });

  it('says what it registered where, including the message command, and how long global commands take', async () => {
    const fake = await startFakeDiscord();
    try {
      const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: fake.apiUrl });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('in every server (global)');
      expect(result.stdout).toContain('/who-said');
      expect(result.stdout).toContain('“Who said this?” (message menu)');
      expect(result.stdout).toMatch(/up to an hour/);
      const body = fake.commandRegistrations.at(-1)!.body as { name: string; type: number }[];
      expect(body).toContainEqual(expect.objectContaining({ name: 'Who said this?', type: 3 }));
    } finally {
      await fake.close();
    }
  });

  it('a 401 says to check DISCORD_TOKEN', async () => {
    const fake = await startFakeDiscord({ validToken: 'some.other.token' });
    try {
      const result = await deploy({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: fake.apiUrl });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('check DISCORD_TOKEN');
      expect(result.stderr).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  });

  it('an API that never answers: says it is connecting, then gives up with a plain message', async () => {
    const silent = createServer(() => {}); // accepts the request, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api`;
    try {
      let stderr = '';
      const code = await runDeploy([], {
        env: { ...UNSET, DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: url },
        out: () => {},
        err: (t) => (stderr += t),
        timeoutMs: 300,
      });
      expect(code).toBe(1);
      expect(stderr).toContain(`Connecting to ${url}`);
      expect(stderr).toMatch(/Deploy failed: no answer from .* within \d+ s/);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  }, 20_000);
});

describe('npm run invite', () => {
  it('prints the invite URL for DISCORD_CLIENT_ID with exactly the bot and applications.commands scopes and Embed Links', async () => {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'invite'], { cwd: root, env: { ...process.env, ...UNSET, DISCORD_CLIENT_ID: CLIENT_ID }, timeout: 15_000 });
    const url = new URL(stdout.trim());
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('scope')!.split(' ').sort()).toEqual(['applications.commands', 'bot']);
    expect(BigInt(url.searchParams.get('permissions')!)).toBe(PermissionFlagsBits.EmbedLinks);
    expect(stderr).toContain('Embed Links');
  });

  it('without DISCORD_CLIENT_ID it says where to find it', () => {
    let stderr = '';
    const code = runInvite([], { env: { ...UNSET }, out: () => {}, err: (t) => (stderr += t) });
    expect(code).toBe(1);
    expect(stderr).toContain('DISCORD_CLIENT_ID');
    expect(stderr).toContain('General Information');
  });
});
