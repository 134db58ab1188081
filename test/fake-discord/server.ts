/**
 * A small fake Discord on 127.0.0.1 for end-to-end tests: the REST routes discord.js calls and a
 * plain-JSON gateway (no zlib). It dispatches interactions built by the tests and records every
 * interaction callback and webhook follow-up the bot sends back.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeCounter = 0n;

/** A snowflake stamped with the current time, as Discord makes them. */
export function snowflake(at: number = Date.now()): string {
  snowflakeCounter = (snowflakeCounter + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | snowflakeCounter).toString();
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  at: number;
}

export interface InteractionCallback extends RecordedRequest {
  interactionId: string;
  token: string;
  /** Discord's callback type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete. */
  type: number;
  data: Record<string, unknown> | undefined;
}

export interface WebhookMessage extends RecordedRequest {
  applicationId: string;
  token: string;
  /** '@original' for an edited reply; undefined for a new follow-up. */
  messageId: string | undefined;
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

type Waiter = { match: (value: unknown) => boolean; resolve: (value: unknown) => void };

export interface FakeDiscordOptions {
  heartbeatIntervalMs?: number;
  /** Shards GET /gateway/bot recommends (default 1); each shard gets a guild of its own. */
  shards?: number;
  /** When set, REST calls that need a bot token are refused (401) unless they carry this one. */
  validToken?: string;
}

export class FakeDiscord {
  readonly applicationId = snowflake();
  readonly botUser = { id: this.applicationId, username: 'who-said-test', discriminator: '0', global_name: null, avatar: null, bot: true };
  /** One guild per shard (guild i lives on shard i, as Discord routes guilds: (id >> 22) % shards). */
  readonly guildIds: string[];
  /** The first shard's guild: where interactions go unless a test names another guild. */
  readonly guildId: string;
  readonly channelId = snowflake();
  readonly shardCount: number;
  /** The `shard` of every IDENTIFY received, in order. */
  readonly identifiedShards: number[][] = [];

  /** Every HTTP request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  readonly callbacks: InteractionCallback[] = [];
  readonly webhookMessages: WebhookMessage[] = [];
  /** Every frame the bot sent over the gateway. */
  readonly gatewayReceived: GatewayFrame[] = [];
  /** Close codes of gateway connections as the server saw them (1000: the bot logged out cleanly). */
  readonly gatewayCloseCodes: number[] = [];
  /** Bodies of PUT …/commands (what `npm run deploy` registers), with their path. */
  readonly commandRegistrations: { path: string; body: unknown; authorization: string | undefined }[] = [];

  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly refused = new Set<string>();
  private readonly waiters = new Set<Waiter>();
  private readonly heartbeatIntervalMs: number;
  private readonly validToken: string | undefined;
  /** Per shard: its socket, session and dispatches (replayed on RESUME, as Discord does). */
  private readonly sessions = new Map<number, ShardSession>();
  private portNumber = 0;
  /** Files served over HTTP, as Discord's CDN serves attachments: path → body and type. */
  private readonly files = new Map<string, { body: Buffer; contentType: string }>();

