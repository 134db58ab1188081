import { describe, expect, it } from 'vitest';
import { hasSpeechCue, isScareQuote, quoteKind } from '../../src/attribution/quotes/kind.ts';
import { run, setup } from './helpers.ts';

const kindOf = (text: string) => quoteKind(setup(text).contexts[0]!);

describe('quoteKind: direct or partial', () => {
  it.each([
    ['“We will win,” she said.', 'direct'],
    ['"We will win," she said.', 'direct'],
    ["'We will win,' she said.", 'direct'],
    ['But Zhu said: “Both sides gain. It is the only option.”', 'direct'],
    ['She said, "We will win the next one."', 'direct'],
    ['She said “We will win the next one.”', 'direct'],
    ['Putin said relations were “the best in history” on Tuesday.', 'partial'],
    ['He described it as an attempt to “slow down the rapprochement.”', 'partial'],
    ['She called it "Russia\'s best friend" in her speech.', 'partial'],
    ["The MP described it as 'community spirit at its best'.", 'partial'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it('a quote over two paragraphs is direct', () => {
    expect(quoteKind(setup('“it starts lower case.', '“and ends here,” he said.').contexts[0]!)).toBe('direct');
  });
});

describe('speech cues', () => {
  it.each([
    ['He said it was “a farce”.', true],
    ['It was “a farce”, according to the union.', true],
    ['In a statement, the firm called it “regrettable”.', true],
    ['The 2019 documentary “Black Steppe” followed oil workers.', false],
    ['The shop sells “artisan” bread and cheese.', false],
  ])('%s → %s', (text, cue) => {
    expect(hasSpeechCue(setup(text).contexts[0]!)).toBe(cue);
  });

  it('so-called marks a scare quote even with a speech verb nearby', () => {
    expect(isScareQuote(setup('He said the so-called “wolf warrior” diplomacy failed.').contexts[0]!)).toBe(true);
  });

  it('skips titles and scare quotes with no speech cue in the attribution result', () => {
    const result = run(
      'The country was the subject of the documentary "Black Steppe" and the book "Oil and Empire".',
      'Its so-called "multi-vector" policy said little.',
    );
    expect(result.quotes).toEqual([]);
  });
});
