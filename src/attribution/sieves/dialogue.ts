/**
 * Dialogue scenes: quote-only paragraphs in a two-person exchange take turns. A bare
 * “Then we steam it longer.” after A's turn, itself after B's, is B's; a bare answer after A's
 * question is the answer of the other party in the scene, not more of A.
 */
import type { DocModel } from '../doc.ts';
import type { Entity, EntityRegistry } from '../entities.ts';
import { wordsIn } from '../quotes/context.ts';
import { rangeHasCue } from '../quotes/kind.ts';
import type { QuoteKind } from '../types.ts';
import type { QuoteSieve } from './quote-sieves.ts';

/** Dialogue turns are short; a long bare paragraph is more of the same speaker's account. */
const MAX_TURN_WORDS = 40;
/** How far back (paragraphs) the other party of an exchange may last have spoken or been named. */
const PARTNER_WINDOW = 3;

/** A quote that is its whole paragraph, nothing around it: a turn whose speaker the scene decides. */
export const quoteOnlyTurn: QuoteSieve = (ctx) => {
  if (ctx.span.parts.length !== 1 || ctx.prefix.from !== 0 || wordsIn(ctx.prefix) > 0) return null;
  if (ctx.suffix.paragraph !== ctx.first || wordsIn(ctx.suffix) > 0 || rangeHasCue(ctx.suffix)) return null;
  if (ctx.suffix.to < ctx.first.tokens.length) return null;
  return { sieve: 'dialogue-turn', confidence: 0.75, phrase: null, continuation: true, turn: true };
};

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
export function alternatingSpeaker(turns: readonly Turn[], paragraph: number, doc: DocModel, registry: EntityRegistry): Entity | null {
  if (paragraphWords(doc, paragraph) > MAX_TURN_WORDS) return null;
  const previous = turnOpening(turns, paragraph - 1, doc);
  if (!previous || previous.entity.kind !== 'person') return null;
  const before = turnOpening(turns, paragraph - 2, doc);
  if (before && before.entity !== previous.entity && before.entity.kind === 'person') return before.entity;
  if (!/\?\s*$/.test(previous.quote)) return null;
  return otherParty(turns, registry, doc, previous.entity, paragraph - 1);
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
