import { describe, expect, it } from 'vitest';
import { MIN_ANSWER_SCORE, whoSaid } from '../../src/answers/whoSaid.ts';
import { BOT_LIMITS } from '../../src/constants.ts';
import { goldContext, handContext, quote, speaker } from '../search/contexts.ts';

const scmp = goldContext('scmp-china-russia-2021');

describe('whoSaid on the default article (gold attribution)', () => {
  it('finds the speaker of a verbatim fragment, with its paragraph', () => {
    const r = whoSaid(scmp, 'who said the relationship is quite robust');
    expect(r.answers[0]).toMatchObject({ speaker: 'Artyom Lukin', paragraph: 21, kind: 'direct', score: 1 });
    expect(r.answers[0]!.description).toContain('Far Eastern Federal University');
  });

  it('answers paraphrases, not only copied words', () => {
    expect(whoSaid(scmp, 'Who called the summit an attempt to slow down the rapprochement?').answers[0]).toMatchObject({
      speaker: 'Vladimir Portyakov',
      paragraph: 13,
    });
    expect(whoSaid(scmp, 'who thinks Washington will focus on China').answers[0]).toMatchObject({
      speaker: 'Zhu Feng',
      paragraph: 11,
    });
  });

  it('cites the paragraph of the matching part of a quote spanning two paragraphs', () => {
    expect(whoSaid(scmp, 'who said the people in the Biden administration are smart enough').answers[0]?.paragraph).toBe(20);
    expect(whoSaid(scmp, 'who said the relationship is quite robust').answers[0]?.paragraph).toBe(21);
  });

  it('ranks a verbatim quoted fragment first and drops looser matches beside it', () => {
    const r = whoSaid(scmp, 'who said "priority of priorities"');
    expect(r.answers.map((a) => a.speaker)).toEqual(['Vladimir Portyakov']);
  });

  it('returns nothing, with a note, when nobody in the article said it', () => {
    for (const q of ['who said the moon is made of cheese', 'who said India will join the alliance next year']) {
      const r = whoSaid(scmp, q);
      expect(r.answers).toEqual([]);
      expect(r.note).toMatch(/^No one in the article says that/);
    }
  });

  it('says a mentioned person was never quoted instead of guessing', () => {
    const r = whoSaid(scmp, 'what did Biden say?');
    expect(r.answers).toEqual([]);
    expect(r.note).toBe('Joe Biden is mentioned in the article but never quoted.');
    expect(whoSaid(scmp, 'What did Donald Trump say about the Group of 7').note).toMatch(/Donald Trump is mentioned/);
  });

  it('says when the person asked about is not in the article at all', () => {
    const r = whoSaid(scmp, 'What did Barack Obama say?');
    expect(r.answers).toEqual([]);
    expect(r.note).toBe('Nobody called Barack Obama is quoted or mentioned in the article.');
  });

  it('lists a speaker\'s own quotes for "what did X say", by any alias', () => {
    for (const q of ['what did lukin say', 'What did Artyom Lukin say?']) {
      const r = whoSaid(scmp, q);
      expect(r.answers.length).toBe(BOT_LIMITS.whoSaidAnswers);
      expect(new Set(r.answers.map((a) => a.speaker))).toEqual(new Set(['Artyom Lukin']));
    }
  });

  it('ranks within a speaker\'s quotes when the question adds a topic', () => {
    const r = whoSaid(scmp, 'what did Lukin say about a war');
    expect(r.answers[0]).toMatchObject({ speaker: 'Artyom Lukin', paragraph: 18 });
  });

  it('when the named speaker did not say it, says so and gives who did', () => {
    const r = whoSaid(scmp, 'Did Lukin say Washington will be more focused on China?');
    expect(r.answers[0]).toMatchObject({ speaker: 'Zhu Feng', paragraph: 11 });
    expect(r.note).toBe('Artyom Lukin is not quoted saying that; these are the closest statements in the article.');
    const nobody = whoSaid(scmp, 'Did Lukin say the moon is made of cheese?');
    expect(nobody.answers).toEqual([]);
    expect(nobody.note).toBe('Artyom Lukin is quoted in the article, but not saying that.');
  });

  it('takes the first name as the one asked about: "what did X say about Y"', () => {
    const r = whoSaid(scmp, 'What did Zhu say about the Biden administration?');
    expect(r.answers[0]).toMatchObject({ speaker: 'Zhu Feng', paragraph: 11 });
  });

  it('keeps scores in 0..1, best first, at most the limit', () => {
    const r = whoSaid(scmp, 'who said Beijing and Moscow');
    expect(r.answers.length).toBeLessThanOrEqual(BOT_LIMITS.whoSaidAnswers);
    const scores = r.answers.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) expect(s >= MIN_ANSWER_SCORE && s <= 1).toBe(true);
  });

  it('handles empty and hostile input with a note, never a throw', () => {
    expect(whoSaid(scmp, '   ').note).toBeDefined();
    expect(whoSaid(scmp, 'who said?').answers).toEqual([]);
    expect(() => whoSaid(scmp, '"'.repeat(5000))).not.toThrow();
    expect(() => whoSaid(scmp, '(((([[[*+?')).not.toThrow();
  });
});

