import { describe, expect, it } from 'vitest';
import {
  accordingToAnywhere,
  adjacentAccordingTo,
  conversationContinuation,
  leadingAttribution,
  QUOTE_SIEVES,
  sameSentenceContinuation,
  sentenceSubject,
  trailingAttribution,
  type QuoteSieve,
} from '../../src/attribution/sieves/quote-sieves.ts';
import { run, setup, summary } from './helpers.ts';

/** The speaker phrase one sieve finds for the first quote of the last paragraph given. */
function phraseOf(sieve: QuoteSieve, ...paragraphs: string[]): string | null | undefined {
  const { contexts, registry } = setup(...paragraphs);
  const ctx = contexts.filter((c) => c.first.n === paragraphs.length)[0] ?? contexts[0]!;
  const hit = sieve(ctx, registry);
  return hit === null ? undefined : hit.phrase?.text ?? null;
}

describe('sieve 1 — trailing attribution', () => {
  it.each([
    ['“We will win,” Smith said.', 'Smith'],
    ['"We will win," Smith said.', 'Smith'],
    ["'We will win,' Smith said.", 'Smith'],
    ['‘We will win’, Smith said.', 'Smith'],
    ['“We will win,” said Anna Smith, a local teacher.', 'Anna Smith'],
    ['“We will win,” he said.', 'he'],
    ['"We will win," she added on Tuesday.', 'she'],
    ['“We will win,” the minister said.', 'the minister'],
    ['“We will win,” a senior government source said.', 'a senior government source'],
    ['“We will win,” Smith, a 45-year-old teacher, said.', 'Smith'],
  ])('%s → %s', (text, speaker) => {
    expect(phraseOf(trailingAttribution, text)).toBe(speaker);
  });

  it('passes when nothing follows the quote', () => {
    expect(phraseOf(trailingAttribution, 'He left. “We will win.”')).toBeUndefined();
  });
});

describe('sieve 2 — leading attribution', () => {
  it.each([
    ['But Zhu said: “Both sides gain.”', 'Zhu'],
    ["Smith told reporters: 'We will win.'", 'Smith'],
    ['She added, "We will win."', 'she'],
  ])('%s → %s', (text, speaker) => {
    expect(phraseOf(leadingAttribution, text)).toBe(speaker);
  });
});

describe('sieve 3 — subject of a speech verb in the sentence', () => {
  it.each([
    ['Vladimir Portyakov, deputy director of the institute, also described the summit as an attempt to “slow down the rapprochement.”', 'Vladimir Portyakov'],
    ['Putin said relations were “the best in history” on Tuesday.', 'Putin'],
    ["The MP described the purchase as 'community spirit at its best'.", 'MP'],
    ['Prime Minister Ann Lee last month described the plan as "the most ambitious in our history".', 'Ann Lee'],
  ])('%s → %s', (text, speaker) => {
    expect(phraseOf(sentenceSubject, text)).toBe(speaker);
  });

  it('does not let a verb govern a quote inside a later relative clause', () => {
    expect(phraseOf(sentenceSubject, 'Yang stated his commitment in the call, which touched on “several pressing issues” according to TASS.')).toBeUndefined();
  });
});

describe('sieves 4 and 5 — according to', () => {
  it('an adjacent "according to" names the speaker', () => {
    expect(phraseOf(adjacentAccordingTo, 'The call touched on “several pressing issues” according to the TASS news agency.')).toBe('TASS');
    expect(phraseOf(adjacentAccordingTo, "According to the union, 'nobody was consulted'.")).toBe('the union');
  });

  it('"according to" anywhere in the sentence', () => {
    expect(phraseOf(accordingToAnywhere, 'The plan was “doomed”, it was reported on Monday, according to Kazinform.')).toBe('Kazinform');
  });
});

describe('sieves 6 and 7 — continuation', () => {
  it('a quote-only paragraph continues the previous speaker', () => {
    expect(phraseOf(conversationContinuation, '“A,” Smith said.', '“More words here.”')).toBeNull();
    expect(phraseOf(conversationContinuation, 'He said “we will win”.')).toBeUndefined();
  });

  it('a second quote in an attributed sentence continues it', () => {
    const { contexts, registry } = setup('Whitfield wrote that it was "unenforceable" and that the board had "once again erred."');
    expect(sameSentenceContinuation(contexts[1]!, registry)?.continuation).toBe(true);
    expect(sameSentenceContinuation(contexts[0]!, registry)).toBeNull();
  });

  it('the sieves run from the most precise to the least', () => {
    expect(QUOTE_SIEVES.slice(0, 3)).toEqual([trailingAttribution, leadingAttribution, sentenceSubject]);
    expect(QUOTE_SIEVES.at(-1)).toBe(conversationContinuation);
  });
});

describe('the sieves end to end, in every quote style', () => {
  const styles: [string, string, string][] = [
    ['curly', '“', '”'],
    ['straight', '"', '"'],
    ['single curly', '‘', '’'],
    ['single straight', "'", "'"],
  ];

  it.each(styles)('%s quotes: split quote, pronoun, continuation paragraph', (_style, open, close) => {
    const result = run(
      'Anna Smith, a teacher at the village school, met Tom Brown on Monday.',
      `${open}We don’t give up,${close} she said. ${open}Not ever.${close}`,
      `${open}Our pupils deserve better.${close}`,
      `Brown said: ${open}I agree with her.${close}`,
    );
    expect(summary(result)).toEqual([
      ['Anna Smith', 'direct', [2], 'We don’t give up … Not ever.'],
      ['Anna Smith', 'direct', [3], 'Our pupils deserve better.'],
      ['Tom Brown', 'direct', [4], 'I agree with her.'],
    ]);
    expect(result.speakers[0]!.description).toBe('a teacher at the village school');
  });
});
