/**
 * Text normalisation shared by indexing, querying and verbatim matching. Every house style's
 * quotation marks, apostrophes and dashes are folded to one form so that “…”, "…", ‘…’ and '…'
 * compare equal.
 */

const DOUBLE_QUOTES = /[“”„‟«»〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const DASHES = /[‐‑‒–—―−]/g;
/** Anything NFKC or the folds above could change: every non-ASCII character, and the backtick. */
const NEEDS_FOLDING = /[^\x00-\x5f\x61-\x7f]/;
/** Any whitespace but a single space. */
const WHITESPACE_TO_COLLAPSE = /[^\S ]| {2}/;

/** Fold quote marks, apostrophes and dashes to ASCII; collapse whitespace. Case is kept. */
export function foldPunctuation(text: string): string {
  // Both guards skip work that would change nothing; this runs on every word of every article
  // and question, so the common plain-ASCII, single-spaced text takes the short way.
  const folded = NEEDS_FOLDING.test(text)
    ? text.normalize('NFKC').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-')
    : text;
  return (WHITESPACE_TO_COLLAPSE.test(folded) ? folded.replace(/\s+/g, ' ') : folded).trim();
}

/**
 * The form used for verbatim comparison: folded punctuation, lower case, and only letters, digits
 * and single spaces, so "Quite robust," matches "quite robust".
 */
export function verbatimForm(text: string): string {
  return foldPunctuation(text)
    .toLowerCase()
    .replace(/'s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|\u0001\d+\u0001/gu;

/**
 * Split text into word tokens. Hyphenated compounds split into their parts; a possessive "'s" is
 * dropped ("China's" → "China"); contractions stay whole ("don't"). Alias placeholders (see
 * aliases.ts) survive as single tokens.
 */
export function words(text: string): string[] {
  const folded = foldPunctuation(text);
  const out: string[] = [];
  for (const match of folded.matchAll(WORD)) {
    const token = match[0].replace(/'s$/i, '');
    if (token.length > 0) out.push(token);
  }
  return out;
}