  constructor(options: FakeDiscordOptions = {}) {
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.validToken = options.validToken;
    this.shardCount = Math.max(1, options.shards ?? 1);
    this.guildIds = Array.from({ length: this.shardCount }, (_, shard) => guildOnShard(shard, this.shardCount));
    this.guildId = this.guildIds[0]!;
    this.http = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.http });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.portNumber = (this.http.address() as AddressInfo).port;
    return this;
  }

  get port(): number {
    return this.portNumber;
  }

  /** What DISCORD_API_URL should be set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.portNumber}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.portNumber}`;
  }

  get connected(): boolean {
    return this.current !== null;
  }

  /** The first shard's socket. */
  private get current(): WebSocket | null {
    return this.sessions.get(0)?.socket ?? null;
  }

  /** The shard Discord would send a guild's events to. */
  shardOf(guildId: string | undefined): number {
    return guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount));
  }

  private session(shard: number): ShardSession {
    let session = this.sessions.get(shard);
    if (!session) {
      session = { socket: null, sessionId: `session-${snowflake()}`, sequence: 0, dispatched: [] };
      this.sessions.set(shard, session);
    }
    return session;
  }

  /** Serve a file (an attachment) at a new URL on this server; returns the URL. */
  serveFile(filename: string, body: string | Buffer, contentType = 'application/octet-stream'): string {
    const path = `/attachments/${snowflake()}/${filename.replace(/[^\w.-]/g, '_')}`;
    this.files.set(path, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), contentType });
    return `http://127.0.0.1:${this.portNumber}${path}`;
  }

  /** Answer this interaction's callback with 404 Unknown interaction (10062), as Discord does after 3 s. */
  refuse(interactionId: string): void {
    this.refused.add(interactionId);
  }

  /**
   * Send one dispatch (op 0) to the connected bot. While the bot is disconnected the event is kept
   * in the session, and replayed when it resumes.
   */
  dispatch(t: string, d: unknown): void {
    this.sendDispatch(this.session(this.shardOf((d as { guild_id?: string } | null)?.guild_id)), t, d);
  }

  /** Close the gateway socket with a resumable code (4000 Unknown error → discord.js resumes). */
  dropConnection(code = 4000): void {
    const session = this.sessions.get(0);
    session?.socket?.close(code, 'fake Discord: dropped for a test');
    if (session) session.socket = null;
  }

  /** Resolves with the first recorded callback for this interaction (already recorded or future). */
  waitForCallback(interactionId: string, timeoutMs = 5000): Promise<InteractionCallback> {
    return this.waitFor(
      () => this.callbacks.find((c) => c.interactionId === interactionId),
      (v) => (v as InteractionCallback).interactionId === interactionId,
      timeoutMs,
      `callback for interaction ${interactionId}`,
    ) as Promise<InteractionCallback>;
  }

  /** Resolves with the first edit of @original for this token. */
  waitForOriginalEdit(token: string, timeoutMs = 5000): Promise<WebhookMessage> {
    const match = (m: WebhookMessage) => m.token === token && m.messageId === '@original';
    return this.waitFor(
      () => this.webhookMessages.find(match),
      (v) => 'messageId' in (v as object) && match(v as WebhookMessage),
      timeoutMs,
      `edit of @original for token ${token}`,
    ) as Promise<WebhookMessage>;
  }

  /** Resolves with the first gateway frame from the bot with this opcode, after `afterIndex`. */
  waitForGatewayOp(op: number, afterIndex = 0, timeoutMs = 10_000): Promise<GatewayFrame> {
    const match = (f: GatewayFrame) => f.op === op;
    return this.waitFor(
      () => this.gatewayReceived.slice(afterIndex).find(match),
      (v) => 'op' in (v as object) && match(v as GatewayFrame),
      timeoutMs,
      `gateway op ${op}`,
    ) as Promise<GatewayFrame>;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private waitFor(
    existing: () => unknown,
    match: (value: unknown) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<unknown> {
    const found = existing();
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve: (value) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(value);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private notify(value: unknown): void {
    for (const waiter of [...this.waiters]) if (waiter.match(value)) waiter.resolve(value);
  }

  // ---- gateway ----

  private onConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', (code) => {
      this.gatewayCloseCodes.push(code);
      this.sockets.delete(socket);
      for (const session of this.sessions.values()) if (session.socket === socket) session.socket = null;
    });
    socket.on('message', (raw) => this.onGatewayFrame(socket, JSON.parse(raw.toString()) as GatewayFrame));
    this.send(socket, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
  }

  private onGatewayFrame(socket: WebSocket, frame: GatewayFrame): void {
    this.gatewayReceived.push(frame);
    this.notify(frame);
    switch (frame.op) {
      case 1:
        this.send(socket, { op: 11, d: null, s: null, t: null });
        break;
      case 2:
        this.identify(socket, frame.d as { shard?: [number, number] });
        break;
      case 6:
        this.resume(socket, frame.d as { session_id: string; seq: number | null });
        break;
      default:
        break;
    }
  }

  private identify(socket: WebSocket, d: { shard?: [number, number] }): void {
    const [shard, count] = d.shard ?? [0, 1];
    this.identifiedShards.push([shard, count]);
    const session: ShardSession = { socket, sessionId: `session-${snowflake()}`, sequence: 0, dispatched: [] };
    this.sessions.set(shard, session);
    const guilds = this.guildIds.filter((id) => this.shardOf(id) === shard);
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard: [shard, count],
      application: { id: this.applicationId, flags: 0 },
    });
    for (const id of guilds) this.sendDispatch(session, 'GUILD_CREATE', this.guildPayload(id));
  }

  private resume(socket: WebSocket, d: { session_id: string; seq: number | null }): void {
    const session = [...this.sessions.values()].find((s) => s.sessionId === d.session_id);
    if (!session) {
      this.send(socket, { op: 9, d: false, s: null, t: null });
      return;
    }
    session.socket = socket;
    for (const frame of session.dispatched) if ((frame.s ?? 0) > (d.seq ?? 0)) this.send(socket, frame);
    this.sendDispatch(session, 'RESUMED', {});
  }

  private sendDispatch(session: ShardSession, t: string, d: unknown): void {
    session.sequence += 1;
    const frame: GatewayFrame = { op: 0, d, s: session.sequence, t };
    session.dispatched.push(frame);
    if (session.socket) this.send(session.socket, frame);
  }

  private send(socket: WebSocket, frame: GatewayFrame): void {
    socket.send(JSON.stringify(frame));
  }

  private guildPayload(guildId: string): Record<string, unknown> {
    return {
      id: guildId,
      name: 'Fake guild',
      icon: null,
      owner_id: snowflake(),
      unavailable: false,
      large: false,
      member_count: 2,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [
        { id: guildId, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      ],
      channels: [
        { id: this.channelId, type: 0, guild_id: guildId, name: 'general', position: 0, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, parent_id: null, rate_limit_per_user: 0 },
      ],
      members: [],
      presences: [],
      voice_states: [],
      threads: [],
      stickers: [],
      emojis: [],
      stage_instances: [],
      guild_scheduled_events: [],
      premium_tier: 0,
      preferred_locale: 'en-US',
      system_channel_flags: 0,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
    };
  }

  // ---- REST ----

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // discord.js percent-encodes '@original'; compare decoded paths.
    const path = decodeURIComponent(url.pathname);
    const raw = await readBody(req);
    const body = await parseBody(raw, req.headers['content-type']);
    const record: RecordedRequest = { method: req.method ?? 'GET', path, query: url.search, headers: req.headers, body, at: Date.now() };
    this.requests.push(record);
    this.route(record, res);
  }

  private route(request: RecordedRequest, res: ServerResponse): void {
    const { method, path } = request;
    const segments = path.replace(/^\/api\/v\d+/, '').split('/').filter(Boolean);
    const needsBotToken = segments[0] !== 'interactions' && segments[0] !== 'webhooks';
    if (needsBotToken && this.validToken !== undefined && request.headers.authorization !== `Bot ${this.validToken}`) {
      return json(res, 401, { message: '401: Unauthorized', code: 0 });
    }
    const file = method === 'GET' ? this.files.get(path) : undefined;
    if (file) {
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.length });
      return void res.end(file.body);
    }
    if (method === 'GET' && path.match(/^\/api\/v\d+\/gateway\/bot$/)) {
      return json(res, 200, {
        url: this.gatewayUrl,
        shards: this.shardCount,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: this.shardCount },
      });
    }
    if (method === 'GET' && path.match(/^\/api\/v\d+\/gateway$/)) return json(res, 200, { url: this.gatewayUrl });
    if (method === 'GET' && path.match(/^\/api\/v\d+\/users\/@me$/)) return json(res, 200, this.botUser);
    if (method === 'GET' && path.match(/^\/api\/v\d+\/(oauth2\/)?applications\/@me$/)) {
      return json(res, 200, { id: this.applicationId, name: 'who-said-test', flags: 0, bot_public: true, bot_require_code_grant: false, description: '', icon: null, summary: '', verify_key: 'x', team: null });
    }
    if (segments[0] === 'interactions' && segments[3] === 'callback' && method === 'POST') {
      return this.onCallback(request, segments[1] ?? '', segments[2] ?? '', res);
    }
    if (segments[0] === 'webhooks' && (method === 'PATCH' || method === 'POST')) {
      return this.onWebhook(request, segments, res);
    }
    if (segments[0] === 'applications' && segments.at(-1) === 'commands' && method === 'PUT') {
      this.commandRegistrations.push({ path, body: request.body, authorization: request.headers.authorization });
      const commands = Array.isArray(request.body) ? request.body : [];
      return json(res, 200, commands.map((c: object) => ({ ...c, id: snowflake(), application_id: this.applicationId, version: snowflake() })));
    }
    json(res, 404, { message: '404: Not Found', code: 0 });
  }

  private onCallback(request: RecordedRequest, interactionId: string, token: string, res: ServerResponse): void {
    if (this.refused.has(interactionId)) return json(res, 404, { message: 'Unknown interaction', code: 10062 });
    if (this.callbacks.some((c) => c.interactionId === interactionId)) {
      return json(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    }
    const body = (request.body ?? {}) as { type?: number; data?: Record<string, unknown> };
    const callback: InteractionCallback = { ...request, interactionId, token, type: body.type ?? -1, data: body.data };
    this.callbacks.push(callback);
    // Discord answers a callback without ?with_response=true with 204: no body, no content type.
    res.writeHead(204);
    res.end();
    this.notify(callback);
  }

  private onWebhook(request: RecordedRequest, segments: string[], res: ServerResponse): void {
    const [, applicationId = '', token = '', messages, messageId] = segments;
    if (messages !== undefined && messages !== 'messages') return json(res, 404, { message: 'Unknown Webhook', code: 10015 });
    const message: WebhookMessage = { ...request, applicationId, token, messageId };
    this.webhookMessages.push(message);
    const body = (request.body ?? {}) as Record<string, unknown>;
    json(res, 200, {
      id: messageId === '@original' || messageId === undefined ? snowflake() : messageId,
      type: 20,
      channel_id: this.channelId,
      author: this.botUser,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body.flags ?? 0,
      webhook_id: applicationId,
      application_id: applicationId,
    });
    this.notify(message);
  }
}

