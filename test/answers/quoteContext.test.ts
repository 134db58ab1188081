import { describe, expect, it } from 'vitest';
import { findQuoteIndex, quoteContext, quoteMarks } from '../../src/answers/quoteContext.ts';
import type { ArticleContext } from '../../src/answers/context.ts';
import { buildArticle } from '../../src/article/build.ts';
import type { Quote } from '../../src/attribution/types.ts';
import { renderQuoteContext } from '../../src/discord/render.ts';

const article = buildArticle({
  id: 't',
  title: 'Harbour plan approved',
  publisher: 'The Gazette',
  paragraphs: [
    'The harbour board approved the plan on Monday.',
    'Critics said the cost was too high. “We will keep fighting,” said Tomás Ferreira, a councillor.',
    '“And we will win,” he added.',
    'The chair, Renée Okafor, said the numbers added up and the works would start in spring.',
  ],
});
const quotes: Quote[] = [
  { speaker: 'Tomás Ferreira', quote: 'We will keep fighting. And we will win', kind: 'direct', paragraphs: [2, 3], via: null },
  { speaker: 'Renée Okafor', quote: 'the numbers added up and the works would start in spring', kind: 'indirect', paragraphs: [4], via: null },
];
const ctx = { article, attribution: { quotes, speakers: [], mentioned: [] } } as unknown as ArticleContext;

describe('quoteContext', () => {
  it('gives the cited paragraph and the one before it, marking the quote’s words', () => {
    const result = quoteContext(ctx, 1, 4)!;
    expect(result.speaker).toBe('Renée Okafor');
    expect(result.paragraphs.map((p) => p.n)).toEqual([3, 4]);
    expect(result.paragraphs[0]!.marks).toEqual([]);
    const [start, end] = result.paragraphs[1]!.marks[0]!;
    expect(result.paragraphs[1]!.text.slice(start, end)).toBe('the numbers added up and the works would start in spring');
  });

  it('a quote spanning paragraphs is marked sentence by sentence in each of them', () => {
    const result = quoteContext(ctx, 0, 3)!;
    expect(result.paragraphs.map((p) => p.n)).toEqual([2, 3]);
    const marked = result.paragraphs.map((p) => p.marks.map(([s, e]) => p.text.slice(s, e)));
    expect(marked[0]).toEqual(['We will keep fighting']);
    expect(marked[1]).toEqual(['And we will win']);
  });

  it('the first paragraph has no paragraph before it; unknown quotes give nothing', () => {
    const first = quoteContext({ ...ctx, attribution: { ...ctx.attribution, quotes: [{ ...quotes[1]!, paragraphs: [1], quote: 'approved the plan' }] } }, 0)!;
    expect(first.paragraphs.map((p) => p.n)).toEqual([1]);
    expect(quoteContext(ctx, 9)).toBeUndefined();
  });

  it('finds a shown answer’s quote again by speaker, words and paragraph', () => {
    expect(findQuoteIndex(quotes, { speaker: 'Renée Okafor', quote: quotes[1]!.quote, paragraph: 4 })).toBe(1);
    expect(findQuoteIndex(quotes, { speaker: 'Renée Okafor', quote: quotes[1]!.quote, paragraph: 2 })).toBe(-1);
  });

  it('renders for Discord with the quote in bold, each part escaped, within limits', () => {
    const page = renderQuoteContext(quoteContext(ctx, 1, 4)!, article);
    const description = page.embeds[0]!.description!;
    expect(description).toContain('**¶3** “And we will win,” he added.');
    expect(description).toContain('said **the numbers added up and the works would start in spring**.');
    expect(page.embeds[0]!.title).toBe('Context: Renée Okafor');
    expect(page.embeds[0]!.footer!.text).toContain('Harbour plan approved');
  });
});
