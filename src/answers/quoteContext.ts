/**
 * "Show context" for one quote: the paragraph it is cited from and the paragraph before it, with
 * the quoted words marked. Pure data; the Discord adapter renders the marks as bold.
 */
import type { Paragraph } from '../article/types.ts';
import type { Quote } from '../attribution/types.ts';
import { verbatimForm } from '../search/text.ts';
import type { ArticleContext } from './context.ts';

export interface ContextParagraph {
  n: number;
  text: string;
  /** Character ranges [start, end) of `text` that are the quote's words. */
  marks: [number, number][];
}

export interface QuoteContextResult {
  command: 'context';
  speaker: string;
  /** The paragraph before (when there is one), then the quote's paragraph. */
  paragraphs: ContextParagraph[];
}

/** Shorter pieces of a quote ("Yes") are found everywhere by chance. */
const MIN_PART_LENGTH = 8;
/** A sentence counts as part of the quote when this share of its words is in the quote. */
const SENTENCE_IN_QUOTE = 0.6;

/**
 * The context of quote `quoteIndex`, around `paragraph` (one of the paragraphs the quote spans;
 * default its first). Undefined when the quote or paragraph does not exist.
 */
export function quoteContext(ctx: ArticleContext, quoteIndex: number, paragraph?: number): QuoteContextResult | undefined {
  const quote = ctx.attribution.quotes[quoteIndex];
  if (!quote) return undefined;
  const n = paragraph !== undefined && quote.paragraphs.includes(paragraph) ? paragraph : quote.paragraphs[0];
  const here = ctx.article.paragraphs.find((p) => p.n === n);
  if (!here) return undefined;
  const before = ctx.article.paragraphs.find((p) => p.n === here.n - 1);
  const paragraphs: ContextParagraph[] = [];
  if (before) paragraphs.push({ n: before.n, text: before.text, marks: quote.paragraphs.includes(before.n) ? quoteMarks(before, quote) : [] });
  paragraphs.push({ n: here.n, text: here.text, marks: quoteMarks(here, quote) });
  return { command: 'context', speaker: quote.speaker, paragraphs };
}

/**
 * Where the quote's words are in the paragraph: the whole quote when it appears as written; else
 * (a quote spanning paragraphs) each of its sentences found as written; else (reported speech
 * reworded by the writer) each sentence made mostly of the quote's words.
 */
export function quoteMarks(paragraph: Paragraph, quote: Pick<Quote, 'quote'>): [number, number][] {
  const words = quote.quote.trim();
  if (words.length === 0) return [];
  const at = paragraph.text.indexOf(words);
  if (at >= 0) return [[at, at + words.length]];
  // A quote across paragraphs: each of its sentences that this paragraph holds as written.
  const parts: [number, number][] = [];
  for (const part of words.split(/(?<=[.!?…])\s+/)) {
    const bare = part.replace(/[.,;:!?…\s]+$/u, '');
    if (bare.length < MIN_PART_LENGTH) continue;
    const found = paragraph.text.indexOf(bare);
    if (found >= 0) parts.push([found, found + bare.length]);
  }
  if (parts.length > 0) return parts.sort((a, b) => a[0] - b[0]);
  const quoteWords = new Set(verbatimForm(words).split(' ').filter(Boolean));
  const sentences = paragraph.sentences.length > 0 ? paragraph.sentences : [{ text: paragraph.text, start: 0, end: paragraph.text.length }];
  const marks: [number, number][] = [];
  for (const sentence of sentences) {
    const sentenceWords = verbatimForm(sentence.text).split(' ').filter(Boolean);
    if (sentenceWords.length === 0) continue;
    const shared = sentenceWords.filter((w) => quoteWords.has(w)).length;
    if (shared / sentenceWords.length >= SENTENCE_IN_QUOTE) marks.push([sentence.start, sentence.end]);
  }
  return marks;
}

/** The index in `quotes` of the statement an answer shows (same speaker, words and paragraph). */
export function findQuoteIndex(
  quotes: readonly Quote[],
  answer: { speaker: string; quote: string; paragraph?: number; paragraphs?: readonly number[] },
): number {
  const paragraph = answer.paragraph ?? answer.paragraphs?.[0];
  return quotes.findIndex(
    (q) => q.speaker === answer.speaker && q.quote === answer.quote && (paragraph === undefined || q.paragraphs.includes(paragraph)),
  );
}