interface ShardSession {
  socket: WebSocket | null;
  sessionId: string;
  sequence: number;
  dispatched: GatewayFrame[];
}

/** A guild id that Discord would route to `shard` of `count`. */
function guildOnShard(shard: number, count: number): string {
  for (let back = 0; ; back++) {
    const id = snowflake(Date.now() - back);
    if (Number((BigInt(id) >> 22n) % BigInt(count)) === shard) return id;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A file sent with a message (multipart/form-data, as Discord takes attachments). */
export interface UploadedFile {
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * JSON as JSON; multipart/form-data (a message with files) as its `payload_json` plus `files`;
 * anything else as text. Multipart is parsed by the platform's own Fetch implementation.
 */
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (raw.length === 0) return undefined;
  if (contentType?.includes('application/json')) return JSON.parse(raw.toString('utf8')) as unknown;
  if (contentType?.includes('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const payload = form.get('payload_json');
    const files: UploadedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') continue;
      files.push({ field, name: value.name, contentType: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
    }
    return { ...(typeof payload === 'string' ? (JSON.parse(payload) as object) : {}), files };
  }
  return raw.toString('utf8');
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startFakeDiscord(options?: FakeDiscordOptions): Promise<FakeDiscord> {
  return new FakeDiscord(options).start();
}
