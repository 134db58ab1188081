/**
 * /who-said on questions as people type them (issue 9): a pasted fragment that holds a name is
 * not a question about that name; words that are in the article but in no extracted statement
 * are placed (their paragraph, whose they are); no answer comes with an honest near-miss list.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { handContext, quote, speaker } from './contexts.ts';

const ctx = handContext(
  [
    'The council voted on Tuesday to close the Elm Street library after a long budget fight.',
    '"We cannot keep the doors open while Mayor Reyes cuts our grant every year," said Ada Okafor, the head librarian.',
    'Mayor Reyes has led the town since 2019 and faces an election in the spring.',
    'Tom Baker, a councillor, said the vote was rushed and that residents were never consulted about the plan.',
    'The library opened in 1921 and holds more than forty thousand books.',
  ],
  {
    quotes: [quote('Ada Okafor', 'We cannot keep the doors open while Mayor Reyes cuts our grant every year,', [2])],
    speakers: [speaker('Ada Okafor', ['Okafor', 'Ms Okafor'], 'the head librarian')],
    mentioned: [speaker('Lucia Reyes', ['Reyes', 'Mayor Reyes'])],
  },
);

describe('a name inside a pasted fragment', () => {
  it('is part of the words, not the person asked about', () => {
    const r = whoSaid(ctx, 'keep the doors open while Mayor Reyes cuts');
    expect(r.answers[0]).toMatchObject({ speaker: 'Ada Okafor', paragraph: 2 });
  });

  it('still targets the person when the question is shaped to ask about them', () => {
    for (const q of ['what did Mayor Reyes say', 'did Reyes say the library would close?', 'Reyes on the library', "Reyes's view on the grant"]) {
      const r = whoSaid(ctx, q);
      expect(r.answers, q).toEqual([]);
      expect(r.note, q).toBe('Lucia Reyes is mentioned in the article but never quoted.');
    }
  });
});

describe('words that are in the article but in no extracted statement', () => {
  it('answers with whom the sentence attributes them to, citing the paragraph', () => {
    const r = whoSaid(ctx, 'residents were never consulted about the plan');
    expect(r.answers[0]).toMatchObject({ speaker: 'Tom Baker', paragraph: 4, kind: 'indirect' });
    expect(r.answers[0]!.quote).toContain('the vote was rushed');
  });

  it('finds them with first person turned to third, as a reader retells them', () => {
    const r = whoSaid(ctx, 'who said they cannot keep the doors open while');
    expect(r.answers[0]).toMatchObject({ speaker: 'Ada Okafor', paragraph: 2 });
  });

  it('says they are the narration, and where, when the sentence attributes them to nobody', () => {
    const r = whoSaid(ctx, 'holds more than forty thousand books');
    expect(r.answers).toEqual([]);
    expect(r.note).toBe("No one in the article says that. Those words are in ¶5, in the article's own narration, not in anyone's statement.");
  });
});

describe('a fragment of common words only', () => {
  const plain = handContext(
    ['The hall was full on Monday.', 'Ada Okafor said that there were those of us who felt it was all over by then.'],
    { quotes: [quote('Ada Okafor', 'there were those of us who felt it was all over by then', [2], 'indirect')], speakers: [speaker('Ada Okafor')], mentioned: [] },
  );

  it('is found word for word when it is long enough to be a quotation', () => {
    expect(whoSaid(plain, 'there were those of us who felt').answers[0]).toMatchObject({ speaker: 'Ada Okafor', paragraph: 2 });
  });

  it('still has no words to look for when it is short or not in the article', () => {
    expect(whoSaid(plain, 'those of us who').note).toMatch(/no words to look for/);
    expect(whoSaid(plain, 'there were some of them who were').note).toMatch(/no words to look for/);
  });
});

describe('the honest near miss', () => {
  it('gives at most three closest statements beside an empty answer, none of them an answer', () => {
    const r = whoSaid(ctx, 'who said the town will build a new library every year');
    expect(r.answers).toEqual([]);
    expect(r.note).toMatch(/^No one in the article says that/);
    expect(r.related?.length).toBeGreaterThan(0);
    expect(r.related!.length).toBeLessThanOrEqual(3);
    expect(r.related![0]).toMatchObject({ speaker: 'Ada Okafor', paragraph: 2 });
    expect(r.related![0]!.score).toBeGreaterThan(0);
  });

  it('gives no near-miss list beside an answer, nor when nothing comes close', () => {
    expect(whoSaid(ctx, 'keep the doors open while Mayor Reyes cuts').related).toBeUndefined();
    expect(whoSaid(ctx, 'who said penguins prefer jazz').related).toBeUndefined();
  });
});

describe('locating words on a long article', () => {
  it('stays bounded for a question of the commonest words repeated', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `The council said the plan for the town and the river was the best in the ${i} years of the project.`);
    const long = handContext(paragraphs, { quotes: [quote('Ada Okafor', 'the plan was sound', [1], 'indirect')], speakers: [speaker('Ada Okafor')], mentioned: [] });
    const started = Date.now();
    expect(long.index.locate('the the the the the the the the the the the the the the the the the the the the')).toBeNull();
    expect(Date.now() - started).toBeLessThan(5000); // a loose hang guard, not a timing assertion
    expect(long.index.locate('the plan for the town and the river')).toMatchObject({ paragraph: 1 });
  });
});

describe('words in a sentence that holds another statement', () => {
  const shop = handContext(
    [
      'Golf courses have struggled for a decade.',
      '"Revenues are up a little bit, and so are rounds," Dan Ekovich mused, as the club marked its hundredth year with a dinner for members.',
      'Greg Lutz was heard on a microphone telling the caddies to get on a bus and go home after the storm.',
    ],
    { quotes: [quote('Dan Ekovich', 'Revenues are up a little bit, and so are rounds,', [2])], speakers: [speaker('Dan Ekovich', ['Ekovich'])], mentioned: [speaker('Greg Lutz', ['Lutz'])] },
  );

  it('answers with the speaker of that statement, citing the paragraph', () => {
    const r = whoSaid(shop, 'as the club marked its hundredth year with a dinner');
    expect(r.answers[0]).toMatchObject({ speaker: 'Dan Ekovich', paragraph: 2, kind: 'indirect' });
  });

  it('never makes a thing the speaker ("heard on a microphone telling …" is not the microphone\'s)', () => {
    const r = whoSaid(shop, 'get on a bus and go home after the storm');
    expect(r.answers.map((a) => a.speaker)).not.toContain('a microphone');
  });
});
