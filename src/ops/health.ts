/**
 * HEALTH_PORT's endpoint: `GET /healthz` (200 when the gateway is connected and the database
 * answers, else 503, with each check in the JSON body) and `GET /metrics` (Prometheus text).
 * Nothing else is served; nothing from a request reaches a log or a reply.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotMetrics } from './metrics.ts';

export interface HealthChecks {
  gateway(): boolean;
  /** Resolves true when the database answers a trivial query. */
  database(): boolean | Promise<boolean>;
}

export interface HealthServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

const CHECK_TIMEOUT_MS = 2_000;

async function withTimeout(check: () => boolean | Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(check),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function startHealthServer(options: { port: number; host: string; checks: HealthChecks; metrics: BotMetrics }): Promise<HealthServer> {
  const { checks, metrics } = options;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    if (path === '/healthz') {
      void Promise.all([withTimeout(checks.gateway), withTimeout(checks.database)]).then(([gateway, database]) => {
        const ok = gateway && database;
        const body = JSON.stringify({ status: ok ? 'ok' : 'unavailable', gateway: gateway ? 'connected' : 'disconnected', database: database ? 'ok' : 'unreachable' });
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(`${body}\n`);
      });
      return;
    }
    if (path === '/metrics') {
      metrics.text().then(
        (text) => res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' }).end(text),
        () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
