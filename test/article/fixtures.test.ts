/** The reader on every fixture article (several house styles): headline, paragraph count and starts. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/load.ts';

const DIR = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

interface GoldLayout {
  title: string;
  publisher: string | null;
  paragraphs: number;
  paragraphStarts: string[];
}

/** The gold files write quotation marks and apostrophes straight. */
function straightQuotes(text: string): string {
  return text.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'");
}

const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, gold: `${name.slice(0, -4)}.gold.json` }))
  .filter(({ gold }) => readdirSync(DIR).includes(gold));

describe.each(fixtures)('$name', ({ name, gold }) => {
  const expected = JSON.parse(readFileSync(DIR + gold, 'utf8')) as GoldLayout;
  const article = parseArticle(readFileSync(DIR + name, 'utf8'), name);

  it('reads the headline', () => {
    expect(article.title).toBe(expected.title);
  });

  it('keeps exactly the story paragraphs, in order', () => {
    expect(article.paragraphs).toHaveLength(expected.paragraphs);
    expected.paragraphStarts.forEach((start, i) => {
      const text = straightQuotes(article.paragraphs[i]?.text ?? '');
      expect(text.startsWith(straightQuotes(start)), `¶${i + 1} starts with ${start}`).toBe(true);
    });
  });

  it.runIf(expected.publisher !== null)('reads the publisher from the footer', () => {
    expect(article.publisher).toBe(expected.publisher);
  });
});

it('covers several fixtures', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(5);
});
