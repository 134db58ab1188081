import type { Sentence } from './types.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Titles that always precede a name: a full stop after them never ends a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov',
  'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'messrs', 'fr', 'maj', 'brig', 'cpl', 'pvt',
  'amb', 'atty', 'det',
]);

/**
 * Abbreviations that can also end a sentence ("Apple Inc. The company…", "Martin Luther King Jr.
 * He…"): merged only when what follows does not look like a new sentence.
 */
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'fig', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'est',
  'approx', 'vs', 'etc', 'al', 'cf', 'ca', 'p', 'pp', 'sr', 'jr', 'plc', 'llc', 'intl', 'govt',
  'st', 'mt', 'ft', 'ave', 'rd', 'blvd',
  // US state abbreviations in AP style datelines ("HELENA, Mont. — …")
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Words that usually open a sentence; after "U.S." or "Inc." they signal a real sentence break. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet',
  'this', 'that', 'these', 'those', 'there', 'then', 'his', 'her', 'its', 'their', 'our', 'my',
  'your', 'in', 'on', 'at', 'for', 'with', 'after', 'before', 'when', 'while', 'if', 'as',
  'however', 'meanwhile', 'still', 'also', 'now', 'what', 'why', 'how', 'who', 'where', 'which',
  'some', 'many', 'most', 'all', 'one', 'not', 'both', 'each', 'such', 'although', 'though',
  'because', 'since', 'despite', 'last', 'earlier', 'later', 'today', 'yesterday', 'tomorrow',
  'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'thus',
  'therefore', 'otherwise', 'asked', 'according', 'officials', 'analysts', 'critics', 'experts',
  'no', 'never', 'even', 'only', 'just', 'here', 'over', 'under', 'during', 'until', 'by', 'from',
  'to', 'of', 'about', 'among', 'between', 'without', 'within', 'against', 'once', 'every',
  'another', 'other', 'others', 'several', 'few', 'more', 'less', 'much', 'any', 'again',
]);

/** "U.S.", "U.K.", "a.m.", "F." (an initial): single letters joined by dots. */
const INITIALISM = /(?:^|[\s(“"'‘])(?:[A-Za-z]\.){1,4}$/;
const TRAILING_WORD = /([A-Za-z]+)\.$/;
const FIRST_WORD = /^\s*([^\s]+)/;

/** What the next segment starts with decides whether an ambiguous full stop ended a sentence. */
function looksLikeSentenceStart(next: string): boolean {
  const word = FIRST_WORD.exec(next)?.[1];
  if (word === undefined) return true;
  if (/^[“"‘'(\[]/.test(word)) return true;
  if (/^[a-z0-9]/.test(word)) return false;
  const bare = word.replace(/[^A-Za-z'’-]/g, '').toLowerCase();
  return SENTENCE_STARTERS.has(bare);
}

/** Sentences longer than this are cut at a space: no real sentence is 1,000 characters long. */
export const MAX_SENTENCE_CHARS = 1000;
/** An abbreviation test needs only the end of the text before a break. */
const BREAK_CONTEXT_CHARS = 40;

/** Whether the segmenter's break after `previous` (before `next`) is false and should be undone. */
export function isFalseBreak(previous: string, next: string): boolean {
  const trimmed = previous.slice(-BREAK_CONTEXT_CHARS).trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const word = TRAILING_WORD.exec(trimmed)?.[1]?.toLowerCase();
  if (word !== undefined && TITLES.has(word)) return true;
  const ambiguous = INITIALISM.test(trimmed) || (word !== undefined && ABBREVIATIONS.has(word));
  return ambiguous && !looksLikeSentenceStart(next.slice(0, BREAK_CONTEXT_CHARS));
}

/**
 * Split a paragraph into sentences, merging Intl.Segmenter's false breaks after abbreviations.
 * Linear in the paragraph: a merged sentence is kept as offsets and cut out once, and a sentence
 * longer than MAX_SENTENCE_CHARS is cut at spaces into pieces no longer than that.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const spans: { start: number; end: number }[] = [];
  let pending: { start: number; end: number } | null = null;
  for (const { segment, index } of windowedSegments(paragraph)) {
    const start = index;
    const end = index + segment.length;
    if (pending && isFalseBreak(paragraph.slice(Math.max(pending.start, pending.end - BREAK_CONTEXT_CHARS), pending.end), segment)) {
      pending = { start: pending.start, end };
    } else {
      if (pending) spans.push(pending);
      pending = { start, end };
    }
  }
  if (pending) spans.push(pending);
  return spans
    .flatMap((span) => cutLong(paragraph, span))
    .map((s) => trimSentence(paragraph, s))
    .filter((s) => s.text.length > 0);
}

/**
 * Intl.Segmenter's sentence breaks, asked of windows of SEGMENT_WINDOW_CHARS at a time: V8's
 * iteration over one long string slows with its length (four times the text took ten times as
 * long), so each window's last sentence, which the window's edge may have cut, is carried into the
 * next window. A sentence longer than a whole window is split at the window's edge (cutLong splits
 * such sentences anyway).
 */
function* windowedSegments(text: string): Generator<{ segment: string; index: number }> {
  let offset = 0;
  while (offset < text.length) {
    const end = Math.min(text.length, offset + SEGMENT_WINDOW_CHARS);
    const found = [...segmenter.segment(text.slice(offset, end))];
    const keep = end < text.length && found.length > 1 ? found.length - 1 : found.length;
    for (let i = 0; i < keep; i++) yield { segment: found[i]!.segment, index: offset + found[i]!.index };
    offset = keep < found.length ? offset + found[keep]!.index : end;
  }
}

const SEGMENT_WINDOW_CHARS = 4000;

/** A span longer than MAX_SENTENCE_CHARS as pieces ending at the last space before the limit. */
function cutLong(paragraph: string, span: { start: number; end: number }): Sentence[] {
  const pieces: Sentence[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    const limit = start + MAX_SENTENCE_CHARS;
    const space = paragraph.lastIndexOf(' ', limit);
    const end = space > start + MAX_SENTENCE_CHARS / 2 ? space + 1 : limit;
    pieces.push({ text: paragraph.slice(start, end), start, end });
    start = end;
  }
  pieces.push({ text: paragraph.slice(start, span.end), start, end: span.end });
  return pieces;
}

function trimSentence(paragraph: string, s: Sentence): Sentence {
  const lead = s.text.length - s.text.trimStart().length;
  const trail = s.text.length - s.text.trimEnd().length;
  const start = s.start + lead;
  const end = s.end - trail;
  return { text: paragraph.slice(start, end), start, end: Math.max(start, end) };
}
