/** A synthetic AP-style story: alternating speakers, tags after names, pronouns across paragraphs. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const result = run(
  'WASHINGTON (AP) — The Senate voted 52-48 on Thursday to confirm Judge Elena Park to the federal appeals court.',
  '"This is a proud day for the country," Senate Majority Leader Tom Hardy said on the floor after the vote.',
  'Republicans had argued that Park lacked experience. Sen. Lisa Grant, R-Maine, said she had "serious doubts" about the nominee\'s record.',
  '"I read every one of her opinions," Grant told reporters. "Not one of them persuaded me."',
  'Park, 49, thanked senators in a brief statement.',
  '"I am humbled," she said.',
  '"The process was a sham," said Maria Velez, director of the Justice Forum, a legal advocacy group.',
  'Hardy dismissed that claim, saying that the committee held two full days of hearings.',
  'Press secretary Dan Kim said President Joe Biden called Park to congratulate her.',
);
const rows = result.quotes.map((q) => [q.paragraphs[0], q.kind, q.speaker]);

describe('a wire story', () => {
  it('attributes every statement', () => {
    expect(rows).toEqual([
      [2, 'direct', 'Tom Hardy'],
      [3, 'indirect', 'Republicans'],
      [3, 'partial', 'Lisa Grant'],
      [4, 'direct', 'Lisa Grant'],
      [6, 'direct', 'Elena Park'],
      [7, 'direct', 'Maria Velez'],
      [8, 'indirect', 'Tom Hardy'],
      [9, 'indirect', 'Dan Kim'],
    ]);
  });

  it('keeps titles and tags out of names and in descriptions', () => {
    const described = Object.fromEntries(result.speakers.map((s) => [s.name, s.description]));
    expect(described['Tom Hardy']).toBe('Senate Majority Leader');
    expect(described['Maria Velez']).toBe('director of the Justice Forum');
    expect(described['Dan Kim']).toBe('Press secretary');
  });

  it('a surname-like head ("Park") does not make a person an organisation', () => {
    expect(result.speakers.find((s) => s.name === 'Elena Park')?.kind).toBe('person');
  });
});
