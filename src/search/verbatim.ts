import { REPORTING_VERBS } from './stopwords.ts';
import { foldPunctuation, verbatimForm } from './text.ts';

/** Words that frame a question before the quoted words begin ("who said that …"). */
const FRAME_WORDS = new Set([
  'who', 'whom', 'which', 'what', 'person', 'people', 'official', 'analyst', 'expert', 'speaker',
  'did', 'does', 'do', 'has', 'have', 'had', 'was', 'is', 'ever', 'once', 'first', 'publicly',
  'that', 'it', 'this', ...REPORTING_VERBS,
]);
/** Fewer words than this, unless the asker put them in quotation marks, are too common to mean anything. */
const MIN_FRAGMENT_WORDS = 3;
const MIN_QUOTED_FRAGMENT_WORDS = 2;

/** Text inside quotation marks in the question (any house style). */
function quotedParts(query: string): string[] {
  const folded = foldPunctuation(query);
  const parts: string[] = [];
  for (const m of folded.matchAll(/"([^"]+)"/g)) parts.push(m[1]!);
  for (const m of folded.matchAll(/(?<![\p{L}\p{N}])'([^']+?)'(?![\p{L}\p{N}])/gu)) parts.push(m[1]!);
  return parts;
}

/** The question without its leading frame: "who said that the ties are robust" → "the ties are robust". */
export function withoutFrame(query: string): string {
  const tokens = verbatimForm(query).split(' ');
  let i = 0;
  while (i < tokens.length - 1 && FRAME_WORDS.has(tokens[i]!)) i += 1;
  return tokens.slice(i).join(' ');
}

/** Candidate verbatim fragments of a question, in verbatim form: quoted parts first, then the unframed question. */
export function verbatimFragments(query: string): string[] {
  const quoted = quotedParts(query)
    .map(verbatimForm)
    .filter((f) => f.split(' ').length >= MIN_QUOTED_FRAGMENT_WORDS);
  const unframed = withoutFrame(query);
  const candidates = unframed.split(' ').length >= MIN_FRAGMENT_WORDS ? [...quoted, unframed] : quoted;
  return [...new Set(candidates)];
}

/** Whether a fragment occurs, on word boundaries, in a padded verbatim form (" … "). */
export function containsFragment(paddedForm: string, fragment: string): boolean {
  return paddedForm.includes(` ${fragment} `);
}
