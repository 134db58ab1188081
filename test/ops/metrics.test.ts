import { afterEach, describe, expect, it } from 'vitest';
import { BotMetrics } from '../../src/ops/metrics.ts';
import { startHealthServer, type HealthServer } from '../../src/ops/health.ts';

describe('metrics', () => {
  it('counts interactions by kind, command and outcome, times them, and counts cache hits', async () => {
    const metrics = new BotMetrics({ libraryArticles: () => 7, gatewayConnected: () => true }, { processMetrics: false });
    metrics.interaction('command', 'who-said', 'answered', 0.004);
    metrics.interaction('command', 'who-said', 'answered', 0.02);
    metrics.interaction('command', 'quotes', 'refused', 0.001);
    metrics.cacheLookup(true);
    metrics.cacheLookup(false);
    metrics.cacheLookup(false);
    const text = await metrics.text();
    expect(text).toContain('whosaid_interactions_total{kind="command",command="who-said",outcome="answered"} 2');
    expect(text).toContain('whosaid_interactions_total{kind="command",command="quotes",outcome="refused"} 1');
    expect(text).toContain('whosaid_interaction_duration_seconds_bucket{le="0.005",kind="command",command="who-said"} 1');
    expect(text).toContain('whosaid_interaction_duration_seconds_count{kind="command",command="who-said"} 2');
    expect(text).toContain('whosaid_answer_cache_total{result="hit"} 1');
    expect(text).toContain('whosaid_answer_cache_total{result="miss"} 2');
    expect(text).toContain('whosaid_library_articles 7');
    expect(text).toContain('whosaid_gateway_connected 1');
  });

  it('reports event-loop lag with the process metrics, each bot in its own registry', async () => {
    const a = new BotMetrics();
    const b = new BotMetrics({}, { processMetrics: false });
    a.interaction('button', 'none', 'answered', 0.001);
    expect(await a.text()).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(await b.text()).not.toContain('nodejs_eventloop_lag_seconds');
    expect(await b.text()).not.toContain('kind="button"');
  });
});

describe('the health endpoint', () => {
  let health: HealthServer | undefined;
  afterEach(async () => {
    await health?.close();
    health = undefined;
  });

  async function serve(gateway: () => boolean, database: () => boolean | Promise<boolean>) {
    const metrics = new BotMetrics({ libraryArticles: () => 3, gatewayConnected: gateway }, { processMetrics: false });
    health = await startHealthServer({ port: 0, host: '127.0.0.1', metrics, checks: { gateway, database } });
    return `http://127.0.0.1:${health.port}`;
  }

  it('/healthz is 200 when the gateway is connected and the database answers', async () => {
    const base = await serve(() => true, () => true);
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', gateway: 'connected', database: 'ok' });
  });

  it('/healthz is 503 and says which check failed: a lost gateway, a database that throws', async () => {
    let base = await serve(() => false, () => true);
    let res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', gateway: 'disconnected', database: 'ok' });
    await health!.close();
    base = await serve(() => true, () => {
      throw new Error('SQLITE_CANTOPEN');
    });
    res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ database: 'unreachable' });
  });

  it('/metrics serves Prometheus text; anything else is 404, and writes are refused', async () => {
    const base = await serve(() => true, () => true);
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(await res.text()).toContain('whosaid_library_articles 3');
    expect((await fetch(`${base}/admin`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
