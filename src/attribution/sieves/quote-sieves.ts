/**
 * Speaker sieves for quoted spans, in order of precision (after Muzny et al. 2017). Each looks at
 * the words around one quote and either names a speaker phrase or passes.
 */
import type { EntityRegistry } from '../entities.ts';
import { accordingToPhrase, clauseOpeningSubject, phraseEnd, coordinatedSubject, findAccordingTo, isDash, phraseEndingAt, reportingVerbAt, subjectAfter, subjectBefore, type SpeakerPhrase } from '../phrases.ts';
import type { QuoteContext, TokenRange } from '../quotes/context.ts';
import { wordsIn } from '../quotes/context.ts';
import { CIRCUMSTANCE_OPENERS, rangeHasCue, reportsItsOwnClause } from '../quotes/kind.ts';
import { isPossessive, isWord } from '../text.ts';
import { speechVerb } from '../lexicon.ts';
import { afterReportedSentence } from './after-reported.ts';
import { actionBeat, quoteOnlyTurn } from './dialogue.ts';
import { kinshipAttribution } from './kinship.ts';
import { publishedStatement } from './posts.ts';
import { passiveQuestion } from './questions.ts';

export interface SieveHit {
  sieve: string;
  confidence: number;
  phrase: SpeakerPhrase | null;
  /** No cue of its own: the speaker of the statement just before. */
  continuation?: boolean;
  /** A statement of no one the article names ("X was asked: “…?”"): not to be attributed. */
  unattributed?: boolean;
  /** A quote-only paragraph: in a dialogue scene its speaker alternates (see dialogue.ts). */
  turn?: boolean;
  /** The speech verb that introduced the quote, so indirect speech does not count it again. */
  verb?: { paragraph: number; token: number };
}

export type QuoteSieve = (ctx: QuoteContext, registry: EntityRegistry) => SieveHit | null;

const MAX_SUBJECT_TOKENS = 12;
const MAX_LEADING_TAIL = 8;

function finiteSpeechVerb(range: TokenRange, i: number): boolean {
  return reportingVerbAt(range.paragraph, i) !== undefined;
}

/** Words that open a relative clause: a verb before one does not govern a quote after it. */
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);

function firstWordIndex(range: TokenRange): number {
  let i = range.from;
  while (i < range.to && !isWord(range.paragraph.tokens[i])) i++;
  return i;
}

/** `“…,” X said` · `“…,” said X` · `“…,” he added`. */
export const trailingAttribution: QuoteSieve = (ctx, registry) => {
  const range = ctx.suffix;
  const p = range.paragraph;
  const start = firstWordIndex(range);
  if (start >= range.to) return null;
  const reportsItsOwn = (verb: number) => reportsItsOwnClause(range, verb);
  if (finiteSpeechVerb(range, start)) {
    const phrase = subjectAfter(p, registry, start);
    // "Humphrey, who calls Trump a “sociopath,” said he doesn’t …": inside a sentence, a pronoun
    // with a verb after it opens the reported clause of the sentence's own subject; no inversion.
    if (phrase && phrase.form !== 'name' && opensClause(p, phraseEnd(p, phrase)) && wordsBeforeInSentence(ctx)) return null;
    if (phrase) return { sieve: 'trailing', confidence: 0.95, phrase, verb: { paragraph: p.n, token: start } };
  }
  for (let j = start + 1; j < Math.min(range.to, start + MAX_SUBJECT_TOKENS); j++) {
    if (!finiteSpeechVerb(range, j)) continue;
    if (reportsItsOwn(j)) return null;
    const phrase = subjectBefore(p, registry, j);
    if (phrase && phrase.tokenIndex <= start + 1 && phrase.tokenIndex >= start - 1) {
      return { sieve: 'trailing', confidence: 0.95, phrase, verb: { paragraph: p.n, token: j } };
    }
    break;
  }
  return null;
};

/** A lower-case word that is no circumstance ("said he on Tuesday", "said she in a statement"). */
function opensClause(p: TokenRange['paragraph'], k: number): boolean {
  const t = p.tokens[k];
  return t !== undefined && !p.inQuote[k] && /^\p{Ll}/u.test(t.text) && !CIRCUMSTANCE_OPENERS.has(t.lower) && !ADJUNCT_WORDS.has(t.lower);
}

/** "…, said he doesn’t …", "… said that …": the verb's own reported clause follows it. */
function reportsClauseAfter(p: TokenRange['paragraph'], registry: EntityRegistry, verb: number): boolean {
  const next = p.tokens[verb + 1]?.lower ?? '';
  if (p.inQuote[verb + 1]) return false;
  if (next === 'that' || CLAUSE_PRONOUNS.has(next)) return next === 'that' || opensClause(p, verb + 2);
  // "…,'' said the candidate could be …": a phrase after the verb with a verb of its own is the
  // reported clause's subject ("said the bureau's director, James Comey" is an inverted subject).
  const after = subjectAfter(p, registry, verb);
  if (after) return after.form !== 'name' && opensClause(p, phraseEnd(p, after));
  return speechVerbAt(p, verb)?.frame === 'clause' && opensClause(p, verb + 1) && !/^(?:tell|ask)$/.test(speechVerbAt(p, verb)!.lemma);
}

