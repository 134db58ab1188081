import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startFakeDiscord } from '../fake-discord/server.ts';
import { FAKE_TOKEN, ROOT, startBot } from './bot-process.ts';

/** `npm start` without a token: the terminal mode, fed on stdin like a pipe. */
function startWithoutToken(stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'index.ts'],
      { cwd: ROOT, env: { ...process.env, DISCORD_TOKEN: '', ARTICLE_PATH: '' }, timeout: 20_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

describe('npm start without DISCORD_TOKEN', () => {
  it('says how to connect, then answers piped commands on the bundled article', async () => {
    const { code, stdout, stderr } = await startWithoutToken('/speakers\n/quotes speaker:nobody-by-this-name\n/help\n');
    expect(code).toBe(0);
    const firstLine = stderr.split('\n')[0]!;
    expect(firstLine).toMatch(/No DISCORD_TOKEN set: answering in the terminal/);
    expect(firstLine).toContain('.env.example');
    expect(stdout).toMatch(/No speaker named/i);
    expect(stdout).toContain('/who-said');
    expect(stdout).not.toContain('Logged in');
  });
});

describe('npm start with a token Discord refuses', () => {
  it('exits with code 1 and says to check the token, without printing it', async () => {
    const fake = await startFakeDiscord({ validToken: 'MTExMTExMTExMTExMTExMTEx.Ab1234.someOtherTokenEntirely_00000000' });
    try {
      const bot = await startBot(fake);
      const code = await bot.exited;
      expect(code).toBe(1);
      const log = bot.lines.join('\n');
      expect(log).toMatch(/Could not log in to Discord at http:\/\/127\.0\.0\.1:\d+\/api: .*check DISCORD_TOKEN/);
      expect(log).not.toContain(FAKE_TOKEN);
      expect(fake.gatewayReceived).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
