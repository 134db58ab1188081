/**
 * Embedded posts and written statements, which often carry no quotation marks:
 * - a post: "body — Display Name (@handle) date" (the cleaner folds a post card's name, handle,
 *   body and date lines into this one paragraph) is a direct quote of the account holder;
 * - "X issued this statement:", "X posted:", "In a text message, X wrote:" at the end of a
 *   paragraph: the next paragraph (quoted or not) is X's;
 * - "X posted: “…”" within one paragraph.
 */
import type { DocModel, ParagraphModel } from '../doc.ts';
import type { EntityRegistry } from '../entities.ts';
import { reportingVerbAt, subjectBefore, type SpeakerPhrase } from '../phrases.ts';
import type { QuoteSieve } from './quote-sieves.ts';
import type { Transcript } from './transcript.ts';

/** Verbs that put written words out: their subject is the author of what follows the colon. */
const PUBLISHING_VERBS = new Set([
  'posted', 'tweeted', 'retweeted', 'wrote', 'writes', 'texted', 'emailed', 'e-mailed', 'messaged', 'issued',
  'released', 'published', 'shared', 'responded', 'replied', 'posts', 'tweets', 'issues', 'releases',
]);
/** How far before the colon the verb may stand ("issued the following statement on Friday:"). */
const MAX_VERB_DISTANCE = 10;
/** An unquoted statement runs over at most this many paragraphs. */
const MAX_STATEMENT_PARAGRAPHS = 4;
/** "body — Name (@handle) 10:31 AM · Mar 12, 2025" / "body A post shared by Name (@handle)". */
const POST_SIGNATURE = /^([\s\S]*?\S)\s+(?:[—–-]|A post shared by)\s*([^()@—–\n]{1,80}?)\s*\(@([A-Za-z0-9_.]{1,30})\)\s*([^()]{0,60})$/iu;
/** "Name @handle body 9:31 AM · Mar 12, 2025": a post card, its lines joined by the cleaner. */
const POST_CARD = /^([^@\n]{1,80}?)\s+\(?@([A-Za-z0-9_.]{1,30})\)?(?:\s*[·•|]\s*[\p{L}\p{N}]+)?\s+([\s\S]+?)(\s+(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•|,-]?\s*)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}))?$/u;
const CARD_NAME_MAX_WORDS = 6;
const FIRST_PERSON = new Set(['i', 'we', 'our', 'us', 'my', 'me', 'ours']);

/** The verb at token i puts out written words or speech, and its subject is the speaker. */
function authorVerbAt(p: ParagraphModel, i: number): boolean {
  const t = p.tokens[i];
  if (!t || p.inQuote[i]) return false;
  return PUBLISHING_VERBS.has(t.lower) || reportingVerbAt(p, i) !== undefined;
}

/** The speaker of words introduced by a colon that ends at token `colon`. */
function introducerPhrase(p: ParagraphModel, registry: EntityRegistry, colon: number): SpeakerPhrase | null {
  const sentence = p.sentenceOf[colon];
  for (let j = colon - 1; j >= Math.max(0, colon - MAX_VERB_DISTANCE); j--) {
    if (p.sentenceOf[j] !== sentence || p.inQuote[j]) break;
    if (!authorVerbAt(p, j)) continue;
    const phrase = subjectBefore(p, registry, j);
    if (phrase) return phrase;
  }
  return null;
}

/** "Statement from Calder City Council:" / "The full statement by the club:": the named author. */
function statementFrom(p: ParagraphModel, registry: EntityRegistry, colon: number): SpeakerPhrase | null {
  for (let i = 0; i < colon - 1; i++) {
    if (!WRITTEN_NOUNS.has(p.tokens[i]!.lower) || !/^(?:from|by|of)$/.test(p.tokens[i + 1]!.lower)) continue;
    const at = p.tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
    const mention = registry.mentionStartingAt(p.n, at);
    if (mention && mention.last === colon - 1) {
      return { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: at, offset: mention.start, mention };
    }
  }
  return null;
}

/** `X posted: “…”` · `The club issued this statement: “…”`, within one paragraph. */
export const publishedStatement: QuoteSieve = (ctx, registry) => {
  const { prefix } = ctx;
  const p = prefix.paragraph;
  if (prefix.to <= prefix.from || p.tokens[prefix.to - 1]!.text !== ':') return null;
  const phrase = introducerPhrase(p, registry, prefix.to - 1);
  return phrase ? { sieve: 'published', confidence: 0.9, phrase } : null;
};

/** Posts and colon-introduced statements, with the paragraphs they take up. */
export function findPosts(doc: DocModel, registry: EntityRegistry): Transcript {
  const out: Transcript = { statements: [], paragraphs: new Set() };
  for (const p of doc.paragraphs) {
    const post = signedPost(p.text);
    if (!post) continue;
    const { name, nameAt } = post;
    const token = p.tokens.findIndex((t) => t.start === nameAt);
    const mention = token >= 0 ? registry.mentionStartingAt(p.n, token) : undefined;
    const known = mention?.entity ?? registry.lookup(name);
    const phrase: SpeakerPhrase = known
      ? { form: 'name', text: known.name, paragraph: p.n, tokenIndex: Math.max(token, 0), offset: nameAt, ...(mention ? { mention } : {}) }
      : { form: 'organisation', text: name, paragraph: p.n, tokenIndex: Math.max(token, 0), offset: nameAt };
    out.statements.push({ paragraphs: [p.n], offset: post.bodyAt, quote: unquote(post.body), phrase });
    out.paragraphs.add(p.n);
  }
  for (const p of doc.paragraphs) introducedStatement(doc, registry, p, out);
  for (const p of doc.paragraphs) inlineStatement(registry, p, out);
  return out;
}

