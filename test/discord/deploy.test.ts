import { execFile } from 'node:child_process';
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
    expect(result.stderr).toBe('');
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
    expect(result.stderr).toMatch(/^Deploy failed: /);
    expect(result.stderr).not.toContain(TOKEN);
  });
});
