/** The CLI as a real process on the bundled article: the contract the bot is checked with. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function cli(args: string[], input = '') {
  const started = performance.now();
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { ...run, ms: performance.now() - started };
}

describe('npx tsx src/cli/main.ts', () => {
  it('prints one JSON line for --json /speakers', () => {
    const run = cli(['--json', '/speakers']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as { command: string; speakers: { name: string; description: string | null; quotes: number }[] };
    expect(result.command).toBe('speakers');
    expect(result.speakers.length).toBeGreaterThan(0);
    for (const speaker of result.speakers) {
      expect(Object.keys(speaker).sort()).toEqual(['description', 'name', 'quotes']);
      expect(speaker.quotes).toBeGreaterThan(0);
    }
  });

  it('gives Lukin’s four statements, the two-paragraph one whole', () => {
    const run = cli(['--json', '/quotes', 'speaker:Lukin']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { speaker: string; quotes: { speaker: string; quote: string; paragraphs: number[] }[] };
    expect(result.speaker).toBe('Artyom Lukin');
    expect(result.quotes).toHaveLength(4);
    expect(result.quotes.every((q) => q.speaker === 'Artyom Lukin')).toBe(true);
    const twoParagraphs = result.quotes.find((q) => q.paragraphs.length === 2);
    expect(twoParagraphs?.paragraphs).toEqual([20, 21]);
    expect(twoParagraphs?.quote).toMatch(/^I don’t think Washington[\s\S]*foreseeable future$/);
  });

  it('answers a batch from stdin, one JSON line per command, and exits 0 despite a bad line', () => {
    const run = cli(['--json'], '/speakers\n/nope\n/quotes speaker:artyom  LUKIN\n');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.command ?? 'error')).toEqual(['speakers', 'error', 'quotes']);
    expect(lines[2]).toMatchObject({ speaker: 'Artyom Lukin' });
  });

  it('exits 1 with a plain message when the article cannot be read', () => {
    const run = cli(['--article', 'no/such/file.txt', '/speakers']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Article file not found: no\/such\/file\.txt/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
