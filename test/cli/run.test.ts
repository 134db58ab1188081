import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/article/types.ts';
import type { Attribution } from '../../src/attribution/types.ts';
import fc from 'fast-check';
import * as registry from '../../commands/index.ts';
import { prepareArticle } from '../../src/answers/context.ts';
import { parseArticle } from '../../src/article/load.ts';
import { answerLine, runCli } from '../../src/cli/run.ts';

/**
 * The CLI is tested on its own contract, so attribution is replaced by a fixed answer for the
 * fixture below; the real attributor is exercised end to end in process.test.ts.
 */
vi.mock('../../src/attribution/index.ts', () => ({
  attribute: (article: Article): Attribution => {
    const person = (name: string, aliases: string[], description: string | null, firstParagraph: number) => ({
      id: name.toLowerCase().replace(/\W+/g, '-'),
      name,
      kind: 'person' as const,
      description,
      aliases,
      firstParagraph,
    });
    if (article.paragraphs.length < 4) return { quotes: [], speakers: [], mentioned: [] };
    return {
      speakers: [
        person('Renée Okafor', ['Okafor'], 'the finance chair', 2),
        person('Tomás Ferreira', ['Ferreira'], null, 3),
      ],
      quotes: [
        { speaker: 'Renée Okafor', quote: 'It is a fair deal', kind: 'direct', paragraphs: [2], via: null },
        { speaker: 'Tomás Ferreira', quote: 'This budget fails the north. It fails everyone', kind: 'direct', paragraphs: [3], via: null },
        { speaker: 'Tomás Ferreira', quote: 'We will keep fighting. And we will win', kind: 'direct', paragraphs: [4, 5], via: null },
      ],
      mentioned: [],
    };
  },
}));

const FIXTURE = [
  'Council passes budget',
  '',
  'The council approved the budget on Monday.',
  '',
  '“It is a fair deal,” said Renée Okafor, the finance chair.',
  '',
  '“This budget fails the north. It fails everyone,” said Tomás Ferreira.',
  '',
  '“We will keep fighting.',
  '',
  '“And we will win,” he said.',
  '',
  'This article first appeared on The Harbour Gazette',
].join('\n');

let dir: string;
let articlePath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-run-'));
  articlePath = join(dir, 'budget.txt');
  await writeFile(articlePath, FIXTURE);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
  lines(): string[] {
    return this.text.split('\n').filter((line) => line.length > 0);
  }
}

async function run(argv: string[], stdin = '', isTTY = false) {
  const output = new Sink();
  const errorOutput = new Sink();
  const code = await runCli({ argv, input: Readable.from([stdin]), output, errorOutput, isTTY });
  return { code, output, errorOutput };
}

describe('runCli --json', () => {
  it('answers a batch in order, one JSON line per command, carrying on past bad lines', async () => {
    const stdin = [
      '/speakers',
      '/quotes speaker:okafor',
      '/frobnicate now',
      '',
      '/quotes colour:blue',
      'quotes speaker:"Tomás Ferreira"',
      '/quotes speaker:Ferrera',
      '# a comment line',
      '/quotes',
    ].join('\n');
    const { code, output, errorOutput } = await run(['--article', articlePath, '--json'], stdin);
    expect(code).toBe(0);
    expect(errorOutput.text).toBe('');
    const lines = output.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toEqual({
      command: 'speakers',
      speakers: [
        { name: 'Renée Okafor', description: 'the finance chair', quotes: 1 },
        { name: 'Tomás Ferreira', description: null, quotes: 2 },
      ],
    });
    expect(lines[1]).toMatchObject({ command: 'quotes', speaker: 'Renée Okafor', quotes: [{ quote: 'It is a fair deal', paragraphs: [2] }] });
    expect(lines[2]).toEqual({ error: expect.stringMatching(/Unknown command \/frobnicate.*\/speakers.*\/quotes/) });
    expect(lines[3]).toEqual({ error: expect.stringMatching(/\/quotes: unknown option colour.*speaker/) });
    expect(lines[4]).toMatchObject({ command: 'quotes', speaker: 'Tomás Ferreira' });
    expect((lines[4]!.quotes as unknown[]).length).toBe(2);
    // One letter from a single speaker's name: answered for that speaker, saying what was typed.
    expect(lines[5]).toMatchObject({ command: 'quotes', speaker: 'Tomás Ferreira', correctedFrom: 'Ferrera' });
    expect(lines[6]).toMatchObject({ command: 'quotes', speaker: null });
    expect((lines[6]!.quotes as { paragraphs: number[] }[]).map((q) => q.paragraphs)).toEqual([[2], [3], [4, 5]]);
  });

  it('reports a bad option value with a short sentence naming the option', async () => {
    const { code, output } = await run(['--article', articlePath, '--json', `/quotes speaker:${'x'.repeat(101)}`]);
    expect(code).toBe(1);
    const { error } = JSON.parse(output.text) as { error: string };
    expect(error).toMatch(/speaker/);
    expect(error).toMatch(/100/);
    expect(error).not.toMatch(/\n|at .*\.ts/);
  });

  it('reports an unknown single command as JSON with exit code 1', async () => {
    const { code, output } = await run(['--article', articlePath, '--json', '/nope']);
    expect(code).toBe(1);
    expect(output.lines()).toHaveLength(1);
    expect(JSON.parse(output.text)).toEqual({ error: expect.stringContaining('Unknown command /nope') });
  });

  it('refuses an overlong line without stopping the batch', async () => {
    const { code, output } = await run(['--article', articlePath, '--json'], `/quotes speaker:${'y'.repeat(20_000)}\n/speakers\n`);
    expect(code).toBe(0);
    const lines = output.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toEqual({ error: expect.stringMatching(/too long/) });
    expect(lines[1]).toMatchObject({ command: 'speakers' });
  });

  it('gives a JSON error and exit code 1 when the article cannot be read', async () => {
    const { code, output } = await run(['--article', join(dir, 'missing.txt'), '--json', '/speakers']);
    expect(code).toBe(1);
    expect(JSON.parse(output.text)).toEqual({ error: expect.stringMatching(/not found.*missing\.txt/) });
  });

  it('gives a JSON error for an empty article', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '\n\n   \n');
    const { code, output } = await run(['--article', empty, '--json'], '/speakers\n');
    expect(code).toBe(1);
    expect(JSON.parse(output.text)).toEqual({ error: expect.stringMatching(/empty/) });
  });
});

