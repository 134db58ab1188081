/**
 * The words around a quote inside its sentence: the prefix (sentence start → opening mark) in the
 * first paragraph and the suffix (closing mark → sentence end) in the last. Other quotes in the
 * same sentence bound them. When the sentence ends at the closing mark and the next sentence is a
 * short attribution ("…fail.” Smith said."), the suffix takes that sentence in.
 */
import { sentenceIndexAt, tokenIndexAt, type DocModel, type ParagraphModel } from '../doc.ts';
import { speechVerb } from '../lexicon.ts';
import { isWord } from '../text.ts';
import type { QuoteSpan } from './find.ts';

export interface TokenRange {
  paragraph: ParagraphModel;
  /** Token indices [from, to). */
  from: number;
  to: number;
}

export interface QuoteContext {
  span: QuoteSpan;
  first: ParagraphModel;
  last: ParagraphModel;
  prefix: TokenRange;
  suffix: TokenRange;
  /** Token index of the opening mark in the first paragraph. */
  openToken: number;
}

const SHORT_ATTRIBUTION_TOKENS = 10;

export function quoteContext(doc: DocModel, span: QuoteSpan): QuoteContext | null {
  const firstPart = span.parts[0]!;
  const lastPart = span.parts.at(-1)!;
  const first = doc.byN.get(firstPart.paragraph);
  const last = doc.byN.get(lastPart.paragraph);
  if (!first || !last) return null;
  const openToken = tokenIndexAt(first, firstPart.open);
  const prefix = prefixRange(first, openToken);
  const suffix = lastPart.close === null
    ? { paragraph: last, from: last.tokens.length, to: last.tokens.length }
    : suffixRange(last, tokenIndexAt(last, lastPart.close + 1));
  const forward = isQuoteOnly(prefix, suffix) ? forwardAttribution(doc.byN.get(last.n + 1)) : null;
  return { span, first, last, prefix, suffix: forward ?? suffix, openToken };
}

function isQuoteOnly(prefix: TokenRange, suffix: TokenRange): boolean {
  if (suffix.to < suffix.paragraph.tokens.length) return false;
  const words = (r: TokenRange) => r.paragraph.tokens.slice(r.from, r.to).some(isWord);
  return prefix.from === 0 && !words(prefix) && !words(suffix);
}

const FORWARD_OPENERS = new Set(['so', 'thus']);

/**
 * A quote-only paragraph followed by one opening "So says X, …" / "Says X, …": that next sentence
 * attributes it (the inverted verb and its subject), not whoever spoke before.
 */
function forwardAttribution(next: ParagraphModel | undefined): TokenRange | null {
  if (!next || next.tokens.length === 0 || next.inQuote[0]) return null;
  const verb = FORWARD_OPENERS.has(next.tokens[0]!.lower) ? 1 : 0;
  const word = next.tokens[verb];
  if (!word || !speechVerb(word.lower) || next.sentenceOf[verb] !== next.sentenceOf[0]) return null;
  let to = verb;
  while (to < next.tokens.length && next.sentenceOf[to] === next.sentenceOf[0] && !next.inQuote[to]) to++;
  return { paragraph: next, from: verb, to };
}

function prefixRange(p: ParagraphModel, openToken: number): TokenRange {
  const sentence = p.sentenceOf[openToken] ?? sentenceIndexAt(p, p.tokens[openToken]?.start ?? 0);
  let from = openToken;
  while (from > 0 && p.sentenceOf[from - 1] === sentence && !p.inQuote[from - 1]) from--;
  return { paragraph: p, from, to: openToken };
}

function suffixRange(p: ParagraphModel, after: number): TokenRange {
  if (after >= p.tokens.length) return { paragraph: p, from: after, to: after };
  const sentence = p.sentenceOf[after]!;
  let to = after;
  while (to < p.tokens.length && p.sentenceOf[to] === sentence && !p.inQuote[to]) to++;
  const hasWords = p.tokens.slice(after, to).some(isWord);
  if (!hasWords && to < p.tokens.length && !p.inQuote[to]) {
    const next = p.sentenceOf[to]!;
    let end = to;
    while (end < p.tokens.length && p.sentenceOf[end] === next && !p.inQuote[end]) end++;
    const reachesSentenceEnd = end >= p.tokens.length || p.sentenceOf[end] !== next;
    const short = end - to <= SHORT_ATTRIBUTION_TOKENS;
    const attributes = p.tokens.slice(to, end).some((t) => speechVerb(t.lower) !== undefined);
    if (reachesSentenceEnd && short && attributes) return { paragraph: p, from: after, to: end };
  }
  return { paragraph: p, from: after, to };
}

/** Words (not punctuation) in a range. */
export function wordsIn(range: TokenRange): number {
  let n = 0;
  for (let i = range.from; i < range.to; i++) if (isWord(range.paragraph.tokens[i])) n++;
  return n;
}
