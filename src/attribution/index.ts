/**
 * Who said what, as an ordered pipeline of small rules ("sieves", after Muzny et al. 2017):
 *
 * 1. quotes/find.ts — quoted spans in every house style, nested and multi-paragraph quotes.
 * 2. entities.ts — name mentions by form, merged into entities with aliases and descriptions.
 * 3. quote sieves (sieves/quote-sieves.ts), most precise first: trailing `“…,” X said` / `said X`
 *    → leading `X said: “…”` → subject of a speech verb in the sentence (`X described Y as “…”`)
 *    → adjacent `“…” according to X` → `according to X` anywhere → a second quote in an attributed
 *    sentence → a quote-only paragraph continuing the conversation; a quote with a speech cue that
 *    no sieve attributes falls back to the nearest person, with low confidence; cue-less quotes
 *    (scare quotes, titles) are dropped.
 * 4. sieves/indirect.ts — reported speech: `X said (that) …`, `X told reporters …`, `…, X said`,
 *    `according to X`, coordinated and participle clauses, relays (`the agency said the minister pledged …`).
 * 5. resolve.ts — speaker phrase → entity: names and surnames, pronouns (current speaker, fresh
 *    subject, nearest compatible person), role nouns, "the company", unnamed sources.
 * 6. Split quotes around one attribution merge; speakers in order of first quote; the people
 *    mentioned but never quoted.
 */
import type { Article } from '../article/types.ts';
import { buildDoc, type DocModel } from './doc.ts';
import { buildRegistry, type Entity, type EntityRegistry } from './entities.ts';
import { toldOutlet, type SpeakerPhrase } from './phrases.ts';
import { speechVerb } from './lexicon.ts';
import { quoteContext, type QuoteContext } from './quotes/context.ts';
import { hasSpeechCue, isScareQuote, quoteKind } from './quotes/kind.ts';
import { Resolver } from './resolve.ts';
import { alternatingSpeaker, type Turn } from './sieves/dialogue.ts';
import { findIndirect, isStatementStub } from './sieves/indirect.ts';
import { Kinship } from './sieves/kinship.ts';
import { findPosts } from './sieves/posts.ts';
import { findReportedQuestions } from './sieves/questions.ts';
import { findTranscript, type TranscriptStatement } from './sieves/transcript.ts';
import { QUOTE_SIEVES, relayPhrase, type SieveHit } from './sieves/quote-sieves.ts';
import type { Attribution, Quote, QuoteKind, Speaker } from './types.ts';

export type { Attribution, Quote, Speaker } from './types.ts';

/** A statement before its speaker is resolved to an entity. */
interface Pending {
  paragraphs: number[];
  offset: number;
  quote: string;
  kind: QuoteKind;
  hit: SieveHit | null;
  phrase: SpeakerPhrase | null;
  via: SpeakerPhrase | null;
  /** Where a one-paragraph quotation ends (its closing mark), or where a reported clause holding quotes ends. */
  end?: number;
  /** A reported clause that holds quoted fragments (its verb's token): they are parts of it, not statements of their own. */
  holdsQuotes?: { verb: number; onlyWithFragments?: boolean; absorbed?: boolean };
}

const FALLBACK_CONFIDENCE = 0.3;

/** Find every quotation in the article and attribute it to a speaker. Never throws. */
export function attribute(article: Article): Attribution {
  try {
    return attributeOrThrow(article);
  } catch {
    // Attribution is best effort: a bug on odd input must not take the bot down with it.
    return { quotes: [], speakers: [], mentioned: [] };
  }
}

