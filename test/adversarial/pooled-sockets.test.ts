/**
 * Issue 10, finding 3: an attachment is fetched with private addresses allowed; if its socket were
 * kept alive in a shared pool, a member's `url:` on the same host right after would reuse it and
 * never meet the address check. Every guarded fetch must open (and check) its own connection.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticleUrl, type FetchLimits } from '../../src/library/fetch-url.ts';

let server: Server;
let port: number;
const sockets = new Set<Socket>();
let requests = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'text/plain', connection: 'keep-alive' }).end('Internal notes: the secret plan.');
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const attachment: FetchLimits = { allowPrivate: true, maxBytes: 4096, timeoutMs: 2000, maxRedirects: 3, acceptAnyType: true };
const memberUrl: FetchLimits = { allowPrivate: false, maxBytes: 4096, timeoutMs: 2000, maxRedirects: 3 };

describe('pooled sockets', () => {
  it('a member URL on the host an attachment just came from is still refused', async () => {
    // "localhost" so that the host name goes through the guarded lookup (an IP literal is refused
    // before any connection, which would not exercise the pool).
    const first = await fetchArticleUrl(`http://localhost:${port}/attachment.txt`, attachment);
    expect(first.body.toString()).toContain('secret plan');
    const served = requests;
    await expect(fetchArticleUrl(`http://localhost:${port}/internal`, memberUrl)).rejects.toThrow(/private network/);
    expect(requests).toBe(served);
  });

  it('leaves no connection open after a fetch', async () => {
    await fetchArticleUrl(`http://localhost:${port}/again.txt`, attachment);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([...sockets].filter((s) => !s.destroyed)).toHaveLength(0);
  });
});
