/**
 * Start the bot the way `npm start` does (node … dist/index.js, the bundle test/support/build-bundle.ts
 * builds before the run) against a fake Discord, and collect its log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeDiscord } from '../fake-discord/server.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Token-shaped, so the bot's config accepts it; the fake accepts anything. */
export const FAKE_TOKEN = 'MTE0NTE0MTkxOTgxMDg5MzEw.GfAkEt.e2eTokenThatMustNeverBeLogged_0123456';

export interface BotProcess {
  child: ChildProcess;
  /** Every line the bot wrote to stderr or stdout. */
  lines: string[];
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The arguments `npm start` gives node (its flags and index.ts), read from package.json so the tests run what users run. */
export const START_ARGS: readonly string[] = (() => {
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [program, ...args] = start.split(/\s+/);
  if (program !== 'node' || args.at(-1) !== 'dist/index.js') throw new Error(`npm start is no longer "node … dist/index.js": ${start}`);
  return args;
})();

/** A new SQLite path in a new temporary folder. */
export function freshDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'who-said-bot-')), 'library.db');
}

export async function startBot(fake: FakeDiscord, env: Record<string, string> = {}): Promise<BotProcess> {
  const child = spawn(process.execPath, [...START_ARGS], {
    cwd: ROOT,
    // Each bot gets its own article library (issue 5) unless a test shares one on purpose.
    env: { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: '', ARTICLE_PATH: '', DATABASE_PATH: freshDatabasePath(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const collect = (stream: NodeJS.ReadableStream) => {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        for (const listener of listeners) listener(line);
      }
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const waitForLine = (pattern: RegExp, timeoutMs = 20_000) =>
    new Promise<string>((resolve, reject) => {
      const found = lines.find((line) => pattern.test(line));
      if (found) return resolve(found);
      const listener = (line: string) => {
        if (!pattern.test(line)) return;
        cleanup();
        resolve(line);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`bot did not log ${pattern} within ${timeoutMs} ms; log so far:\n${lines.join('\n')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(listener);
      };
      listeners.add(listener);
      void exited.then(() => {
        if (!listeners.has(listener)) return;
        cleanup();
        reject(new Error(`bot exited before logging ${pattern}; log:\n${lines.join('\n')}`));
      });
    });

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null) child.kill(signal);
    return exited;
  };

  return { child, lines, waitForLine, exited, stop };
}
