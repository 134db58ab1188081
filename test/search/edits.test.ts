import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinEdits } from '../../src/search/edits.ts';

/** Plain full-table optimal string alignment distance, as the reference. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

describe('withinEdits', () => {
  it('counts a swap of adjacent letters as one edit', () => {
    expect(withinEdits('startegic', 'strategic', 1)).toBe(true);
    expect(withinEdits('chnia', 'china', 1)).toBe(true);
    expect(withinEdits('china', 'chile', 1)).toBe(false);
  });

  it('agrees with the full-table distance on random words', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(withinEdits(a, b, max)).toBe(distance(a, b) <= max);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles words longer than its reused buffers', () => {
    const long = 'x'.repeat(200);
    expect(withinEdits(long, `${long}y`, 1)).toBe(true);
    expect(withinEdits(long, `${long}yy`, 1)).toBe(false);
  });
});