/** Nouns for written words: "said in a statement:", "wrote in a letter:". */
const WRITTEN_NOUNS = new Set(['statement', 'post', 'message', 'letter', 'email', 'e-mail', 'tweet', 'note', 'memo', 'text']);

/**
 * "The family said in a statement: We are devastated …" — unquoted words after the colon, to the
 * end of the paragraph, are the author's when a publishing verb or a noun for written words
 * introduces them (a bare "said:" before unquoted words is left to reported speech).
 */
function inlineStatement(registry: EntityRegistry, p: ParagraphModel, out: Transcript): void {
  if (out.paragraphs.has(p.n) || p.quoteRanges.length > 0) return;
  const colon = p.tokens.findIndex((t) => t.text === ':');
  if (colon < 2 || colon >= p.tokens.length - 3) return;
  const lead = p.tokens.slice(0, colon);
  const written = lead.some((t) => PUBLISHING_VERBS.has(t.lower) || WRITTEN_NOUNS.has(t.lower));
  if (!written) return;
  const phrase = introducerPhrase(p, registry, colon);
  if (!phrase) return;
  const offset = p.tokens[colon + 1]!.start;
  out.statements.push({ paragraphs: [p.n], offset, quote: p.text.slice(offset).trim(), phrase });
  out.paragraphs.add(p.n);
}

/** "Calder City Council issued this statement:" then the statement in the next paragraph(s). */
function introducedStatement(doc: DocModel, registry: EntityRegistry, p: ParagraphModel, out: Transcript): void {
  const last = p.tokens.length - 1;
  if (last < 1 || p.tokens[last]!.text !== ':' || p.inQuote[last] || out.paragraphs.has(p.n)) return;
  const next = doc.byN.get(p.n + 1);
  if (!next || out.paragraphs.has(next.n)) return;
  const phrase = introducerPhrase(p, registry, last) ?? statementFrom(p, registry, last);
  if (!phrase) return;
  const quoted = doc.quotes.find((span) => span.parts[0]!.paragraph === next.n && next.text.slice(0, span.parts[0]!.open).trim() === '');
  if (quoted) {
    const paragraphs = quoted.parts.map((part) => part.paragraph);
    out.statements.push({ paragraphs, offset: quoted.parts[0]!.open, quote: quoted.text, phrase });
    for (const n of paragraphs) out.paragraphs.add(n);
    return;
  }
  if (next.quoteRanges.length > 0) return;
  const paragraphs = [next];
  for (let n = next.n + 1; paragraphs.length < MAX_STATEMENT_PARAGRAPHS; n++) {
    const more = doc.byN.get(n);
    if (!more || !continuesStatement(more)) break;
    paragraphs.push(more);
  }
  out.statements.push({ paragraphs: paragraphs.map((x) => x.n), offset: 0, quote: paragraphs.map((x) => x.text).join(' '), phrase });
  for (const x of paragraphs) out.paragraphs.add(x.n);
}

/** An unquoted statement goes on while its paragraphs speak in the first person and report no one. */
function continuesStatement(p: ParagraphModel): boolean {
  if (p.quoteRanges.length > 0 || p.text.trim().endsWith(':')) return false;
  if (p.tokens.some((_, i) => reportingVerbAt(p, i) !== undefined)) return false;
  return p.tokens.some((t) => FIRST_PERSON.has(t.lower));
}

/** The author and body of a post paragraph, in either folded form, or null. */
function signedPost(text: string): { name: string; nameAt: number; body: string; bodyAt: number } | null {
  // Both forms carry an @handle: a paragraph without "@" is spared the two expressions.
  if (!text.includes('@')) return null;
  const signed = POST_SIGNATURE.exec(text);
  if (signed && isDateOrNothing(signed[4]!)) {
    const name = signed[2]!.trim();
    return { name, nameAt: text.lastIndexOf(name, text.length - signed[4]!.length), body: signed[1]!, bodyAt: 0 };
  }
  const card = POST_CARD.exec(text);
  if (card && isDisplayName(card[1]!)) {
    const name = card[1]!.replace(/[()]/g, '').trim();
    const body = withoutTrailingDate(card[3]!);
    return { name, nameAt: 0, body, bodyAt: text.indexOf(body) };
  }
  return null;
}

/** "Dana Whitlock", "Calder City Council", "The Harbour Trust": capitalised words, few of them. */
function isDisplayName(text: string): boolean {
  // Badges and emoji after a display name ("Dana Whitlock ✓") are no words of it.
  const words = text.replace(/[()]/g, '').trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.length <= CARD_NAME_MAX_WORDS && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|for|de|van|von|la|le|&)$/.test(w));
}

const DATE_WORD = /^(?:\d[\d:.,]*|[ap]\.?m\.?|at|on|[·•|,-]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?$/i;

/** "Nobody crosses. March 12, 2025 at 9:31 AM" → "Nobody crosses.": a card's date line, whatever its form. */
function withoutTrailingDate(body: string): string {
  const words = body.split(/\s+/);
  let cut = words.length;
  while (cut > 1 && DATE_WORD.test(words[cut - 1]!)) cut--;
  const tail = words.slice(cut);
  return tail.some((w) => /\d/.test(w)) && tail.length >= 2 ? words.slice(0, cut).join(' ') : body;
}

function isDateOrNothing(tail: string): boolean {
  const rest = tail.trim();
  return rest === '' || (/\d/.test(rest) && rest.split(/\s+/).length <= 10);
}

function unquote(text: string): string {
  const trimmed = text.trim();
  const match = /^["“‘«]([\s\S]*)["”’»]$/u.exec(trimmed);
  return match ? match[1]!.trim() : trimmed;
}
