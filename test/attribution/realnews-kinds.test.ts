/**
 * Issue 8's failure kinds on real news, each on hand-written paragraphs in the style of the
 * failure (no real article's text): role words, non-names, the wrong name in the sentence,
 * reported-speech spans, pronouns and descriptions.
 */
import { describe, expect, it } from 'vitest';
import { run, summary } from './helpers.ts';

describe('kind 7: a reported statement is the whole reported clause', () => {
  it('keeps the quoted words inside their clause: the clause is one partial statement', () => {
    const result = run('The union says the new rules are “a gift to landlords” and leave renters with nothing.');
    expect(summary(result)).toEqual([
      ['the union', 'partial', [1], 'the new rules are “a gift to landlords” and leave renters with nothing'],
    ]);
  });

  it('keeps "X said A and that B" as one statement', () => {
    const result = run('The harbour master said the channel would reopen by Friday and that larger ships would wait offshore.');
    expect(summary(result)).toEqual([
      ['the harbour master', 'indirect', [1], 'the channel would reopen by Friday and that larger ships would wait offshore'],
    ]);
  });

  it('finds an attribution at the end of a long sentence', () => {
    const result = run('Charging every freight operator that uses the northern rail link after dark a higher fee is a sound business decision for the region, Sen. Mara Quill told reporters.');
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]).toMatchObject({ speaker: 'Mara Quill', kind: 'indirect' });
    expect(result.quotes[0]!.quote).toMatch(/^Charging every freight operator .* for the region$/);
  });

  it('leaves a quotation interrupted by its attribution, and a fragment attributed on its own, as they are', () => {
    const result = run(
      '“The order book,” Lena Ortiz, the chief executive, said on a call with analysts, “grew faster than anyone in this business expected.”',
      'Ortiz renewed the firm’s pledge to the plant, which covers “three decades of work” according to the local paper.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.kind])).toEqual([['Lena Ortiz', 'direct'], ['the local paper', 'partial']]);
  });
});
