/**
 * WordNet in the search (issue 9, kind 4), the speech acts a question names (kind 2), and what
 * separates a trap from an answer beyond shared words (kind 5): numbers, dates and negation.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { consistency, contentWords, questionFacts } from '../../src/search/consistency.ts';
import { useSynonyms } from '../../src/search/index.ts';
import { stemWord } from '../../src/lexicon/stem.ts';
import { relatedOf } from '../../src/lexicon/wordnet.ts';
import { SPEECH_ACT_CREDIT } from '../../src/search/speechActs.ts';
import { handContext, quote, speaker } from './contexts.ts';

describe('the WordNet table', () => {
  it('gives derived forms, synonyms, broader words and antonyms by search stem', () => {
    expect(relatedOf(stemWord('safe')).antonyms).toContain(stemWord('dangerous'));
    expect(relatedOf(stemWord('tighten')).antonyms).toContain(stemWord('loosen'));
    expect(relatedOf(stemWord('warn')).derived).toContain(stemWord('warner'));
    expect(relatedOf(stemWord('penalise')).synonyms.length + relatedOf(stemWord('penalise')).broader.length).toBeGreaterThan(0);
    expect(relatedOf('no-such-stem-anywhere')).toEqual({ synonyms: [], derived: [], broader: [], antonyms: [] });
  });
});

const ctx = handContext(
  [
    'The water company was fined £90 million in August for illegal spills.',
    '"We were too slow, and we are sorry," said Ada Okafor, the chief executive.',
    'Tom Baker, a councillor, said the rules on spills should be relaxed for small firms.',
    'Campaigners said the company would never clean up the river without pressure.',
    'Mia Chen, a fisherman, said the river was safe for swimming again by the summer.',
  ],
  {
    quotes: [
      quote('Ada Okafor', 'We were too slow, and we are sorry,', [2]),
      quote('Tom Baker', 'the rules on spills should be relaxed for small firms', [3], 'indirect'),
      quote('Campaigners', 'the company would never clean up the river without pressure', [4], 'indirect'),
      quote('Mia Chen', 'the river was safe for swimming again by the summer', [5], 'indirect'),
    ],
    speakers: [
      speaker('Ada Okafor', ['Okafor'], 'the chief executive'),
      speaker('Tom Baker', ['Baker'], 'a councillor'),
      { ...speaker('Campaigners'), kind: 'source' },
      speaker('Mia Chen', ['Chen'], 'a fisherman'),
    ],
    mentioned: [],
  },
);

describe('speech acts', () => {
  it('matches the act a question names to the words that perform it ("apologised" ↔ "sorry")', () => {
    expect(whoSaid(ctx, 'who apologised for being slow').answers[0]).toMatchObject({ speaker: 'Ada Okafor', paragraph: 2 });
    const act = stemWord('apologised');
    // With the hand-written paraphrase table off, the speech-act cue alone still finds it.
    useSynonyms(false);
    try {
      const hits = ctx.index.hits({ terms: [act], weights: new Map([[act, 1]]), optional: new Set([act]), synonyms: 'paraphrase' }, 'quote');
      expect(hits[0]).toMatchObject({ ref: 0 });
      expect(hits[0]!.matched.get(act)).toBeCloseTo(SPEECH_ACT_CREDIT);
    } finally {
      useSynonyms(true);
    }
  });
});

describe('what separates a trap from an answer', () => {
  it('a statement holding the antonym of the question\'s word does not answer it', () => {
    const right = whoSaid(ctx, 'who said the rules on spills should be relaxed');
    expect(right.answers[0]).toMatchObject({ speaker: 'Tom Baker' });
    const opposite = whoSaid(ctx, 'who said the river was dangerous for swimming');
    expect(opposite.answers.map((a) => a.speaker)).not.toContain('Mia Chen');
  });

  it('a number or date the statement and its paragraph lack counts against it', () => {
    const facts = questionFacts('who said the fine was £9 million in March');
    expect(facts.specifics).toEqual(expect.arrayContaining(['9', 'march']));
    const statement = new Set(contentWords('the company was fined £90 million in August'));
    expect(consistency(facts, statement, statement)).toBeLessThan(1);
    expect(consistency(questionFacts('who said it was fined 90 million in August'), statement, statement)).toBe(1);
  });

  it('a negated question is not answered by a statement that is not negated', () => {
    const facts = questionFacts("who said the river won't be safe for swimming");
    expect(facts.negated).toBe(true);
    const plain = new Set(contentWords('the river was safe for swimming again'));
    expect(consistency(facts, plain, plain)).toBeLessThan(1);
    expect(consistency(questionFacts('who said the river was safe for swimming'), plain, plain)).toBe(1);
  });

  it('"may" the verb is not a date; "May" the month is', () => {
    expect(questionFacts('who said the river may be cleaner').specifics).toEqual([]);
    expect(questionFacts('who said the river will be cleaner in May').specifics).toEqual(['may']);
  });
});
