/**
 * Dialogue scenes: quote-only paragraphs in a two-person exchange take turns. A bare
 * “Then we steam it longer.” after A's turn, itself after B's, is B's; a bare answer after A's
 * question is the answer of the other party in the scene, not more of A.
 */
import type { DocModel } from '../doc.ts';
import type { Entity, EntityRegistry } from '../entities.ts';
import { wordsIn, type QuoteContext, type TokenRange } from '../quotes/context.ts';
import { rangeHasCue } from '../quotes/kind.ts';
import { isWord } from '../text.ts';
import type { QuoteKind } from '../types.ts';
import type { QuoteSieve } from './quote-sieves.ts';

/** Dialogue turns are short; a long bare paragraph is more of the same speaker's account. */
const MAX_TURN_WORDS = 40;
/** How far back (paragraphs) the other party of an exchange may last have spoken or been named. */
const PARTNER_WINDOW = 3;
/** Turns this short read as talk between two people even without a question or a "you". */
const SHORT_TURN_WORDS = 8;

/** A quote that opens its paragraph and ends its sentence, with no speech cue after it in the paragraph. */
function openingTurn(ctx: QuoteContext): { rest: TokenRange } | null {
  if (ctx.span.parts.length !== 1 || ctx.prefix.from !== 0 || wordsIn(ctx.prefix) > 0) return null;
  if (ctx.suffix.paragraph !== ctx.first) return null;
  // “…bend?” He drops the hammer. — words after a quote that ends its own sentence start a new one.
  if (wordsIn(ctx.suffix) > 0 && !/[.!?…]\s*$/u.test(ctx.span.text)) return null;
  const rest = { paragraph: ctx.first, from: ctx.suffix.from, to: ctx.first.tokens.length };
  if (rangeHasCue(rest) || ctx.first.inQuote.slice(rest.from).some(Boolean)) return null;
  return { rest };
}

/**
 * A turn whose speaker the scene decides: a quote that is its whole paragraph, or is followed only
 * by an action with a pronoun subject (“Not yet.” He checks his watch again.).
 */
export const quoteOnlyTurn: QuoteSieve = (ctx) => {
  const turn = openingTurn(ctx);
  if (!turn) return null;
  const { rest } = turn;
  const next = rest.paragraph.tokens.slice(rest.from).find(isWord);
  if (next && !BEAT_PRONOUNS.has(next.lower)) return null;
  return { sieve: 'dialogue-turn', confidence: 0.75, phrase: null, continuation: true, turn: true };
};

/** “Then we steam it longer.” Walsh reaches for the lid. — the person acting after the quote said it. */
export const actionBeat: QuoteSieve = (ctx, registry) => {
  const turn = openingTurn(ctx);
  if (!turn) return null;
  const p = turn.rest.paragraph;
  let i = turn.rest.from;
  while (i < p.tokens.length && !isWord(p.tokens[i])) i++;
  if (BEAT_OPENERS.has(p.tokens[i]?.lower ?? '')) i++;
  const mention = registry.mentionStartingAt(p.n, i);
  if (!mention || mention.entity.kind !== 'person') return null;
  return { sieve: 'action-beat', confidence: 0.7, phrase: { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: i, offset: mention.start, mention } };
};

const BEAT_PRONOUNS = new Set(['he', 'she']);
const BEAT_OPENERS = new Set(['then', 'but', 'and']);

/** A statement already attributed, as the dialogue rule sees it. */
export interface Turn {
  entity: Entity;
  paragraphs: readonly number[];
  offset: number;
  kind: QuoteKind;
  quote: string;
}

/**
 * The speaker of a quote-only paragraph in an exchange, or null to let it continue the previous
 * speaker: the one before the previous turn when two people alternate, or, after a question, the
 * other party of the scene.
 */
