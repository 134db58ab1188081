/**
 * Whether a statement can say what a question claims, beyond sharing its words: a question that
 * names a number or a date the statement's paragraphs do not hold ("60 billion" against "$6
 * billion", "March" against "August"), or that is negated where the statement is not ("will never
 * sell" against "will sell"), is asking about something nobody said. Traps that share a topic
 * with a real quote score in the same band as right answers on coverage alone; this separates them.
 * (The reverse polarity check — a negated statement, a plain question — was measured and dropped:
 * readers often retell "I don't think it will last" as "who thinks it won't last", and as "who
 * doubts it will last".)
 */
import { verbatimForm } from './text.ts';

const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays',
  'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
]);
/** "May" and "March" are also a verb; capitalised they are months. */
const CAPITALISED_MONTHS = /\b(?:March|May)\b/g;
const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot']);
/** Words that say no without "not": "unenforceable", "non-binding", "failed", "refused". */
const NEGATIVE_WORD = /^(?:un(?!der|til|ion|it|iv|iq|less)\p{L}{4,}|non\p{L}{3,}|fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|den(?:y|ies|ied)|lack(?:s|ed|ing)?|unable|impossible)$/u;

function saysNo(words: ReadonlySet<string>): boolean {
  for (const w of words) if (NEGATIONS.has(w) || NEGATIVE_WORD.test(w)) return true;
  return false;
}

/** How much a statement keeps of its score when it contradicts the question in each way. */
export const SPECIFIC_MISMATCH_FACTOR = 0.4;
export const POLARITY_MISMATCH_FACTOR = 0.6;

export function contentWords(text: string): string[] {
  return verbatimForm(text.replace(/n['’]t\b/gi, ' not')).split(' ').filter(Boolean).map((w) => (/\d/.test(w) ? w.replace(/\D/g, '') : w));
}

/** What a question asserts beyond its topic: its numbers and dates, and whether it is negated. */
export interface QuestionFacts {
  specifics: readonly string[];
  negated: boolean;
}

export function questionFacts(question: string): QuestionFacts {
  const words = contentWords(question);
  const specifics = words.filter((w) => /^\d+$/.test(w) || MONTHS_AND_DAYS.has(w));
  for (const m of question.matchAll(CAPITALISED_MONTHS)) specifics.push(m[0].toLowerCase());
  return { specifics: [...new Set(specifics)], negated: words.some((w) => NEGATIONS.has(w)) };
}

/**
 * 1 when nothing contradicts; lower when the question names a number or date that `around` (the
 * statement and its paragraphs, as contentWords) lacks, or is negated where the statement is not.
 */
export function consistency(facts: QuestionFacts, statement: ReadonlySet<string>, around: ReadonlySet<string>): number {
  let factor = 1;
  if (facts.specifics.some((s) => !around.has(s))) factor *= SPECIFIC_MISMATCH_FACTOR;
  if (facts.negated && !saysNo(statement)) factor *= POLARITY_MISMATCH_FACTOR;
  return factor;
}
