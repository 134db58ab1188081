import { chmod, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleError, DEFAULT_ARTICLE_PATH, loadArticleFile, parseArticle } from '../../src/article/load.ts';
import { BOT_LIMITS } from '../../src/constants.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'article-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function errorOf(promise: Promise<unknown>): Promise<ArticleError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return error as ArticleError;
  }
  throw new Error('expected an ArticleError');
}

describe('the default article', () => {
  it('has the expected title, publisher and 22 paragraphs numbered 1..22', async () => {
    const article = await loadArticleFile(DEFAULT_ARTICLE_PATH);
    expect(article.id).toBe('scmp-china-russia-2021');
    expect(article.title).toBe(
      'China and Russia once again pledge to strengthen ties as White House announces first Putin-Biden summit',
    );
    expect(article.publisher).toBe('South China Morning Post');
    expect(article.paragraphs).toHaveLength(22);
    expect(article.paragraphs.map((p) => p.n)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it('keeps no advert, linked headline, read-time line or footer', async () => {
    const article = await loadArticleFile(DEFAULT_ARTICLE_PATH);
    const body = article.paragraphs.map((p) => p.text).join('\n');
    for (const noise of ['min read', 'Do you have questions', 'space flight components', 'heads to Russia on security talks', 'knock out the teeth', 'More from', 'first appeared on', 'mobile app']) {
      expect(body).not.toContain(noise);
    }
    expect(article.paragraphs[19]!.text.startsWith('“I don’t think Washington')).toBe(true);
    expect(article.paragraphs[20]!.text.startsWith('“Even if they try')).toBe(true);
  });

  it('splits paragraphs into sentences with offsets into the paragraph', async () => {
    const article = await loadArticleFile(DEFAULT_ARTICLE_PATH);
    for (const paragraph of article.paragraphs) {
      expect(paragraph.sentences.length).toBeGreaterThan(0);
      for (const s of paragraph.sentences) expect(paragraph.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(article.paragraphs[10]!.sentences).toHaveLength(2);
  });
});

describe('loadArticleFile errors', () => {
  it('reports a missing file', async () => {
    const error = await errorOf(loadArticleFile(join(dir, 'nope.txt')));
    expect(error.message).toMatch(/not found/i);
    expect(error.message).toContain('nope.txt');
  });

  it('reports a directory', async () => {
    expect((await errorOf(loadArticleFile(dir))).message).toMatch(/directory/i);
  });

  it('reports an empty path', async () => {
    expect((await errorOf(loadArticleFile('   '))).message).toMatch(/empty/i);
  });

  it('reports an empty file and a whitespace-only file', async () => {
    expect((await errorOf(loadArticleFile(await fileWith('empty.txt', '')))).message).toMatch(/empty/i);
    expect((await errorOf(loadArticleFile(await fileWith('blank.txt', ' \n\n\t \r\n')))).message).toMatch(/empty/i);
  });

  it('reports a binary file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await errorOf(loadArticleFile(await fileWith('image.txt', png)))).message).toMatch(/binary/i);
  });

  it('reports text that is mostly control characters as binary', async () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7))));
    expect((await errorOf(loadArticleFile(await fileWith('noise.txt', noise)))).message).toMatch(/binary/i);
  });

  it('refuses an absurdly large file without reading it', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, BOT_LIMITS.articleMaxBytes + 1); // sparse: stat says large, nothing to read
    expect((await errorOf(loadArticleFile(path))).message).toMatch(/too large/i);
  });

  it('reports a file with no story left after cleaning', async () => {
    const path = await fileWith('only-noise.txt', 'Headline only\n\nAdvertisement\n\nRead more: Another story\n');
    expect((await errorOf(loadArticleFile(path))).message).toMatch(/no story paragraphs/i);
  });

  // root reads any file, whatever its mode
  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
    const path = await fileWith('locked.txt', 'Headline\n\nA sentence.');
    await chmod(path, 0o000);
    expect((await errorOf(loadArticleFile(path))).message).toMatch(/cannot be read|permission/i);
  });

  it('reads UTF-16 text with a byte-order mark', async () => {
    const text = '\ufeffHeadline here\n\nThe mayor said the plan was fair.';
    const article = await loadArticleFile(await fileWith('utf16.txt', Buffer.from(text, 'utf16le')));
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The mayor said the plan was fair.']);
  });
});

describe('parseArticle', () => {
  it('numbers paragraphs and carries the id', () => {
    const article = parseArticle('Headline\n\nFirst paragraph here.\n\nSecond paragraph here.', 'my-id');
    expect(article.id).toBe('my-id');
    expect(article.paragraphs.map((p) => [p.n, p.text])).toEqual([
      [1, 'First paragraph here.'],
      [2, 'Second paragraph here.'],
    ]);
  });

  it('refuses empty, NUL-containing and oversized text, and a bad id', () => {
    expect(() => parseArticle('', 'x')).toThrow(ArticleError);
    expect(() => parseArticle('Headline\n\nText.\0', 'x')).toThrow(/binary/);
    expect(() => parseArticle('a'.repeat(BOT_LIMITS.articleMaxBytes + 1), 'x')).toThrow(/too large/);
    expect(() => parseArticle('Headline\n\nText here.', '')).toThrow(ArticleError);
    expect(() => parseArticle(42 as unknown as string, 'x')).toThrow(ArticleError);
  });
});