describe('runCli text mode', () => {
  it('renders quotes with ¶ citations', async () => {
    const { code, output } = await run(['--article', articlePath, '/quotes speaker:Ferreira']);
    expect(code).toBe(0);
    expect(output.text).toContain('Quotes by Tomás Ferreira (2):');
    expect(output.text).toContain('“This budget fails the north. It fails everyone” — Tomás Ferreira (¶3)');
    expect(output.text).toContain('“We will keep fighting. And we will win” — Tomás Ferreira (¶4–5)');
  });

  it('says who is meant when a name is unknown', async () => {
    const { output } = await run(['--article', articlePath, '/quotes', 'speaker:Okfr']);
    expect(output.text).toMatch(/No speaker named “Okfr”.*Did you mean: Renée Okafor\?$/m);
    const corrected = await run(['--article', articlePath, '/quotes', 'speaker:Okafr']);
    expect(corrected.output.text).toMatch(/^No speaker is called “Okafr”; showing the closest name\.\nQuotes by Renée Okafor/);
  });

  it('writes a plain message, not a stack trace, for an unreadable article', async () => {
    const { code, output, errorOutput } = await run(['--article', dir, '/speakers']);
    expect(code).toBe(1);
    expect(output.text).toBe('');
    expect(errorOutput.text).toMatch(/is a folder: give one article file/);
    expect(errorOutput.text).not.toMatch(/\n\s+at /);
  });

  it('writes per-line errors to the error stream and answers the rest', async () => {
    const { code, output, errorOutput } = await run(['--article', articlePath], '/bogus\n/speakers\n');
    expect(code).toBe(0);
    expect(errorOutput.text).toMatch(/Unknown command \/bogus/);
    expect(output.text).toMatch(/Speakers quoted in the article \(2\):/);
  });
});

describe('runCli arguments', () => {
  it('prints usage for --help', async () => {
    const { code, output } = await run(['--help']);
    expect(code).toBe(0);
    expect(output.text).toMatch(/Usage: .*--article PATH.*--json/);
  });

  it('refuses an unknown flag and a missing --article value with exit code 2', async () => {
    expect((await run(['--verbose', '/speakers'])).code).toBe(2);
    const missing = await run(['--json', '--article']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.output.text)).toEqual({ error: expect.stringMatching(/--article needs a file path/) });
  });

  it('accepts --article=PATH and keeps words after the command as part of it', async () => {
    const { output } = await run([`--article=${articlePath}`, '--json', '/quotes', 'speaker:Renée', 'Okafor']);
    expect(JSON.parse(output.text)).toMatchObject({ speaker: 'Renée Okafor' });
  });
});

describe('runCli interactive prompt', () => {
  it('shows the article and a help line, then answers typed commands until exit', async () => {
    const input = new PassThrough();
    const output = new Sink();
    const errorOutput = new Sink();
    const running = runCli({ argv: ['--article', articlePath], input, output, errorOutput, isTTY: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    input.write('/quotes speaker:Okafor\n');
    input.write('exit\n');
    expect(await running).toBe(0);
    expect(output.text).toContain('Council passes budget');
    expect(output.text).toContain('/help lists them all');
    expect(output.text).toContain('“It is a fair deal” — Renée Okafor (¶2)');
  });
});

describe('answerLine on hostile input', () => {
  it('always answers or explains, never throws', async () => {
    const ctx = prepareArticle(parseArticle(FIXTURE, 'budget'));
    const names = ['/quotes', '/speakers', '/who-said', '/ask', '/summary', '/help', '/nope', ''];
    const options = ['speaker:', 'query:', 'question:', 'sentences:', 'x:', '"', '“', ' '];
    const line = fc
      .tuple(fc.constantFrom(...names), fc.array(fc.oneof(fc.constantFrom(...options), fc.string({ maxLength: 30 })), { maxLength: 8 }))
      .map(([name, parts]) => `${name} ${parts.join('')}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(line, fc.string({ unit: 'binary', maxLength: 200 })), async (text) => {
        const outcome = await answerLine(text, ctx, registry);
        if (outcome.ok) expect(typeof outcome.result.command).toBe('string');
        else expect(outcome.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
