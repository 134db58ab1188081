import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/article/sentences.ts';

function texts(paragraph: string): string[] {
  return splitSentences(paragraph).map((s) => s.text);
}

describe('splitSentences', () => {
  it('splits ordinary sentences', () => {
    expect(texts('The vote passed. Critics were angry! Will it last?')).toEqual([
      'The vote passed.',
      'Critics were angry!',
      'Will it last?',
    ]);
  });

  it.each([
    ['Mr. Smith said the plan was fair.'],
    ['Prof. Lee disagreed with the plan.'],
    ['Dr. Amara Osei and Gen. Mark Hill met on Jan. 5 in Geneva.'],
    ['Talks begin on Jan. Fifteenth, officials said.'],
    ['The U.S. President spoke on Tuesday.'],
    ['The U.K. Government said it would respond.'],
    ['John F. Kennedy was elected in 1960.'],
    ['The meeting at 10 a.m. Tuesday was cancelled.'],
    ['Shares in Acme Inc. fell sharply.'],
    ['Mrs. “Betty” Ford spoke first.'],
    ['He flew to St. Petersburg on Monday.'],
    ['HELENA, Mont. — At dawn the doctor set out.'],
    ['Officials in Austin, Tex. Monday said the vote would go ahead.'],
  ])('does not split %j', (sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
  });

  it.each([
    ['He moved to the U.S. Then he left.', ['He moved to the U.S.', 'Then he left.']],
    ['The deal was signed by Acme Inc. The shares rose.', ['The deal was signed by Acme Inc.', 'The shares rose.']],
    ['The talks ended at 5 p.m. They resume today.', ['The talks ended at 5 p.m.', 'They resume today.']],
    ['He backed Plan B. But the board did not.', ['He backed Plan B.', 'But the board did not.']],
    ['The shop is on Main St. The owner lives above it.', ['The shop is on Main St.', 'The owner lives above it.']],
    ['She grew up in Springfield, Ill. And she never left.', ['She grew up in Springfield, Ill.', 'And she never left.']],
    ['It came from the U.K. “We are pleased,” he said.', ['It came from the U.K.', '“We are pleased,” he said.']],
  ])('splits %j after an abbreviation that ends a sentence', (paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  it('keeps offsets that point into the paragraph and trims whitespace', () => {
    const paragraph = '  First one.   Second one.  ';
    const sentences = splitSentences(paragraph);
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second one.']);
    for (const s of sentences) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for an empty paragraph', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('long paragraphs', () => {
  const sentences = [
    'The council met on Monday.',
    '“We will not wait,” said Mr. Ito of the U.S. office.',
    'Prices rose 3.5 per cent in the year to May!',
    'Was it enough? Nobody knew.',
    'Dr. Lee, who leads the unit, disagreed (strongly).',
  ];
  it('splits a 30,000-character paragraph exactly as its sentences, across the segmenter windows', () => {
    const parts = Array.from({ length: 700 }, (_, i) => sentences[i % sentences.length]!.replace('year', `year ${i}`));
    const paragraph = parts.join(' ');
    expect(paragraph.length).toBeGreaterThan(25_000);
    const split = splitSentences(paragraph);
    // "Was it enough? Nobody knew." is two sentences.
    expect(split.map((s) => s.text)).toEqual(parts.flatMap((p) => (p.startsWith('Was it') ? ['Was it enough?', 'Nobody knew.'] : [p])));
    for (const s of split) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads 200,000 characters of one abbreviation repeated (a segmenter worst case) in pieces of bounded length', () => {
    const paragraph = 'Mr. '.repeat(50_000);
    const split = splitSentences(paragraph);
    expect(split.length).toBeGreaterThan(100);
    for (const s of split) expect(s.text.length).toBeLessThanOrEqual(1000);
  });
});
