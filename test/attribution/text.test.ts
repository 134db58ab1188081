import { describe, expect, it } from 'vitest';
import { isCapitalised, isLowerWord, isWord, tokenize } from '../../src/attribution/text.ts';

const first = (text: string) => tokenize(text)[0];

describe('the letter tests run on every token', () => {
  it('read ASCII and other scripts alike', () => {
    for (const word of ['Ann', 'Émile', 'Øystein', 'Ζωή', 'Анна']) {
      expect([word, isWord(first(word)), isCapitalised(first(word)), isLowerWord(first(word))]).toEqual([word, true, true, false]);
    }
    for (const word of ['said', 'élan', 'ñandú', 'ζωή', 'анна']) {
      expect([word, isWord(first(word)), isCapitalised(first(word)), isLowerWord(first(word))]).toEqual([word, true, false, true]);
    }
    for (const word of ['1990', '٣']) expect([word, isWord(first(word)), isCapitalised(first(word))]).toEqual([word, true, false]);
    for (const mark of ['“', '"', ',', '—', '@', '[', '`', '{']) {
      expect([mark, isWord(first(mark)), isCapitalised(first(mark)), isLowerWord(first(mark))]).toEqual([mark, false, false, false]);
    }
    expect([isWord(undefined), isCapitalised(undefined), isLowerWord(undefined)]).toEqual([false, false, false]);
  });
});
