/**
 * Find quoted spans in paragraphs: curly “…”, straight "…", single ‘…’ and '…', guillemets «…».
 * Apostrophes (don't, France's, the '90s, students') are not quote marks. A quote nested inside
 * another stays part of the outer one. An opening mark with no closing mark continues into the
 * next paragraph when that paragraph opens with a mark: one quote across paragraphs.
 */
import { isLetterOrDigit, isSpace } from '../text.ts';

export type QuoteFamily = 'double' | 'single';

/** The piece of a quote inside one paragraph. Offsets index that paragraph's text. */
export interface QuotePart {
  paragraph: number;
  /** Index of the opening mark, or -1 when the part has none (should not happen in practice). */
  open: number;
  /** Content start and end (exclusive), without marks. */
  start: number;
  end: number;
  /** Index of the closing mark, or null when the quote runs on past this paragraph's end. */
  close: number | null;
}

export interface QuoteSpan {
  family: QuoteFamily;
  parts: QuotePart[];
  /** The words without the outer marks; paragraphs joined by a space. */
  text: string;
}

export interface ParagraphText {
  n: number;
  text: string;
}

const OPENING_MARKS = new Set(['“', '«', '„', '"', '‘', "'"]);
const OPENING_PUNCTUATION = new Set(['(', '[', '{', '—', '–', '-', '/', '“', '"', '‘', "'", '«', ':', ',', ';']);
const CLOSING_FOLLOWERS = /[\s.,;:!?)\]}—–\-…“”"‘’'»]/u;
const ELISIONS = /^(?:em|til|tis|twas|cause|n|bout|round|cos|ere)\b/i;

function precededByBoundary(text: string, i: number): boolean {
  const prev = text[i - 1];
  return prev === undefined || isSpace(prev) || OPENING_PUNCTUATION.has(prev);
}

function followedByBoundary(text: string, i: number): boolean {
  const next = text[i + 1];
  return next === undefined || CLOSING_FOLLOWERS.test(next);
}

/** Is the character at i an opening quotation mark? Returns its family. */
export function openerAt(text: string, i: number): QuoteFamily | null {
  const ch = text[i];
  // Asked of every character: one that is no opening mark is answered before the next is looked at.
  if (ch === undefined || !OPENING_MARKS.has(ch)) return null;
  const next = text[i + 1];
  if (next === undefined) return null;
  // "said. “ You know, …": a curly or angled opening mark points one way; a stray space after it
  // does not make it a closing one, when a word follows.
  if (isSpace(next)) {
    const directional = ch === '“' || ch === '«' || ch === '„';
    return directional && precededByBoundary(text, i) && isLetterOrDigit(text[i + 2] ?? '') ? 'double' : null;
  }
  if (ch === '“' || ch === '«' || ch === '„') return 'double';
  if (ch === '"') return precededByBoundary(text, i) ? 'double' : null;
  if (ch === '‘' || ch === "'") {
    if (!precededByBoundary(text, i)) return null;
    const rest = text.slice(i + 1, i + 8);
    if (/^\d{2}s\b/.test(rest) || ELISIONS.test(rest)) return null;
    return isLetterOrDigit(next) || /[“"…(\[]/u.test(next) ? 'single' : null;
  }
  return null;
}

function isDoubleCloserAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '”' || ch === '»' || ch === '“') return ch !== '“' || followedByBoundary(text, i);
  if (ch === '"') return !isSpace(text[i - 1]) || followedByBoundary(text, i);
  return false;
}

function isSingleCloserAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '’' && ch !== "'") return false;
  if (isSpace(text[i - 1])) return false;
  return followedByBoundary(text, i);
}

/** "students’ views": a mark after s followed by a lower-case word reads as a plural possessive. */
function looksPossessive(text: string, i: number): boolean {
  return /s/i.test(text[i - 1] ?? '') && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3));
}

/**
 * Hostile text (thousands of unclosed marks) would make repeated closer scans quadratic; each
 * paragraph gets a bounded number of character visits, after which no further quotes open.
 */
export interface ScanBudget {
  left: number;
}

const SCAN_BUDGET_PER_CHAR = 16;