/** As attribute(), but lets a bug surface: for tests that must see one. */
export function attributeOrThrow(article: Article): Attribution {
  const doc = buildDoc(article);
  const registry = buildRegistry(doc);
  const { pending: quoted, usedVerbs } = quotedStatements(doc, registry);
  const reported = findIndirect(doc, registry, usedVerbs).map((c): Pending => ({
    paragraphs: [c.paragraph],
    offset: c.offset,
    quote: c.quote,
    kind: 'indirect',
    hit: { sieve: c.relayedBy ? 'relay' : c.act ? 'speech-act' : 'indirect', confidence: c.act ? 0.7 : 0.85, phrase: c.phrase },
    phrase: c.phrase,
    via: c.via,
    ...(c.holdsQuotes ? { end: c.holdsQuotes.to, holdsQuotes: { verb: c.holdsQuotes.verb, onlyWithFragments: c.holdsQuotes.onlyWithFragments } } : {}),
  }));
  // A reported clause that holds quoted fragments absorbs them: one statement, not the bare fragments.
  const standalone = withoutAbsorbedFragments(doc, quoted, reported);
  // A clause whose quoted words were all terms ("said Clinton's “judgment” was “clearly lacking”")
  // has no quotation to defer to: it stands as the statement.
  const quotedInside = (r: Pending) => quoted.some((q) => q.paragraphs[0] === r.paragraphs[0] && q.offset >= r.offset && q.offset < (r.end ?? r.offset));
  const holdsOnlyTerms = (r: Pending) => !quotedInside(r) && quotedSpansOf(doc, r).some((text) => !isTitleCased(text) && /^\p{Ll}/u.test(text));
  const holding = reported.filter((r) => !r.holdsQuotes?.onlyWithFragments || r.holdsQuotes.absorbed || holdsOnlyTerms(r));
  for (const r of holding) if (r.holdsQuotes?.onlyWithFragments && !r.holdsQuotes.absorbed) r.kind = 'partial';
  const asked = findReportedQuestions(doc, registry).map((q): Pending => ({
    paragraphs: [q.paragraph],
    offset: q.offset,
    quote: q.quote,
    kind: 'indirect',
    hit: { sieve: 'reported-question', confidence: 0.8, phrase: q.phrase },
    phrase: q.phrase,
    via: null,
  }));
  // Transcript turns, interview answers, posts and written statements own their paragraphs.
  const transcript = findTranscript(doc, registry, article.publisher);
  const posts = findPosts(doc, registry);
  const owned = new Set([...transcript.paragraphs, ...posts.paragraphs]);
  const free = (item: Pending) => !item.paragraphs.some((n) => owned.has(n));
  const written = [...transcript.statements, ...posts.statements.filter((s) => !s.paragraphs.some((n) => transcript.paragraphs.has(n)))];
  const all = [...standalone.filter(free), ...holding.filter(free), ...asked.filter(free), ...written.map(transcriptTurn)].sort((a, b) => a.paragraphs[0]! - b.paragraphs[0]! || a.offset - b.offset);
  const resolver = new Resolver(doc, registry);
  const scene: Scene = { doc, registry, kinship: new Kinship(doc, registry), author: article.author ?? null };
  const resolved = resolveAll(all, resolver, ownOutlets(article), scene);
  const quotes = mergeSplitQuotes(resolved).filter((r) => r.quote.kind !== 'indirect' || !isStatementStub(r.quote.quote));
  return {
    quotes: quotes.map((r) => r.quote),
    ...speakerLists(quotes, registry),
  };
}

/** A transcript turn, interview answer, post or written statement: a direct quote of its author. */
function transcriptTurn(t: TranscriptStatement): Pending {
  return {
    paragraphs: t.paragraphs,
    offset: t.offset,
    quote: t.quote,
    kind: 'direct',
    hit: { sieve: 'transcript', confidence: 0.9, phrase: t.phrase },
    phrase: t.phrase,
    via: null,
  };
}

