/**
 * The command-line contract with the library: --article takes a library id, /articles lists the
 * library, and the answering commands take article: and (/who-said) scope:library.
 */
import { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as registry from '../../commands/index.ts';
import { prepareArticle } from '../../src/answers/context.ts';
import { DEFAULT_ARTICLE_PATH, loadArticleFile } from '../../src/article/load.ts';
import type { ArticleContext } from '../../src/answers/context.ts';
import { answerLine, runCli } from '../../src/cli/run.ts';
import { Library } from '../../src/library/library.ts';
import { fixtureText, tempDir } from './helpers.ts';

let library: Library;
let ctx: ArticleContext;
let tmp: ReturnType<typeof tempDir>;
let water: number;
let rail: number;

beforeAll(async () => {
  tmp = tempDir();
  library = await Library.open({ path: tmp.dbPath });
  water = (await library.add({ guildId: 'g1', addedBy: 'u', source: 'upload:w.txt', text: fixtureText('uk-water-fine') })).id;
 rail = (await library.add({ guildId: 'g2', addedBy: 'u', source: 'upload:r.txt', text: fixtureText('us-wire-rail-merger') })).id;
  ctx = prepareArticle(await loadArticleFile(DEFAULT_ARTICLE_PATH));
});

afterAll(async () => {
  await library.close();
  tmp.remove();
});

const ask = (line: string) => answerLine(line, ctx, registry, async () => library);

describe('library commands on the command line', () => {
  it('/articles lists every article of every server, with the default', async () => {
    const outcome = await ask('/articles');
    expect(outcome.ok && outcome.result).toMatchObject({ command: 'articles', defaultArticle: 1 });
    const listed = outcome.ok && outcome.result.command === 'articles' ? outcome.result.articles.map((a) => [a.id, a.bundled]) : [];
    expect(listed).toEqual([[1, true], [water, false], [rail, false]]);
    expect(await ask('/articles extra:1')).toEqual({ ok: false, error: '/articles takes no options.' });
  });

  it('article: answers about a library article; an unknown one is a clear error', async () => {
    const outcome = await ask(`/speakers article:${rail}`);
    expect(outcome.ok && outcome.result.command === 'speakers' && outcome.result.speakers.map((s) => s.name)).toContain('Daniel Okafor');
    expect(await ask('/speakers article:#999')).toEqual({ ok: false, error: expect.stringMatching(/no article #999/) });
    expect(await ask('/help article:1')).toMatchObject({ ok: false });
  });

  it('scope:library searches every article and cites each answer’s article', async () => {
    const outcome = await ask('/who-said query:the merger will give shippers a single line scope:library');
    expect(outcome.ok && outcome.result).toMatchObject({ command: 'who-said', scope: 'library' });
    const top = outcome.ok && outcome.result.command === 'who-said' ? outcome.result.answers[0] : undefined;
    expect(top).toMatchObject({ speaker: 'Daniel Okafor', article: { id: rail } });
    expect(await ask('/who-said query:x scope:everything')).toEqual({ ok: false, error: expect.stringMatching(/scope must be "article" or "library"/) });
  });

  it('a lone value still goes to the command’s own option', async () => {
    const outcome = await ask('/who-said quite robust scope:library');
    expect(outcome.ok && outcome.result.command === 'who-said' && outcome.result.query).toBe('quite robust');
    const quotes = await ask('/quotes Lukin');
    expect(quotes.ok && quotes.result.command === 'quotes' && quotes.result.speaker).toBe('Artyom Lukin');
  });

  it('--article takes a library id (from DATABASE_PATH) and refuses an unknown one', async () => {
    const run = async (argv: string[]) => {
      let out = '';
      let err = '';
      const output = new Writable({ write: (chunk, _e, done) => ((out += String(chunk)), done()) });
      const errorOutput = new Writable({ write: (chunk, _e, done) => ((err += String(chunk)), done()) });
      const previous = process.env.DATABASE_PATH;
      process.env.DATABASE_PATH = tmp.dbPath;
      try {
        const code = await runCli({ argv, input: Readable.from([]), output, errorOutput });
        return { code, out, err };
      } finally {
        if (previous === undefined) delete process.env.DATABASE_PATH;
        else process.env.DATABASE_PATH = previous;
      }
    };
    const answered = await run(['--json', '--article', String(water), '/who-said query:a business decision to put profit before the health of rivers']);
    expect(answered.code).toBe(0);
    expect(JSON.parse(answered.out)).toMatchObject({ command: 'who-said', answers: [{ speaker: 'Caroline Pettit' }] });
    const refused = await run(['--json', '--article', '#4242', '/speakers']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toEqual({ error: expect.stringMatching(/no article #4242/) });
  });
});
