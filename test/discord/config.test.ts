import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCORD_API_URL, parseConfig } from '../../src/config.ts';
import { createLogger, redact } from '../../src/discord/log.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';

function failure(env: Record<string, string>): string {
  const result = parseConfig(env);
  if (result.ok) throw new Error(`expected ${JSON.stringify(env)} to be refused`);
  return result.message;
}

describe('parseConfig', () => {
  it('accepts a full valid configuration and defaults the API URL', () => {
    const result = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_GUILD_ID: '' });
    expect(result).toEqual({
      ok: true,
      config: {
        token: TOKEN,
        clientId: '123456789012345678',
        guildId: undefined,
        apiUrl: DEFAULT_DISCORD_API_URL,
        articlePath: undefined,
        databasePath: 'data/library.db',
        allowPrivateUrls: false,
        shards: undefined,
        databaseUrl: undefined,
        shardSet: undefined,
        healthPort: undefined,
        healthHost: '127.0.0.1',
        logFormat: 'text',
      },
    });
  });

  it('reads the library settings: DATABASE_PATH, ALLOW_PRIVATE_URLS, SHARDS', () => {
    const result = parseConfig({ DATABASE_PATH: '/tmp/x.db', ALLOW_PRIVATE_URLS: 'true', SHARDS: '2' });
    expect(result.ok && [result.config.databasePath, result.config.allowPrivateUrls, result.config.shards]).toEqual(['/tmp/x.db', true, 2]);
    expect(parseConfig({ SHARDS: 'auto' })).toMatchObject({ ok: true, config: { shards: 'auto' } });
    const bad = parseConfig({ SHARDS: 'many', ALLOW_PRIVATE_URLS: 'maybe' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/SHARDS: must be a number of shards/);
    expect(!bad.ok && bad.message).toMatch(/ALLOW_PRIVATE_URLS: must be true or false/);
  });

  it('empty values mean unset; no token means terminal mode', () => {
    const result = parseConfig({ DISCORD_TOKEN: '', DISCORD_API_URL: '  ', ARTICLE_PATH: '' });
    expect(result.ok && result.config.token).toBeUndefined();
    expect(result.ok && result.config.apiUrl).toBe(DEFAULT_DISCORD_API_URL);
  });

  it('strips a trailing slash from DISCORD_API_URL', () => {
    const result = parseConfig({ DISCORD_API_URL: 'http://127.0.0.1:9999/api/' });
    expect(result.ok && result.config.apiUrl).toBe('http://127.0.0.1:9999/api');
  });

  it.each([
    ['DISCORD_TOKEN', 'not a token', /DISCORD_TOKEN: this is not a bot token/],
    ['DISCORD_TOKEN', `Bot ${TOKEN}`, /DISCORD_TOKEN: remove the "Bot " prefix/],
    ['DISCORD_TOKEN', `"${TOKEN}"`, /DISCORD_TOKEN: remove the quotation marks/],
    ['DISCORD_CLIENT_ID', 'my-app', /DISCORD_CLIENT_ID: must be a numeric Discord id/],
    ['DISCORD_GUILD_ID', '12345', /DISCORD_GUILD_ID: must be a numeric Discord id/],
    ['DISCORD_API_URL', 'discord.com/api', /DISCORD_API_URL: must be an http\(s\) URL/],
    ['DISCORD_API_URL', 'ftp://example.com/api', /DISCORD_API_URL: must start with http:\/\/ or https:\/\//],
    ['DISCORD_API_URL', 'https://discord.com/api/v10', /DISCORD_API_URL: leave the API version off/],
    ['ARTICLE_PATH', '/no/such/article.txt', /ARTICLE_PATH: no such file/],
  ])('%s=%s is refused with a message naming it and the fix', (name, value, expected) => {
    expect(failure({ [name]: value })).toMatch(expected);
  });

  it('names every bad variable at once', () => {
    const message = failure({ DISCORD_CLIENT_ID: 'x', DISCORD_GUILD_ID: 'y' });
    expect(message).toContain('DISCORD_CLIENT_ID');
    expect(message).toContain('DISCORD_GUILD_ID');
  });

  it('never repeats the token in its messages', () => {
    const bad = `Bot ${TOKEN}`;
    expect(failure({ DISCORD_TOKEN: bad })).not.toContain(TOKEN);
    expect(failure({ DISCORD_TOKEN: `${TOKEN} extra` })).not.toContain(TOKEN);
  });
});

describe('log redaction', () => {
  it('removes the configured token, token-shaped strings and interaction tokens in URLs', () => {
    const lines: string[] = [];
    const logger = createLogger({ secrets: ['short.secret.value'], write: (line) => lines.push(line) });
    logger.error('login failed', new Error(`401 with token short.secret.value and ${TOKEN}`));
    logger.warn('POST /api/v10/interactions/1234/aW50ZXJhY3Rpb246MTIzNDU2Nzg5/callback failed');
    logger.info('PATCH /api/v10/webhooks/5678/aW50ZXJhY3Rpb24/messages/@original');
    const all = lines.join('\n');
    expect(all).not.toContain('short.secret.value');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('aW50ZXJhY3Rpb246MTIzNDU2Nzg5');
    expect(all).not.toContain('aW50ZXJhY3Rpb24/');
    expect(all).toContain('/interactions/1234/[redacted]/callback');
    expect(lines).toHaveLength(3);
    expect(redact('nothing secret here', [TOKEN])).toBe('nothing secret here');
  });
});

describe('npm start with a bad configuration', () => {
  it('exits with code 1 and one message naming the variable, without the token', () => {
    const run = spawnSync('node', ['--import', 'tsx', 'index.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_GUILD_ID: 'not-an-id' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DISCORD_TOKEN');
    expect(run.stderr).toContain('DISCORD_GUILD_ID');
    expect(run.stderr).not.toContain(TOKEN);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('settings a newcomer gets wrong are named with their fix', () => {
  it('SHARDS=0 or 1.5 says what SHARDS takes, not a raw validator message', () => {
    for (const value of ['0', '1.5', '-2']) {
      const result = parseConfig({ SHARDS: value });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(/SHARDS: must be a number of shards \(1 or more\) or auto/);
      expect(!result.ok && result.message).not.toMatch(/expected number|Too small/i);
    }
  });

  it('a folder as ARTICLE_PATH is called a folder, with the fix', () => {
    const result = parseConfig({ ARTICLE_PATH: 'data' });
    expect(!result.ok && result.message).toMatch(/ARTICLE_PATH: this is a folder: point it at one article file/);
  });
});