function quotedStatements(doc: DocModel, registry: EntityRegistry): { pending: Pending[]; usedVerbs: Set<string> } {
  const pending: Pending[] = [];
  const usedVerbs = new Set<string>();
  let lastAccepted: SentenceRef | null = null;
  for (const span of doc.quotes) {
    const ctx = quoteContext(doc, span);
    if (!ctx || span.text.length === 0 || isScareQuote(ctx) || isTitleCased(span.text)) continue;
    const hit = runSieves(ctx, registry);
    if (!isStatement(ctx, hit, lastAccepted)) continue;
    if (isQuotedTerm(ctx, span.text, hit)) continue;
    lastAccepted = { paragraph: ctx.last.n, sentence: ctx.last.sentenceOf[ctx.suffix.from - 1] ?? -1 };
    if (hit?.verb) usedVerbs.add(`${hit.verb.paragraph}:${hit.verb.token}`);
    pending.push({
      paragraphs: span.parts.map((part) => part.paragraph),
      offset: span.parts[0]!.open,
      quote: span.text,
      kind: quoteKind(ctx),
      hit,
      phrase: hit?.phrase ?? null,
      via: relayFor(ctx, hit, doc, registry),
      ...(span.parts.length === 1 && span.parts[0]!.close !== null ? { end: span.parts[0]!.close + 1 } : {}),
    });
  }
  return { pending, usedVerbs };
}

/**
 * Partial quotes inside a reported clause that holds them ("says the mayor is “obsessed” with …") are
 * parts of that clause's statement; the clause takes their kind.
 */
function withoutAbsorbedFragments(doc: DocModel, quoted: Pending[], reported: Pending[]): Pending[] {
  const holders = reported.filter((r) => r.holdsQuotes);
  if (holders.length === 0) return quoted;
  return quoted.filter((q) => {
    // "He adds that Muslims have two choices: “You either leave or you fight.”": a quotation the
    // reported clause introduces with a colon ends that clause's statement.
    const afterColon = q.kind === 'direct' && /:\s*[“"‘'«]*\s*$/u.test(doc.byN.get(q.paragraphs[0]!)?.text.slice(Math.max(0, q.offset - 4), q.offset) ?? '');
    if (q.kind !== 'partial' && !afterColon || q.paragraphs.length !== 1 || q.end === undefined) return true;
    // "…, which touched on “…” according to the agency": a fragment with its own attribution stays
    // apart, unless the clause holding it is that same according-to's ("According to X, … “…”").
    const according = q.hit?.sieve.startsWith('according') ?? false;
    const holder = holders.find((h) => h.paragraphs[0] === q.paragraphs[0] && h.offset <= q.offset && q.end! <= h.end! + 1 &&
      (afterColon ? thatClauseRunsToColon(doc, h, q.offset) : according ? q.hit!.phrase?.offset === h.phrase?.offset : !q.hit?.verb || q.hit.verb.token === h.holdsQuotes!.verb || q.hit.phrase?.offset === h.phrase?.offset ||
        // "telling reporters that he thinks the exit is “a great thing”": the fragment hangs on a
        // pronoun inside the clause that holds it, the reporting subject again (a name there, as in
        // "… that Clinton called it “…”", is someone else).
        q.hit.phrase?.form === 'pronoun' && q.hit.phrase.offset >= h.offset && q.hit.phrase.offset < q.offset));
    if (!holder) return true;
    holder.kind = 'partial';
    holder.holdsQuotes!.absorbed = true;
    return false;
  });
}

/**
 * "adds that Muslims have two choices: “…”": the holder reports a that-clause straight after its
 * verb, and no other speech verb or relative clause stands between that clause and the colon before
 * the quotation (not "…, to which O'Malley interjected: “…”").
 */
function thatClauseRunsToColon(doc: DocModel, holder: Pending, quoteOffset: number): boolean {
  const p = doc.byN.get(holder.paragraphs[0]!);
  const verb = holder.holdsQuotes?.verb;
  if (!p || verb === undefined || p.tokens[verb + 1]?.lower !== 'that' || p.tokens[verb + 2]?.start !== holder.offset) return false;
  for (let k = verb + 2; k < p.tokens.length && p.tokens[k]!.start < quoteOffset; k++) {
    if (p.inQuote[k]) return false;
    if (p.tokens[k]!.text === ':') return true;
    if (speechVerb(p.tokens[k]!.lower) || p.tokens[k]!.lower === 'which') return false;
  }
  return false;
}

/** The texts of the quotations inside a reported clause's range. */
function quotedSpansOf(doc: DocModel, r: Pending): string[] {
  const end = r.end ?? r.offset;
  return doc.quotes
    .filter((q) => q.parts.length === 1 && q.parts[0]!.paragraph === r.paragraphs[0] && q.parts[0]!.open >= r.offset && q.parts[0]!.open < end)
    .map((q) => q.text);
}

const TITLE_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'vs']);

