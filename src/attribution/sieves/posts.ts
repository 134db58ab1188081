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
/** "body — Name (@handle) 10:31 AM · Mar 12, 2025": the signature line of an embedded post. */
const POST_SIGNATURE = /^([\s\S]*?\S)\s+[—–-]\s*([^()@—–\n]{1,80}?)\s*\(@([A-Za-z0-9_.]{1,30})\)\s*([^()]{0,60})$/u;
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
    const post = POST_SIGNATURE.exec(p.text);
    if (!post || !isDateOrNothing(post[4]!)) continue;
    const name = post[2]!.trim();
    const nameAt = p.text.lastIndexOf(name, p.text.length - post[4]!.length);
    const token = p.tokens.findIndex((t) => t.start === nameAt);
    const mention = token >= 0 ? registry.mentionStartingAt(p.n, token) : undefined;
    const known = mention?.entity ?? registry.lookup(name);
    const phrase: SpeakerPhrase = known
      ? { form: 'name', text: known.name, paragraph: p.n, tokenIndex: Math.max(token, 0), offset: nameAt, ...(mention ? { mention } : {}) }
      : { form: 'organisation', text: name, paragraph: p.n, tokenIndex: Math.max(token, 0), offset: nameAt };
    out.statements.push({ paragraphs: [p.n], offset: 0, quote: unquote(post[1]!), phrase });
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
  const phrase = introducerPhrase(p, registry, last);
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

function isDateOrNothing(tail: string): boolean {
  const rest = tail.trim();
  return rest === '' || (/\d/.test(rest) && rest.split(/\s+/).length <= 10);
}

function unquote(text: string): string {
  const trimmed = text.trim();
  const match = /^["“‘«]([\s\S]*)["”’»]$/u.exec(trimmed);
  return match ? match[1]!.trim() : trimmed;
}