export function alternatingSpeaker(turns: readonly Turn[], paragraph: number, quote: string, doc: DocModel, registry: EntityRegistry): Entity | null {
  if (paragraphWords(doc, paragraph) > MAX_TURN_WORDS) return null;
  const previous = turnOpening(turns, paragraph - 1, doc);
  if (!previous || previous.entity.kind !== 'person') return null;
  // The turn before: the one opening the paragraph before that, or, when a scene opens with an
  // attributed line inside a paragraph ("At the table, Lee pours the tea. “…,” he says."), the last
  // direct quote of another person in that paragraph.
  const before = turnOpening(turns, paragraph - 2, doc) ?? lastDirectTurnIn(turns, paragraph - 2, previous.entity);
  if (before && before.entity !== previous.entity && before.entity.kind === 'person' && isExchange(quote, previous, before, doc)) {
    return before.entity;
  }
  if (!isPutToSomeone(previous, doc)) return null;
  return otherParty(turns, registry, doc, previous.entity, paragraph - 1);
}

/**
 * Two people talking to each other, not two sources quoted one after the other: a question, a
 * "you", a bare turn already in the run, or turns of a few words.
 */
function isExchange(quote: string, previous: Turn, before: Turn, doc: DocModel): boolean {
  const quotes = [quote, previous.quote, before.quote];
  if (quotes.some((q) => /\?/.test(q) || /\byou(?:r|rs|'re|’re|'ll|’ll|'ve|’ve|'d|’d)?\b/i.test(q))) return true;
  if (isBareTurn(previous, doc)) return true;
  return quotes.every((q) => q.split(/\s+/).length <= SHORT_TURN_WORDS);
}

/**
 * A question asked of someone ("“Is it ready?” his nephew asks", "“Did you …?”"), which the next
 * bare turn answers; a rhetorical "“What can we do?” she said." runs on in the same voice.
 */
function isPutToSomeone(turn: Turn, doc: DocModel): boolean {
  if (!/\?\s*$/.test(turn.quote)) return false;
  if (/\byou(?:r|rs)?\b/i.test(turn.quote)) return true;
  const text = doc.byN.get(turn.paragraphs.at(-1)!)?.text ?? '';
  const outside = text.replace(/["“][^"”]*["”]/gu, ' ');
  return /\b(?:asks|asked|asking|wonders|wondered|demands|demanded)\b/i.test(outside);
}

/** A quote that is its whole paragraph. */
function isBareTurn(turn: Turn, doc: DocModel): boolean {
  const text = doc.byN.get(turn.paragraphs[0]!)?.text ?? '';
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === turn.quote.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The direct quote that opens a short paragraph: one turn of a dialogue. */
function turnOpening(turns: readonly Turn[], paragraph: number, doc: DocModel): Turn | null {
  if (paragraphWords(doc, paragraph) > MAX_TURN_WORDS) return null;
  const text = doc.byN.get(paragraph)?.text ?? '';
  const opening = /^\s*\S/.exec(text)?.[0].trim();
  if (!opening || !/["“‘'«]/.test(opening)) return null;
  const first = turns.find((t) => t.kind !== 'indirect' && t.paragraphs.at(-1) === paragraph && t.paragraphs.length === 1 && t.offset <= 1);
  return first ?? null;
}

/** The last direct quote of someone other than `other` in a short paragraph. */
function lastDirectTurnIn(turns: readonly Turn[], paragraph: number, other: Entity): Turn | null {
  return turns.filter((t) => t.kind === 'direct' && t.paragraphs.length === 1 && t.paragraphs[0] === paragraph && t.entity !== other).at(-1) ?? null;
}

/** The other person in the scene: the last one to speak, else to be named, just before `paragraph`. */
function otherParty(turns: readonly Turn[], registry: EntityRegistry, doc: DocModel, asker: Entity, paragraph: number): Entity | null {
  const recent = (n: number) => n < paragraph && paragraph - n <= PARTNER_WINDOW;
  const spoke = turns.filter((t) => recent(t.paragraphs.at(-1)!) && t.entity !== asker && t.entity.kind === 'person').at(-1);
  if (spoke) return spoke.entity;
  const named = registry.mentions.filter((m) =>
    recent(m.paragraph) && m.entity !== asker && m.entity.kind === 'person' && !doc.byN.get(m.paragraph)?.inQuote[m.from]);
  return named.at(-1)?.entity ?? null;
}

function paragraphWords(doc: DocModel, paragraph: number): number {
  const text = doc.byN.get(paragraph)?.text;
  return text === undefined ? Number.MAX_SAFE_INTEGER : text.split(/\s+/).filter(Boolean).length;
}
