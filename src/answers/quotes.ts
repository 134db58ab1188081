import type { Attribution, Quote } from '../attribution/types.ts';
import { findSpeaker, normaliseName, suggestSpeakers } from './match.ts';
import type { QuoteItem, QuotesResult } from './types.ts';

function toItem(quote: Quote): QuoteItem {
  return {
    speaker: quote.speaker,
    quote: quote.quote,
    kind: quote.kind,
    paragraphs: [...quote.paragraphs],
    via: quote.via,
  };
}

function firstParagraph(quote: Quote): number {
  return quote.paragraphs[0] ?? Number.MAX_SAFE_INTEGER;
}

/** Quotes in article order; the sort is stable, so statements in one paragraph keep their order. */
function inArticleOrder(quotes: readonly Quote[]): Quote[] {
  return [...quotes].sort((a, b) => firstParagraph(a) - firstParagraph(b));
}

/**
 * Without a speaker: every quote in article order. With one: that speaker's quotes, matched by any
 * alias; a name that matches nobody gives no quotes and the closest speaker names.
 */
export function answerQuotes(attribution: Attribution, speaker?: string | null): QuotesResult {
  const typed = speaker?.trim() ?? '';
  if (typed.length === 0) {
    return { command: 'quotes', speaker: null, quotes: inArticleOrder(attribution.quotes).map(toItem) };
  }
  const match = findSpeaker(attribution, typed);
  if (match === null) {
    return { command: 'quotes', speaker: typed, quotes: [], suggestions: suggestSpeakers(attribution, typed) };
  }
  const key = normaliseName(match.name);
  const quotes = attribution.quotes.filter((q) => normaliseName(q.speaker) === key);
  return { command: 'quotes', speaker: match.name, quotes: inArticleOrder(quotes).map(toItem) };
}
