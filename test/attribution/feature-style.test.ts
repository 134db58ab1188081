/** A synthetic magazine feature: present-tense "says", parenthetical attribution, cue-less quotes. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const result = run(
  'Aisha Bello has worked nights on the cardiac ward at St Mary’s Hospital for 11 years.',
  '“I never thought I’d stay this long,” she says, pulling on her gloves. “But the patients keep me here.”',
  'Many of her colleagues have left. According to the Royal College of Nursing, one in five nurses quit within three years.',
  'Bello, 38, says the pay is not the main problem.',
  '“When there are two of us for 30 patients, you go home feeling you failed someone,” says Bello.',
  'Her manager, Tom Price, agrees. The ward, he says, has been short-staffed since 2021.',
  '“We’re asking people to do the impossible.”',
  'The hospital trust said it was recruiting 200 nurses from overseas.',
  'Bello has thought about leaving. “Every winter I think: this is the last one.”',
);

describe('a magazine feature', () => {
  it('attributes every statement, including cue-less quotes that follow their speaker', () => {
    expect(result.quotes.map((q) => [q.paragraphs[0], q.kind, q.speaker])).toEqual([
      [2, 'direct', 'Aisha Bello'],
      [3, 'indirect', 'Royal College of Nursing'],
      [4, 'indirect', 'Aisha Bello'],
      [5, 'direct', 'Aisha Bello'],
      [6, 'indirect', 'Tom Price'],
      [7, 'direct', 'Tom Price'],
      [8, 'indirect', 'the hospital trust'],
      [9, 'direct', 'Aisha Bello'],
    ]);
  });

  it('joins a quote split around "she says" and keeps lower confidence for inferred speakers', () => {
    expect(result.quotes[0]!.quote).toBe('I never thought I’d stay this long … But the patients keep me here.');
    expect(result.quotes.at(-1)!.confidence).toBeLessThan(result.quotes[0]!.confidence!);
  });

  it('describes a speaker introduced as "Her manager, Tom Price," as "her manager" (read after the name)', () => {
    expect(result.speakers.find((s) => s.name === 'Tom Price')?.description).toBe('her manager');
  });
});
