/**
 * Questions belong to the one who asks them:
 * - "The coroner asked whether any record had been kept": a reported question of the asker;
 * - "Lee was asked by the presenter, Jo Hart: “Will you resign?”": the quoted question is the
 *   presenter's, not Lee's; with no asker named it is nobody's the article names.
 * (Quote-only questions in a dialogue scene are decided by dialogue.ts; "Q:" lines by transcript.ts.)
 */
import type { DocModel, ParagraphModel } from '../doc.ts';
import type { EntityRegistry } from '../entities.ts';
import { coordinatedSubject, newAttributionAt, subjectBefore, type SpeakerPhrase } from '../phrases.ts';
import { isWord } from '../text.ts';
import type { QuoteSieve } from './quote-sieves.ts';

const ASKING_VERBS = new Set(['asked', 'asks', 'ask', 'wondered', 'wonders', 'queried', 'queries', 'questioned']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'get', 'got']);
/** Words that may stand between the verb and the question: its object ("asked him whether"). */
const MAX_OBJECT_TOKENS = 8;
const MIN_QUESTION_WORDS = 3;

export interface ReportedQuestion {
  paragraph: number;
  offset: number;
  phrase: SpeakerPhrase;
  quote: string;
}

/** "X asked (Y) whether/why/how …" outside quotation marks, with X as the speaker. */
export function findReportedQuestions(doc: DocModel, registry: EntityRegistry): ReportedQuestion[] {
  const out: ReportedQuestion[] = [];
  for (const p of doc.paragraphs) {
    p.tokens.forEach((token, i) => {
      if (p.inQuote[i] || !ASKING_VERBS.has(token.lower) || isPassive(p, i)) return;
      const opener = questionOpenerAfter(p, i);
      if (opener < 0) return;
      const phrase = subjectBefore(p, registry, i) ?? coordinatedSubject(p, registry, i);
      if (!phrase) return;
      const quote = clauseFrom(p, opener);
      if (quote.split(/\s+/).length < MIN_QUESTION_WORDS) return;
      out.push({ paragraph: p.n, offset: p.tokens[opener]!.start, phrase, quote });
    });
  }
  return out;
}

function isPassive(p: ParagraphModel, verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(0, verb - 3); j--) {
    const lower = p.tokens[j]!.lower;
    if (PASSIVE_AUXILIARIES.has(lower)) return true;
    if (!/ly$/.test(lower) && lower !== 'not' && lower !== 'also') return false;
  }
  return false;
}

function questionOpenerAfter(p: ParagraphModel, verb: number): number {
  const sentence = p.sentenceOf[verb];
  for (let j = verb + 1; j <= verb + 1 + MAX_OBJECT_TOKENS && j < p.tokens.length; j++) {
    if (p.sentenceOf[j] !== sentence || p.inQuote[j]) return -1;
    const t = p.tokens[j]!;
    if (QUESTION_OPENERS.has(t.lower)) return j;
    if (t.text === ',') continue;
    if (!isWord(t)) return -1;
  }
  return -1;
}

/** The words from `from` to the end of its sentence (or the next quotation mark), without the stop. */
function clauseFrom(p: ParagraphModel, from: number): string {
  const sentence = p.sentenceOf[from];
  let end = from;
  while (end + 1 < p.tokens.length && p.sentenceOf[end + 1] === sentence && !p.inQuote[end + 1] && !newAttributionAt(p, end + 1)) end++;
  return p.text.slice(p.tokens[from]!.start, p.tokens[end]!.end).replace(/[\s.,;:!?]+$/u, '');
}

/**
 * A quoted question after a passive "was asked": the asker's ("by the presenter, Jo Hart"), or,
 * with no asker named, a statement of no one in the article (the hit says to drop it).
 */
export const passiveQuestion: QuoteSieve = (ctx, registry) => {
  const { prefix } = ctx;
  const p = prefix.paragraph;
  if (!/\?\s*$/.test(ctx.span.text)) return null;
  for (let i = prefix.from; i < prefix.to; i++) {
    if (!ASKING_VERBS.has(p.tokens[i]!.lower) || !isPassive(p, i)) continue;
    const by = p.tokens[i + 1]?.lower === 'by' ? i + 1 : -1;
    if (by >= 0) {
      for (let j = by + 1; j < Math.min(prefix.to, by + 8); j++) {
        const mention = registry.mentionStartingAt(p.n, j);
        if (mention) {
          return { sieve: 'asked-by', confidence: 0.85, phrase: { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: j, offset: mention.start, mention } };
        }
      }
    }
    return { sieve: 'asked-passive', confidence: 0, phrase: null, unattributed: true };
  }
  return null;
};