/** Index of the mark that closes a quote opened before `from`, or -1. Linear scan. */
export function findCloser(text: string, from: number, family: QuoteFamily, budget?: ScanBudget): number {
  let depth = 0;
  let possessiveFallback = -1;
  for (let i = from; i < text.length; i++) {
    if (budget && budget.left-- <= 0) return -1;
    const ch = text[i];
    if (family === 'double') {
      if (ch === '“' && openerAt(text, i) === 'double' && !followedByBoundary(text, i)) {
        depth++;
        continue;
      }
      if (isDoubleCloserAt(text, i)) {
        if (depth === 0) return i;
        depth--;
      }
      continue;
    }
    if (ch === '‘' && openerAt(text, i) === 'single') {
      depth++;
      continue;
    }
    if (!isSingleCloserAt(text, i)) continue;
    if (depth > 0) {
      depth--;
      continue;
    }
    if (looksPossessive(text, i)) {
      if (possessiveFallback < 0) possessiveFallback = i;
      continue;
    }
    return i;
  }
  return possessiveFallback;
}

function startsWithOpener(text: string, family: QuoteFamily): number {
  const lead = text.length - text.trimStart().length;
  return openerAt(text, lead) === family ? lead : -1;
}

/**
 * Every quoted span in the paragraphs, in order. Runs in time linear in the text for ordinary
 * input; each paragraph's characters are visited a bounded number of times.
 */
export function findQuotes(paragraphs: readonly ParagraphText[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let resumeAt = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const text = para.text;
    let i = resumeAt;
    resumeAt = 0;
    const budget: ScanBudget = { left: SCAN_BUDGET_PER_CHAR * (text.length + 64) };
    while (i < text.length) {
      const family = openerAt(text, i);
      if (!family) {
        i++;
        continue;
      }
      const close = findCloser(text, i + 1, family, budget);
      if (close >= 0) {
        spans.push(makeSpan(family, [{ paragraph: para.n, open: i, start: i + 1, end: close, close }], paragraphs, p));
        i = close + 1;
        continue;
      }
      const run = continueAcrossParagraphs(paragraphs, p, i, family, budget);
      if (!run) {
        i++;
        continue;
      }
      spans.push(makeSpan(family, run.parts, paragraphs, p));
      if (run.lastParagraphIndex > p) {
        p = run.lastParagraphIndex - 1;
        resumeAt = run.resumeAt;
      }
      break;
    }
  }
  return spans;
}

interface Run {
  parts: QuotePart[];
  lastParagraphIndex: number;
  resumeAt: number;
}

/**
 * An unclosed quote: follow it into next paragraphs that open with the same kind of mark. A single
 * mark that is never closed and never continued is more likely an apostrophe: no quote then.
 */
function continueAcrossParagraphs(
  paragraphs: readonly ParagraphText[],
  p: number,
  open: number,
  family: QuoteFamily,
  budget: ScanBudget,
): Run | null {
  const first = paragraphs[p]!;
  const parts: QuotePart[] = [{ paragraph: first.n, open, start: open + 1, end: first.text.trimEnd().length, close: null }];
  let q = p + 1;
  while (q < paragraphs.length) {
    const next = paragraphs[q]!;
    const lead = startsWithOpener(next.text, family);
    if (lead < 0) break;
    const close = findCloser(next.text, lead + 1, family, budget);
    if (close >= 0) {
      parts.push({ paragraph: next.n, open: lead, start: lead + 1, end: close, close });
      return { parts, lastParagraphIndex: q, resumeAt: close + 1 };
    }
    parts.push({ paragraph: next.n, open: lead, start: lead + 1, end: next.text.trimEnd().length, close: null });
    q++;
  }
  if (parts.length === 1 && family === 'single') return null;
  // Never closed: the quote ends with the last paragraph that continued it.
  return { parts, lastParagraphIndex: q, resumeAt: 0 };
}

/** Parts come from consecutive paragraphs starting at index `first`. */
function makeSpan(family: QuoteFamily, parts: QuotePart[], paragraphs: readonly ParagraphText[], first: number): QuoteSpan {
  const text = parts
    .map((part, k) => (paragraphs[first + k]?.text ?? '').slice(part.start, part.end).trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/[,;:]$/, '')
    .trim();
  return { family, parts, text };
}
