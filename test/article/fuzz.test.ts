/**
 * Random and hostile text through the article reader and the whole preparation (attribution and
 * index): it must either give a well-formed article or refuse with an ArticleError, never throw
 * anything else, and finish each run quickly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/answers/context.ts';
import { ArticleError, parseArticle } from '../../src/article/load.ts';
import type { Article } from '../../src/article/types.ts';

/**
 * Generous for a 2-core machine under load; a hang or a quadratic blow-up takes far longer. Inputs
 * near the 2 MB size limit get more time than the small generated ones.
 */
const SMALL_INPUT_MS = 3000;
const LARGE_INPUT_MS = 10_000;

function checkArticle(article: Article): void {
  expect(article.paragraphs.length).toBeGreaterThan(0);
  article.paragraphs.forEach((p, i) => {
    expect(p.n).toBe(i + 1);
    expect(p.text.trim().length).toBeGreaterThan(0);
    for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
  });
  expect(typeof article.title).toBe('string');
}

/** Parse then prepare; ArticleError is an accepted answer, anything else fails the property. */
function survives(text: string): void {
  const PER_RUN_MS = text.length > 100_000 ? LARGE_INPUT_MS : SMALL_INPUT_MS;
  const started = performance.now();
  let article: Article;
  try {
    article = parseArticle(text, 'fuzz');
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    expect(performance.now() - started).toBeLessThan(PER_RUN_MS);
    return;
  }
  checkArticle(article);
  const ctx = prepareArticle(article);
  expect(Array.isArray(ctx.attribution.quotes)).toBe(true);
  for (const quote of ctx.attribution.quotes) {
    for (const n of quote.paragraphs) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(article.paragraphs.length);
    }
  }
  expect(performance.now() - started).toBeLessThan(PER_RUN_MS);
}

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„'];
const WORDS = [
  'said', 'says', 'told', 'according', 'to', 'he', 'she', 'they', 'Mr', 'Ms', 'Dr.', 'Lee', 'Anna', 'Smith',
  'the', 'minister', 'a', 'spokesman', 'for', 'Reuters', 'U.S.', 'described', 'as', 'added', ':', ',', '.', '?',
  '—', '(', ')', 'Photo:', 'Read more:', 'By', '5-min read', 'first appeared on', '©', 'you', 'Subscribe',
];

const newsLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...QUOTE_MARKS),
      fc.constantFrom('\n', '\n\n', ' ', '\r\n', '\u00a0'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(' '));

describe('article reader and attribution under random and hostile text', () => {
  it('random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), survives), { numRuns: 150 });
  });

  it('random unicode inside story-shaped paragraphs, so attribution runs on it', () => {
    const paragraph = fc.string({ unit: 'grapheme', maxLength: 300 }).map((text) => `${text} said Anna Lee.`);
    const story = fc.array(paragraph, { minLength: 1, maxLength: 20 }).map((ps) => `Headline\n\n${ps.join('\n\n')}`);
    fc.assert(fc.property(story, survives), { numRuns: 150 });
  });

  it('news-shaped word salad with unbalanced quotes', () => {
    fc.assert(fc.property(newsLike, survives), { numRuns: 200 });
  });

  it('only quotation marks and whitespace', () => {
    const marks = fc.string({ unit: fc.constantFrom(...QUOTE_MARKS, ' ', '\n'), maxLength: 2000 });
    fc.assert(fc.property(marks, survives), { numRuns: 100 });
  });

  it.each([
    ['a huge single line', `Headline\n\n${'He said the plan was fair and ‘right’ '.repeat(40_000)}`],
    ['a huge line of opening quotes', `Headline\n\n${'“'.repeat(500_000)}`],
    ['a huge quote that never closes', `Headline\n\n“${'word '.repeat(300_000)}`],
    ['thousands of blank lines', `${'\n'.repeat(200_000)}Headline\n${'\n \n'.repeat(50_000)}“Yes,” he said.`],
    // Kept at 2,000: attribution time grows quadratically with the paragraph count (reported).
    ['thousands of short paragraphs', `Headline\n\n${'“Go on,” Anna Lee said. He said: “No.\n\n'.repeat(2_000)}`],
    ['nested and unbalanced quotes', `Headline\n\n${'“He said ‘she said “they said ’ it” '.repeat(2_000)}`],
    ['only a headline', 'Just a headline without a story'],
    ['NUL bytes', 'Headline\n\nText\u0000 with NUL.'],
  ])('%s', { timeout: 30_000 }, (_label, text) => {
    survives(text);
  });
});
