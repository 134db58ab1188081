import { describe, expect, it } from 'vitest';
import type { Attribution, Quote, Speaker } from '../../src/attribution/types.ts';
import { answerVoices, countWords } from '../../src/answers/voices.ts';
import { prepareArticle } from '../../src/answers/context.ts';
import { DEFAULT_ARTICLE_PATH, loadArticleFile } from '../../src/article/load.ts';

function speaker(name: string, kind: Speaker['kind'], firstParagraph: number): Speaker {
  return { id: name.toLowerCase().replace(/\s+/g, '-'), name, kind, description: null, aliases: [name], firstParagraph };
}
function quote(speakerName: string, text: string, paragraph: number): Quote {
  return { speaker: speakerName, quote: text, kind: 'direct', paragraphs: [paragraph], via: null };
}

const attribution: Attribution = {
  speakers: [speaker('Ann Lee', 'person', 1), speaker('City Council', 'organisation', 2), speaker('a resident', 'source', 3), speaker('Bo Chan', 'person', 4)],
  quotes: [
    quote('Ann Lee', 'We will reopen the bridge.', 1), // 5 words
    quote('City Council', "The council's budget can't stretch that far, not this year or next.", 2), // 12 words
    quote('a resident', 'It is a disgrace', 3), // 4 words
    quote('Ann Lee', 'Safety comes first', 5), // 3 words
    quote('Bo Chan', 'Twenty-two days', 6), // 2 words
  ],
  mentioned: [],
};

describe('/voices: who is heard', () => {
  it('counts words as a reader does: hyphenated and apostrophe words are one word each', () => {
    expect(countWords("The council's budget can't stretch — twenty-two days, 3.5 km")).toBe(9);
    expect(countWords('')).toBe(0);
  });

  it('gives each speaker its statements, words and share of all attributed words, largest voice first', () => {
    const result = answerVoices(attribution);
    expect(result.command).toBe('voices');
    expect(result.speakers).toEqual([
      { name: 'City Council', kind: 'organisation', statements: 1, words: 12, share: 0.462 },
      { name: 'Ann Lee', kind: 'person', statements: 2, words: 8, share: 0.308 },
      { name: 'a resident', kind: 'unnamed', statements: 1, words: 4, share: 0.154 },
      { name: 'Bo Chan', kind: 'person', statements: 1, words: 2, share: 0.077 },
    ]);
  });

  it('tells people, organisations and unnamed sources apart, and an article with no quotes gives no speakers', () => {
    expect(answerVoices({ quotes: [], speakers: [], mentioned: [] }).speakers).toEqual([]);
    const kinds = answerVoices(attribution).speakers.map((s) => s.kind);
    expect(new Set(kinds)).toEqual(new Set(['person', 'organisation', 'unnamed']));
  });

  it('on the bundled article, every quote is counted once and the shares add up to one', async () => {
    const ctx = prepareArticle(await loadArticleFile(DEFAULT_ARTICLE_PATH));
    const result = answerVoices(ctx.attribution);
    expect(result.speakers.reduce((n, s) => n + s.statements, 0)).toBe(ctx.attribution.quotes.length);
    expect(result.speakers.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 2);
    const words = result.speakers.map((s) => s.words);
    expect(words).toEqual([...words].sort((a, b) => b - a));
  });
});
