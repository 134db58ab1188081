/**
 * "His uncle says the arguing is part of the teaching. “If he just did what I told him …”": a
 * quoted sentence with no cue of its own, right after a sentence that reports someone's speech,
 * is that someone's.
 */
import { reportingVerbAt, subjectBefore } from '../phrases.ts';
import { wordsIn } from '../quotes/context.ts';
import { rangeHasCue } from '../quotes/kind.ts';
import type { QuoteSieve } from './quote-sieves.ts';

export const afterReportedSentence: QuoteSieve = (ctx, registry) => {
  const { prefix, suffix } = ctx;
  const p = prefix.paragraph;
  if (wordsIn(prefix) > 0 || rangeHasCue(suffix) || prefix.from === 0 || p.inQuote[prefix.from - 1]) return null;
  const previous = p.sentenceOf[prefix.from - 1];
  let start = prefix.from - 1;
  while (start > 0 && p.sentenceOf[start - 1] === previous) start--;
  // "“A,” he said. “B.”" is one statement split in two; only a sentence of pure report leads in.
  for (let i = start; i < prefix.from; i++) if (p.inQuote[i]) return null;
  for (let i = start; i < prefix.from; i++) {
    if (!reportingVerbAt(p, i)) continue;
    const phrase = subjectBefore(p, registry, i);
    if (phrase && phrase.tokenIndex >= start) {
      // No `verb`: the reported sentence keeps its own verb for the indirect statement it makes.
      return { sieve: 'after-reported', confidence: 0.7, phrase };
    }
  }
  return null;
};
