/** ARTICLE_PATH in bot mode: the library's bundled article is read as an upload is (HTML, Markdown, older encodings). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.ts';
import { decodeWindows1252 } from '../../src/article/encoding.ts';
import { FIXTURES, fixtureText, tempDir } from './helpers.ts';

async function bundledQuotes(path: string, dbPath: string) {
  const library = await Library.open({ path: dbPath, bundledArticlePath: path });
  try {
    const ctx = await library.context(await library.defaultArticleId(null));
    return { title: ctx.article.title, quotes: ctx.attribution.quotes.map((q) => q.quote) };
  } finally {
    await library.close();
  }
}

describe('the bundled article file', () => {
  const text = fixtureText('uk-local-bin-strike');
  const [title, ...paragraphs] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

  it('an .html ARTICLE_PATH gives the same article as its text, not its markup', async () => {
    const t = tempDir();
    try {
      const html = join(t.dir, 'story.html');
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      writeFileSync(html, `<html><head><title>${esc(title!)}</title></head><body><article><h1>${esc(title!)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`);
      const fromHtml = await bundledQuotes(html, join(t.dir, 'a.db'));
      const fromText = await bundledQuotes(join(FIXTURES, 'uk-local-bin-strike.txt'), join(t.dir, 'b.db'));
      expect(fromHtml.title).toBe(fromText.title);
      expect(fromHtml.quotes).toEqual(fromText.quotes);
      expect(fromHtml.quotes.length).toBeGreaterThan(0);
    } finally {
      t.remove();
    }
  });

  it('a Windows-1252 ARTICLE_PATH keeps its quotation marks and quotes', async () => {
    const t = tempDir();
    try {
      const byChar = new Map<string, number>();
      for (let b = 0; b < 256; b++) byChar.set(decodeWindows1252(Uint8Array.of(b)), b);
      const legacy = join(t.dir, 'legacy.txt');
      writeFileSync(legacy, Buffer.from([...text].map((ch) => byChar.get(ch) ?? 0x3f)));
      const fromLegacy = await bundledQuotes(legacy, join(t.dir, 'a.db'));
      const fromText = await bundledQuotes(join(FIXTURES, 'uk-local-bin-strike.txt'), join(t.dir, 'b.db'));
      expect(fromLegacy.quotes).toEqual(fromText.quotes);
    } finally {
      t.remove();
    }
  });
});
