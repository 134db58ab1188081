import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/lexicon/stem.ts';

describe('stemWord', () => {
  it('folds irregular speech verbs onto their base form', () => {
    expect(stemWord('said')).toBe(stemWord('say'));
    expect(stemWord('says')).toBe(stemWord('say'));
    expect(stemWord('told')).toBe(stemWord('tell'));
    expect(stemWord('thought')).toBe(stemWord('think'));
    expect(stemWord('wrote')).toBe(stemWord('write'));
    expect(stemWord('spoke')).toBe(stemWord('speak'));
  });

  it('folds irregular be-forms and plurals', () => {
    expect(stemWord('was')).toBe('be');
    expect(stemWord('were')).toBe('be');
    expect(stemWord('men')).toBe(stemWord('man'));
    expect(stemWord('women')).toBe(stemWord('woman'));
  });

  it('stems regular inflections to one stem (Snowball English keeps "focus" whole)', () => {
    expect(stemWord('focused')).toBe(stemWord('focus'));
    expect(stemWord('focuses')).toBe(stemWord('focus'));
    expect(stemWord('relations')).toBe(stemWord('relation'));
    expect(stemWord('sanctions')).toBe(stemWord('sanction'));
    expect(stemWord('Trying')).toBe(stemWord('tried'));
  });

  it('is case-insensitive and leaves contractions alone', () => {
    expect(stemWord('SAID')).toBe(stemWord('say'));
    expect(stemWord("don't")).toBe("don't");
  });

  it('keeps different words apart', () => {
    expect(stemWord('summit')).not.toBe(stemWord('submit'));
    expect(stemWord('news')).not.toBe(stemWord('new'));
  });
});

describe('stemWord and the names of JavaScript built-ins', () => {
  it('stems "constructor", "__proto__" and "toString" as words, not as Object’s built-ins', () => {
    expect(stemWord('constructor')).toBe('constructor');
    expect(stemWord('__proto__')).toBe('__proto__');
    expect(typeof stemWord('tostring')).toBe('string');
  });
});