/** “Morning Politics Live”, “Gang of Nine”: a quoted title or name, not anyone's words. */
function isTitleCased(text: string): boolean {
  // "Perceptions 301", "Route 66": a number is part of a title too.
  const words = text.replace(/[.,!?;:…]+$/u, '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 2 || words.length > 8 || !words.some((w) => /\p{L}/u.test(w))) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_FUNCTION_WORDS.has(w.toLowerCase())));
}

interface SentenceRef {
  paragraph: number;
  sentence: number;
}

/**
 * Is this quoted span somebody's statement? Not when nothing around it is a speech cue (scare
 * quotes, titles); a cue-less quote counts only as a conversation turn (it opens its paragraph or
 * follows a quote) or as the second quote of a sentence whose first quote was a statement.
 */
function isStatement(ctx: QuoteContext, hit: SieveHit | null, lastAccepted: SentenceRef | null): boolean {
  if (!hit) return hasSpeechCue(ctx);
  if (hit.unattributed) return false;
  if (hit.sieve === 'continuation') return startsParagraphOrFollowsQuote(ctx);
  if (hit.sieve === 'sentence-continuation') {
    const sentence = ctx.first.sentenceOf[ctx.openToken] ?? -1;
    return lastAccepted?.paragraph === ctx.first.n && lastAccepted.sentence === sentence;
  }
  return true;
}

/** Quoted words this short are a term rather than a statement unless speech is reported around them. */
const MAX_TERM_WORDS = 2;

/**
 * “workplace”, “gun control”, “R”: a word or two in quotation marks inside a sentence, with no
 * speech verb near them and not introduced by one, marks a term (or a scare quote), not anybody's
 * statement. "said the room was “gutted”" keeps its cue and stays a statement.
 */
function isQuotedTerm(ctx: QuoteContext, text: string, hit: SieveHit | null): boolean {
  if (hit?.verb || quoteKind(ctx) !== 'partial') return false;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= MAX_TERM_WORDS && !hasSpeechCue(ctx);
}

/** "…, Lee said, according to Reuters" / "…,” she told BBC Sport": the outlet that relayed it. */
function relayFor(ctx: QuoteContext, hit: SieveHit | null, doc: DocModel, registry: EntityRegistry): SpeakerPhrase | null {
  if (!hit || hit.sieve.startsWith('according')) return null;
  const verbParagraph = hit.verb ? doc.byN.get(hit.verb.paragraph) : undefined;
  const told = hit.verb && verbParagraph ? toldOutlet(verbParagraph, registry, hit.verb.token) : null;
  return relayPhrase(ctx, registry) ?? told;
}

function runSieves(ctx: QuoteContext, registry: EntityRegistry): SieveHit | null {
  for (const sieve of QUOTE_SIEVES) {
    const hit = sieve(ctx, registry);
    if (hit) return hit;
  }
  return null;
}

/** A cue-less quote counts only as a conversation turn: it opens its paragraph or follows a quote. */
function startsParagraphOrFollowsQuote(ctx: QuoteContext): boolean {
  const { tokens, quoteRanges } = ctx.first;
  const open = tokens[ctx.openToken]?.start ?? 0;
  if (quoteRanges.some(([start]) => start < open)) return true;
  for (let i = 0; i < ctx.openToken; i++) if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) return false;
  return true;
}

