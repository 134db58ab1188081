import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/build.ts';
import { attributeOrThrow as attribute } from '../../src/attribution/index.ts';

const timed = (paragraphs: string[]) => {
  const input = buildArticle({ id: 'hostile', title: 'Hostile', paragraphs });
  const started = performance.now();
  const result = attribute(input);
  return { result, ms: performance.now() - started };
};

describe('attribute never throws and runs in linear-ish time', () => {
  it('handles a 200 KB paragraph of quote marks and letters quickly', () => {
    const marks = ['"', "'", '“', '”', '‘', '’', '«', '»'];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += `${marks[i % marks.length]}a${i % 7 === 0 ? ' ' : ''}`;
    const { ms } = timed([text]);
    expect(ms).toBeLessThan(5000);
  });

  it('handles 200 KB of unclosed single openers and many short paragraphs', () => {
    const { ms } = timed([" 'a".repeat(70_000), ...Array.from({ length: 2000 }, () => '“he said ‘x')]);
    expect(ms).toBeLessThan(5000);
  });

  it('handles a 200 KB paragraph of attributed quotes and names, growing about linearly', () => {
    const sentence = '“We will win,” said Anna Smith, a teacher. Tom Brown said the plan would work. ';
    const small = timed([sentence.repeat(Math.ceil(50_000 / sentence.length))]);
    const large = timed([sentence.repeat(Math.ceil(200_000 / sentence.length))]);
    expect(large.result.quotes.length).toBeGreaterThan(1000);
    // Four times the text: a linear pass takes about four times as long, a quadratic one sixteen.
    expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(9);
    expect(large.ms).toBeLessThan(10_000);
  });

  it('never throws on random or hostile text (checked without the safety net)', () => {
    const alphabet = fc.constantFrom(...'ab Z,.:;"\'“”‘’«»—\n?!MrDr said told according to'.split(''));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 300 }), { maxLength: 8 }), (paragraphs) => {
        const result = attribute(buildArticle({ id: 'fuzz', title: 'Fuzz', paragraphs }));
        expect(Array.isArray(result.quotes)).toBe(true);
        for (const q of result.quotes) expect(q.paragraphs.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on word salad built from attribution vocabulary', () => {
    const word = fc.constantFrom(
      'said', 'told', 'according', 'to', 'he', 'she', 'they', 'the', 'minister', 'Mr', 'Anna', 'Smith', ',', '.',
      '“', '”', '‘', '’', '"', "'", 'that', 'and', 'who', 'a', 'professor', 'at', 'University', 'Xinhua', 'claiming',
    );
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 40 }).map((w) => w.join(' ')), { maxLength: 6 }), (paragraphs) => {
        attribute(buildArticle({ id: 'salad', title: 'Salad', paragraphs }));
      }),
      { numRuns: 500 },
    );
  });

  it('returns an empty attribution for an empty article', () => {
    expect(timed([]).result).toEqual({ quotes: [], speakers: [], mentioned: [] });
  });
});

describe('words that are names of JavaScript built-ins are only words', () => {
  it('"The constructor said …", "Constructor Tom Lee", "toString" attribute without throwing or odd genders', () => {
    const { result } = timed([
      'Tom Lee runs the building site.',
      'The constructor said the crane fell on Monday. Constructor Tom Lee said the crane fell. ValueOf Ann Roe agreed.',
      'The hasOwnProperty said nothing, and the toString said the __proto__ of the plan was sound.',
    ]);
    expect(result.quotes.map((q) => q.speaker)).toContain('Tom Lee');
    expect(result.speakers.every((s) => typeof s.name === 'string')).toBe(true);
  });
});
