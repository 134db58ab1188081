/**
 * `npm run bench -- --hostile`: issue 10's end-to-end figure. The real bot process against the
 * fake Discord on 127.0.0.1; for each hostile upload (test/adversarial/live-upload-scenario.ts),
 * another member's /speakers is sent every 150 ms while it is read and stored, and timed to its
 * first answer. Target: every one under 500 ms. Also the bot process's peak RSS (sampled from
 * /proc every 20 ms) while the uploads ran; target under 300 MB.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { freshDatabasePath, ROOT, startBot } from '../test/discord/bot-process.ts';
import { startFakeDiscord } from '../test/fake-discord/server.ts';
import { HOSTILE_CASES, LiveUploads } from '../test/adversarial/live-upload-scenario.ts';
import { percentile } from './bench-stats.ts';

const round = (x: number) => Math.round(x * 10) / 10;

/** Resident memory of a process and its descendants (shards run as children), from /proc (Linux); 0 elsewhere. */
function rssMB(pid: number): number {
  try {
    const children = new Map<number, number[]>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      } catch {
        // ended meanwhile
      }
    }
    let kb = 0;
    for (const queue = [pid]; queue.length > 0; ) {
      const next = queue.pop()!;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${next}/status`, 'utf8'))?.[1] ?? 0);
      queue.push(...(children.get(next) ?? []));
    }
    return kb / 1024;
  } catch {
    return 0;
  }
}

export async function hostile(): Promise<Record<string, unknown>> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT }); // the bundle npm start runs
  const fake = await startFakeDiscord();
  const bot = await startBot(fake, { DATABASE_PATH: freshDatabasePath() });
  try {
    await bot.waitForLine(/Logged in as /, 60_000);
    const live = new LiveUploads(fake);
    const rows: Record<string, unknown>[] = [];
    await live.timedSpeakers();
    const idleRssMB = round(rssMB(bot.child.pid!));
    for (const hostileCase of HOSTILE_CASES) {
      const pid = bot.child.pid!;
      let peak = rssMB(pid);
      const sampler = setInterval(() => (peak = Math.max(peak, rssMB(pid))), 20);
      const run = await live.run(hostileCase);
      clearInterval(sampler);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const settledRssMB = round(rssMB(pid));
      const sorted = [...run.latencies].sort((a, b) => a - b);
      rows.push({
        upload: hostileCase.name,
        outcome: run.addedId ? `stored #${run.addedId}` : run.said.split('\n')[0]!.slice(0, 80),
        uploadMs: Math.round(run.uploadMs),
        speakers: run.latencies.length,
        speakersP50Ms: round(percentile(sorted, 50)),
        speakersMaxMs: round(sorted[sorted.length - 1]!),
        botPeakRssMB: round(peak),
        botRssAfterMB: settledRssMB,
      });
    }
    return {
      botIdleRssMB: idleRssMB,
      rows,
      speakersMaxMs: Math.max(...rows.map((r) => Number(r['speakersMaxMs']))),
      botPeakRssMB: Math.max(...rows.map((r) => Number(r['botPeakRssMB']))),
      targets: { speakersUnderMs: 500, botPeakRssMBUnder: 300 },
      machine: { cpus: os.cpus().length, loadAverage1m: round(os.loadavg()[0]!) },
    };
  } finally {
    await bot.stop();
    await fake.close();
  }
}