interface Resolved {
  quote: Quote & { confidence: number };
  entity: Entity;
  sieve: string;
  offset: number;
  /** "paragraph:token" of the speech verb that introduced it, if any. */
  verb: string | null;
}

/**
 * The article's own outlet (its publisher, or the agency in a wire dateline "ASTANA, March 4
 * (Reuters) -") is where the story appears, not a relay: "told Reuters" there has no via.
 */
function ownOutlets(article: Article): Set<string> {
  const own = new Set<string>();
  if (article.publisher) own.add(article.publisher.toLowerCase());
  const dateline = /^[^.]{0,80}?\(([^)]{2,40})\)\s*[-–—]/u.exec(article.paragraphs[0]?.text ?? '');
  if (dateline?.[1]) own.add(dateline[1].toLowerCase());
  return own;
}

/** What resolution needs beyond the resolver: the article, for dialogue turns and kinship nouns. */
const UNNAMED_WRITER = 'the writer';

interface Scene {
  doc: DocModel;
  registry: EntityRegistry;
  kinship: Kinship;
  /** The byline's writer, if the article names one. */
  author: string | null;
}

function resolveAll(all: Pending[], resolver: Resolver, own: Set<string>, scene: Scene): Resolved[] {
  const out: Resolved[] = [];
  for (const item of all) {
    const at = { paragraph: item.paragraphs[0]!, offset: item.offset };
    let entity: Entity | null = null;
    let confidence = item.hit?.confidence ?? FALLBACK_CONFIDENCE;
    let sieve = item.hit?.sieve ?? 'fallback';
    // "I told the committee …", "I believe …" in the article's own sentences: the writer, named in
    // the byline; with no byline, "the writer" as an unnamed source, never a person the article names.
    if (item.phrase?.form === 'pronoun' && item.phrase.text === 'i') {
      entity = scene.author ? scene.registry.person(scene.author, at.paragraph) : scene.registry.source(UNNAMED_WRITER, at.paragraph);
    } else if (item.phrase) entity = scene.kinship.speaker(item.phrase, at) ?? resolver.resolve(item.phrase, at);
    if (!entity && item.hit?.turn) entity = alternatingSpeaker(out.map(asTurn), at.paragraph, item.quote, scene.doc, scene.registry);
    if (!entity && item.hit?.continuation) entity = previousSpeaker(out, at.paragraph);
    // "it said" with no organisation before it names no one; a person would be a wrong guess.
    if (!entity && item.phrase?.form === 'pronoun' && item.phrase.text === 'it') continue;
    // A name that speaks for no one ("Ohio said", a dateline's time zone) is not a cue for a guess.
    if (!entity && item.phrase?.form === 'name') continue;
    if (!entity && item.phrase?.form === 'pronoun') {
      // "she says" with no woman before it: a name of unknown kind just before is her; else no
      // guess of a person of the other gender.
      entity = resolver.personFromUnknownName(item.phrase.text, at);
      if (!entity && (item.phrase.text === 'he' || item.phrase.text === 'she')) {
        entity = resolver.antecedent(item.phrase.text, at, Number.MAX_SAFE_INTEGER);
        if (!entity) continue;
      }
    }
    if (!entity) {
      // A word or two in quotation marks that no rule ties to anyone ("the “undercard” debate", a
      // show's title) is a term, not a statement: the nearest person would be a guess.
      if (item.kind === 'partial' && item.quote.split(/\s+/).filter(Boolean).length <= MAX_TERM_WORDS) continue;
      entity = resolver.nearestPerson(at);
      confidence = FALLBACK_CONFIDENCE;
      sieve = 'fallback';
    }
    if (!entity) continue;
    // A narrated act ("Chen complained about the delay") does not make its subject the one talking.
    if (sieve !== 'speech-act') resolver.noteSpeaker(entity, at.paragraph, at.offset);
    const via = item.via ? viaName(item.via, resolver, at) : null;
    out.push({
      quote: {
        speaker: entity.name,
        quote: item.quote,
        kind: item.kind,
        paragraphs: item.paragraphs,
        via: via && via.toLowerCase() !== entity.name.toLowerCase() && !own.has(via.toLowerCase()) ? via : null,
        confidence,
      },
      entity,
      sieve,
      offset: item.offset,
      verb: item.hit?.verb ? `${item.hit.verb.paragraph}:${item.hit.verb.token}` : null,
    });
  }
  return out;
}

