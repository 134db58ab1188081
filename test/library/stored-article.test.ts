/** The stored form of an article (sentences as spans) reads back as the article that was stored. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/load.ts';
import { articleFromJson, articleToJson } from '../../src/library/prepare.ts';

const dir = new URL('../fixtures/articles/', import.meta.url);

describe('stored articles', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('%s reads back unchanged, in less space', (file) => {
    const article = parseArticle(readFileSync(new URL(file, dir), 'utf8'), file);
    const json = articleToJson(article);
    expect(articleFromJson(json)).toEqual(article);
    expect(json.length).toBeLessThan(JSON.stringify(article).length * 0.7);
  });

  it('keeps a sentence whose text is not its span, and reads rows stored with sentence objects', () => {
    const article = { id: 'a', title: 'T', publisher: null, paragraphs: [{ n: 1, text: 'One. Two.', sentences: [{ text: 'One.', start: 0, end: 4 }, { text: 'Other', start: 5, end: 9 }] }] };
    expect(articleFromJson(articleToJson(article))).toEqual(article);
    expect(articleFromJson(JSON.stringify(article))).toEqual(article);
  });
});
