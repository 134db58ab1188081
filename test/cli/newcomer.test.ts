/**
 * The terminal as a newcomer meets it, on the bundled article with the real attributor: what
 * /help offers works, mistakes get a sentence that says what to do, and nothing speaks of a server.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as registry from '../../commands/index.ts';
import { prepareArticle, type ArticleContext } from '../../src/answers/context.ts';
import type { HelpResult, WhoSaidResult } from '../../src/answers/types.ts';
import { DEFAULT_ARTICLE_PATH, loadArticleFile } from '../../src/article/load.ts';
import { answerLine } from '../../src/cli/run.ts';
import { renderResult } from '../../src/cli/render.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let ctx: ArticleContext;

beforeAll(async () => {
  ctx = prepareArticle(await loadArticleFile(DEFAULT_ARTICLE_PATH));
});

const ask = (line: string) => answerLine(line, ctx, registry);

describe('the terminal, as a newcomer tries it', () => {
  it('/help lists only what the terminal answers, each of which then works', async () => {
    const outcome = await ask('/help');
    expect(outcome.ok).toBe(true);
    const help = (outcome as { result: HelpResult }).result;
    const names = help.commands.map((c) => c.name);
    expect(names).toContain('articles');
    expect(names.some((n) => n.startsWith('article '))).toBe(false);
    expect(names).not.toContain('Who said this?');
    for (const c of help.commands) {
      expect(c.description).not.toMatch(/this server/);
      const sample = await ask(`/${c.name}${c.usage.includes('query:') ? ' query:summit' : c.usage.includes('question:') ? ' question:when is the summit?' : ''}`);
      expect(sample.ok, `${c.usage} answers`).toBe(true);
    }
  });

  it('an unknown command lists /articles too; /article explains it belongs to Discord', async () => {
    const unknown = await ask('/hello');
    expect(unknown).toEqual({ ok: false, error: expect.stringMatching(/^Unknown command \/hello\. .*\/articles/) });
    expect(await ask('/article add file:story.txt')).toEqual({ ok: false, error: expect.stringContaining('--article PATH') });
  });

  it('plain text without a slash is told that commands start with /', async () => {
    expect(await ask('hello there')).toEqual({ ok: false, error: expect.stringMatching(/^Commands start with \//) });
    expect((await ask('speakers')).ok).toBe(true); // a command's own name is still understood
  });

  it('an option the command does not have is refused by name, not swallowed into the value', async () => {
    const speaker = ctx.attribution.speakers[0]!.name;
    expect(await ask(`/quotes speaker:${speaker} bogus:1`)).toEqual({ ok: false, error: expect.stringContaining('unknown option bogus') });
    // A colon followed by a space, or a web address, is still text.
    expect((await ask('/who-said query:he said: the summit')).ok).toBe(true);
    expect((await ask('/who-said query:see https://example.com/a summit')).ok).toBe(true);
  });

  it('shows answers without scores (those are for --json)', async () => {
    const outcome = await ask('/who-said query:summit');
    const result = (outcome as { result: WhoSaidResult }).result;
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers[0]!.score).toBeGreaterThan(0);
    expect(renderResult(result)).not.toMatch(/score/i);
  });

  it('a library error never says "this server" in the terminal', async () => {
    const missing = await ask('/summary article:#999999');
    expect(missing.ok).toBe(false);
    expect((missing as { error: string }).error).not.toMatch(/this server/);
  });

  it('`npm start` piped into a reader that stops early ends quietly (no EPIPE stack trace)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'index.ts'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: '', ARTICLE_PATH: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end('/quotes\n'.repeat(400));
    // Read the first chunk, then close our end, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, 60_000);
});
