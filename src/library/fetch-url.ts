/**
 * Fetch an article from a URL a user typed, safely: http(s) only; every host resolved and refused
 * when it is not a public address (checked on every redirect hop and at connect time, so a DNS
 * answer cannot change between the check and the connection, and no connection is ever reused);
 * at most a few redirects; one
 * deadline for the whole fetch; the body capped while it streams; the content type checked.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isNonPublicAddress } from './address.ts';

export class UrlFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UrlFetchError';
  }
}

export interface FetchLimits {
  /** Let URLs reach private and loopback addresses (tests; a bot on a trusted network). */
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Take any content type (an attachment whose format its file name already told). */
  acceptAnyType?: boolean;
}

export interface FetchedDocument {
  /** The URL the body finally came from, after redirects. */
  url: string;
  contentType: string;
  body: Buffer;
}

/** Content types that can hold an article. */
const ACCEPTED_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/x-markdown'];

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

const PRIVATE_REFUSAL = 'That address points into a private network (or this machine); only public web pages can be fetched.';

/** A dns.lookup that refuses non-public answers; handed to http(s).request. */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { family: options.family ?? 0, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      if (!allowPrivate && addresses.some((a) => isNonPublicAddress(a.address))) {
        return callback(Object.assign(new UrlFetchError(PRIVATE_REFUSAL), { code: 'EPRIVATEADDRESS' }), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}

/** Parse and vet one URL (the typed one or a redirect target). */
export function checkUrl(raw: string, allowPrivate: boolean, base?: string): URL {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    throw new UrlFetchError('That is not a web address; give a full http:// or https:// URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UrlFetchError(`Only http:// and https:// addresses can be fetched, not ${url.protocol}//.`);
  }
  if (url.username || url.password) throw new UrlFetchError('Addresses with a user name or password are not fetched.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !allowPrivate && isNonPublicAddress(host)) throw new UrlFetchError(PRIVATE_REFUSAL);
  return url;
}

function describeNetworkError(error: unknown): UrlFetchError {
  if (error instanceof UrlFetchError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPRIVATEADDRESS') return new UrlFetchError(PRIVATE_REFUSAL);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new UrlFetchError('That web address does not exist (its host name has no address).');
  if (code === 'ECONNREFUSED') return new UrlFetchError('The web server refused the connection.');
  if (code === 'ECONNRESET') return new UrlFetchError('The web server closed the connection.');
  return new UrlFetchError(`The page could not be fetched${code ? ` (${code})` : ''}.`);
}

function formatMb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function openOnce(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      signal,
      // A connection of its own, closed after the response: a pooled keep-alive socket would let
      // a later fetch to the same host (under stricter limits) skip the address check below.
      agent: false,
      lookup: guardedLookup(limits.allowPrivate) as never,
      headers: {
        accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, text/markdown;q=0.9',
        'user-agent': 'who-said-bot (article fetcher)',
        connection: 'close',
      },
    });
    req.on('response', resolve);
    req.on('error', (error) => reject(signal.aborted ? timeoutError(limits) : describeNetworkError(error)));
    req.end();
  });
}

function timeoutError(limits: FetchLimits): UrlFetchError {
  return new UrlFetchError(`The page took longer than ${Math.round(limits.timeoutMs / 1000)} s to arrive.`);
}

function readCapped(response: IncomingMessage, limits: FetchLimits, signal: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const tooLarge = () => new UrlFetchError(`The page is larger than the ${formatMb(limits.maxBytes)} limit for an article.`);
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) {
        reject(tooLarge()); // before destroy(), which reports the cut-off download synchronously
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', (error) => reject(signal.aborted ? timeoutError(limits) : describeNetworkError(error)));
    response.on('aborted', () => reject(signal.aborted ? timeoutError(limits) : new UrlFetchError('The download was cut off.')));
  });
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Fetch a page for the library; every failure is a UrlFetchError with a message for the user. */
export async function fetchArticleUrl(raw: string, limits: FetchLimits): Promise<FetchedDocument> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let url = checkUrl(raw, limits.allowPrivate);
    for (let hop = 0; ; hop++) {
      const response = await openOnce(url, limits, controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (hop >= limits.maxRedirects) throw new UrlFetchError(`The page redirects more than ${limits.maxRedirects} times.`);
        url = checkUrl(response.headers.location, limits.allowPrivate, url.href);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new UrlFetchError(`The web server answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}.`);
      }
      const contentType = mediaType(response.headers['content-type']);
      if (!limits.acceptAnyType && !ACCEPTED_TYPES.includes(contentType)) {
        response.resume();
        throw new UrlFetchError(
          `That address serves ${contentType || 'an unknown type'}, not a web page or text; give the address of the article itself.`,
        );
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        response.destroy();
        throw new UrlFetchError(`The page is larger than the ${formatMb(limits.maxBytes)} limit for an article.`);
      }
      const body = await readCapped(response, limits, controller.signal);
      return { url: url.href, contentType, body };
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof UrlFetchError && error.message.includes('longer than'))) {
      throw timeoutError(limits);
    }
    throw describeNetworkError(error);
  } finally {
    clearTimeout(timer);
  }
}
