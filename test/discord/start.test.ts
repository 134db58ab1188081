import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './bot-process.ts';

/** `npm start` without a token: the terminal mode, fed on stdin like a pipe. */
function startWithoutToken(stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      `${ROOT}/node_modules/.bin/tsx`,
      ['index.ts'],
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
