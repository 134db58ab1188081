/**
 * The working view of an article for attribution: per paragraph its tokens, which tokens sit inside
 * quotation marks, and its sentences. Built once; every sieve reads it.
 */
import type { Article, Sentence } from '../article/types.ts';
import { findQuotes, type QuoteSpan } from './quotes/find.ts';
import { tokenize, type Token } from './text.ts';

export interface ParagraphModel {
  n: number;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /** inQuote[i]: token i lies inside quotation marks (marks included). */
  inQuote: boolean[];
  /** Index of the sentence each token belongs to. */
  sentenceOf: number[];
  /** Quoted character ranges [open, closeEnd) in this paragraph. */
  quoteRanges: [number, number][];
}

export interface DocModel {
  paragraphs: ParagraphModel[];
  byN: Map<number, ParagraphModel>;
  quotes: QuoteSpan[];
}

export function buildDoc(article: Article): DocModel {
  const quotes = findQuotes(article.paragraphs);
  const ranges = new Map<number, [number, number][]>();
  for (const span of quotes) {
    for (const part of span.parts) {
      const list = ranges.get(part.paragraph) ?? [];
      list.push([part.open, part.close === null ? Number.MAX_SAFE_INTEGER : part.close + 1]);
      ranges.set(part.paragraph, list);
    }
  }
  const paragraphs = article.paragraphs.map((p): ParagraphModel => {
    const tokens = tokenize(p.text);
    const quoteRanges = ranges.get(p.n) ?? [];
    const sentences = p.sentences.length > 0 ? p.sentences : [{ text: p.text, start: 0, end: p.text.length }];
    return {
      n: p.n,
      text: p.text,
      sentences,
      tokens,
      inQuote: markInside(tokens, quoteRanges),
      sentenceOf: assignSentences(tokens, sentences),
      quoteRanges,
    };
  });
  return { paragraphs, byN: new Map(paragraphs.map((p) => [p.n, p])), quotes };
}

/** Two-pointer walk: tokens and ranges are both in text order. */
function markInside(tokens: Token[], ranges: [number, number][]): boolean[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const inside: boolean[] = [];
  let r = 0;
  for (const token of tokens) {
    while (r < sorted.length && sorted[r]![1] <= token.start) r++;
    const range = sorted[r];
    inside.push(range !== undefined && token.start >= range[0] && token.start < range[1]);
  }
  return inside;
}

function assignSentences(tokens: Token[], sentences: Sentence[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length - 1 && token.start >= sentences[s]!.end) s++;
    out.push(s);
  }
  return out;
}

/** Index of the first token starting at or after `offset`. Binary search. */
export function tokenIndexAt(paragraph: ParagraphModel, offset: number): number {
  let lo = 0;
  let hi = paragraph.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraph.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence index containing a character offset. */
export function sentenceIndexAt(paragraph: ParagraphModel, offset: number): number {
  const { sentences } = paragraph;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid]!.end) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo);
}