describe('whoSaid in other house styles', () => {
  it('matches a verbatim fragment typed with different quote marks than the article', () => {
    const ctx = handContext(
      [
        "‘We will not back down,’ said Jane Roe, the union leader.",
        'Bill Stone said the offer was fair and the talks would resume on Monday.',
      ],
      {
        quotes: [
          quote('Jane Roe', 'We will not back down,', [1]),
          quote('Bill Stone', 'the offer was fair and the talks would resume on Monday', [2], 'indirect'),
        ],
        speakers: [speaker('Jane Roe', ['Roe'], 'the union leader'), speaker('Bill Stone', ['Stone'])],
        mentioned: [],
      },
    );
    expect(whoSaid(ctx, 'who said "we will not back down"').answers[0]).toMatchObject({ speaker: 'Jane Roe', score: 1 });
    expect(whoSaid(ctx, "who said 'the offer was fair'").answers[0]).toMatchObject({ speaker: 'Bill Stone', paragraph: 2 });
  });

  it('answers "what did Mr X say" with X\'s quotes, title with or without a full stop', () => {
    const ctx = handContext(['"We are ready," Mr. Okafor said.'], {
      quotes: [quote('Daniel Okafor', 'We are ready,', [1])],
      speakers: [speaker('Daniel Okafor', ['Okafor', 'Mr. Okafor'])],
      mentioned: [],
    });
    for (const q of ['what did Mr Okafor say?', 'What did Mr. Okafor say']) {
      expect(whoSaid(ctx, q).answers.map((a) => a.speaker)).toEqual(['Daniel Okafor']);
    }
  });

  it('says so when the article quotes nobody', () => {
    const ctx = handContext(['A plain paragraph with no quotes.'], { quotes: [], speakers: [], mentioned: [] });
    expect(whoSaid(ctx, 'who said hello').note).toMatch(/quotes nobody/);
  });
});

describe('/who-said command', () => {
  it('requires a non-empty query within the length limit and answers through whoSaid', async () => {
    const { whoSaidCommand } = await import('../../commands/who-said.ts');
    expect(whoSaidCommand.schema.safeParse({}).success).toBe(false);
    expect(whoSaidCommand.schema.safeParse({ query: '   ' }).success).toBe(false);
    expect(whoSaidCommand.schema.safeParse({ query: 'x'.repeat(BOT_LIMITS.queryLength + 1) }).success).toBe(false);
    const input = whoSaidCommand.schema.parse({ query: ' the relationship is quite robust ' });
    expect(whoSaidCommand.answer(scmp, input)).toMatchObject({ answers: [{ speaker: 'Artyom Lukin' }] });
    expect(whoSaidCommand.defer).toBe(false);
  });
});
