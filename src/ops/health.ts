/**
 * HEALTH_PORT: a small HTTP server for the operator's probes and Prometheus, on 127.0.0.1 unless
 * HEALTH_HOST says otherwise. GET /healthz answers 200 when the gateway is connected and the
 * database answers (within a deadline), 503 otherwise, with what was checked as JSON; GET /metrics
 * is the Prometheus text format.
 */
import { createServer, type Server } from 'node:http';
import type { BotMetrics } from './metrics.ts';

export interface HealthChecks {
  /** Every shard this process runs is connected to the gateway. */
  gatewayConnected(): boolean;
  /** Resolves when the library's database answers. */
  pingDatabase(): Promise<void>;
}

export interface HealthReport {
  status: 'ok' | 'unhealthy';
  gateway: 'connected' | 'disconnected';
  database: 'reachable' | 'unreachable';
}

const DATABASE_DEADLINE_MS = 2_000;

export async function checkHealth(checks: HealthChecks, deadlineMs = DATABASE_DEADLINE_MS): Promise<HealthReport> {
  const gateway = checks.gatewayConnected() ? 'connected' : 'disconnected';
  let timer: NodeJS.Timeout | undefined;
  const database = await Promise.race([
    checks.pingDatabase().then(
      () => 'reachable' as const,
      () => 'unreachable' as const,
    ),
    new Promise<'unreachable'>((resolve) => (timer = setTimeout(() => resolve('unreachable'), deadlineMs))),
  ]).finally(() => clearTimeout(timer));
  return { status: gateway === 'connected' && database === 'reachable' ? 'ok' : 'unhealthy', gateway, database };
}

export function startHealthServer(options: { port: number; host: string; checks: HealthChecks; metrics: BotMetrics }): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'text/plain', 'GET only\n');
    if (path === '/healthz') {
      void checkHealth(options.checks).then((report) => send(report.status === 'ok' ? 200 : 503, 'application/json', `${JSON.stringify(report)}\n`));
      return;
    }
    if (path === '/metrics') {
      void options.metrics.text().then(
        (text) => send(200, options.metrics.contentType, text),
        (error: unknown) => send(500, 'text/plain', `metrics failed: ${(error as Error).message}\n`),
      );
      return;
    }
    send(404, 'text/plain', 'GET /healthz or /metrics\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
