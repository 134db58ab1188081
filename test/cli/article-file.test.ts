/**
 * --article (and ARTICLE_PATH, which npm start passes as --article) reads files the way /article add
 * reads uploads: HTML through Readability, Markdown as Markdown, older Windows/Latin-1 text decoded.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/cli/article-file.ts';
import { runCli } from '../../src/cli/run.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/articles/uk-local-bin-strike.txt', import.meta.url));
let dir: string;
let text: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'article-file-'));
  text = await readFile(FIXTURE, 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sink() {
  const stream = new Writable({ write(chunk, _enc, done) { stream.text += String(chunk); done(); } }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

async function cli(argv: string[]) {
  const output = sink();
  const errorOutput = sink();
  const code = await runCli({ argv, input: Readable.from([]), output, errorOutput });
  return { code, stdout: output.text, stderr: errorOutput.text };
}

/** Encode text as Windows-1252: the reverse of the decoder, checked against known bytes below. */
function windows1252(source: string): Buffer {
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decodeWindows1252(Uint8Array.of(b)), b);
  return Buffer.from([...source].map((ch) => byChar.get(ch) ?? 0x3f));
}

function quotesIn(stdout: string): number {
  return (JSON.parse(stdout) as { quotes: unknown[] }).quotes.length;
}

describe('--article with other kinds of file', () => {
  it('an .html page is read through Readability and gives the same quotes as its text', async () => {
    const [title, ...paragraphs] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<!doctype html><html><head><title>${escape(title!)}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${escape(title!)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article></body></html>`;
    const path = join(dir, 'story.html');
    await writeFile(path, html);
    const fromText = await cli(['--json', '--article', FIXTURE, '/quotes']);
    const fromHtml = await cli(['--json', '--article', path, '/quotes']);
    expect(fromHtml.code).toBe(0);
    expect(quotesIn(fromText.stdout)).toBeGreaterThan(0);
    expect(quotesIn(fromHtml.stdout)).toBe(quotesIn(fromText.stdout));
    expect(fromHtml.stdout).not.toContain('<p>');
  });

  it('Windows-1252 curly quotes, dashes and the pound sign decode to their characters', () => {
    expect(decodeWindows1252(Uint8Array.of(0x93, 0x41, 0x94, 0x20, 0x91, 0x92, 0x96, 0x97, 0x85, 0xa3, 0xe9, 0x80))).toBe('“A” ‘’–—…£é€');
  });

  it('a Windows-1252 file is decoded (with a warning), not shown with replacement characters', async () => {
    const path = join(dir, 'legacy.txt');
    await writeFile(path, windows1252(text));
    const result = await cli(['--json', '--article', path, '/quotes']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\uFFFD');
    expect(quotesIn(result.stdout)).toBe(quotesIn((await cli(['--json', '--article', FIXTURE, '/quotes'])).stdout));
    expect(result.stderr).toMatch(/not UTF-8: read it as Windows-1252/);
  });

  it('a folder is called a folder', async () => {
    const result = await cli(['--article', dir, '/speakers']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is a folder: give one article file/);
  });

  it('/articles says the terminal answers about the file, which is not in the library', async () => {
    const db = join(dir, 'library.db');
    const previous = process.env.DATABASE_PATH;
    process.env.DATABASE_PATH = db;
    try {
      const result = await cli(['--article', FIXTURE, '/articles']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Answering about “.+” \(.*uk-local-bin-strike\.txt/);
      expect(result.stdout).not.toMatch(/answering about this one/);
      const library = await cli(['--json', '--article', FIXTURE, '/who-said scope:library query:we have made a fair offer']);
      const answers = (JSON.parse(library.stdout) as { answers: { article: { file?: string } }[] }).answers;
      expect(answers.some((a) => a.article.file === FIXTURE)).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_PATH;
      else process.env.DATABASE_PATH = previous;
    }
  });
});
