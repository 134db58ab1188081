import type { Sentence } from './types.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Words after which a full stop does not end a sentence. Intl.Segmenter splits "Mr. Smith" and
 * "the U.S. President" into two sentences; these are general English abbreviations, not names.
 */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt',
    'cmdr', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'messrs',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'no', 'nos', 'vol', 'fig', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'est',
    'approx', 'vs', 'etc', 'al', 'ie', 'eg', 'cf', 'ca', 'p', 'pp',
  ],
);

/** "U.S.", "U.K.", "a.m.": single letters joined by dots. */
const INITIALISM = /(?:^|[\s(“"'‘])(?:[A-Za-z]\.){1,4}$/;
const TRAILING_WORD = /([A-Za-z]+)\.$/;

function endsWithAbbreviation(text: string): boolean {
  const trimmed = text.trimEnd();
  if (INITIALISM.test(trimmed)) return true;
  const word = TRAILING_WORD.exec(trimmed)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}

/** Split a paragraph into sentences, merging Intl.Segmenter's false breaks after abbreviations. */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let pending: Sentence | null = null;
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const start = index;
    const end = index + segment.length;
    if (pending && endsWithAbbreviation(pending.text)) {
      pending = { text: paragraph.slice(pending.start, end), start: pending.start, end };
    } else {
      if (pending) sentences.push(pending);
      pending = { text: segment, start, end };
    }
  }
  if (pending) sentences.push(pending);
  return sentences
    .map((s) => trimSentence(paragraph, s))
    .filter((s) => s.text.length > 0);
}

function trimSentence(paragraph: string, s: Sentence): Sentence {
  const lead = s.text.length - s.text.trimStart().length;
  const trail = s.text.length - s.text.trimEnd().length;
  const start = s.start + lead;
  const end = s.end - trail;
  return { text: paragraph.slice(start, end), start, end: Math.max(start, end) };
}
