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
