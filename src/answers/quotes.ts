import type { Attribution, Quote } from '../attribution/types.ts';
import { lookUpSpeaker, normaliseName } from './match.ts';
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
 * alias, a title and name ("Prof. Lukin") or a role ("the mayor"); a name one typing slip from a
 * single speaker's answers for that speaker and says so (`correctedFrom`); a person mentioned but
 * never quoted is told as /who-said tells it (`note`); anything else gives the closest names.
 */
export function answerQuotes(attribution: Attribution, speaker?: string | null): QuotesResult {
  const typed = speaker?.trim() ?? '';
  if (typed.length === 0) {
    return { command: 'quotes', speaker: null, quotes: inArticleOrder(attribution.quotes).map(toItem) };
  }
  const lookup = lookUpSpeaker(attribution, typed);
  if (lookup.kind === 'none') return { command: 'quotes', speaker: typed, quotes: [], suggestions: lookup.suggestions };
  if (lookup.kind === 'mentioned') {
    const name = lookup.speaker.name;
    return { command: 'quotes', speaker: name, quotes: [], note: `${name} is mentioned in the article but never quoted.` };
  }
  const { speaker: match } = lookup;
  const key = normaliseName(match.name);
  const quotes = attribution.quotes.filter((q) => normaliseName(q.speaker) === key);
  const result: QuotesResult = { command: 'quotes', speaker: match.name, quotes: inArticleOrder(quotes).map(toItem) };
  return lookup.kind === 'corrected' ? { ...result, correctedFrom: typed } : result;
}
