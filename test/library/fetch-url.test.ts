import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl, fetchArticleUrl, type FetchLimits } from '../../src/library/fetch-url.ts';

const PAGE = '<html><head><title>T</title></head><body><p>Hello</p></body></html>';
let server: Server;
let base: string;
let hits: string[] = [];

function redirect(res: ServerResponse, to: string): void {
  res.writeHead(302, { location: to }).end();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    hits.push(url);
    if (url === '/page') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (url.startsWith('/hop/')) {
      const n = Number(url.slice(5));
      return n === 0 ? redirect(res, '/page') : redirect(res, `/hop/${n - 1}`);
    }
    if (url === '/to-file') return redirect(res, 'file:///etc/passwd');
    if (url === '/to-private') return redirect(res, 'http://10.0.0.1/page');
    if (url === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end('x');
    if (url === '/missing') return void res.writeHead(404, { 'content-type': 'text/html' }).end('no');
    if (url === '/declared-big') return void res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }).end('x'.repeat(5000));
    if (url === '/streamed-big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      let sent = 0;
      const more = () => {
        if (sent >= 20_000 || res.destroyed) return void res.end();
        sent += 1000;
        res.write('y'.repeat(1000), more);
      };
      return more();
    }
    if (url === '/slow') return; // never answers
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const open: FetchLimits = { allowPrivate: true, maxBytes: 4096, timeoutMs: 2000, maxRedirects: 3 };
const guarded: FetchLimits = { ...open, allowPrivate: false };

describe('fetchArticleUrl', () => {
  it('fetches an HTML page and reports its type and final address', async () => {
    const page = await fetchArticleUrl(`${base}/page`, open);
    expect(page.body.toString()).toBe(PAGE);
    expect(page.contentType).toBe('text/html');
    expect(page.url).toBe(`${base}/page`);
  });

  it('refuses loopback by IP literal and by host name when private addresses are not allowed, before connecting', async () => {
    hits = [];
    await expect(fetchArticleUrl(`${base}/page`, guarded)).rejects.toThrow(/private network/);
    const port = new URL(base).port;
    await expect(fetchArticleUrl(`http://localhost:${port}/page`, guarded)).rejects.toThrow(/private network/);
    await expect(fetchArticleUrl(`http://[::1]:${port}/page`, guarded)).rejects.toThrow(/private network/);
    await expect(fetchArticleUrl(`http://[::ffff:127.0.0.1]:${port}/page`, guarded)).rejects.toThrow(/private network/);
    expect(hits).toEqual([]);
  });

  it('follows up to three redirects and refuses a fourth', async () => {
    const page = await fetchArticleUrl(`${base}/hop/2`, open);
    expect(page.url).toBe(`${base}/page`);
    await expect(fetchArticleUrl(`${base}/hop/3`, open)).rejects.toThrow(/redirects more than 3 times/);
  });

  it('checks every redirect hop: no other schemes, no private targets', async () => {
    await expect(fetchArticleUrl(`${base}/to-file`, open)).rejects.toThrow(/Only http/);
    expect(() => checkUrl('http://10.0.0.1/page', false, `${base}/to-private`)).toThrow(/private network/);
    expect(() => checkUrl('/relative', false, 'https://example.com/a')).not.toThrow();
  });

  it('refuses other schemes, credentials and non-addresses', async () => {
    await expect(fetchArticleUrl('ftp://example.com/a.txt', open)).rejects.toThrow(/Only http/);
    await expect(fetchArticleUrl('javascript:alert(1)', open)).rejects.toThrow(/Only http/);
    await expect(fetchArticleUrl('not a url', open)).rejects.toThrow(/not a web address/);
    await expect(fetchArticleUrl(`http://user:pw@127.0.0.1/page`, open)).rejects.toThrow(/user name or password/);
  });

  it('refuses a content type that is not a page or text, and error statuses', async () => {
    await expect(fetchArticleUrl(`${base}/image`, open)).rejects.toThrow(/serves image\/png/);
    await expect(fetchArticleUrl(`${base}/missing`, open)).rejects.toThrow(/answered 404/);
  });

  it('caps the size by the declared length and while streaming', async () => {
    await expect(fetchArticleUrl(`${base}/declared-big`, open)).rejects.toThrow(/larger than the 4 KB limit/);
    await expect(fetchArticleUrl(`${base}/streamed-big`, open)).rejects.toThrow(/larger than the 4 KB limit/);
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    await expect(fetchArticleUrl(`${base}/slow`, { ...open, timeoutMs: 300 })).rejects.toThrow(/longer than/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
