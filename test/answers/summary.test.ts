import { describe, expect, it } from 'vitest';
import { summary, withQuoteClosed } from '../../src/answers/summary.ts';
import { prepareArticle, type ArticleContext } from '../../src/answers/context.ts';
import { buildArticle } from '../../src/article/build.ts';
import { DEFAULT_ARTICLE_PATH, loadArticleFile } from '../../src/article/load.ts';
import { BOT_LIMITS } from '../../src/constants.ts';
import { goldContext, handContext } from '../search/contexts.ts';

const scmp = goldContext('scmp-china-russia-2021');

describe('summary', () => {
  it('gives the requested number of sentences, default 5', () => {
    expect(summary(scmp).sentences).toHaveLength(BOT_LIMITS.summaryDefault);
    for (const n of [1, 3, 10]) expect(summary(scmp, n).sentences).toHaveLength(n);
  });

  it('clamps out-of-range counts into 1..10', () => {
    expect(summary(scmp, 0).sentences).toHaveLength(BOT_LIMITS.summaryMin);
    expect(summary(scmp, 99).sentences).toHaveLength(BOT_LIMITS.summaryMax);
    expect(summary(scmp, Number.NaN).sentences).toHaveLength(BOT_LIMITS.summaryDefault);
  });

  it('quotes each sentence verbatim from the paragraph it cites, in article order', () => {
    const { sentences } = summary(scmp, 8);
    for (const s of sentences) {
      const paragraph = scmp.article.paragraphs.find((p) => p.n === s.paragraph)!;
      expect(paragraph.sentences.map((x) => x.text)).toContain(s.text);
    }
    const positions = sentences.map((s) => scmp.article.paragraphs.flatMap((p) => p.sentences.map((x) => x.text)).indexOf(s.text));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('carries the news: the summit announcement, the Putin–Yang call and what the analysts think', () => {
    const { sentences } = summary(scmp);
    const cited = sentences.map((s) => s.paragraph);
    expect(cited).toContain(1);
    expect(cited).toContain(3);
    expect(sentences.some((s) => /\b(Zhu|Lukin|Portyakov)\b/.test(s.text))).toBe(true);
  });

  it('diversity keeps a second sentence on the same event out when something new is available', () => {
    const plain = summary(scmp, 5, { diversity: 0 }).sentences.map((s) => s.paragraph);
    const diverse = summary(scmp, 5).sentences.map((s) => s.paragraph);
    expect(diverse).not.toEqual(plain);
  });

  it('lead and centrality differ: centrality reaches past the opening', () => {
    const lead = summary(scmp, 5, { method: 'lead' }).sentences.map((s) => s.paragraph);
    expect(lead).toEqual([1, 2, 3, 4, 4]);
    const central = summary(scmp, 5).sentences.map((s) => s.paragraph);
    expect(Math.max(...central)).toBeGreaterThan(4);
  });

  it('works on a short article and an empty one', () => {
    const short = handContext(['Only one sentence here.'], { quotes: [], speakers: [], mentioned: [] });
    expect(summary(short, 5).sentences).toEqual([{ text: 'Only one sentence here.', paragraph: 1 }]);
    const empty = handContext([], { quotes: [], speakers: [], mentioned: [] });
    expect(summary(empty).sentences).toEqual([]);
  });
});

describe('/summary command', () => {
  it('coerces the terminal\'s text to a whole number 1..10, and refuses anything else clearly', async () => {
    const { summaryCommand } = await import('../../commands/summary.ts');
    expect(summaryCommand.schema.parse({ sentences: '3' })).toEqual({ sentences: 3 });
    expect(summaryCommand.schema.parse({ sentences: 7 })).toEqual({ sentences: 7 });
    expect(summaryCommand.schema.parse({})).toEqual({});
    for (const bad of ['0', '11', '2.5', 'abc', '']) {
      const parsed = summaryCommand.schema.safeParse({ sentences: bad });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('sentences must be a whole number from 1 to 10');
    }
    expect(summaryCommand.answer(scmp, { sentences: 2 })).toMatchObject({ command: 'summary' });
    expect((summaryCommand.answer(scmp, {}) as { sentences: unknown[] }).sentences).toHaveLength(BOT_LIMITS.summaryDefault);
  });
});

describe('a summary sentence cut from inside a quotation', () => {
  const quoteText = 'We will not close the library. Not this year and not next year. The money is there';
  const article = buildArticle({
    id: 'q',
    title: 'Library saved',
    publisher: null,
    paragraphs: [`“${quoteText},” said Renée Okafor, the finance chair.`, 'Ferris called the decision “a relief for the whole street”.'],
  });
  const ctx = {
    article,
    attribution: {
      quotes: [{ speaker: 'Renée Okafor', quote: quoteText, kind: 'direct', paragraphs: [1], via: null }],
      speakers: [{ id: 'renee-okafor', name: 'Renée Okafor', kind: 'person', description: null, aliases: ['Okafor'], firstParagraph: 1 }],
      mentioned: [],
    },
  } as unknown as ArticleContext;

  it('an opening mark left open is closed, and the speaker is named', () => {
    expect(withQuoteClosed(ctx, { text: '“We will not close the library.', paragraph: 1 })).toEqual({
      text: '“We will not close the library.”',
      paragraph: 1,
      speaker: 'Renée Okafor',
    });
  });

  it('a closing mark with no opening one is opened; a sentence naming the speaker is not given the name twice', () => {
    expect(withQuoteClosed(ctx, { text: 'The money is there,” said Renée Okafor, the finance chair.', paragraph: 1 })).toEqual({
      text: '“The money is there,” said Renée Okafor, the finance chair.',
      paragraph: 1,
    });
  });

  it('straight marks: an opening one left open is closed, a closing one with no opening is opened', () => {
    expect(withQuoteClosed(ctx, { text: 'Okafor said: "We will not close the library.', paragraph: 1 }).text).toBe('Okafor said: "We will not close the library."');
    expect(withQuoteClosed(ctx, { text: 'The money is there," she said.', paragraph: 1 })).toEqual({
      text: '"The money is there," she said.',
      paragraph: 1,
      speaker: 'Renée Okafor',
    });
  });

  it('balanced sentences are left alone', () => {
    const sentence = { text: 'Ferris called the decision “a relief for the whole street”.', paragraph: 2 };
    expect(withQuoteClosed(ctx, sentence)).toEqual(sentence);
  });

  it('on a real article every summary sentence has balanced quotation marks', async () => {
    const real = prepareArticle(await loadArticleFile(DEFAULT_ARTICLE_PATH));
    for (const s of summary(real, 10).sentences) {
      expect((s.text.match(/[“«]/g) ?? []).length, s.text).toBe((s.text.match(/[”»]/g) ?? []).length);
    }
  });
});
