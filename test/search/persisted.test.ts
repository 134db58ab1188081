/**
 * An article's index loaded from its saved form must answer exactly as the one built from the
 * text: the library stores it and loads it on every first use after a restart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/load.ts';
import { ask } from '../../src/answers/ask.ts';
import { prepareArticle } from '../../src/answers/context.ts';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { buildIndex } from '../../src/search/index.ts';

const dir = new URL('../fixtures/articles/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('a saved article index', () => {
  it.each(files)('is written term by term exactly as MiniSearch writes it (loadJSON reads it): %s', (file) => {
    const built = prepareArticle(parseArticle(readFileSync(new URL(file, dir), 'utf8'), file));
    const miniSearch = (built.index as unknown as { search: object }).search;
    expect(built.index.serialize()).toBe(JSON.stringify(miniSearch));
  });

  it.each(files)('answers as the freshly built one: %s', (file) => {
    const built = prepareArticle(parseArticle(readFileSync(new URL(file, dir), 'utf8'), file));
    const loaded = { ...built, index: buildIndex(built.article, built.attribution, built.index.serialize()) };
    const vocabulary = (index: object) => [...(index as { vocabulary: Set<string> }).vocabulary].sort();
    expect(vocabulary(loaded.index)).toEqual(vocabulary(built.index));
    for (const p of built.article.paragraphs) {
      expect([...loaded.index.termsOfParagraph(p.n)].sort()).toEqual([...built.index.termsOfParagraph(p.n)].sort());
    }
    const rare = [...built.index.termsOfParagraph(built.article.paragraphs.at(-1)!.n)];
    for (const term of rare) expect(loaded.index.idf(term)).toBe(built.index.idf(term));
    // Questions from the article's own statements, reworded ones (synonyms, typos) and a trap.
    const questions = built.attribution.quotes.slice(0, 12).flatMap((q) => {
      const w = q.quote.split(/\s+/);
      return [`who said ${w.slice(0, 8).join(' ')}`, `who said ${w.slice(2, 6).reverse().join(' ')}`, `who critcized ${w.slice(-3).join(' ')}`];
    });
    questions.push('who said the moon is made of cheese', 'what did they say about the plan');
    for (const question of questions) {
      expect(whoSaid(loaded, question)).toEqual(whoSaid(built, question));
      expect(ask(loaded, question)).toEqual(ask(built, question));
    }
  });
});
