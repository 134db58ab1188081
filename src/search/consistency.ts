/**
 * Whether a statement can say what a question claims, beyond sharing its words: a question that
 * names a number or a date the statement does not hold ("60 billion" against "$6 billion",
 * "March" against "August"), or that turns its polarity ("will never sell" against "will sell",
 * "is all about" against "is not about"), is asking about something nobody said. Questions that
 * share a topic with a real quote score in the same band as right answers on coverage alone; this
 * is what separates them.
 */
import { verbatimForm } from './text.ts';

const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'sundays', 'mondays', 'saturdays',
]);
const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot', 'nt', 't']);
/** How much a statement keeps of its score when it contradicts the question in each way. */
export const SPECIFIC_MISMATCH_FACTOR = 0.4;
export const POLARITY_MISMATCH_FACTOR = 0.6;
/** "May" is a month and a verb; only numbers and unambiguous dates count. */
const AMBIGUOUS = new Set(['may', 'march']);

function tokens(text: string): string[] {
  return verbatimForm(text.replace(/n['’]t\b/gi, ' not')).split(' ').filter(Boolean);
}

/** Numbers, months and weekdays of a text (digits without separators: "$6,000" → "6000"). */
function specifics(words: readonly string[], original: string): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (/\d/.test(w)) out.add(w.replace(/\D/g, ''));
    else if (MONTHS_AND_DAYS.has(w) && (!AMBIGUOUS.has(w) || new RegExp(`\\b${w}\\b`, 'i').test(original) && /[A-Z]/.test(original.match(new RegExp(`\\b${w}\\b`, 'i'))![0][0]!))) out.add(w);
  }
  return out;
}

function negated(words: readonly string[]): boolean {
  return words.some((w) => NEGATIONS.has(w));
}

/**
 * 1 when nothing contradicts; lower when the question names a number or date the statement's
 * paragraph lacks, or when one of them is negated and the other is not.
 */
export function consistency(question: string, statement: string, paragraph: string): number {
  const asked = tokens(question);
  const said = tokens(statement);
  let factor = 1;
  const where = new Set(tokens(`${statement} ${paragraph}`).map((w) => (/\d/.test(w) ? w.replace(/\D/g, '') : w)));
  const questionSpecifics = specifics(asked, question);
  for (const s of questionSpecifics) {
    if (!where.has(s)) {
      factor *= SPECIFIC_MISMATCH_FACTOR;
      break;
    }
  }
  if (negated(asked) && !negated(said)) factor *= POLARITY_MISMATCH_FACTOR;
  return factor;
}
