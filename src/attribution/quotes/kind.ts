/**
 * Direct or partial, and is there a speech cue at all. A quote is DIRECT when it is a full sentence
 * or more: it spans paragraphs, or starts with a capital and either stands at the start of its
 * sentence, follows "said:" / "said,", or ends with its own sentence punctuation. Otherwise it is a
 * PARTIAL fragment inside a reported sentence. Quotes with no speech cue (scare quotes, titles) are
 * not statements.
 */
import { speechVerb, STATEMENT_NOUNS } from '../lexicon.ts';
import { isCapitalised, isLowerWord, isWord } from '../text.ts';
import { wordsIn, type QuoteContext, type TokenRange } from './context.ts';

export function quoteKind(ctx: QuoteContext): 'direct' | 'partial' {
  if (ctx.span.parts.length > 1) return 'direct';
  const text = ctx.span.text.replace(/^[^\p{L}\p{N}]+/u, '');
  const capital = /^\p{Lu}/u.test(text) || /^\d/.test(text);
  if (!capital) return 'partial';
  const before = lastTokenText(ctx.prefix);
  if (wordsIn(ctx.prefix) === 0 || before === ':' || before === ',') return 'direct';
  const words = text.split(/\s+/).length;
  const raw = ctx.first.text.slice(ctx.span.parts[0]!.start, ctx.span.parts[0]!.end).trimEnd();
  if (/[.!?…]$/.test(raw) && words >= 4) return 'direct';
  return 'partial';
}

function lastTokenText(range: TokenRange): string | undefined {
  return range.to > range.from ? range.paragraph.tokens[range.to - 1]!.text : undefined;
}

/** A speech verb, "according to" or "in a statement"-style noun in the words around the quote. */
export function hasSpeechCue(ctx: QuoteContext): boolean {
  return rangeHasCue(ctx.prefix) || rangeHasCue(ctx.suffix);
}

/** Words that open when, where or through whom something was said. */
export const CIRCUMSTANCE_OPENERS = new Set(['as', 'at', 'in', 'on', 'after', 'before', 'while', 'during', 'when', 'following', 'according', 'outside', 'via', 'through', 'late', 'earlier', 'last', 'yesterday', 'today']);

/** Words after a next sentence's verb up to which it is still the quote's attribution ("He said on Monday."). */
const MAX_TRAILING_ADJUNCT_WORDS = 4;
const MAX_TOLD_OBJECT_TOKENS = 6;

/**
 * "…canal.” Duarte says she has not read …": a speech verb in the sentence after the quote that
 * reports a clause of its own is not the quote's attribution (one that closes after a short
 * adjunct is: "…soft.” He said on Monday."). It still marks the quote as speech (hasSpeechCue):
 * on PolNeAR such quotes are mostly that speaker's words, only the verb is not theirs.
 */
export function reportsItsOwnClause(range: TokenRange, verb: number): boolean {
  const p = range.paragraph;
  if (range.from === 0 || p.sentenceOf[verb] === p.sentenceOf[range.from - 1]) return false;
  // "…?” Hale said at a press conference, according to the Sun." / "…!” Tate said as he launched the
  // count.": when or where it was said, however long, is no clause of its own.
  let next = verb + 1;
  while (next < range.to && !isWord(p.tokens[next])) next++;
  // "…?” Trump told Britain’s ITV television station in an interview …": whom it was told comes first.
  if (speechVerb(p.tokens[verb]!.lower)?.lemma === 'tell') {
    let object = next;
    while (object < range.to && object - next < MAX_TOLD_OBJECT_TOKENS && (isCapitalised(p.tokens[object]) || !isWord(p.tokens[object]) && p.tokens[object]!.text !== ',' ||
      isLowerWord(p.tokens[object]) && !CIRCUMSTANCE_OPENERS.has(p.tokens[object]!.lower) && p.tokens[object]!.lower !== 'that')) object++;
    if (object > next && (object >= range.to || CIRCUMSTANCE_OPENERS.has(p.tokens[object]?.lower ?? ''))) return false;
  }
  if (CIRCUMSTANCE_OPENERS.has(p.tokens[next]?.lower ?? '')) return false;
  let words = 0;
  for (let k = verb + 1; k < range.to; k++) if (isWord(p.tokens[k])) words++;
  return words > MAX_TRAILING_ADJUNCT_WORDS;
}

export function rangeHasCue(range: TokenRange): boolean {
  const { tokens } = range.paragraph;
  for (let i = range.from; i < range.to; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    const verb = speechVerb(t.lower);
    if (verb && !isNounUse(tokens[i - 1]?.lower)) return true;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') return true;
    if (STATEMENT_NOUNS.has(t.lower) && /^(?:a|an|his|her|their|its|the)$/.test(tokens[i - 1]?.lower ?? '')) {
      if (/^(?:in|on)$/.test(tokens[i - 2]?.lower ?? '')) return true;
    }
  }
  return false;
}

/** "a call", "the report": a determiner before a verb form makes it a noun. */
function isNounUse(previous: string | undefined): boolean {
  return previous !== undefined && /^(?:a|an|the|this|that|his|her|their|its|our)$/.test(previous);
}

/** "the so-called “wolf warrior”": explicitly not a quotation of anyone. */
export function isScareQuote(ctx: QuoteContext): boolean {
  return ctx.first.tokens[ctx.openToken - 1]?.lower === 'so-called';
}