function asTurn(r: Resolved): Turn {
  return { entity: r.entity, paragraphs: r.quote.paragraphs, offset: r.offset, kind: r.quote.kind, quote: r.quote.quote };
}

/** The speaker of the last statement in this or the previous paragraph. */
function previousSpeaker(done: Resolved[], paragraph: number): Entity | null {
  const last = done.at(-1);
  if (!last) return null;
  const lastParagraph = last.quote.paragraphs.at(-1)!;
  return paragraph - lastParagraph <= 1 ? last.entity : null;
}

function viaName(phrase: SpeakerPhrase, resolver: Resolver, at: { paragraph: number; offset: number }): string | null {
  if (phrase.form === 'name') return phrase.mention?.entity.name ?? phrase.text;
  return resolver.resolve(phrase, at)?.name ?? null;
}

/** `“A,” he said. “B.”`: the cue-less second half joins the first as one statement. */
function mergeSplitQuotes(items: Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (const item of items) {
    // "“A,” said Jo Roe, who said she would stay. “B.”": a reported clause between the halves of one
    // quotation does not part them.
    const last = out.at(-1);
    const between = last !== undefined && last.quote.kind === 'indirect' && item.quote.kind !== 'indirect' && last.entity === item.entity &&
      last.quote.paragraphs[0] === item.quote.paragraphs[0] && out.length > 1;
    const previous = between ? out.at(-2) : last;
    const samePlace = previous !== undefined && previous.entity === item.entity &&
      previous.quote.paragraphs.at(-1) === item.quote.paragraphs[0] &&
      item.quote.kind !== 'indirect' && previous.quote.kind !== 'indirect';
    // “We are,” she said, “committed to this.”: both halves hang on one verb.
    const sharedVerb = samePlace && item.verb !== null && item.verb === previous.verb;
    if (previous && samePlace && (item.sieve === 'continuation' || sharedVerb)) {
      previous.quote.quote = `${previous.quote.quote} … ${item.quote.quote}`;
      previous.quote.paragraphs = [...new Set([...previous.quote.paragraphs, ...item.quote.paragraphs])];
      continue;
    }
    out.push(item);
  }
  return out;
}

function toSpeaker(entity: Entity): Speaker {
  const aliases = new Set(entity.aliases);
  // The surname is an alias even when the article never uses it alone, unless it already shortens
  // the name some other way ("Wang" for Wang Li: family name first).
  const usesOneWord = [...aliases].some((a) => !/\s/.test(a));
  if (entity.kind === 'person' && entity.nameTokens.length > 1 && !usesOneWord) aliases.add(entity.name.split(/\s+/).at(-1)!);
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind === 'unknown' ? 'organisation' : entity.kind,
    description: entity.description,
    aliases: [...aliases],
    firstParagraph: entity.firstParagraph,
  };
}

function speakerLists(quotes: Resolved[], registry: EntityRegistry): Pick<Attribution, 'speakers' | 'mentioned'> {
  const speakers: Entity[] = [];
  for (const r of quotes) if (!speakers.includes(r.entity)) speakers.push(r.entity);
  const mentioned = registry.entities.filter(
    (e) => !speakers.includes(e) && e.kind === 'person' && (e.nameTokens.length > 1 || e.titled),
  );
  return { speakers: speakers.map(toSpeaker), mentioned: mentioned.map(toSpeaker) };
}