function speechVerbAt(p: TokenRange['paragraph'], k: number) {
  return speechVerb(p.tokens[k]?.lower ?? '');
}

const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there']);

const ADJUNCT_WORDS = new Set(['yes', 'no', 'so', 'who', 'whose', 'which', 'and', 'with', 'of', 'to', 'from', 'by', 'later', 'then', 'too', 'again', 'simply', 'recently']);

/** "gloated: ''I told you …''": the first mark of a doubled opening one is no part of the words before. */
function withoutStrayMark(range: TokenRange): TokenRange {
  const p = range.paragraph;
  let to = range.to;
  while (to > range.from && !p.inQuote[to - 1] && /^['‘"“]$/.test(p.tokens[to - 1]!.text)) to--;
  return to === range.to ? range : { ...range, to };
}

/** The quotation stands inside a sentence that began before it. */
function wordsBeforeInSentence(ctx: QuoteContext): boolean {
  const { paragraph: p, from, to } = ctx.prefix;
  for (let k = from; k < to; k++) if (isWord(p.tokens[k]) && !p.inQuote[k]) return true;
  return false;
}

/** `X said: “…”` · `X told reporters, “…”`. */
export const leadingAttribution: QuoteSieve = (ctx, registry) => {
  const range = withoutStrayMark(ctx.prefix);
  const p = range.paragraph;
  if (range.to <= range.from) return null;
  const lastText = p.tokens[range.to - 1]!.text;
  const endsWithIntroducer = lastText === ':' || lastText === ',';
  for (let j = range.to - 1; j >= Math.max(range.from, range.to - MAX_LEADING_TAIL); j--) {
    if (!finiteSpeechVerb(range, j)) continue;
    if (!endsWithIntroducer && j !== range.to - 1) return null;
    const phrase = subjectBefore(p, registry, j) ?? coordinatedSubject(p, registry, j);
    return phrase ? { sieve: 'leading', confidence: 0.93, phrase, verb: { paragraph: p.n, token: j } } : null;
  }
  return null;
};

/**
 * "She then addressed the supporters again: “…”", "Trump leaned in and boomed: “…”": a quotation
 * introduced by a colon after a clause with no speech verb is the words of the name or pronoun that
 * opens that clause.
 */
export const colonIntroduced: QuoteSieve = (ctx, registry) => {
  const range = withoutStrayMark(ctx.prefix);
  const p = range.paragraph;
  if (range.to <= range.from || p.tokens[range.to - 1]!.text !== ':' || p.inQuote[range.to - 1]) return null;
  for (let k = range.from; k < range.to; k++) if (p.inQuote[k]) return null;
  // "IOWA POLLS NOT WRONG, JUST EARLY - Mark Blum and Jon Cole: “…”": after a headline and a dash,
  // the names before the colon are the writers quoted.
  for (let d = range.to - 2; d > range.from && range.to - d <= 10; d--) {
    if (!isDash(p, d)) continue;
    const byline = registry.mentionStartingAt(p.n, d + 1);
    if (byline?.entity.kind === 'person') return { sieve: 'colon', confidence: 0.75, phrase: { form: 'name', text: byline.name, paragraph: p.n, tokenIndex: byline.from, offset: byline.start, mention: byline } };
    break;
  }
  const phrase = clauseOpeningSubject(p, registry, range.to - 1);
  if (phrase) return { sieve: 'colon', confidence: 0.8, phrase };
  // "The timing doesn’t surprise Republican pollster Daron Shaw: “…”": no person opens the clause;
  // the person named right before the colon speaks.
  const named = registry.mentionEndingAt(p.n, range.to - 2);
  if (named?.entity.kind !== 'person' || isPossessive(p.tokens[range.to - 2]!)) return null;
  return { sieve: 'colon', confidence: 0.75, phrase: { form: 'name', text: named.name, paragraph: p.n, tokenIndex: named.from, offset: named.start, mention: named } };
};

/** `“…” according to X` right after the quote, or `According to X, “…”` right before it. */
export const adjacentAccordingTo: QuoteSieve = (ctx, registry) => {
  const after = ctx.suffix;
  const start = firstWordIndex(after);
  if (start < after.to && after.paragraph.tokens[start]!.lower === 'according' && after.paragraph.tokens[start + 1]?.lower === 'to') {
    const phrase = accordingToPhrase(after.paragraph, registry, start);
    if (phrase) return { sieve: 'according-adjacent', confidence: 0.9, phrase };
  }
  const before = ctx.prefix;
  const at = findAccordingTo(before.paragraph, before.from, before.to);
  if (at >= 0 && at === firstWordIndex(before) && before.paragraph.tokens[before.to - 1]?.text === ',') {
    const phrase = accordingToPhrase(before.paragraph, registry, at);
    if (phrase) return { sieve: 'according-adjacent', confidence: 0.9, phrase };
  }
  return null;
};

/** `X described Y as “…”`: the subject of the nearest speech verb in the same sentence. */
export const sentenceSubject: QuoteSieve = (ctx, registry) => {
  const before = ctx.prefix;
  for (let j = before.to - 1; j >= before.from; j--) {
    if (RELATIVE.has(before.paragraph.tokens[j]!.lower)) break;
    if (!finiteSpeechVerb(before, j)) continue;
    const phrase = subjectBefore(before.paragraph, registry, j) ?? relativeClauseSubject(before.paragraph, registry, j);
    if (phrase) return { sieve: 'sentence', confidence: 0.88, phrase, verb: { paragraph: before.paragraph.n, token: j } };
  }
  const after = ctx.suffix;
  for (let j = after.from; j < after.to; j++) {
    if (!finiteSpeechVerb(after, j)) continue;
    if (reportsItsOwnClause(after, j)) break;
    const subject = subjectBefore(after.paragraph, registry, j);
    // "Humphrey, who calls Trump a “sociopath,” said he …", "X called Y “terrible” and said she …":
    // a verb whose subject stands before the quotation (or is shared with an earlier verb) and that
    // reports a clause of its own does not speak the quoted words.
    const subjectBeforeQuote = !subject || subject.paragraph === ctx.prefix.paragraph.n && subject.tokenIndex < ctx.openToken;
    if (subjectBeforeQuote && wordsBeforeInSentence(ctx) && reportsClauseAfter(after.paragraph, registry, j)) break;
    const phrase = subject ?? subjectAfter(after.paragraph, registry, j);
    if (phrase) return { sieve: 'sentence', confidence: 0.85, phrase, verb: { paragraph: after.paragraph.n, token: j } };
  }
  return null;
};

/** "according to X" anywhere in the sentence. */
export const accordingToAnywhere: QuoteSieve = (ctx, registry) => {
  for (const range of [ctx.suffix, ctx.prefix]) {
    const at = findAccordingTo(range.paragraph, range.from, range.to);
    if (at < 0) continue;
    const phrase = accordingToPhrase(range.paragraph, registry, at);
    if (phrase) return { sieve: 'according', confidence: 0.8, phrase };
  }
  return null;
};

/** A quote with no words of its own around it continues the previous statement's speaker. */
export const conversationContinuation: QuoteSieve = (ctx) => {
  if (wordsIn(ctx.prefix) > 0) return null;
  if (rangeHasCue(ctx.suffix)) return null;
  return { sieve: 'continuation', confidence: 0.75, phrase: null, continuation: true };
};

/** A second quote in a sentence whose first quote was attributed ("… “A” and that … “B”"). */
export const sameSentenceContinuation: QuoteSieve = (ctx) => {
  const { prefix } = ctx;
  const p = prefix.paragraph;
  const bounded = prefix.from > 0 && p.inQuote[prefix.from - 1] && p.sentenceOf[prefix.from - 1] === p.sentenceOf[ctx.openToken];
  if (!bounded || rangeHasCue(prefix) || rangeHasCue(ctx.suffix)) return null;
  return { sieve: 'sentence-continuation', confidence: 0.8, phrase: null, continuation: true };
};

/**
 * "“We've had offices here since April,” said Ann Lee, the campaign's director, “and we've been
 * forming relationships.”": the sentence goes on after its attribution, in lower case after a
 * comma; the second half is the first's.
 */
export const resumedAfterAttribution: QuoteSieve = (ctx) => {
  const { prefix } = ctx;
  const p = prefix.paragraph;
  const bounded = prefix.from > 0 && p.inQuote[prefix.from - 1] && p.sentenceOf[prefix.from - 1] === p.sentenceOf[ctx.openToken];
  if (!bounded || !rangeHasCue(prefix) || p.tokens[prefix.to - 1]?.text !== ',' || !/^\p{Ll}/u.test(ctx.span.text.trimStart())) return null;
  // The first half broke off at a comma of its own (“…,” said …), not a term (“Hillary” and telling her, “…”).
  let close = prefix.from - 1;
  while (close > 0 && p.inQuote[close] && /^[”"’']+$/.test(p.tokens[close]!.text)) close--;
  if (p.tokens[close]?.text !== ',') return null;
  return { sieve: 'continuation', confidence: 0.85, phrase: null, continuation: true };
};

/**
 * "Hart has thought about leaving. “Every winter I think: this is the last one.”": a cue-less
 * quoted sentence after a sentence whose subject is a named person is that person's.
 */
export const precedingSentenceSubject: QuoteSieve = (ctx, registry) => {
  const { prefix, suffix } = ctx;
  const p = prefix.paragraph;
  if (wordsIn(prefix) > 0 || rangeHasCue(suffix) || prefix.from === 0 || p.inQuote[prefix.from - 1]) return null;
  const previous = p.sentenceOf[prefix.from - 1];
  let start = prefix.from - 1;
  while (start > 0 && p.sentenceOf[start - 1] === previous) start--;
  while (start < prefix.from && !isWord(p.tokens[start]) ) start++;
  if (['but', 'and', 'yet', 'so', 'then'].includes(p.tokens[start]?.lower ?? '')) start++;
  if (p.inQuote[start]) return null;
  // "The plans are “irresponsible,” said Bell. “…”": a sentence holding a quotation has its
  // speaker already; the next quotation continues that speaker, not the sentence's subject.
  for (let k = start; k < prefix.from; k++) if (p.inQuote[k]) return null;
  const mention = registry.mentionStartingAt(p.n, start);
  // A single name the article never typed ("Birch shrugs.") is nobody's organisation either.
  if (mention && (mention.entity.kind === 'person' || mention.entity.kind === 'unknown')) {
    return {
      sieve: 'preceding-subject',
      confidence: 0.7,
      phrase: { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: start, offset: mention.start, mention },
    };
  }
  // "He shrugs. “…”", "His uncle laughs. “…”": a pronoun or a description acting just before.
  const phrase = mention ? null : actorBefore(p, registry, start, prefix.from - 1);
  return phrase ? { sieve: 'preceding-subject', confidence: 0.65, phrase } : null;
};

const BEAT_SUBJECT_WORDS = 3;

/** The subject of a short action sentence ("He laughs.", "His uncle shrugs."): he/she or a description of a person. */
function actorBefore(p: TokenRange['paragraph'], registry: EntityRegistry, start: number, sentenceEnd: number): SpeakerPhrase | null {
  const first = p.tokens[start];
  if (!first) return null;
  if (first.lower === 'he' || first.lower === 'she') return { form: 'pronoun', text: first.lower, paragraph: p.n, tokenIndex: start, offset: first.start };
  for (let end = start + 1; end < Math.min(sentenceEnd, start + BEAT_SUBJECT_WORDS); end++) {
    const verb = p.tokens[end + 1];
    if (!verb || p.inQuote[end + 1] || !/^\p{Ll}+(?:s|ed)$/u.test(verb.text)) continue;
    const phrase = phraseEndingAt(p, registry, end);
    return phrase && phrase.tokenIndex === start && (phrase.form === 'role' || phrase.form === 'source') ? phrase : null;
  }
  return null;
}

/** In order: the most precise patterns first. */
export const QUOTE_SIEVES: readonly QuoteSieve[] = [
  trailingAttribution,
  leadingAttribution,
  sentenceSubject,
  passiveQuestion,
  kinshipAttribution,
  publishedStatement,
  adjacentAccordingTo,
  accordingToAnywhere,
  colonIntroduced,
  sameSentenceContinuation,
  resumedAfterAttribution,
  afterReportedSentence,
  precedingSentenceSubject,
  actionBeat,
  quoteOnlyTurn,
  conversationContinuation,
];

/** "…, Lee said, according to Reuters": the outlet a statement was relayed through. */
export function relayPhrase(ctx: QuoteContext, registry: EntityRegistry): SpeakerPhrase | null {
  for (const range of [ctx.suffix, ctx.prefix]) {
    const at = findAccordingTo(range.paragraph, range.from, range.to);
    if (at >= 0) return accordingToPhrase(range.paragraph, registry, at);
  }
  return null;
}

/**
 * "Donald Trump - who once said he would “bomb” the fields - said …": a speech verb opening a
 * who-clause has the name the clause hangs on as its subject.
 */
function relativeClauseSubject(p: TokenRange['paragraph'], registry: EntityRegistry, verb: number): SpeakerPhrase | null {
  let k = verb - 1;
  while (k > 0 && /^(?:\p{Ll}+ly|also|once|later|then|has|had|have|repeatedly)$/u.test(p.tokens[k]!.text)) k--;
  if (p.tokens[k]?.lower !== 'who') return null;
  k--;
  while (k >= 0 && /^[,—–-]$/.test(p.tokens[k]!.text)) k--;
  const phrase = k >= 0 ? phraseEndingAt(p, registry, k) : null;
  return phrase?.form === 'name' ? phrase : null;
}
