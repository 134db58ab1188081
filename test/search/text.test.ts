import { describe, expect, it } from 'vitest';
import { foldPunctuation, verbatimForm, words } from '../../src/search/text.ts';

/** The plain definition foldPunctuation's guarded version must agree with. */
const reference = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[“”„‟«»〝〞＂]/g, '"')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

function randomText(seed: number, length: number): string {
  const alphabet = ['a', 'Z', ' ', '  ', '\t', '\n', '`', '“', '’', '—', 'ﬁ', '\u00a0', '.', ',', "'", '"', '-', 'é', 'e\u0301', '１'];
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

describe('foldPunctuation', () => {
  it('folds quote marks, apostrophes, dashes, compatibility forms and whitespace', () => {
    expect(foldPunctuation('  “It’s fine” — she said\t\tﬁnally `ok` ')).toBe('"It\'s fine" - she said finally \'ok\'');
  });

  it('leaves plain single-spaced ASCII as it is (trimmed)', () => {
    expect(foldPunctuation(' The plan will fail, he said. ')).toBe('The plan will fail, he said.');
  });

  it('agrees with the unguarded definition on 2,000 random mixes of plain and special characters', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed, 1 + (seed % 40));
      expect(foldPunctuation(text)).toBe(reference(text));
    }
  });

  it('keeps words and verbatim forms unchanged for curly and straight punctuation alike', () => {
    expect(words('China’s “quite robust” plan')).toEqual(words("China's \"quite robust\" plan"));
    expect(verbatimForm('“Quite  robust,” he said')).toBe('quite robust he said');
  });
});
