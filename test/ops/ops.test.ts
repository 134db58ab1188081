/**
 * Operations: /healthz reports the gateway and the database, /metrics is Prometheus text with the
 * interaction counters, latency histogram, cache and library gauges and event-loop lag, and the
 * JSON log is one parseable object per line with the token redacted.
 */
import { Writable } from 'node:stream';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { healthPortOf, ownShards } from '../../src/discord/bot.ts';
import { checkHealth, startHealthServer } from '../../src/ops/health.ts';
import { createAppLogger } from '../../src/ops/logging.ts';
import { BotMetrics, instrument } from '../../src/ops/metrics.ts';

const TOKEN = 'MTE0NTE0MTkxOTgxMDg5MzEw.GfAkEt.opsTestTokenThatMustNeverBeLogged_01234';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = undefined;
});

async function serve(checks: { connected: boolean; database: () => Promise<void> }, metrics = new BotMetrics()) {
  server = await startHealthServer({
    port: 0,
    host: '127.0.0.1',
    metrics,
    checks: { gatewayConnected: () => checks.connected, pingDatabase: () => checks.database() },
  });
  const { port } = server.address() as { port: number };
  return (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
}

describe('health', () => {
  it('is ok only when the gateway is connected and the database answers', async () => {
    const state = { connected: true, database: async () => {} };
    const get = await serve(state);
    const ok = await get('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', gateway: 'connected', database: 'reachable' });
    state.connected = false;
    expect(await (await get('/healthz')).json()).toMatchObject({ status: 'unhealthy', gateway: 'disconnected' });
    state.connected = true;
    state.database = () => Promise.reject(new Error('connection refused'));
    const down = await get('/healthz');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unhealthy', gateway: 'connected', database: 'unreachable' });
    expect((await get('/nothing')).status).toBe(404);
  });

  it('gives up on a database that does not answer within the deadline', async () => {
    const report = await checkHealth({ gatewayConnected: () => true, pingDatabase: () => new Promise(() => {}) }, 50);
    expect(report).toEqual({ status: 'unhealthy', gateway: 'connected', database: 'unreachable' });
  });
});

describe('metrics', () => {
  it('counts interactions by command and outcome, times them, and reports the library and the event loop', async () => {
    let hits = 3;
    const metrics = new BotMetrics({ library: { articles: async () => 42, indexedQuotes: () => 1234, cache: () => ({ hits, misses: 2 }) } });
    const handle = instrument(metrics, async (interaction: { commandName: string; replied?: boolean; fail?: boolean }) => {
      if (interaction.fail) throw new Error('boom');
      interaction.replied = true;
    });
    await handle({ commandName: 'who-said' });
    await handle({ commandName: 'who-said' });
    await expect(handle({ commandName: 'ask', fail: true })).rejects.toThrow('boom');
    hits = 5;
    const get = await serve({ connected: true, database: async () => {} }, metrics);
    const response = await get('/metrics');
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^whosaid_interactions_total\{command="who-said",outcome="answered"\} 2$/m);
    expect(text).toMatch(/^whosaid_interactions_total\{command="ask",outcome="error"\} 1$/m);
    expect(text).toMatch(/^whosaid_interaction_duration_seconds_count\{command="who-said"\} 2$/m);
    expect(text).toMatch(/^whosaid_interaction_duration_seconds_bucket\{le="\+Inf",command="who-said"\} 2$/m);
    expect(text).toMatch(/^whosaid_library_articles 42$/m);
    expect(text).toMatch(/^whosaid_library_indexed_quotes 1234$/m);
    expect(text).toMatch(/^whosaid_article_cache_hits_total 5$/m);
    expect(text).toMatch(/^whosaid_article_cache_misses_total 2$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});

describe('JSON logs', () => {
  it('writes one JSON object per line, with level and shards, and never the token', () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _e, done) => (lines.push(...String(chunk).split('\n').filter(Boolean)), done()) });
    const logger = createAppLogger({ format: 'json', secrets: [TOKEN], bindings: { shards: [0, 1] }, destination });
    logger.info(`Logged in with ${TOKEN}`);
    logger.warn('gateway shard 0 disconnected');
    logger.error('REST failed', new Error(`401 for token ${TOKEN} at /interactions/123/aW50ZXJhY3Rpb24tdG9rZW4`));
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.map((p) => p.level)).toEqual(['info', 'warn', 'error']);
    expect(parsed[0]).toMatchObject({ msg: 'Logged in with [redacted]', shards: [0, 1], pid: process.pid });
    expect(typeof parsed[0]!.time).toBe('string');
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines.join('\n')).not.toContain('aW50ZXJhY3Rpb24tdG9rZW4');
    expect(String(parsed[2]!.err)).toMatch(/401 for token \[redacted\]/);
  });
});

describe('scale settings', () => {
  it('reads DATABASE_URL, SHARD_IDS (lists and ranges) with SHARD_COUNT, HEALTH_PORT and LOG_FORMAT', () => {
    const result = parseConfig({ DATABASE_URL: 'postgres://bot:pw@db:5432/library', SHARD_IDS: '0-2,5', SHARD_COUNT: '8', HEALTH_PORT: '9100', LOG_FORMAT: 'json' });
    expect(result).toMatchObject({
      ok: true,
      config: { databaseUrl: 'postgres://bot:pw@db:5432/library', shardSet: { ids: [0, 1, 2, 5], count: 8 }, healthPort: 9100, healthHost: '127.0.0.1', logFormat: 'json' },
    });
    expect(parseConfig({ SHARD_COUNT: '4' })).toMatchObject({ ok: true, config: { shardSet: { ids: [0, 1, 2, 3], count: 4 } } });
    const refusals = [
      [{ SHARD_IDS: '0,1' }, /SHARD_IDS: set SHARD_COUNT too/],
      [{ SHARD_IDS: '0,8', SHARD_COUNT: '8' }, /shard 8 is not below SHARD_COUNT \(8\)/],
      [{ SHARD_IDS: '1,1', SHARD_COUNT: '8' }, /names a shard twice/],
      [{ SHARD_IDS: 'x', SHARD_COUNT: '8' }, /SHARD_IDS: must list shard ids/],
      [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must be a PostgreSQL URL/],
      [{ LOG_FORMAT: 'xml' }, /LOG_FORMAT: must be text or json/],
    ] as const;
    for (const [env, message] of refusals) {
      const refused = parseConfig(env);
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.message).toMatch(message);
    }
    // A shard process started by discord.js's ShardingManager: SHARD_COUNT is discord.js's, not a setting.
    expect(parseConfig({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toMatchObject({ ok: true, config: { shardSet: undefined } });
  });

  it('a process owns SHARD_IDS, or the shard a ShardingManager gave it; health ports do not collide', () => {
    expect(ownShards({ shardSet: { ids: [2, 3], count: 4 } }, {})).toEqual({ ids: [2, 3], count: 4 });
    expect(ownShards({ shardSet: undefined }, { SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toEqual({ ids: [1], count: 2 });
    expect(ownShards({ shardSet: undefined }, {})).toBeUndefined();
    expect(healthPortOf(9100, { ids: [3], count: 4 }, { SHARDING_MANAGER: 'true' })).toBe(9103);
    expect(healthPortOf(9100, { ids: [2, 3], count: 4 }, {})).toBe(9100);
  });
});
