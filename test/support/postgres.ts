/**
 * A throwaway PostgreSQL server for the tests: initdb and pg_ctl (Debian's postgresql package)
 * into a temporary folder, listening on 127.0.0.1 only at a free port, run as an unprivileged
 * user (PostgreSQL refuses root: as root the server runs as `postgres` through runuser). Each
 * suite makes its own database on it (`freshDatabase`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  adminUrl: string;
  stop(): void;
}

const SERVER_USER = 'postgres';

/** The folder holding initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/N/bin, else PATH. */
function binDir(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return found.status === 0 ? join(found.stdout.trim(), '..') : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function uidOf(user: string): { uid: number; gid: number } | undefined {
  try {
    return { uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' })) };
  } catch {
    return undefined;
  }
}

/** Start a server, or throw saying why it cannot be started here. */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  if (!bin) throw new Error('no PostgreSQL server binaries (initdb, pg_ctl) found: install the postgresql package');
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? uidOf(SERVER_USER) : undefined;
  if (asRoot && !owner) throw new Error(`running as root and there is no "${SERVER_USER}" user to run PostgreSQL as`);
  const dir = mkdtempSync(join(tmpdir(), 'who-said-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (tool: string, args: string[]) => {
    const [command, argv] = asRoot ? ['runuser', ['-u', SERVER_USER, '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir, timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${tool} failed: ${(result.stderr || result.stdout || String(result.error)).trim().slice(0, 500)}`);
  };
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    const settings = [
      `-c listen_addresses=127.0.0.1`,
      `-p ${port}`,
      `-k ${dir}`,
      // A test server: durability against power loss is not what is tested (a killed client is).
      '-c fsync=off -c full_page_writes=off -c synchronous_commit=off',
      '-c max_connections=100',
    ].join(' ');
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', settings, '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

let created = 0;

/** A new, empty database on the server; its URL. */
export async function freshDatabase(adminUrl: string, label: string): Promise<string> {
  const name = `t_${label.replace(/\W/g, '_').toLowerCase()}_${process.pid}_${++created}_${Date.now() % 1_000_000}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Record that PostgreSQL tests ran (CI checks the marker, so a silent skip fails the build). */
export function markPostgresRan(suite: string): void {
  const marker = process.env.PG_TESTS_MARKER;
  if (marker) appendFileSync(marker, `${suite}\n`);
}
