/** Small text helpers shared by the attribution modules: tokens with offsets, character classes. */

export interface Token {
  text: string;
  /** Lower case, possessive "'s" removed, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

// Initialisms ("U.S.", "J."), words with inner apostrophes/hyphens/dots, or any single other symbol.
// Each alternative consumes at least one character and never nests quantifiers: linear time.
const TOKEN = /(?:\p{Lu}\.){1,6}|[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = offset + match.index;
    tokens.push({ text: raw, lower: lowerWord(raw), start, end: start + raw.length });
  }
  return tokens;
}

export function lowerWord(word: string): string {
  // Most tokens are lower-case ASCII words or punctuation: kept as they are (toLowerCase copies them).
  if (isPlainLower(word)) return word;
  // Most other words hold no apostrophe: no replacing to do.
  if (!word.includes('’') && !word.includes("'")) return word.toLowerCase();
  return word.replace(/’/g, "'").replace(/'s$/i, '').toLowerCase();
}

/** ASCII without capitals or apostrophes: lowerWord would return it unchanged. */
function isPlainLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90) || c === 39) return false;
  }
  return true;
}

// These run for every token many times over; an ASCII first letter is answered without a regular expression.
export function isWord(token: Token | undefined): token is Token {
  if (token === undefined) return false;
  const c = token.text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(token.text);
}

export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const c = token.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(token.text);
}

export function isLowerWord(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const c = token.text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(token.text);
}

export function isPossessive(token: Token): boolean {
  // Asked of every token: only a word ending in s or a mark can be one.
  const last = token.text[token.text.length - 1];
  if (last !== 's' && last !== 'S' && last !== "'" && last !== '’') return false;
  return /['’]s$/i.test(token.text) || /s['’]$/.test(token.text);
}

/** Possessive at token i: "France's", or a plural "Farmers’" whose mark is a token of its own. */
export function possessiveAt(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (isPossessive(token)) return true;
  const next = tokens[i + 1];
  return next !== undefined && /^['’]$/.test(next.text) && next.start === token.end && /s$/i.test(token.text) &&
    isLetterAfter(tokens, i + 2);
}

function isLetterAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);
}

export function stripPossessive(text: string): string {
  return text.replace(/['’]s$/i, '');
}

/** Whitespace, or no character at all; `ch` is one character. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  // ASCII whitespace is tab to carriage return and space.
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/u.test(ch);
}

export const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Collapse whitespace and trim; keeps the words exactly as written. */
export function tidy(text: string): string {
  // Most text has single spaces only: nothing to collapse (the replacement would still copy it).
  return (WHITESPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Whitespace other than a space, or two spaces in a row. */
const WHITESPACE_TO_COLLAPSE = /[^\S ]| {2}/;

/** Stable lower-case hyphenated id from a display name. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'unknown';
}
