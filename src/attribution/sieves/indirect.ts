/**
 * Reported speech without quotation marks: `X said (that) …`, `X told reporters …`, `X noted/
 * argued/warned that …`, `…, the minister said.`, `according to X, …` / `…, according to X`, and
 * the relay `the agency said the minister pledged …` (speaker: the minister, via the agency).
 */
import type { DocModel, ParagraphModel } from '../doc.ts';
import { sourceHead, type EntityRegistry } from '../entities.ts';
import { AUXILIARIES, NAME_TITLES, ORG_HEADS, OUTLET_NOUNS, SOURCE_NOUNS, speechVerb, VERB_MODIFIERS, type SpeechVerb } from '../lexicon.ts';
import { ownTable } from '../../lexicon/own-table.ts';
import { accordingToPhrase, findAccordingTo, isDash, newAttributionAt, phraseEnd, phraseEndingAt, reportingVerbAt as verbAt, subjectAfter, toldOutlet, subjectBefore, type SpeakerPhrase } from '../phrases.ts';
import { isCapitalised, isLowerWord, isWord, tidy, type Token } from '../text.ts';
import { nameKnowledge } from '../names.ts';
import { isPersonNoun } from '../../lexicon/person-nouns.ts';

export interface IndirectCandidate {
  paragraph: number;
  offset: number;
  phrase: SpeakerPhrase;
  quote: string;
  via: SpeakerPhrase | null;
  /** "X said Y pledged…": X relayed Y's words. */
  relayedBy: SpeakerPhrase | null;
  /** "announced a summit", "blamed the weather": an act of speech narrated, its object what was said. */
  act?: boolean;
  /**
   * "X says the plan is “ripe for abuse” and lacks support": the clause holds quoted words, and is
   * the statement; the quoted fragments inside it (character range in the paragraph) are its parts.
   */
  holdsQuotes?: { from: number; to: number; verb: number; onlyWithFragments?: boolean };
}

const THAT_WINDOW = 8;
const AUX_WINDOW = 10;
const MIN_CLAUSE_WORDS = 3;
/** Unquoted words a clause needs around its quoted fragments to be more than the fragments. */
const MIN_HOLDING_CLAUSE_WORDS = 2;
const TELL_OBJECT_NOUNS = new Set([
  'conference', 'briefing', 'interview', 'meeting', 'newspaper', 'paper', 'agency', 'broadcaster',
  'channel', 'station', 'website', 'committee', 'court', 'audience', 'crowd', 'parliament', 'reporters',
  'journalists', 'press', 'lawmakers', 'mps', 'senators', 'investors', 'analysts', 'supporters', 'media',
  'panel', 'subcommittee', 'hearing', 'forum', 'rally', 'gathering', 'delegation', 'caucus',
]);

interface Sentence {
  p: ParagraphModel;
  from: number;
  to: number;
}

function sentencesOf(p: ParagraphModel): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 1; i <= p.tokens.length; i++) {
    if (i === p.tokens.length || p.sentenceOf[i] !== p.sentenceOf[from]) {
      out.push({ p, from, to: i });
      from = i;
    }
  }
  return out;
}

function reportingVerbAt(s: Sentence, i: number): SpeechVerb | undefined {
  return verbAt(s.p, i);
}

const MAX_TITLE_WORDS = 5;
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'at']);

/** The last token of a quoted title starting at k ("“Morning Joe”", "“Meet the Press”"), or -1 for quoted words. */
function quotedTitleEnd(p: ParagraphModel, k: number): number {
  let words = 0;
  let end = k;
  for (; end < p.tokens.length && p.inQuote[end]; end++) {
    const t = p.tokens[end]!;
    if (!isWord(t)) continue;
    if (!isCapitalised(t) && !(words > 0 && TITLE_SMALL_WORDS.has(t.lower))) return -1;
    if (++words > MAX_TITLE_WORDS) return -1;
  }
  return words > 0 ? end - 1 : -1;
}

/** A dash earlier in k's sentence (past a dateline's): a dash at k may close that aside rather than open one. */
function dashBefore(p: ParagraphModel, k: number): boolean {
  for (let i = k - 1; i >= 0 && p.sentenceOf[i] === p.sentenceOf[k]; i--) {
    if (isDash(p, i) && !(i <= 4 && p.tokens.slice(0, i).every((t) => !/\p{Ll}/u.test(t.text)))) return true;
  }
  return false;
}

/** "… on MSNBC’s “Morning Joe.”": a quoted title and nothing but punctuation after it to the sentence's end. */
function titleClosesSentence(p: ParagraphModel, k: number, to: number): boolean {
  let start = k;
  while (start < to && !p.inQuote[start] && /^[“"‘']$/.test(p.tokens[start]!.text)) start++;
  if (start >= to || !p.inQuote[start]) return false;
  let end = quotedTitleEnd(p, start);
  if (end < 0) return false;
  while (end + 1 < to && !isWord(p.tokens[end + 1])) end++;
  return end + 1 >= to;
}

const MAX_TITLE_TOKENS = 4;

/**
 * "Former Rep. Chris Shays was pro John Kasich …, he said": a person the article introduces at the
 * start of the very statement a closing he or she attributes is the one speaking of themselves.
 */
function introducedAtClauseStart(s: Sentence, registry: EntityRegistry, pronoun: SpeakerPhrase): SpeakerPhrase | null {
  if (pronoun.text !== 'he' && pronoun.text !== 'she') return null;
  const { p } = s;
  for (let k = s.from; k < Math.min(s.to, s.from + MAX_TITLE_TOKENS); k++) {
    const mention = registry.mentionStartingAt(p.n, k);
    if (!mention) continue;
    const { entity } = mention;
    const first = registry.mentions.find((m) => m.entity === entity);
    const agrees = !entity.gender || entity.gender === (pronoun.text === 'he' ? 'male' : 'female');
    if (entity.kind !== 'person' || first !== mention || !agrees || mention.from >= pronoun.tokenIndex) return null;
    return { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: mention.from, offset: mention.start, mention };
  }
  return null;
}

/** Words opening a clause of when something was said: "… as he labored", "… while she waited". */
const WHEN_OPENERS = new Set(['as', 'while', 'when']);

/** Skip the listener of "told": "told reporters", "told the BBC", "told a news conference". */
function skipTellObject(s: Sentence, registry: EntityRegistry, c: number): number {
  const { tokens } = s.p;
  const t = tokens[c];
  if (!t) return c;
  if (['me', 'him', 'her', 'us', 'them', 'you'].includes(t.lower)) return c + 1;
  // "told the Financial Times the plant …": the outlet's article belongs to its name.
  const mention = registry.mentionStartingAt(s.p.n, c) ?? (t.lower === 'the' ? registry.mentionStartingAt(s.p.n, c + 1) : undefined);
  if (mention) return mention.last + 1;
  for (let k = c; k < Math.min(s.to, c + 5); k++) {
    if (TELL_OBJECT_NOUNS.has(tokens[k]!.lower)) return afterPlaceAdjunct(s.p, k + 1, s.to);
  }
  // "telling his aides he planned …", "told the employees the plant …": the people told, then the clause.
  for (let k = c; k < Math.min(s.to - 1, c + 4) && isLowerWord(tokens[k]) && !s.p.inQuote[k]; k++) {
    const noun = tokens[k]!.lower;
    if ((isPersonNoun(noun) || SOURCE_NOUNS.has(noun)) && opensSubject(tokens[k + 1]) && isLowerWord(tokens[k + 1]) && !isPersonNoun(tokens[k + 1]!.lower)) return k + 1;
    // "…, Obama told his closest advisers as he labored …": the people told, then when it was said.
    if ((isPersonNoun(noun) || SOURCE_NOUNS.has(noun)) && WHEN_OPENERS.has(tokens[k + 1]?.lower ?? '') && !s.p.inQuote[k + 1]) return k + 1;
  }
  return c;
}

function thatWithin(s: Sentence, c: number): number {
  const { tokens, inQuote } = s.p;
  // "said the areas of the network that were hacked suggested …": right after a verb that takes no
  // listener, a noun phrase opens the reported clause and a "that" after it is relative.
  const verbBefore = speechVerb(tokens[c - 1]?.lower ?? '');
  const subjectFirst = verbBefore !== undefined && !LISTENER_VERBS.has(verbBefore.lemma) && CLAUSE_SUBJECT_DETERMINERS.has(tokens[c]?.lower ?? '');
  for (let k = c; k < Math.min(s.to, c + THAT_WINDOW); k++) {
    // "told POLITICO, however, that …": an adverb set off by commas before the "that".
    if (asideThenThat(s.p, k)) return k + 3;
    // "stating on NBC's “Meet the Press” that …": a quoted title is part of the adjunct.
    if (inQuote[k] && k > c && quotedTitleEnd(s.p, k) >= 0) {
      k = quotedTitleEnd(s.p, k);
      while (k + 1 < s.to && !isWord(tokens[k + 1]) && tokens[k + 1]!.text !== ',') k++;
      continue;
    }
    if (inQuote[k] || tokens[k]!.text === ',' && k > c) return -1;
    // "says the plan will fail and adds that …": the "that" of a second verb.
    if (k > c && ['and', 'but'].includes(tokens[k]!.lower) && speechVerb(tokens[k + 1]?.lower ?? '') && !speechVerb(tokens[k + 1]!.lower)!.participle) return -1;
    // "said the budget would pass and that …": a second reported clause, not the first one's "that".
    // "… to accomplish that.": a "that" ending the clause is a pronoun, not the complementiser.
    // ("said that “…”": a quotation opening after it is the clause, not the end of one.)
    if (tokens[k]!.lower === 'that' && (k + 1 >= s.to || !isWord(tokens[k + 1]) && !inQuote[k + 1] && !/^[“"‘]$/.test(tokens[k + 1]!.text))) return -1;
    // "saying using that word would …": a "that" right after a gerund opening the clause is its object's determiner.
    if (tokens[k]!.lower === 'that' && k === c + 1 && /^\p{Ll}+ing$/u.test(tokens[c]!.text)) return -1;
    if (tokens[k]!.lower === 'that') {
      // "repeated a false claim that …": the content of a noun for something said is the statement.
      const relative = subjectFirst && k > c && !CONTENT_NOUNS.has(tokens[k - 1]!.lower);
      return ['and', 'but', 'or'].includes(tokens[k - 1]?.lower ?? '') && k > c || relative ? -1 : k;
    }
    // "said the warning was indicative that …", "says she wants an economy that works …": a clause
    // has begun (a subject pronoun, a finite auxiliary), and a later "that" is inside it.
    if (CLAUSE_OPENED_BY.has(tokens[k]!.text)) return -1; // as written: "in May that …" is a month
  }
  return -1;
}

const ASIDE_ADVERBS = new Set(['however', 'though', 'too', 'also', 'instead', 'moreover', 'meanwhile', 'nonetheless', 'nevertheless', 'again']);

/** ", however, that …" at token k. */
function asideThenThat(p: ParagraphModel, k: number): boolean {
  return p.tokens[k]?.text === ',' && !p.inQuote[k] && ASIDE_ADVERBS.has(p.tokens[k + 1]?.lower ?? '') && p.tokens[k + 2]?.text === ',' &&
    p.tokens[k + 3]?.lower === 'that' && isWord(p.tokens[k + 4]);
}

/** Verbs whose object is the one told ("warned the council that …"), before their "that". */
const LISTENER_VERBS = new Set(['tell', 'warn', 'remind', 'assure', 'inform', 'notify', 'convince', 'persuade', 'promise', 'advise', 'caution', 'ask', 'show', 'teach', 'reassure', 'urge', 'brief']);
const CLAUSE_SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'most']);
/** Nouns whose "that" introduces what was said or thought ("the claim that …", "the notion that …"). */
const CONTENT_NOUNS = new Set([
  'claim', 'claims', 'notion', 'idea', 'suggestion', 'assertion', 'allegation', 'allegations', 'argument', 'belief', 'view',
  'charge', 'charges', 'accusation', 'report', 'reports', 'rumor', 'rumour', 'rumors', 'rumours', 'warning', 'promise', 'pledge',
  'message', 'statement', 'theory', 'fear', 'fears', 'hope', 'hopes', 'news', 'word', 'point', 'case', 'impression', 'sense', 'broadside',
  'call', 'request', 'demand', 'line', 'assurance', 'refrain', 'insistence', 'contention', 'concern', 'concerns', 'complaint', 'admission',
]);

const CLAUSE_OPENED_BY = new Set([
  'he', 'she', 'they', 'it', 'we', 'I', 'you', 'there', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did',
]);

function hasAuxiliary(s: Sentence, c: number, e: number): boolean {
  for (let k = c; k < Math.min(e, c + AUX_WINDOW); k++) if (AUXILIARIES.has(s.p.tokens[k]!.lower)) return true;
  return false;
}

/** Words that open a clause's subject: "reported [the planes] filled …", "claims [his] plan …". */
const SUBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'most',
  'all', 'no', 'few', 'several', 'every', 'each', 'both', 'nearly', 'almost', 'more', 'fewer', 'only',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'police', 'officials', 'people',
]);
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'police', 'officials', 'people']);
/** Past forms that do not end in -ed, common as a reported clause's verb. */
const IRREGULAR_PAST = new Set([
  'went', 'made', 'took', 'came', 'saw', 'knew', 'got', 'gave', 'found', 'became', 'left', 'felt', 'put', 'brought',
  'began', 'kept', 'held', 'stood', 'heard', 'meant', 'met', 'ran', 'paid', 'led', 'grew', 'lost', 'fell', 'sent',
  'built', 'drew', 'broke', 'spent', 'rose', 'drove', 'bought', 'won', 'chose', 'struck', 'sold', 'shot', 'hit',
  'sank', 'flew', 'fled', 'threw', 'caught', 'fought', 'sought', 'stole', 'tore', 'froze', 'hid', 'fed', 'slid', 'swam',
  'cost', 'cut', 'shut', 'quit', 'spread', 'forgot', 'forgave', 'overtook', 'undid', 'withdrew', 'understood', 'became',
]);

/**
 * "reported the planes filled the skies", "claims the NRA’s refusal amounts to …": a clause with a
 * subject and a past verb right after a verb that needs "that" or an auxiliary otherwise. The
 * verb must follow a noun (not a determiner: "reported the damaged car" is an object).
 */
function hasSubjectAndPastVerb(s: Sentence, c: number, e: number): boolean {
  const { tokens, inQuote } = s.p;
  const first = tokens[c];
  if (!first || inQuote[c] || !isWord(first)) return false;
  const atLeast = first.lower === 'at' && ['least', 'most'].includes(tokens[c + 1]?.lower ?? '');
  if (!atLeast && !SUBJECT_OPENERS.has(first.lower) && !/^\d/.test(first.text) && !/^\p{Lu}/u.test(first.text)) return false;
  for (let k = c + 1; k < Math.min(e, c + AUX_WINDOW); k++) {
    const t = tokens[k]!;
    // "complained about the delay and Ortiz resigned": the verb of another clause.
    if (inQuote[k] || !isWord(t) || ['and', 'or', 'but', 'while', 'after', 'before', 'because'].includes(t.lower)) return false;
    const previous = tokens[k - 1]!.lower;
    const past = (t.lower.length > 4 && t.lower.endsWith('ed') && t.text === t.lower) || IRREGULAR_PAST.has(t.lower);
    // After a determiner a participle is an adjective ("the damaged car"); after a pronoun it is the verb ("he understood").
    if (past && k > c && (!SUBJECT_OPENERS.has(previous) || PERSONAL_SUBJECTS.has(previous)) && !PREPOSITION_WORDS.has(previous)) return true;
  }
  return false;
}

const PRESENT_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'him', 'them', 'us', 'me', 'to', 'too', 'no', 'more', 'less']);
const THIRD_PERSON_PRONOUNS = new Set(['he', 'she', 'it']);

/**
 * "Clinton thinks the government requires too many tests", "his comments render him unfit": a
 * clause with a present-tense verb — a lowercase -s word after a name or he/she/it, or one between
 * a noun and its object's determiner — where no auxiliary or past verb marks it.
 */
function hasSubjectAndPresentVerb(s: Sentence, c: number, e: number): boolean {
  const { tokens, inQuote } = s.p;
  const first = tokens[c];
  if (!first || inQuote[c] || !isWord(first)) return false;
  if (!SUBJECT_OPENERS.has(first.lower) && !/^\p{Lu}/u.test(first.text) || SUBORDINATORS.has(first.lower)) return false;
  for (let k = c + 1; k < Math.min(e, c + AUX_WINDOW); k++) {
    const t = tokens[k]!;
    if (inQuote[k] || !isWord(t) || ['and', 'or', 'but', 'while', 'after', 'before', 'because', 'who', 'which', 'that'].includes(t.lower)) return false;
    if (t.text !== t.lower || !/[^s'’]s$/.test(t.lower) || t.lower.length < 4) continue;
    const previous = tokens[k - 1]!;
    const next = tokens[k + 1];
    if (isCapitalised(previous) && !isPossessiveWord(previous.text) || THIRD_PERSON_PRONOUNS.has(previous.lower)) return true;
    const nounBefore = isLowerWord(previous) && !SUBJECT_OPENERS.has(previous.lower) && !PREPOSITION_WORDS.has(previous.lower) && !/(?:ly|ous|ful|ive|al|ic)$/.test(previous.lower);
    if (nounBefore && next && !inQuote[k + 1] && PRESENT_OBJECT_OPENERS.has(next.lower)) return true;
  }
  return false;
}

function isPossessiveWord(text: string): boolean {
  return /['’]s?$/.test(text);
}

const PREPOSITION_WORDS = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'over', 'under', 'after', 'before', 'and', 'or', 'very', 'most', 'more']);

/** End of a complement: sentence end, ", according to", or "and (also) said" coordinating a new verb. */
function complementEnd(s: Sentence, c: number, mainVerb?: string): { end: number; according: number } {
  const { tokens, inQuote } = s.p;
  const mainTense = mainVerb === undefined ? null : tenseOf(mainVerb);
  // "When Quill said it was great to be home, a man yelled": said inside an opening subordinate
  // clause, the words end where that clause does.
  const first = clauseStart(s);
  const inOpeningClause = SUBORDINATORS.has(tokens[first]?.lower ?? '') && !tokens.slice(first, c).some((t, n) => t.text === ',' && !inQuote[first + n]);
  for (let k = c; k < s.to; k++) {
    if (inQuote[k]) continue;
    const lower = tokens[k]!.lower;
    if (inOpeningClause && k > c && tokens[k]!.text === ',' && opensMainClause(s.p, k + 1)) return { end: k, according: -1 };
    if (lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const end = tokens[k - 1]?.text === ',' ? k - 1 : k;
      return { end, according: k };
    }
    if (k > c && newAttributionAt(s.p, k)) return { end: k, according: -1 };
    // "Anders Holm, speaking in Brussels, said …": the sentence's own verb after a parenthetical.
    if (tokens[k]!.text === ',' && k > c && !inQuote[k + 1] && speechVerb(tokens[k + 1]?.lower ?? '') && !speechVerb(tokens[k + 1]!.lower)!.participle) {
      return { end: k, according: -1 };
    }
    // "Trump - who once said he would bomb the fields - said at a rally …": the aside closes at its dash.
    if (k > c && isDash(s.p, k) && !dashOpenedWithin(s.p, c, k)) {
      let v = k + 1;
      while (v < s.to && isDash(s.p, v)) v++;
      const verb = speechVerb(tokens[v]?.lower ?? '');
      if (verb && !verb.participle) return { end: k, according: -1 };
    }
    if (tokens[k]!.text === ',' && k > c && replyInRelativeClause(s, k)) return { end: k, according: -1 };
    if (tokens[k]!.text === ',' && k > c) {
      const participle = speechVerb(tokens[k + 1]?.lower ?? '');
      if (participle?.participle && participle.frame !== 'quote') return { end: k, according: -1 };
    }
    if ((lower === 'and' || lower === 'but') && k > c) {
      let v = k + 1;
      while (v < s.to && ['also', 'again', 'further'].includes(tokens[v]!.lower)) v++;
      const verb = speechVerb(tokens[v]?.lower ?? '');
      // "McConnell says he spoke to Trump and asked him …", "Kasich says he’d sit Putin down and tell
      // him …": a verb in another tense than the reporting verb goes on inside the reported clause.
      const sameTense = mainTense === null || tenseOf(tokens[v]?.lower ?? '') === mainTense;
      if (verb && !verb.participle && sameTense) return { end: k, according: findAccordingTo(s.p, k, s.to) };
    }
  }
  return { end: s.to, according: -1 };
}

/** "said closed primaries -- those open only to members -- deny …": the dash at `k` closes an aside opened inside the clause. */
function dashOpenedWithin(p: ParagraphModel, c: number, k: number): boolean {
  let i = k - 1;
  while (i >= c && isDash(p, i)) i--;
  for (; i >= c; i--) if (isDash(p, i) && !p.inQuote[i]) return true;
  return false;
}

/** A speech verb's form as far as coordination goes: "says" (present), "said" (past), "say" (base). */
function tenseOf(word: string): 'present' | 'past' | 'base' | 'participle' | null {
  const verb = speechVerb(word);
  if (!verb) return null;
  if (verb.participle) return 'participle';
  if (word === verb.lemma) return 'base';
  if (/s$/.test(word) && !/ss$/.test(word) && (word === `${verb.lemma}s` || word === `${verb.lemma}es` || word === `${verb.lemma.replace(/y$/, 'ie')}s`)) return 'present';
  return 'past';
}

function clauseText(p: ParagraphModel, from: number, to: number): string {
  from = afterTimeLabel(p, from, to);
  // "- A six-year trend …" after a dateline's dash, "(The French …": no opening punctuation.
  while (from < to && !p.inQuote[from] && /^[-–—―(]+$/.test(p.tokens[from]!.text)) from++;
  while (to > from && !isWord(p.tokens[to - 1]) && !/[”"’']/.test(p.tokens[to - 1]!.text)) to--;
  if (to <= from) return '';
  return tidy(p.text.slice(p.tokens[from]!.start, p.tokens[to - 1]!.end));
}

/** "22:10 GMT Turnout is up …", "9.15pm: …": a live blog's time label before a paragraph's words is not said by anyone. */
function afterTimeLabel(p: ParagraphModel, from: number, to: number): number {
  if (from !== 0) return from;
  const label = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[:–—-]?\s*/iu.exec(p.text);
  if (!label) return from;
  let k = from;
  while (k < to && p.tokens[k]!.start < label[0].length) k++;
  return k < to ? k : from;
}

function wordCount(p: ParagraphModel, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (isWord(p.tokens[k])) n++;
  return n;
}

/** "the minister also pledged to …" at the start of a complement: the inner speaker of a relay. */
/** Verbs of thinking and feeling: a statement about another's mind is not that person's words. */
const THINKING_VERBS = new Set(['believe', 'think', 'hope', 'fear', 'expect', 'feel', 'know', 'suspect', 'doubt', 'worry', 'want', 'agree']);

function innerSpeaker(s: Sentence, registry: EntityRegistry, c: number, e: number): SpeakerPhrase | null {
  for (let k = c + 1; k < Math.min(e, c + 8); k++) {
    const verb = reportingVerbAt(s, k);
    if (!verb || verb.frame === 'quote') continue;
    // "Cook told the Times that Carter believes …": what someone is said to think is the teller's statement.
    if (THINKING_VERBS.has(verb.lemma)) return null;
    const phrase = subjectBefore(s.p, registry, k);
    return phrase && phrase.tokenIndex === c && phrase.form === 'name' ? phrase : null;
  }
  return null;
}

function startsWithQuote(s: Sentence, c: number): boolean {
  return c < s.to && (s.p.inQuote[c] || /^[:“"‘']$/.test(s.p.tokens[c]!.text));
}

/** Every indirect statement in the article. `usedVerbs` are verbs that introduced quotes. */
export function findIndirect(doc: DocModel, registry: EntityRegistry, usedVerbs: ReadonlySet<string>): IndirectCandidate[] {
  const out: IndirectCandidate[] = [];
  const usedByParagraph = usedVerbTokens(usedVerbs);
  for (const p of doc.paragraphs) {
    for (const s of sentencesOf(p)) {
      if (p.tokens[s.to - 1]?.text === '?') continue;
      const before = out.length;
      scanSentence(s, registry, usedVerbs, out);
      // "“…?” Hale said at a press conference, according to the Sun": the outlet relays a quotation
      // whose verb is in this sentence; it states nothing of its own.
      if (out.length === before) frontedParticiple(s, registry, out);
      if (out.length === before && !verbUsedIn(s, usedByParagraph)) accordingToStatement(s, registry, out);
      if (out.length === before) colonStatement(s, registry, out);
    }
  }
  return out.filter((c) => !isCircumstance(c.quote));
}

/** Nouns for something said that can announce it after a colon: "has some advice for Democrats: …". */
const SAID_NOUNS = new Set([
  'advice', 'message', 'argument', 'answer', 'warning', 'point', 'verdict', 'response', 'reply', 'plea', 'conclusion',
  'explanation', 'assessment', 'prediction', 'promise', 'pitch', 'case', 'view', 'take', 'retort', 'diagnosis', 'charge',
]);
const POSSESSIVE_SUBJECTS: Readonly<Record<string, string>> = ownTable<string>({ his: 'he', her: 'she', their: 'they' });
const MIN_COLON_STATEMENT_WORDS = 4;
const MAX_SAID_NOUN_DISTANCE = 14;

/**
 * "Harry Reid has some advice for Democrats: Don’t underestimate Trump.", "Their argument: Only a
 * Democratic Senate can …": after a noun for something said and a colon, the rest of the sentence is
 * the statement of the sentence's subject (or of the possessor of that noun).
 */
function colonStatement(s: Sentence, registry: EntityRegistry, out: IndirectCandidate[]): void {
  const { p } = s;
  for (let k = s.from + 1; k < s.to - 1; k++) {
    if (p.tokens[k]!.text !== ':' || p.inQuote[k]) continue;
    // The noun may carry a short complement before the colon ("some advice for Democrats …:").
    let n = k - 1;
    while (n > Math.max(s.from, k - MAX_SAID_NOUN_DISTANCE) && !(isLowerWord(p.tokens[n]) && SAID_NOUNS.has(p.tokens[n]!.lower))) n--;
    if (p.inQuote[n] || !isLowerWord(p.tokens[n]) || !SAID_NOUNS.has(p.tokens[n]!.lower)) return;
    for (let q = n; q < s.to; q++) if (p.inQuote[q]) return;
    if (wordCount(p, k + 1, s.to) < MIN_COLON_STATEMENT_WORDS) return;
    const owner = POSSESSIVE_SUBJECTS[p.tokens[n - 1]?.lower ?? ''];
    const opening = clauseStart(s);
    const phrase: SpeakerPhrase | null = owner && n - 1 === opening
      ? { form: 'pronoun', text: owner, paragraph: p.n, tokenIndex: n - 1, offset: p.tokens[n - 1]!.start }
      : sentenceSubject(s, registry);
    const quote = clauseText(p, k + 1, s.to);
    if (!phrase || !quote) return;
    out.push({ paragraph: p.n, offset: p.tokens[k + 1]!.start, phrase, quote, via: null, relayedBy: null });
    return;
  }
}

const MIN_CLAUSE_AFTER_COMMA_WORDS = 5;

/**
 * "Marco Rubio says, win or lose in Tuesday’s primary, he’s staying in the race": the subject opens
 * the sentence, the verb is followed by a comma, and the rest of the sentence (no quotation, no other
 * speech verb, not a circumstance or a participle) is what was said.
 */
function clauseAfterComma(s: Sentence, subject: SpeakerPhrase, j: number): IndirectCandidate | null {
  const { p } = s;
  let c = j + 2;
  // "said, however, that the levy would pass": the words after the aside and its "that".
  if (ASIDE_ADVERBS.has(p.tokens[c]?.lower ?? '') && p.tokens[c + 1]?.text === ',') c += 2;
  const that = p.tokens[c]?.lower === 'that' && isWord(p.tokens[c + 1]);
  if (that) c++;
  if (p.tokens[j + 1]?.text !== ',' || subject.tokenIndex > j || c >= s.to) return null;
  for (let k = s.from; k < s.to; k++) if (p.inQuote[k]) return null;
  for (let k = c; k < s.to; k++) if (verbAt(p, k)) return null;
  const first = p.tokens[c]!.lower;
  if (!isWord(p.tokens[c]) || CIRCUMSTANCE_OPENERS.has(first) || first === 'according' || first.endsWith('ing')) return null;
  let end = s.to;
  while (end > c && !isWord(p.tokens[end - 1])) end--;
  if (wordCount(p, c, end) < (that ? MIN_CLAUSE_WORDS : MIN_CLAUSE_AFTER_COMMA_WORDS)) return null;
  const quote = clauseText(p, c, end);
  return quote ? { paragraph: p.n, offset: p.tokens[c]!.start, phrase: subject, quote, via: null, relayedBy: null } : null;
}

const MAX_FRONTED_CLAUSE = 40;
const FRONTED_NON_CONTENT = new Set(['to', 'with', 'for', 'by', 'about', 'of', 'into', 'across', 'over', 'under', 'behind', 'alongside']);

/**
 * "Having announced that he would not send me to prison, Judge Berman …", "Saying the audit was
 * late, Tom Hale left": a participle clause opening the sentence reports the words of the subject
 * that follows its comma.
 */
function frontedParticiple(s: Sentence, registry: EntityRegistry, out: IndirectCandidate[]): void {
  const { p } = s;
  let k = s.from;
  while (k < s.to && !isWord(p.tokens[k])) k++;
  const having = p.tokens[k]?.lower === 'having';
  if (having) k++;
  const verb = p.tokens[k] && !p.inQuote[k] ? speechVerb(p.tokens[k]!.lower) : undefined;
  if (!verb || verb.frame === 'quote' || !(verb.participle || having && /ed$|[^s]t$|d$/.test(p.tokens[k]!.lower))) return;
  let c = k + 1;
  // "Repeating from his speech at the convention, Biden …": a preposition opens no reported words.
  if (CIRCUMSTANCE_WORDS.has(p.tokens[c]?.lower ?? '') || FRONTED_NON_CONTENT.has(p.tokens[c]?.lower ?? '')) return;
  if (p.tokens[c]?.lower === 'that') c++;
  let comma = c;
  while (comma < s.to && comma - c < MAX_FRONTED_CLAUSE && p.tokens[comma]!.text !== ',' && !p.inQuote[comma]) comma++;
  if (p.tokens[comma]?.text !== ',' || p.inQuote[comma] || wordCount(p, c, comma) < MIN_CLAUSE_WORDS) return;
  const subject = subjectAfter(p, registry, comma);
  if (!subject) return;
  const quote = clauseText(p, c, comma);
  if (quote) out.push({ paragraph: p.n, offset: p.tokens[c]!.start, phrase: subject, quote, via: null, relayedBy: null });
}

/** The used verbs ("paragraph:token" keys) as token indices per paragraph, read once per article. */
function usedVerbTokens(usedVerbs: ReadonlySet<string>): Map<number, number[]> {
  const byParagraph = new Map<number, number[]>();
  for (const key of usedVerbs) {
    const [paragraph, token] = key.split(':').map(Number) as [number, number];
    byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), token]);
  }
  return byParagraph;
}

function verbUsedIn(s: Sentence, usedByParagraph: ReadonlyMap<number, readonly number[]>): boolean {
  return usedByParagraph.get(s.p.n)?.some((k) => k >= s.from && k < s.to) ?? false;
}

const MAX_CIRCUMSTANCE_WORDS = 6;
const MAX_STUB_WORDS = 3;

/**
 * "talked about Latinos below", "wants to have": a topic or an infinitive stub, no statement. Kept
 * while speakers are resolved (its subject did speak), left out of what is returned.
 */
export function isStatementStub(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).map((w) => w.toLowerCase());
  if (words.length <= MAX_CIRCUMSTANCE_WORDS && words[0] === 'about' || words.length <= MAX_STUB_WORDS && words[0] === 'to') return true;
  // "about Latinos around the time of his launch", "on stage to justify his position", "them, but not
  // after …": a topic, a place or an object, with no verb of a clause of its own.
  // Not "About 58 percent of companies offer …" (a quantity), nor "on the show that …" (a clause follows).
  return STUB_OPENERS.has(words[0]!) && !/^\d/.test(words[1] ?? '') && !words.some((w) => FINITE_VERBS.has(w) || w === 'that' || /(?:ed|n't)$/.test(w));
}
const STUB_OPENERS = new Set(['about', 'on', 'them', 'him', 'us']);
const CIRCUMSTANCE_WORDS = new Set(['in', 'at', 'on', 'during', 'while', 'as', 'after', 'before', 'following', 'via', 'through', 'from', 'outside', 'inside']);

/**
 * "said at a press conference", "In a 1963 speech, …", "…, as he launched the process": a few words
 * opened by a preposition or "as"/"while" say when or where something was said, not what.
 */
function isCircumstance(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  if (words.length <= MAX_CIRCUMSTANCE_WORDS && CIRCUMSTANCE_WORDS.has(words[0]!)) return true;
  // "says nothing for a while", "said little about it": how much was said, not what.
  // "has said many offensive things about Latinos": a kind of thing said, not what was said.
  if (words.slice(0, 4).some((w) => w === 'things' || w === 'stuff') && !words.some((w) => FINITE_VERBS.has(w))) return true;
  if (!AMOUNT_PRONOUNS.has(words[0]!) || words.length > 1 && !AMOUNT_FOLLOWERS.has(words[1]!)) return false;
  // "said much of the discussion was about Israel": "much of …" is the subject of a clause with its own verb.
  return !(words[1] === 'of' && words.slice(3).some((w) => FINITE_VERBS.has(w)));
}

const FINITE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);

const AMOUNT_PRONOUNS = new Set(['nothing', 'little', 'much', 'something', 'anything', 'everything', 'more', 'less', 'plenty']);
const AMOUNT_FOLLOWERS = new Set(['for', 'about', 'at', 'in', 'on', 'to', 'of', 'else', 'more', 'further', 'publicly', 'since', 'until', 'after', 'before', 'during', 'when', 'as', 'but', 'and']);

function scanSentence(s: Sentence, registry: EntityRegistry, usedVerbs: ReadonlySet<string>, out: IndirectCandidate[]): void {
  const { p } = s;
  let lastSubject: SpeakerPhrase | null = null;
  // Found once per sentence: looking it up at every token made a long sentence cost its length squared.
  let opening: SpeakerPhrase | null | undefined;
  for (let j = s.from; j < s.to; j++) {
    // With no speech verb before it, the sentence's opening name reports only an explicit "that".
    // "Obama rebuked critics who say …, saying …": the participle goes with the main clause, not the relative clause.
    if (lastSubject && p.tokens[phraseEnd(p, lastSubject)]?.lower === 'who' && speechVerb(p.tokens[j]!.lower)?.participle) {
      const main = opening === undefined ? (opening = sentenceSubject(s, registry)) : opening;
      if (main && main.tokenIndex < lastSubject.tokenIndex) lastSubject = main;
    }
    const participle = participleClause(s, registry, j, lastSubject) ??
      (lastSubject || !speechVerb(p.tokens[j]!.lower)?.participle ? null
        : participleClause(s, registry, j, (opening === undefined ? (opening = sentenceSubject(s, registry)) : opening) ?? openingSubject(s, registry, j), true));
    if (participle) {
      out.push(participle.candidate);
      j = participle.end - 1;
      continue;
    }
    const fragmentClause = participleAroundFragment(s, registry, j, lastSubject);
    if (fragmentClause) {
      out.push(fragmentClause.candidate);
      j = fragmentClause.end - 1;
      continue;
    }
    const purpose = purposeInfinitive(s, registry, j);
    if (purpose) {
      out.push(purpose.candidate);
      j = purpose.end - 1;
      continue;
    }
    const verb = reportingVerbAt(s, j);
    if (!verb) continue;
    const inverted = invertedParenthetical(s, registry, j);
    if (inverted) {
      out.push(inverted);
      break;
    }
    let subject = subjectBefore(p, registry, j);
    // "The senator toured the site and says …": a coordinated verb shares the sentence's subject.
    if (!subject && coordinated(s, j)) subject = lastSubject ?? openingSubject(s, registry, j);
    // "Citing “obligations in Tennessee,” the spokeswoman told POLITICO that Gore plans …": a
    // quotation before the verb leaves the that-clause after it, free of quotations, its own statement.
    const listenerEnd = verb.lemma === 'tell' ? skipTellObject(s, registry, j + 1) : j + 1;
    const thatClauseAfter = subject !== null && !p.inQuote.slice(j + 1, s.to).some(Boolean) && p.tokens[listenerEnd]?.lower === 'that' &&
      !/^(?:[’']s|is|was|has|had|will|would)$/.test(p.tokens[listenerEnd + 1]?.lower ?? '');
    if (usedVerbs.has(`${p.n}:${j}`) && !reportsClauseBeforeQuotes(s, registry, j, subject) && !thatClauseAfter) {
      // "…,” said Lee, adding that …": an inverted subject carries on to a participle clause.
      lastSubject = subject ?? subjectAfter(p, registry, j) ?? lastSubject;
      const clause = subject && verb.frame !== 'quote' ? clauseAroundQuotes(s, registry, j, subject) : null;
      if (clause) {
        out.push(clause.candidate);
        j = clause.end - 1;
        continue;
      }
      const medial = subject && verb.frame !== 'quote' ? parentheticalAroundFragment(s, registry, j, subject) : null;
      if (medial) {
        out.push(medial);
        break;
      }
      // "Ryan and Ito will meet next week, Lee said, adding, “…”": the clause before is a statement of its own.
      const beforeAdding = p.tokens[j + 1]?.text === ',' && speechVerb(p.tokens[j + 2]?.lower ?? '')?.participle;
      const own = verb.frame !== 'quote' && beforeAdding ? sentenceFinal(s, registry, j, false, true) : null;
      if (own) {
        out.push(own);
        continue; // the participle clause after it reports on
      }
      const around = verb.frame !== 'quote' ? sentenceFinal(s, registry, j, true) : null;
      if (around) {
        out.push(around);
        break;
      }
      if (subject) {
        const extra = coordinatedThatClause(s, registry, j, subject);
        if (extra) {
          out.push(extra.candidate);
          j = extra.end - 1;
        }
      }
      continue;
    }
    if (!subject) {
      const finalForm = sentenceFinal(s, registry, j);
      if (finalForm) {
        out.push(finalForm);
        lastSubject = finalForm.phrase;
      }
      continue;
    }
    lastSubject = subject;
    const asReported = asReportedClause(s, registry, j, subject);
    if (asReported) {
      out.push(asReported.candidate);
      j = asReported.end - 1;
      continue;
    }
    if (verb.frame === 'quote') {
      const described = describedAs(s, j);
      if (described) {
        out.push({ paragraph: p.n, offset: p.tokens[j + 1]!.start, phrase: subject, quote: described.quote, via: null, relayedBy: null });
        j = described.end - 1;
        continue;
      }
      const act = speechActObject(s, registry, j, subject);
      if (act) {
        out.push(act.candidate);
        j = act.end - 1;
      }
      continue;
    }
    // "…, she said on Tuesday." / "…, she told reporters.": nothing reported after the verb.
    const objectEnd = tellObjectEnd(s, registry, j);
    const afterObject = closingAdjunctEnd(p, objectEnd, s.to);
    // ("…, she told her aides as she left": after the people told, a subordinate clause says when.)
    const closedAfterVerb = (objectEnd > j + 1 ? afterObject >= s.to || !isWord(p.tokens[afterObject]) || WHEN_OPENERS.has(p.tokens[afterObject]!.lower) : afterObject > j + 1) && !asideThenThat(p, afterObject);
    // "…, her advisers said Friday, because …": a day and a comma after the verb close the attribution.
    const dayThenComma = DAY_WORDS.test(p.tokens[j + 1]?.lower ?? '') && p.tokens[j + 2]?.text === ',';
    if (p.tokens[j + 1]?.text === ',' || j + 1 >= s.to || !isWord(p.tokens[j + 1]) || closedAfterVerb || dayThenComma) {
      const medial = sentenceFinal(s, registry, j) ?? clauseAfterComma(s, subject, j);
      if (medial) out.push(medial);
      continue;
    }
    // "…, Tim Kaine insisted Thursday during a tour of morning shows.": a long closing phrase of
    // when and where, after an attribution that closes a sentence.
    if (closingAdjunctEnd(p, objectEnd, s.to, true) >= s.to - 1) {
      const final = sentenceFinal(s, registry, j);
      // A clause, not a description of the speaker ("the presumptive nominee, Donald Trump, tweeted …").
      if (final && /\b(?:\p{Ll}+ed|\p{Ll}+s|is|are|was|were|will|would|can|could|should|may|might|must|has|have|had|do|does|did|\p{Ll}+n['’]t)\b/u.test(final.quote)) {
        out.push(final);
        continue;
      }
    }
    const before = statementBeforeSubject(s, registry, subject, j);
    if (before) {
      out.push(before);
      continue;
    }
    let c = j + 1;
    if (verb.lemma === 'tell') c = skipTellObject(s, registry, c);
    c = afterDayAdjunct(p, c, s.to);
    const told = toldOutlet(p, registry, j);
    const that = thatWithin(s, c);
    if (that >= 0) c = that + 1;
    if (startsWithQuote(s, c)) continue;
    const complement = complementEnd(s, c, p.tokens[j]!.lower);
    // "Broaddrick, who says Clinton raped her in 1978, recounted …": a who-clause ends at its comma.
    const end = p.tokens[j - 1]?.lower === 'who' && p.tokens[j - 2]?.text === ',' ? firstCommaBetween(p, c, complement.end) : complement.end;
    const { according } = complement;
    if (end <= c) {
      const finalForm = sentenceFinal(s, registry, j);
      if (finalForm) out.push(finalForm);
      continue;
    }
    const words = wordCount(p, c, end);
    const frameOk =
      verb.frame === 'clause' ? words >= MIN_CLAUSE_WORDS
        : verb.frame === 'content' ? words >= 2
          : that >= 0 || hasAuxiliary(s, c, end) || hasSubjectAndPastVerb(s, c, end);
    if (!frameOk) {
      // "Obama announced a series of steps to tighten gun sales": what was announced, with its verb.
      const act = that < 0 ? speechActObject(s, registry, j, subject) : null;
      if (act) {
        out.push(act.candidate);
        j = act.end - 1;
      }
      continue;
    }
    const quote = clauseText(p, c, end);
    if (!quote) continue;
    const inner = innerSpeaker(s, registry, c, end);
    const via = according >= 0 ? accordingToPhrase(p, registry, according) : told;
    out.push({
      paragraph: p.n,
      offset: p.tokens[c]!.start,
      phrase: inner ?? subject,
      quote,
      via: inner ? subject : via,
      relayedBy: inner ? subject : null,
      ...quotedRange(p, c, end, j),
    });
    j = end - 1;
  }
}

/**
 * "He said A and said that B “…”": the first verb's own clause holds no quotation, the quotation
 * comes after it; a quote sieve that took this verb for the quotation leaves the clause to it.
 */
function reportsClauseBeforeQuotes(s: Sentence, registry: EntityRegistry, j: number, subject: SpeakerPhrase | null): boolean {
  const { p } = s;
  if (!subject || subject.tokenIndex > j || !isWord(p.tokens[j + 1])) return false;
  for (let k = s.from; k <= j; k++) if (p.inQuote[k]) return false;
  let c = j + 1;
  if (speechVerb(p.tokens[j]!.lower)?.lemma === 'tell') c = skipTellObject(s, registry, c);
  const { end } = complementEnd(s, c);
  if (end >= s.to || wordCount(p, c, end) < MIN_CLAUSE_WORDS) return false;
  for (let k = c; k < end; k++) if (p.inQuote[k]) return false;
  for (let k = end; k < s.to; k++) if (p.inQuote[k]) return true;
  return false;
}

/** The character range of a clause that holds quoted words, as `holdsQuotes`; nothing when it holds none. */
function quotedRange(p: ParagraphModel, from: number, to: number, verb: number): { holdsQuotes?: { from: number; to: number; verb: number } } {
  for (let k = from; k < to; k++) {
    if (p.inQuote[k]) return { holdsQuotes: { from: p.tokens[from]!.start, to: p.tokens[to - 1]!.end, verb } };
  }
  return {};
}

/** Words of a clause outside its quotation marks. */
function unquotedWords(p: ParagraphModel, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!p.inQuote[k] && isWord(p.tokens[k])) n++;
  return n;
}

/**
 * "Pike says the mayor is “obsessed” with the new stadium": the verb already introduced a
 * quoted fragment; the reported clause around it is the statement (the fragment is part of it).
 * Not when the clause is the quotation itself ("said that “…”"), or is mostly quotation.
 */
function clauseAroundQuotes(
  s: Sentence,
  registry: EntityRegistry,
  j: number,
  subject: SpeakerPhrase,
): { candidate: IndirectCandidate; end: number } | null {
  const { p } = s;
  if (subject.tokenIndex > j || j + 1 >= s.to || !isWord(p.tokens[j + 1]) && !p.inQuote[j + 1]) return null;
  // "“The market,” she said on a call, “changed …”": the verb interrupts one quotation. A title in
  // quotation marks inside an opening adverbial ("On Fox News’ “Sunday Morning Futures,” Issa said …")
  // is no such quotation.
  let first = s.from;
  while (first < j && !isWord(p.tokens[first]) && !p.inQuote[first]) first++;
  if (p.inQuote[first] || p.inQuote[j - 1] || p.inQuote[subject.tokenIndex - 1] && p.tokens[subject.tokenIndex - 2]?.text !== ',') return null;
  let c = j + 1;
  if (speechVerb(p.tokens[j]!.lower)?.lemma === 'tell') c = skipTellObject(s, registry, c);
  const that = thatWithin(s, c);
  if (that >= 0) c = that + 1;
  if (p.tokens[c]?.text === ':') return null;
  const { end, according } = complementEnd(s, c);
  // "says Quill will “walk away with the prize”", "says “…” between Leeds and Hull".
  if (end <= c || unquotedWords(p, c, end) < MIN_HOLDING_CLAUSE_WORDS) return null;
  const range = quotedRange(p, c, end, j);
  if (!range.holdsQuotes) return null;
  // "said “We will fight on” in a speech on Monday": after the quotation comes an adjunct, not more words.
  if (startsWithQuote(s, c)) {
    let after = c;
    while (after < end && (p.inQuote[after] || !isWord(p.tokens[after]))) after++;
    if (after < end && ADJUNCT_OPENERS.has(p.tokens[after]!.lower)) return null;
  }
  const quote = clauseText(p, c, end);
  if (!quote) return null;
  const via = according >= 0 ? accordingToPhrase(p, registry, according) : toldOutlet(p, registry, j);
  // Only as the statement its fragments belong to: a full quotation inside stays a quotation.
  const holds = { holdsQuotes: { ...range.holdsQuotes, onlyWithFragments: true } };
  return { candidate: { paragraph: p.n, offset: p.tokens[c]!.start, phrase: subject, quote, via, relayedBy: null, ...holds }, end };
}

/**
 * "As the Ledger observed, the council now controls …", "As Lee noted on Monday, the town …": the
 * clause after the comma is what the subject of the opening as-clause said.
 */
function asReportedClause(s: Sentence, registry: EntityRegistry, j: number, subject: SpeakerPhrase): { candidate: IndirectCandidate; end: number } | null {
  const { p } = s;
  const verb = speechVerb(p.tokens[j]!.lower);
  if (!verb || verb.frame === 'quote' || subject.tokenIndex > j) return null;
  let as = subject.tokenIndex - 1;
  if (p.tokens[as]?.lower === 'the') as--;
  let first = s.from;
  while (first < s.to && (!isWord(p.tokens[first]) || ['but', 'and', 'yet', 'so'].includes(p.tokens[first]!.lower))) first++;
  if (as !== first || p.tokens[as]?.lower !== 'as' || p.inQuote[as]) return null;
  let comma = tellObjectEnd(s, registry, j);
  // "As Lee noted on Monday, …": a short time or place phrase before the comma.
  if (ADJUNCT_OPENERS.has(p.tokens[comma]?.lower ?? '')) {
    let k = comma;
    while (k < s.to && k - comma <= MAX_ADJUNCT_WORDS && isWord(p.tokens[k])) k++;
    if (p.tokens[k]?.text === ',') comma = k;
  }
  if (p.tokens[comma]?.text !== ',' || p.inQuote[comma]) return null;
  for (let k = s.from; k < comma; k++) if (p.inQuote[k]) return null;
  const c = comma + 1;
  const { end, according } = complementEnd(s, c);
  if (wordCount(p, c, end) < MIN_CLAUSE_WORDS) return null;
  const quote = clauseText(p, c, end);
  if (!quote) return null;
  const via = according >= 0 ? accordingToPhrase(p, registry, according) : null;
  return { candidate: { paragraph: p.n, offset: p.tokens[c]!.start, phrase: subject, quote, via, relayedBy: null, ...quotedRange(p, c, end, j) }, end };
}

/**
 * Speech acts whose object is what was said: "announced a benefit concert", "denied the
 * allegations", "urged voters to stay home", "praised the rescuers for their courage". The
 * statement is the verb and its object, up to the clause's end, so it reads on its own.
 */
const OBJECT_SPEECH_ACTS = new Set([
  'promise', 'vow', 'pledge', 'deny', 'confirm', 'urge', 'accuse', 'blame', 'praise',
  'condemn', 'welcome', 'hail', 'reveal', 'predict', 'admit', 'acknowledge', 'warn', 'report', 'explain', 'note', 'recall',
]);
const MIN_ACT_OBJECT_WORDS = 2;
const ACT_PREPOSITIONS = new Set(['from', 'in', 'at', 'on', 'for', 'with', 'by', 'during', 'after', 'before', 'about', 'back', 'out', 'up']);

function speechActObject(s: Sentence, registry: EntityRegistry, j: number, subject: SpeakerPhrase): { candidate: IndirectCandidate; end: number } | null {
  const { p } = s;
  const verb = speechVerb(p.tokens[j]!.lower);
  if (!verb || verb.participle || !OBJECT_SPEECH_ACTS.has(verb.lemma) && !askedToDo(p, j) || subject.form === 'pronoun' && subject.text === 'it') return null;
  const c = j + 1;
  const { end, according } = complementEnd(s, c);
  if (wordCount(p, c, end) < MIN_ACT_OBJECT_WORDS) return null;
  // "Lerer reported from Los Angeles": a place or time, not an object; "…, reports USA Today": the
  // subject after its verb, not what was reported.
  if (ACT_PREPOSITIONS.has(p.tokens[c]?.lower ?? '') && !/^(?:least|most)$/.test(p.tokens[c + 1]?.lower ?? '')) return null;
  let capitalised = c;
  while (capitalised < end && /^\p{Lu}/u.test(p.tokens[capitalised]!.text)) capitalised++;
  if (capitalised > c && clauseText(p, capitalised, end) === '') return null;
  for (let k = c; k < end; k++) if (p.inQuote[k]) return null;
  // "reported the damaged ferry to the coastguard": a report to someone about a thing, no statement.
  if (verb.lemma === 'report') {
    for (let k = c; k < end - 1; k++) if (p.tokens[k]!.lower === 'to' && !isLowerWord(p.tokens[k + 1]) || p.tokens[k]!.lower === 'to' && ['the', 'police', 'authorities'].includes(p.tokens[k + 1]!.lower)) return null;
  }
  const quote = clauseText(p, j, end);
  if (!quote) return null;
  // "urged both sides to talk, according to the news agency NTB": relayed by the agency.
  const via = according >= 0 ? accordingToPhrase(p, registry, according) : null;
  return { candidate: { paragraph: p.n, offset: p.tokens[j]!.start, phrase: subject, quote, via, relayedBy: null, act: true }, end };
}

/** "asked the council to delay the vote": a request, what the asker said (not a question put to someone). */
function askedToDo(p: ParagraphModel, j: number): boolean {
  if (speechVerb(p.tokens[j]!.lower)?.lemma !== 'ask') return false;
  for (let k = j + 1; k < Math.min(p.tokens.length, j + MAX_ASKED_OBJECT + 2); k++) {
    const t = p.tokens[k]!;
    // "asked a judge for quick action": what was asked for (not "for comment", a reporter's question).
    if (t.lower === 'for') return isWord(p.tokens[k + 1]) && !p.inQuote[k + 1] && !['comment', 'comments', 'help'].includes(p.tokens[k + 1]!.lower);
    if (p.inQuote[k] || !isWord(t) || QUESTION_OPENERS.has(t.lower) || t.lower === 'about') return false;
    if (t.lower === 'to' && k > j + 1) return isLowerWord(p.tokens[k + 1]) && !['the', 'a', 'an', 'his', 'her', 'their', 'its', 'be'].includes(p.tokens[k + 1]!.lower);
  }
  return false;
}

const MAX_ASKED_OBJECT = 5;
const QUESTION_OPENERS = new Set(['if', 'whether', 'why', 'how', 'what', 'who', 'whom', 'when', 'where', 'which']);

/** "X described the summit as an attempt to …" with no quotation marks: a paraphrase of X. */
function describedAs(s: Sentence, j: number): { quote: string; end: number } | null {
  const { p } = s;
  if (speechVerb(p.tokens[j]!.lower)?.lemma !== 'describe') return null;
  const { end } = complementEnd(s, j + 1);
  let as = -1;
  for (let k = j + 1; k < Math.min(end, j + 10); k++) {
    if (p.inQuote[k]) return null;
    if (p.tokens[k]!.lower === 'as') {
      as = k;
      break;
    }
  }
  if (as < 0 || wordCount(p, as + 1, end) < 2) return null;
  for (let k = as; k < end; k++) if (p.inQuote[k]) return null;
  const quote = clauseText(p, j + 1, end);
  return quote ? { quote, end } : null;
}

/** "Hardy dismissed that claim, saying …": the name that opens the sentence. */
const DATELINE_DASH = /^[-–—]+$/;
const MAX_DATELINE_TOKENS = 16;

/**
 * Where a sentence's own words start after a wire dateline ("ORLANDO, Fla. (Reuters) – …",
 * "WASHINGTON (AP) — …"): a place in capitals, maybe its state and the agency, then a dash. The
 * agency there is no subject of the sentence.
 */
function afterDateline(s: Sentence): number {
  const { p } = s;
  const limit = Math.min(s.to, s.from + MAX_DATELINE_TOKENS);
  for (let k = s.from + 1; k < limit; k++) {
    if (!DATELINE_DASH.test(p.tokens[k]!.text)) continue;
    const before = p.text.slice(p.tokens[s.from]!.start, p.tokens[k]!.start);
    // The place may have been cut off as a sentence of its own ("ORLANDO, Fla." then "(Reuters) –").
    // "WASHINGTON (AP) —", "ORLANDO, Fla. (Reuters) –", "HALVIK, Norvia, March 3 (Meridian) -".
    // "Washington (AFP) –": a place in title case is a dateline too when an agency follows it.
    const dateline = /^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}\.?(?:,\s*[\p{L}\p{N}.\s]{2,20}){0,2}(?:\s*\([^)]{1,40}\))?\s*$/u.test(before) || /^\([^)]{1,40}\)\s*$/u.test(before) ||
      /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*[\p{L}\p{N}.\s]{2,20}){0,2}\s*\(\p{Lu}[^)]{0,38}\)\s*$/u.test(before);
    return dateline ? k + 1 : s.from;
  }
  return s.from;
}

const ADVERBIAL_OPENERS = new Set(['like', 'unlike', 'amid', 'among', 'on', 'in', 'inside', 'outside', 'at', 'after', 'before', 'during', 'since', 'last', 'earlier', 'later', 'for', 'with', 'without', 'despite', 'over', 'under', 'by', 'from', 'throughout', 'following', 'until', 'while', 'when', 'although', 'though', 'because', 'once', 'unless', 'if']);
const MAX_ADVERBIAL_TOKENS = 20;

/**
 * Where the main clause starts: after a dateline, a conjunction, and an opening adverbial phrase
 * set off by a comma ("On Thursday, he …", "Inside the hotel, Trump …").
 */
function clauseStart(s: Sentence): number {
  const { p } = s;
  let k = afterDateline(s);
  while (k < s.to && (!isWord(p.tokens[k]) || ['but', 'and', 'yet', 'so'].includes(p.tokens[k]!.lower))) k++;
  // "However, Adelson met …": a discourse word set off by a comma opens no phrase of its own.
  // "Recently, Tom Emanuel stood …": so does an adverb in -ly.
  const opener = p.tokens[k];
  if (opener && (DISCOURSE_OPENERS.has(opener.lower) || adverbInLy(opener)) && p.tokens[k + 1]?.text === ',' && !p.inQuote[k]) k += 2;
  // "The day before, at a rally in Marion, Quill …": one adverbial phrase after another.
  for (let phrases = 0; phrases < MAX_OPENING_ADVERBIALS; phrases++) {
    const next = adverbialEnd(s, k);
    if (next === k) break;
    k = next;
  }
  return k;
}

/** "Recently", "Separately": not a name spelt in -ly ("Kelly", "Italy"). */
function adverbInLy(token: Token): boolean {
  return /^\p{Lu}\p{Ll}{3,}ly$/u.test(token.text) && !nameKnowledge().given.has(token.lower) && !nameKnowledge().places.has(token.lower);
}

/** ", to which Tom Ruiz replied: “…”": a relative clause after comma `k` that quotes another name's answer. */
function replyInRelativeClause(s: Sentence, k: number): boolean {
  const { tokens, inQuote } = s.p;
  let w = k + 1;
  if (/^(?:to|at|for|with)$/.test(tokens[w]?.lower ?? '')) w++;
  if (tokens[w]?.lower !== 'which' || inQuote[w] || !isCapitalised(tokens[w + 1])) return false;
  for (let v = w + 2; v < Math.min(s.to, w + 6); v++) {
    const verb = speechVerb(tokens[v]!.lower);
    if (inQuote[v]) return false;
    // Someone else's words, quoted right after the verb; not "which he called “a cartel”".
    if (verb && !verb.participle) return /^[:,]$/.test(tokens[v + 1]?.text ?? '') && inQuote.slice(v + 2, v + 4).some(Boolean);
  }
  return false;
}

/** "told a gathering in Washington she will …": a short place after the people told, before the clause. */
function afterPlaceAdjunct(p: ParagraphModel, c: number, to: number): number {
  if (!/^(?:in|at)$/.test(p.tokens[c]?.lower ?? '') || p.inQuote[c]) return c;
  let k = c + 1;
  while (k < to && k - c <= 3 && isCapitalised(p.tokens[k]) && !p.inQuote[k]) k++;
  const next = p.tokens[k];
  return k > c + 1 && next !== undefined && /^(?:he|she|they|it|we|i|the|his|her|their|its)$/.test(next.lower) ? k : c;
}

/** The first comma outside quotation marks in [from, to), or `to`. */
function firstCommaBetween(p: ParagraphModel, from: number, to: number): number {
  for (let k = from; k < to; k++) if (p.tokens[k]!.text === ',' && !p.inQuote[k]) return k;
  return to;
}

const MAX_OPENING_ADVERBIALS = 3;
/** Words that end a time phrase opening a sentence ("The day before,", "Two years ago,"). */
const TIME_PHRASE_ENDS = new Set(['before', 'earlier', 'later', 'ago', 'after', 'afterward', 'afterwards']);
const MAX_TIME_PHRASE_WORDS = 5;

/** The start of what follows an opening adverbial phrase set off by a comma at `k`, or `k`. */
function adverbialEnd(s: Sentence, k: number): number {
  const { p } = s;
  // "Rallying hundreds of workers, Clinton …": an opening participle clause is adverbial too.
  // Only at the sentence's start: "Ebeling reminisced" after an adjunct is a name, not a participle.
  const opener = ADVERBIAL_OPENERS.has(p.tokens[k]?.lower ?? '') || /^\p{Lu}\p{Ll}+ing$/u.test(p.tokens[k]?.text ?? '') && !p.tokens.slice(afterDateline(s), k).some(isWord);
  for (let c = k + 1; c < Math.min(s.to, k + MAX_ADVERBIAL_TOKENS); c++) {
    const t = p.tokens[c]!;
    if (p.inQuote[c] || speechVerb(t.lower)) return k;
    if (t.text !== ',') continue;
    const timePhrase = c - k <= MAX_TIME_PHRASE_WORDS && TIME_PHRASE_ENDS.has(p.tokens[c - 1]!.lower);
    if (!opener && !timePhrase) return k;
    let after = c + 1;
    while (after < s.to && !isWord(p.tokens[after])) after++;
    // "at a rally in Beaumont, Tex., Mr. Trump …": a state or country after the place is still the phrase.
    let region = after;
    while (region < s.to && region - after < 3 && (isCapitalised(p.tokens[region]) || p.tokens[region]!.text === '.')) region++;
    if (region > after && p.tokens[region]?.text === ',' && region + 1 < s.to && isCapitalised(p.tokens[c - 1])) after = region + 1;
    return after < s.to ? after : k;
  }
  return k;
}

function sentenceSubject(s: Sentence, registry: EntityRegistry): SpeakerPhrase | null {
  const k = clauseStart(s);
  const mention = registry.mentionStartingAt(s.p.n, k);
  return mention ? { form: 'name', text: mention.name, paragraph: s.p.n, tokenIndex: k, offset: mention.start, mention } : null;
}

/** "X was quoted as saying that …": the subject of "was quoted". */
function quotedAsSubject(s: Sentence, registry: EntityRegistry, j: number): SpeakerPhrase | null {
  const { tokens } = s.p;
  if (tokens[j - 1]?.lower !== 'as' || tokens[j - 2]?.lower !== 'quoted') return null;
  if (!['was', 'is', 'were', 'been'].includes(tokens[j - 3]?.lower ?? '')) return null;
  return subjectBefore(s.p, registry, j - 3);
}

/** "…, claiming that the referee had erred": a participle clause reports the main subject's words. */
function participleClause(
  s: Sentence,
  registry: EntityRegistry,
  j: number,
  subject: SpeakerPhrase | null,
  needsThat = false,
): { candidate: IndirectCandidate; end: number } | null {
  const { p } = s;
  // Only a participle of a speech verb reports anything: checked first, as this runs at every token.
  const verb = speechVerb(p.tokens[j]!.lower);
  if (!verb?.participle || verb.frame === 'quote') return null;
  const quotedAs = quotedAsSubject(s, registry, j);
  // "…, with Senator Tom Reyes telling reporters he …": the participle has its own subject after "with".
  const withSubject = quotedAs ? null : absoluteSubject(p, registry, j);
  // "X issued a statement saying …": the statement's words are its issuer's, the sentence's subject.
  const inWriting = !quotedAs && !withSubject && !p.inQuote[j] && writtenStatementBefore(p, j);
  if (quotedAs) subject = quotedAs;
  else if (withSubject) subject = withSubject;
  else if (inWriting) {
    subject = subject ?? openingSubject(s, registry, j);
    needsThat = false;
  } else if (!subject || p.inQuote[j] || !separatedBefore(p, j) && !participleAfterConjunction(p, j) && !TEMPORAL_PREPOSITIONS.has(p.tokens[j - 1]?.lower ?? '')) return null;
  if (!subject) return null;
  let c = j + 1;
  if (verb.lemma === 'tell') c = skipTellObject(s, registry, c);
  c = afterDayAdjunct(p, c, s.to);
  const that = thatWithin(s, c);
  // "after saying goodbye to the guest": after a preposition, only "that", a wh-clause or a speech act's object.
  const temporal = TEMPORAL_PREPOSITIONS.has(p.tokens[j - 1]?.lower ?? '') && !quotedAs && !withSubject && !inWriting;
  // "after admitting that it allowed …": a fact the sentence takes as given, not a statement it reports.
  if (that >= 0 && temporal && FACTIVE_ACTS.has(verb.lemma)) return null;
  if (that >= 0) c = that + 1;
  else if (temporal && !(ownClauseWithoutQuotes(s, c) && opensSubject(p.tokens[c]))) return participleAct(s, registry, j, c, subject);
  else if (verb.lemma === 'add') return null; // "adding to the pressure" is not speech
  // Without "that", only a clause of its own ("saying he would appoint …", "arguing such a law could
  // …", "claiming the quarantine violated …") is reported; "saying goodbye", "noting limited gains" are not.
  else if ((needsThat || verb.frame !== 'clause') && !ownClauseWithoutQuotes(s, c)) return participleAct(s, registry, j, c, subject);
  if (startsWithQuote(s, c)) return null;
  const { end, according } = complementEnd(s, c);
  if (wordCount(p, c, end) < MIN_CLAUSE_WORDS) return null;
  const quote = clauseText(p, c, end);
  if (!quote) return null;
  const via = according >= 0 ? accordingToPhrase(p, registry, according) : null;
  // "…, adding that prices were “absurd” this year": the clause holds its fragment.
  const range = quotedRange(p, c, end, j);
  const holds = range.holdsQuotes ? { holdsQuotes: { ...range.holdsQuotes, onlyWithFragments: true } } : {};
  return { candidate: { paragraph: p.n, offset: p.tokens[c]!.start, phrase: subject, quote, via, relayedBy: null, ...holds }, end };
}

/** The subject of an absolute construction, "with <name or description> <participle>", or null. */
function absoluteSubject(p: ParagraphModel, registry: EntityRegistry, j: number): SpeakerPhrase | null {
  if (p.inQuote[j - 1] || !isWord(p.tokens[j - 1])) return null;
  const phrase = phraseEndingAt(p, registry, j - 1);
  if (!phrase || phrase.form === 'pronoun' || p.tokens[phrase.tokenIndex - 1]?.lower !== 'with') return null;
  if (phrase.form === 'name' && phrase.mention?.entity.kind !== 'person' && phrase.mention?.entity.kind !== 'organisation') return null;
  return phrase;
}

/**
 * "saying he would appoint …": a clause with its own auxiliary or past verb. One that holds quoted
 * words is left to participleAroundFragment, which keeps the fragment as its own quote.
 */
function ownClauseWithoutQuotes(s: Sentence, c: number): boolean {
  const { end } = complementEnd(s, c);
  for (let k = c; k < end; k++) if (s.p.inQuote[k]) return false;
  return hasAuxiliary(s, c, end) || hasSubjectAndPastVerb(s, c, end) || hasSubjectAndPresentVerb(s, c, end);
}

/** What separates a participle clause from the main clause: "…, saying", "… – saying". */
const PARTICIPLE_SEPARATORS = new Set([',', '–', '—', '―']);

/** A separator right before token j, also the comma of a quotation closed after it ("“founded ISIS,” saying …"). */
function separatedBefore(p: ParagraphModel, j: number): boolean {
  if (PARTICIPLE_SEPARATORS.has(p.tokens[j - 1]?.text ?? '')) return true;
  return /^[”"’']+$/.test(p.tokens[j - 1]?.text ?? '') && p.tokens[j - 2]?.text === ',' && p.inQuote[j - 2] === true;
}
/** "while saying they will vote …": a clause's subject (a pronoun, a determiner, a name), not "goodbye to …". */
function opensSubject(t: ParagraphModel['tokens'][number] | undefined): boolean {
  if (!t) return false;
  return /^(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|our|this|that|these|those|some|many|most|no)$/.test(t.lower) || isCapitalised(t);
}

/** "… before explaining why she forgave him": a participle after these shares the clause's subject. */
const TEMPORAL_PREPOSITIONS = new Set(['before', 'after', 'while']);
const FACTIVE_ACTS = new Set(['admit', 'acknowledge', 'concede', 'confirm', 'reveal', 'disclose', 'recall', 'note']);
const WH_WORDS = new Set(['why', 'how', 'what', 'whether', 'where', 'who']);

/**
 * "…,” he said, explaining why he disagrees with …", "…, recalling a visit to his church": a
 * participle whose object is a wh-clause, or a speech act with its object, is a statement too.
 */
function participleAct(s: Sentence, registry: EntityRegistry, j: number, c: number, subject: SpeakerPhrase): { candidate: IndirectCandidate; end: number } | null {
  const { p } = s;
  const verb = speechVerb(p.tokens[j]!.lower)!;
  const wh = WH_WORDS.has(p.tokens[c]?.lower ?? '');
  if (!wh && !OBJECT_SPEECH_ACTS.has(verb.lemma)) return null;
  if (ACT_PREPOSITIONS.has(p.tokens[c]?.lower ?? '') || !isWord(p.tokens[c])) return null;
  const { end, according } = complementEnd(s, c);
  if (wordCount(p, c, end) < (wh ? MIN_CLAUSE_WORDS : MIN_ACT_OBJECT_WORDS + 1)) return null;
  for (let k = c; k < end; k++) if (p.inQuote[k]) return null;
  const quote = clauseText(p, wh ? c : j, end);
  if (!quote) return null;
  const via = according >= 0 ? accordingToPhrase(p, registry, according) : null;
  return { candidate: { paragraph: p.n, offset: p.tokens[wh ? c : j]!.start, phrase: subject, quote, via, relayedBy: null, act: !wh }, end };
}

/** "…,” Clinton said, while arguing the U.S. should …": a participle after a comma and a time conjunction. */
function participleAfterConjunction(p: ParagraphModel, j: number): boolean {
  return ['while', 'when', 'before', 'after'].includes(p.tokens[j - 1]?.lower ?? '') && PARTICIPLE_SEPARATORS.has(p.tokens[j - 2]?.text ?? '') && !p.inQuote[j - 1];
}

/** Nouns for a written or recorded message that can be "saying" something. */
const MESSAGE_NOUNS = new Set([
  'statement', 'statements', 'release', 'letter', 'letters', 'message', 'messages', 'email', 'emails', 'e-mail',
  'post', 'posts', 'tweet', 'tweets', 'memo', 'note', 'video', 'ad', 'advertisement', 'notice', 'text', 'op-ed', 'column',
]);

/** "issued a statement saying", "posted a brief message on Facebook saying": a message just before the participle. */
function writtenStatementBefore(p: ParagraphModel, j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    const t = p.tokens[k]!;
    if (p.inQuote[k] || !isWord(t)) return false;
    if (!MESSAGE_NOUNS.has(t.lower)) continue;
    if (k !== j - 1 && !['on', 'to', 'in'].includes(p.tokens[k + 1]!.lower)) return false;
    // The message is the object of a verb ("issued a statement"), not the sentence's subject ("The statement saying … was").
    for (let d = k - 1; d >= Math.max(0, k - 3); d--) {
      if (!MESSAGE_DETERMINERS.has(p.tokens[d]!.lower)) continue;
      const verb = p.tokens[d - 1];
      return verb !== undefined && isWord(verb) && /^\p{Ll}/u.test(verb.text) && p.sentenceOf[d - 1] === p.sentenceOf[j];
    }
    return false;
  }
  return false;
}

const MESSAGE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this']);

/**
 * "…took a heckler in stride, saying the person would “not get beat up” at his rally": a participle
 * after a comma whose clause holds a quoted fragment reports that clause, fragment and all, as a
 * finite verb does (clauseAroundQuotes), for the sentence's subject.
 */
function participleAroundFragment(
  s: Sentence,
  registry: EntityRegistry,
  j: number,
  lastSubject: SpeakerPhrase | null,
): { candidate: IndirectCandidate; end: number } | null {
  const { p } = s;
  if (p.inQuote[j] || p.tokens[j - 1]?.text !== ',' || !speechVerb(p.tokens[j]!.lower)?.participle) return null;
  const subject = lastSubject ?? openingSubject(s, registry, j);
  return subject ? clauseAroundQuotes(s, registry, j, subject) : null;
}

/** "said in a statement that it “…” but that the country remained open": the second clause. */
function coordinatedThatClause(
  s: Sentence,
  registry: EntityRegistry,
  verb: number,
  subject: SpeakerPhrase,
): { candidate: IndirectCandidate; end: number } | null {
  const { p } = s;
  let sawQuote = false;
  for (let k = verb + 1; k < s.to - 1; k++) {
    if (p.inQuote[k]) {
      sawQuote = true;
      continue;
    }
    const conj = p.tokens[k]!.lower;
    if (sawQuote && (conj === 'and' || conj === 'but') && p.tokens[k + 1]!.lower === 'that') {
      const c = k + 2;
      const { end, according } = complementEnd(s, c);
      // "and that the board had “once again …”": the quoted words are its own partial quote.
      for (let q = c; q < end; q++) if (p.inQuote[q]) return null;
      if (wordCount(p, c, end) < MIN_CLAUSE_WORDS) return null;
      const quote = clauseText(p, c, end);
      if (!quote) return null;
      const via = according >= 0 ? accordingToPhrase(p, registry, according) : null;
      return { candidate: { paragraph: p.n, offset: p.tokens[c]!.start, phrase: subject, quote, via, relayedBy: null }, end };
    }
  }
  return null;
}

function coordinated(s: Sentence, j: number): boolean {
  // "offered the man a job, then says …": a comma and "then" join a second predicate.
  if (s.p.tokens[j - 1]?.lower === 'then' && s.p.tokens[j - 2]?.text === ',' && j - 2 > s.from) return true;
  let k = j - 1;
  // ("… but did note that …", "and has since said": the auxiliary belongs to the coordinated verb.)
  while (k >= s.from && ['also', 'again', 'further', 'then', 'later', 'since', 'did', 'does', 'has', 'have', 'had', 'would', 'will'].includes(s.p.tokens[k]!.lower) && !s.p.inQuote[k]) k--;
  if (k >= s.from && s.p.tokens[k]!.text === ',') k--;
  return k >= s.from && (s.p.tokens[k]!.lower === 'and' || s.p.tokens[k]!.lower === 'but' || s.p.tokens[k + 1]?.lower === 'but');
}

function isPastOrAuxiliary(t: ParagraphModel['tokens'][number]): boolean {
  return t.text === t.lower && (t.lower.length > 4 && t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower) || AUXILIARIES.has(t.lower));
}

/** The subject opening the sentence: a name, he/she/they, or a definite description before its verb. */
function openingSubject(s: Sentence, registry: EntityRegistry, j: number): SpeakerPhrase | null {
  const { p } = s;
  const k = clauseStart(s);
  if (k >= j || p.inQuote[k]) return null;
  const named = sentenceSubject(s, registry);
  if (named) return named;
  const lower = p.tokens[k]!.lower;
  if (['he', 'she', 'they'].includes(lower)) return { form: 'pronoun', text: lower, paragraph: p.n, tokenIndex: k, offset: p.tokens[k]!.start };
  // "A few minutes later they reversed themselves … and said …": a time phrase with no comma before the pronoun.
  for (let m = k + 1; m < Math.min(j, k + 6) && isWord(p.tokens[m]) && !p.inQuote[m]; m++) {
    const word = p.tokens[m]!.lower;
    if (['he', 'she', 'they'].includes(word) && TIME_BEFORE_PRONOUN.has(p.tokens[m - 1]!.lower)) return { form: 'pronoun', text: word, paragraph: p.n, tokenIndex: m, offset: p.tokens[m]!.start };
  }
  // "When Quill thanked the crowd and said …, a man yelled": the verb is inside the opening
  // subordinate clause (no comma closes it before the verb), whose own subject speaks.
  if (SUBORDINATORS.has(lower) && !p.tokens.slice(k + 1, j).some((t, n) => t.text === ',' && !p.inQuote[k + 1 + n])) {
    const at = k + 1;
    const mention = registry.mentionStartingAt(p.n, at);
    if (mention) return { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: at, offset: mention.start, mention };
    const word = p.tokens[at]?.lower ?? '';
    if (['he', 'she', 'they'].includes(word)) return { form: 'pronoun', text: word, paragraph: p.n, tokenIndex: at, offset: p.tokens[at]!.start };
    return null;
  }
  if (lower !== 'the' && !DESCRIPTION_DETERMINERS.has(lower)) return null;
  // "The Arizona senator survived …": the description up to its verb (the first lower-case word after a noun).
  let end = k + 1;
  // "The retired surgeon …": a participle before a noun for a person modifies it.
  const verbLike = (t: ParagraphModel['tokens'][number], next: ParagraphModel['tokens'][number] | undefined) =>
    (/(?:ed|s)$/.test(t.lower) || IRREGULAR_PAST.has(t.lower) || AUXILIARIES.has(t.lower)) && !(/ed$/.test(t.lower) && isLowerWord(next) && isPersonNoun(next!.lower));
  // "Other former officers with no knowledge of the case chafed …": a plural noun before a
  // preposition is the head, and the phrase goes on to the verb.
  const pluralBeforePreposition = (n: number) => /s$/.test(p.tokens[n]!.lower) && DESCRIPTION_PREPOSITIONS.has(p.tokens[n + 1]?.lower ?? '');
  while (end < j && isWord(p.tokens[end]) && (!verbLike(p.tokens[end]!, p.tokens[end + 1]) || pluralBeforePreposition(end)) || end < j && /^\p{Lu}/u.test(p.tokens[end]!.text)) end++;
  // "The departments declined …": a word in -s before a past or auxiliary verb is a plural noun.
  if (end + 1 < j && /s$/.test(p.tokens[end]!.lower) && isPastOrAuxiliary(p.tokens[end + 1]!)) end++;
  if (lower !== 'the') return indefiniteDescription(p, k, end);
  const phrase = end - 1 > k ? subjectBefore(p, registry, end) : null;
  // "The rejection of the party’s received wisdom was complete when …": a description whose head is
  // no noun for someone who speaks (a person, a group, an organisation, a publication) is no speaker.
  if (phrase && (phrase.form === 'role' || phrase.form === 'source') && !speakingHead(phrase.text)) return null;
  // "The Arizona Republican survived … and says", "The White House …": a name after "the" starts after it.
  return phrase && (phrase.tokenIndex === k || phrase.tokenIndex === k + 1 && phrase.form === 'name') ? phrase : null;
}

/** A main clause's subject after the comma closing an opening subordinate clause: a name, a pronoun, a description. */
function opensMainClause(p: ParagraphModel, at: number): boolean {
  const t = p.tokens[at];
  if (!t || p.inQuote[at]) return false;
  if (isCapitalised(t) || ['he', 'she', 'they', 'we', 'i', 'it', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'most'].includes(t.lower)) return true;
  // "When Lee said the plan would fail, prices fell": a bare plural and its verb.
  const next = p.tokens[at + 1];
  return isLowerWord(t) && /[^s]s$/.test(t.lower) && next !== undefined && !p.inQuote[at + 1] && FINITE_VERBISH.test(next.lower);
}

const FINITE_VERBISH = /^(?:\p{Ll}{2,}ed|have|has|had|will|would|can|could|are|were|may|might|must|should|did|fell|rose|grew|went|came|began|kept|stayed|remain|remained)$/u;

const SUBORDINATORS = new Set(['when', 'after', 'as', 'while', 'before', 'because', 'since', 'once', 'although', 'though', 'if', 'until', 'whenever']);

/** Nouns for groups that speak as one, beside nouns for people and organisations. */
const SPEAKING_GROUPS = new Set(['campaign', 'administration', 'government', 'team', 'staff', 'family', 'prosecution', 'defense', 'defence', 'city', 'county', 'state', 'country']);

function speakingHead(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  if (/[’']s?$/.test(words.at(-1) ?? '')) return false;
  const plural = sourceHead(text) ?? '';
  return [plural, plural.replace(/s$/, '')].some((head) => isPersonNoun(head) || head in NAME_TITLES || ORG_HEADS.has(head) || OUTLET_NOUNS.has(head) ||
    SOURCE_NOUNS.has(head) || SPEAKING_GROUPS.has(head) || MESSAGE_NOUNS.has(head) || /(?:report|poll|survey|study|document|filing|record)$/.test(head));
}

const MAX_INDEFINITE_SUBJECT_WORDS = 14;
/** Words that end a time phrase run straight into its clause's pronoun ("A few minutes later they …"). */
const TIME_BEFORE_PRONOUN = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards', 'then', 'today', 'yesterday', 'tonight']);
const DESCRIPTION_DETERMINERS = new Set(['a', 'an', 'one', 'both', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'most', 'few', 'other']);
const DESCRIPTION_PREPOSITIONS = new Set(['for', 'of', 'to', 'at', 'with', 'from', 'in', 'on', 'close', 'familiar']);

/**
 * "A spokesman for the mayor defended the route and said …": an indefinite description of a
 * person opening the sentence, up to its verb, is the unnamed source as written.
 */
function indefiniteDescription(p: ParagraphModel, k: number, end: number): SpeakerPhrase | null {
  if (end - k < 2 || wordCount(p, k, end) > MAX_INDEFINITE_SUBJECT_WORDS) return null;
  for (let t = k; t < end; t++) {
    if (p.inQuote[t] || !isWord(p.tokens[t]) && p.tokens[t]!.text !== '.' || AUXILIARIES.has(p.tokens[t]!.lower)) return null;
  }
  // The head: a noun for a person among the words before any preposition ("a senior aide to …").
  let h = k + 1;
  const personNoun = (w: string) => isPersonNoun(w) || /s$/.test(w) && (isPersonNoun(w.slice(0, -1)) || isPersonNoun(w.replace(/es$/, '')));
  // "Other former CIA officers": a capitalised modifier may stand before the head.
  while (h < end && h - k <= 4 && (isLowerWord(p.tokens[h]) || /^\p{Lu}{2,}$/u.test(p.tokens[h]!.text)) && !personNoun(p.tokens[h]!.lower) && !DESCRIPTION_PREPOSITIONS.has(p.tokens[h]!.lower)) h++;
  if (!isLowerWord(p.tokens[h]) || !personNoun(p.tokens[h]!.lower)) return null;
  // "a campaign official later said": an adverb before the verb is no part of who.
  let last = end - 1;
  while (last > h && isLowerWord(p.tokens[last]) && VERB_MODIFIERS.has(p.tokens[last]!.lower)) last--;
  const text = tidy(p.text.slice(p.tokens[k]!.start, p.tokens[last]!.end)).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  return { form: 'source', text, paragraph: p.n, tokenIndex: k, offset: p.tokens[k]!.start };
}

/** "The plan will fail, the minister said." / "…, said Ms Smith." with no quote in the sentence. */
function sentenceFinal(s: Sentence, registry: EntityRegistry, j: number, withFragments = false, quotedAfter = false): IndirectCandidate | null {
  const { p } = s;
  // Quotations inside are for finalClauseAroundFragments only; elsewhere the quote sieves have them.
  for (let k = withFragments ? j : s.from; k < (quotedAfter ? j : s.to); k++) {
    if (!p.inQuote[k]) continue;
    // "…, he said on MSNBC’s “Morning Joe.”": a title after the verb is where, not what was said.
    const title = k > j ? quotedTitleEnd(p, k) : -1;
    if (title < 0) return null;
    k = title;
  }
  let subject = subjectBefore(p, registry, j);
  let commaAt = subject ? subject.tokenIndex - 1 : j - 1;
  // "…, the Food Minister said": a role read as a name starts after its article.
  if (subject?.roleFirst && p.tokens[commaAt]?.lower === 'the') commaAt--;
  // "…, Algerian foreign ministry spokesman Ben Cherif said": a role before the name belongs to it.
  if (subject && subject.tokenIndex < j && p.tokens[commaAt]?.text !== ',') commaAt = commaBeforeRole(p, commaAt, s.from);
  // "…, the returning officer, Gail Price, said": a role set off by commas before the name belongs to it.
  if (subject && subject.tokenIndex < j && p.tokens[commaAt]?.text === ',') commaAt = roleBetweenCommas(p, commaAt, s.from);
  if (!subject) subject = subjectAfter(p, registry, j);
  if (subject?.form === 'pronoun') subject = introducedAtClauseStart(s, registry, subject) ?? subject;
  // "… and ''should have acted sooner,'' said Jäger": the comma inside the closing quotation mark.
  const commaInsideClose = withFragments && /^[”"’']+$/.test(p.tokens[commaAt]?.text ?? '') && p.tokens[commaAt - 1]?.text === ',';
  if (commaInsideClose) commaAt--;
  if (!subject || p.tokens[commaAt]?.text !== ',') return null;
  // After the verb (and an inverted subject) the sentence ends or goes on after a comma.
  const afterVerb = subject.tokenIndex > j ? phraseEnd(p, subject) : tellObjectEnd(s, registry, j);
  // Only here, after a statement and its subject closing the sentence, may the adjunct be long.
  let k = closingAdjunctEnd(p, afterVerb, s.to, true);
  // "…, Obama told his advisers as he labored over …": a clause of when closes the sentence.
  if (k > j + 1 && WHEN_OPENERS.has(p.tokens[k]?.lower ?? '') && !p.inQuote[k]) k = s.to;
  // "…, her advisers said Friday, because …": a bare day before a comma.
  if (DAY_WORDS.test(p.tokens[k]?.lower ?? '') && p.tokens[k + 1]?.text === ',') k++;
  if (k < s.to && p.tokens[k]!.text !== ',' && isWord(p.tokens[k])) return null;
  // "The ice, she says, is melting faster": the clause closes around a parenthetical attribution;
  // the statement is then the whole sentence as written.
  // "…, says Ken Ito, the campaign's director.": after an inverted subject, a comma opens its apposition.
  const apposition = subject.tokenIndex > j && /^(?:a|an|the|his|her|their|its)$/.test(p.tokens[k + 1]?.lower ?? '');
  const parenthetical = p.tokens[k]?.text === ',' && !apposition && continuesClause(p, k + 1, s.to, s.from);
  if (!parenthetical && wordCount(p, s.from, commaAt) < MIN_CLAUSE_WORDS) return null;
  // Before ", adding, “…”" a clause, not an opening participle ("Weighing in on the talks, Lee agreed").
  if (quotedAfter && /^\p{Lu}\p{Ll}+ing$/u.test(p.tokens[s.from]!.text)) return null;
  // "After all, she argued, the town has paid …": after a discourse opener the statement is what follows.
  const opener = parenthetical && DISCOURSE_OPENERS.has(tidy(p.text.slice(p.tokens[s.from]!.start, p.tokens[commaAt - 1]?.end ?? 0)).toLowerCase());
  // "HALVIK, Norvia (Meridian) - Dock workers walked off …, officials said": the dateline is no one's words.
  const from = afterDateline(s);
  const quote = opener ? clauseText(p, k + 1, s.to) : parenthetical ? clauseText(p, from, s.to) : clauseText(p, from, commaAt);
  const via = subject.tokenIndex < j ? toldOutlet(p, registry, j) : null;
  if (!quote) return null;
  if (withFragments) {
    // "Mrs. Clinton would do well to begin ''building bridges'' to Mr. Sanders, said David Axelrod":
    // the clause is the statement, the quoted words a fragment of it; not when the clause is mostly
    // quotation ("“…,” said Lee") or set off around the attribution.
    if (parenthetical || opener || p.inQuote[s.from] || startsWithQuote(s, s.from)) return null;
    // The closing mark after that comma still belongs to the quotation the clause holds.
    const range = quotedRange(p, s.from, commaInsideClose ? commaAt + 2 : commaAt, j);
    if (!range.holdsQuotes || unquotedWords(p, s.from, commaAt) < MIN_FRAGMENT_HOLDER_WORDS) return null;
    const closed = commaInsideClose ? `${quote}${p.tokens[commaAt + 1]!.text}` : quote;
    return { paragraph: p.n, offset: p.tokens[s.from]!.start, phrase: subject, quote: closed, via, relayedBy: null, holdsQuotes: { ...range.holdsQuotes, onlyWithFragments: true } };
  }
  return { paragraph: p.n, offset: p.tokens[s.from]!.start, phrase: subject, quote, via, relayedBy: null };
}

const DAY_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

/** "said Thursday his biggest worry …", "said on Monday night the plan …": the day is when, not what. */
function afterDayAdjunct(p: ParagraphModel, c: number, to: number): number {
  let k = c;
  if (p.tokens[k]?.lower === 'on' && DAY_WORDS.test(p.tokens[k + 1]?.lower ?? '')) k++;
  if (!DAY_WORDS.test(p.tokens[k]?.lower ?? '') || p.inQuote[k]) return c;
  k++;
  if (/^(?:morning|afternoon|evening|night)$/.test(p.tokens[k]?.lower ?? '')) k++;
  // Only before more words of a clause ("said Monday." has nothing after it).
  return k < to && isWord(p.tokens[k]) ? k : c;
}

/** Words outside quotation marks a clause needs before a final attribution to be the statement its fragments belong to. */
const MIN_FRAGMENT_HOLDER_WORDS = 3;

/**
 * "The club’s investment in its courses, Ms. Tanzer said, “is a perfect example of adapting” to the
 * changing economics of golf": an attribution set off by commas inside a sentence whose rest holds a
 * quoted fragment. The sentence as written is the statement (as sentenceFinal's parenthetical), the
 * fragment part of it.
 */
function parentheticalAroundFragment(s: Sentence, registry: EntityRegistry, j: number, subject: SpeakerPhrase): IndirectCandidate | null {
  const { p } = s;
  const commaBefore = subject.tokenIndex - 1;
  if (subject.tokenIndex > j || p.tokens[commaBefore]?.text !== ',' || p.tokens[j + 1]?.text !== ',') return null;
  // "…, Spicer said, adding, “…”": the quotation after a participle is said on its own, not the clause's end.
  if (speechVerb(p.tokens[j + 2]?.lower ?? '')?.participle) return null;
  for (let k = s.from; k < commaBefore; k++) if (p.inQuote[k]) return null;
  if (wordCount(p, s.from, commaBefore) < MIN_CLAUSE_WORDS) return null;
  if (DISCOURSE_OPENERS.has(tidy(p.text.slice(p.tokens[s.from]!.start, p.tokens[commaBefore - 1]!.end)).toLowerCase())) return null;
  let quoted = false;
  for (let k = j + 2; k < s.to && !quoted; k++) quoted = p.inQuote[k]!;
  if (!quoted) return null;
  const quote = clauseText(p, s.from, s.to);
  if (!quote) return null;
  const holdsQuotes = { from: p.tokens[s.from]!.start, to: p.tokens[s.to - 1]!.end, verb: j, onlyWithFragments: true };
  return { paragraph: p.n, offset: p.tokens[s.from]!.start, phrase: subject, quote, via: toldOutlet(p, registry, j), relayedBy: null, holdsQuotes };
}

/** Speech verbs an action is done for: "stood up at the meeting to say …", "took to Twitter to argue …". */
const PURPOSE_SPEECH = new Set(['say', 'argue', 'insist', 'announce', 'declare', 'warn', 'explain', 'complain', 'claim', 'assert', 'proclaim']);
/** Before "to": a word that makes the infinitive wanted, refused or planned speech, not speech made. */
const NOT_PURPOSE_BEFORE = /^(?:declin|refus|want|plan|hop|expect|going|able|unable|likely|unlikely|reluctant|willing|unwilling|ready|set|due|tend|seem|appear|try|tried|begin|began|need|ha[sdv]|used|ought|afraid|hesitat|lik|lov|prefer|continu|chose|choos|agree|promis|vow|forc|ask|urg|told|tell|allow|invit|encourag|press|was|were|is|are|be|been|wish|get|got|fail|prepar|pledg|threaten|decid|mean|meant|began|start|seek|sought|intend|dar|has)/;

/**
 * "Tom Emanuel of Laconia stood at a Bush event to say he was leaning toward Trump": a speech verb
 * in an infinitive of purpose after an action reports what the sentence's subject said.
 */
function purposeInfinitive(s: Sentence, registry: EntityRegistry, j: number): { candidate: IndirectCandidate; end: number } | null {
  const { p } = s;
  const verb = speechVerb(p.tokens[j]!.lower);
  if (!verb || verb.lemma !== p.tokens[j]!.lower || !PURPOSE_SPEECH.has(verb.lemma) || p.inQuote[j]) return null;
  if (p.tokens[j - 1]?.lower !== 'to' || p.inQuote[j - 1]) return null;
  const before = p.tokens[j - 2];
  if (!before || !isLowerWord(before) || NOT_PURPOSE_BEFORE.test(before.lower) || j - 2 <= s.from) return null;
  const subject = sentenceSubject(s, registry);
  if (!subject || subject.tokenIndex >= j || subject.mention?.entity.kind !== 'person' && subject.mention?.entity.kind !== 'organisation') return null;
  let c = j + 1;
  const that = thatWithin(s, c);
  if (that >= 0) c = that + 1;
  else if (!ownClauseWithoutQuotes(s, c)) return null;
  const { end } = complementEnd(s, c);
  if (wordCount(p, c, end) < MIN_CLAUSE_WORDS) return null;
  for (let k = c; k < end; k++) if (p.inQuote[k]) return null;
  const quote = clauseText(p, c, end);
  return quote ? { candidate: { paragraph: p.n, offset: p.tokens[c]!.start, phrase: subject, quote, via: null, relayedBy: null }, end } : null;
}

const MAX_APPOSITION_TOKENS = 25;
const MAX_APPOSITION_SEGMENTS = 2;
/** Verbs written before their subject inside a sentence: "…, said Lee, …", "…, say experts, …". */
const INVERTING_VERBS = new Set(['say', 'write', 'add', 'argue', 'note', 'explain', 'insist', 'warn', 'contend', 'observe', 'predict', 'acknowledge', 'suggest', 'caution', 'concede', 'claim', 'complain', 'recall', 'believe']);
const DETERMINER_OR_QUANTITY = /^(?:the|a|an|his|her|their|its|some|many|most|several|other|others|experts|analysts|officials|critics|\d.*)$/;

/** A finite verb opens the words at k, perhaps after an adverb: "would read", "is the ground", "doesn't forgive". */
function predicateStarts(p: ParagraphModel, k: number, to: number): boolean {
  let t = p.tokens[k];
  if (t && isLowerWord(t) && /ly$|^(?:also|still|not|only|never)$/.test(t.lower)) t = p.tokens[++k];
  if (!t || k >= to || p.inQuote[k] || !isLowerWord(t)) return false;
  return AUXILIARIES.has(t.lower) || /n['’]t$/.test(t.lower);
}

/**
 * "Any interpretation of the deal, said Mo Kaf, an expert on Russia, would read this as …", "And
 * Trump, said Sunshine, who remains friendly with him, doesn't forgive": an inverted attribution
 * (and its apposition) set off by commas inside the sentence; the sentence as written is the
 * statement, any quoted fragments in it part of it.
 */
function invertedParenthetical(s: Sentence, registry: EntityRegistry, j: number): IndirectCandidate | null {
  const { p } = s;
  if (p.tokens[j - 1]?.text !== ',' || p.inQuote[j - 1] || j - 1 <= s.from) return null;
  if (!INVERTING_VERBS.has(speechVerb(p.tokens[j]!.lower)?.lemma ?? '')) return null;
  const subject = subjectAfter(p, registry, j);
  if (!subject || subject.form === 'pronoun' || subject.form !== 'name' && !DETERMINER_OR_QUANTITY.test(p.tokens[subject.tokenIndex]!.lower) && subject.form !== 'source') return null;
  let comma = phraseEnd(p, subject);
  // The subject's apposition ("an expert on Russia", "who remains friendly with her") runs to a
  // comma after which the sentence's own verb goes on ("would read …", "doesn't forgive …").
  for (let segment = 0; ; segment++) {
    if (p.tokens[comma]?.text !== ',' || p.inQuote[comma] || segment > MAX_APPOSITION_SEGMENTS) return null;
    if (predicateStarts(p, comma + 1, s.to)) break;
    let next = comma + 1;
    while (next < s.to && next - comma < MAX_APPOSITION_TOKENS && !(p.tokens[next]!.text === ',' && !p.inQuote[next])) next++;
    comma = next;
  }
  if (wordCount(p, s.from, j - 1) < 2) return null;
  if (DISCOURSE_OPENERS.has(tidy(p.text.slice(p.tokens[s.from]!.start, p.tokens[j - 2]!.end)).toLowerCase())) return null;
  const quote = clauseText(p, s.from, s.to);
  if (!quote) return null;
  const range = quotedRange(p, s.from, s.to, j);
  const holds = range.holdsQuotes ? { holdsQuotes: { ...range.holdsQuotes, onlyWithFragments: true } } : {};
  return { paragraph: p.n, offset: p.tokens[s.from]!.start, phrase: subject, quote, via: null, relayedBy: null, ...holds };
}

/** Sentence openers that belong to no one's words: "After all, she argued, …". */
const DISCOURSE_OPENERS = new Set([
  'after all', 'in fact', 'indeed', 'of course', 'still', 'however', 'yet', 'but', 'and', 'so', 'besides', 'meanwhile',
  'moreover', 'nevertheless', 'nonetheless', 'instead', 'ultimately', 'frankly', 'honestly', 'clearly', 'in short',
  'in any case', 'at least', 'above all', 'for now', 'first', 'second', 'finally', 'now', 'then', 'anyway', 'otherwise',
  'perhaps', 'maybe', 'sadly', 'unfortunately', 'fortunately', 'in the end', 'for example', 'for instance',
]);

/** Words that open the circumstances of saying something: "said after meeting …", "reported on Thursday, …". */
const CIRCUMSTANCE_OPENERS = new Set(['after', 'before', 'during', 'while', 'when', 'following', 'on', 'in', 'at', 'outside', 'from', 'via', 'through', 'late', 'earlier', 'last', 'this', 'yesterday', 'today']);

/**
 * "The repairs are finished, Ruiz said after meeting the council, because …", "The ferry will run
 * in March, the Gazette reported on Thursday, two days after …": a full clause before the comma
 * that precedes the subject is the statement; what follows the verb is when or where it was said.
 */
function statementBeforeSubject(s: Sentence, registry: EntityRegistry, subject: SpeakerPhrase, j: number): IndirectCandidate | null {
  const { p } = s;
  if (subject.tokenIndex > j) return null;
  const after = p.tokens[j + 1];
  if (!after || !(after.text === ',' || CIRCUMSTANCE_OPENERS.has(after.lower))) return null;
  // "Days before the vote, the company said on Friday that it had …": the "that" clause is the statement.
  if (after.text !== ',' && thatWithin(s, j + 1) >= 0) return null;
  let commaAt = subject.tokenIndex - 1;
  if (p.tokens[commaAt]?.lower === 'the') commaAt--;
  // "…, former President Bill Clinton said this week": a role before the name belongs to it.
  // ("…, as The Times reported" is an as-clause, no role.)
  if (p.tokens[commaAt]?.text !== ',' && !SUBORDINATORS.has(p.tokens[commaAt]?.lower ?? '')) commaAt = commaBeforeRole(p, commaAt, s.from);
  if (p.tokens[commaAt]?.text !== ',' || p.inQuote[commaAt] || inNumber(p, commaAt)) return null;
  for (let k = s.from; k < commaAt; k++) if (p.inQuote[k]) return null;
  if (wordCount(p, s.from, commaAt) < MIN_CLAUSE_WORDS) return null;
  if (!hasAuxiliary(s, s.from, commaAt) && !hasSubjectAndPastVerb(s, s.from, commaAt) && !hasSubjectAndPresentVerb(s, s.from, commaAt)) return null;
  const quote = clauseText(p, s.from, commaAt);
  if (!quote) return null;
  return { paragraph: p.n, offset: p.tokens[s.from]!.start, phrase: subject, quote, via: toldOutlet(p, registry, j), relayedBy: null };
}

const MAX_ROLE_BEFORE_NAME = 8;
const NOT_IN_ROLE = new Set(['that', 'which', 'who', 'whom', 'because', 'but', 'if', 'when', 'while',
  // "…, the mayor is very open to the press, Ann Cole insisted": a verb makes it a clause, not a role.
  'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'has', 'have', 'had', 'should', 'may', 'might', 'must', 'does', 'did']);

/** The comma before a pre-nominal role ("…, the mayor’s longtime adviser Ruth Vale said"), else `at`. */
/** The comma before "the returning officer," when that role (a determiner and a few words) sits between two commas before a name. */
function roleBetweenCommas(p: ParagraphModel, comma: number, from: number): number {
  for (let k = comma - 1; k > Math.max(from, comma - MAX_ROLE_BEFORE_NAME - 2); k--) {
    const t = p.tokens[k]!;
    if (t.text === ',') return ROLE_OPENERS.has(p.tokens[k + 1]?.lower ?? '') && k + 2 < comma ? k : comma;
    if (p.inQuote[k] || !isWord(t) || NOT_IN_ROLE.has(t.lower) || speechVerb(t.lower)) return comma;
  }
  return comma;
}

const ROLE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/** "2,766": a thousands separator, no clause boundary. */
function inNumber(p: ParagraphModel, comma: number): boolean {
  return /\d$/.test(p.tokens[comma - 1]?.text ?? '') && /^\d{3}\b/.test(p.tokens[comma + 1]?.text ?? '') && p.tokens[comma]!.start === p.tokens[comma - 1]!.end;
}

function commaBeforeRole(p: ParagraphModel, at: number, from: number): number {
  for (let k = at; k >= Math.max(from, at - MAX_ROLE_BEFORE_NAME); k--) {
    const t = p.tokens[k]!;
    if (t.text === ',' && !inNumber(p, k)) return k;
    const punctuation = !/[\p{L}\p{N}]/u.test(t.text) && !/^[’'-]$/.test(t.text);
    if (p.inQuote[k] || NOT_IN_ROLE.has(t.lower) || speechVerb(t.lower) || punctuation) return at;
  }
  return at;
}

/** "…, Lee told reporters." / "…, Lee told the BBC.": the token after a told-object, else after the verb. */
function tellObjectEnd(s: Sentence, registry: EntityRegistry, verb: number): number {
  const lemma = speechVerb(s.p.tokens[verb]!.lower)?.lemma;
  // "…, Kennedy wrote Linick.": whom a letter was written to, closing the sentence.
  if (lemma === 'write') {
    const addressee = registry.mentionStartingAt(s.p.n, verb + 1);
    if (addressee && addressee.entity.kind === 'person' && closingAdjunctEnd(s.p, addressee.last + 1, s.to) >= s.to - 1) return addressee.last + 1;
  }
  // "As Lee pointed out, …", "…, Lee summed up.": a verb's particle belongs to the verb.
  if (lemma !== 'tell') return /^(?:out|up)$/.test(s.p.tokens[verb + 1]?.lower ?? '') && !s.p.inQuote[verb + 1] ? verb + 2 : verb + 1;
  return skipTellObject(s, registry, verb + 1);
}

const ADJUNCT_OPENERS = new Set([
  'on', 'last', 'this', 'in', 'at', 'during', 'earlier', 'late', 'yesterday', 'today', 'tonight', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const MAX_ADJUNCT_WORDS = 5;

/**
 * "…, the minister said on Tuesday." / "…, she said in a statement.": a short time or place phrase
 * closing the sentence after the verb; the index after it (or `k` when there is none).
 */
function closingAdjunctEnd(p: ParagraphModel, k: number, to: number, long = false): number {
  const first = p.tokens[k];
  if (!first || k >= to || !ADJUNCT_OPENERS.has(first.lower)) return k;
  let end = k;
  while (end < to && isWord(p.tokens[end])) end++;
  // A stop that ends the sentence, not the point of "Mr." ("said on Sunday that Mr. Trump …").
  // ("… reported on Tuesday -- a development that …": a dashed aside about the whole sentence follows.)
  const closes = end >= to || /^[.!?]$/.test(p.tokens[end]!.text) && end + 1 >= to || titleClosesSentence(p, end, to) || isDash(p, end) && !p.inQuote[end] && !dashBefore(p, k);
  // "insisted Thursday during a whistle-stop tour of morning news shows.": a longer phrase that opens
  // with a preposition (after a day, if any) and closes the sentence is still when or where.
  let prep = k;
  if (DAY_WORDS.test(p.tokens[prep]?.lower ?? '')) prep++;
  // No verb inside it ("at least six planes filled the skies" is a clause) and no quantity ("at least").
  const verbInside = p.tokens.slice(prep + 1, end).some((t) => isLowerWord(t) && (/ed$/.test(t.lower) && t.lower.length > 4 || AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower)));
  const quantity = /^(?:least|most)$/.test(p.tokens[prep + 1]?.lower ?? '');
  const prepositional = long && PREPOSITIONAL_ADJUNCTS.has(p.tokens[prep]?.lower ?? '') && !verbInside && !quantity && end - k <= MAX_PREPOSITIONAL_ADJUNCT_WORDS;
  return (end - k <= MAX_ADJUNCT_WORDS || prepositional) && closes ? end : k;
}

const PREPOSITIONAL_ADJUNCTS = new Set(['during', 'in', 'at', 'on', 'after', 'via']);
const MAX_PREPOSITIONAL_ADJUNCT_WORDS = 12;

/** After a parenthetical: a lower-case word that is not a participle, relative or conjunction. */
/** Words that open a phrase, not a clause, at a sentence's start ("Like his comments …, X said, …"). */
const PHRASE_OPENERS = new Set(['like', 'unlike', 'despite', 'beyond', 'besides', 'regardless']);

function continuesClause(p: ParagraphModel, k: number, to: number, from = -1): boolean {
  const t = p.tokens[k];
  // "Like his comments about Mr. Curiel, Mr. Graham said, Mr. Trump's jabs were …": after an opening
  // phrase that is no clause, the words after the attribution are the clause, whatever their case.
  const openedByPhrase = from >= 0 && PHRASE_OPENERS.has(p.tokens[from]?.lower ?? '') && /^\p{Lu}/u.test(t?.text ?? '') && !p.inQuote[k];
  if (!t || k >= to || !/^\p{Ll}/u.test(t.text) && !openedByPhrase) return false;
  if (/ing$/.test(t.lower) || ['which', 'who', 'where', 'whose', 'when', 'and', 'but', 'or', 'while', 'as', 'although', 'though', 'because', 'after', 'before', 'since', 'adding', 'saying'].includes(t.lower)) return false;
  return wordCount(p, k, to) >= 2;
}

/** `According to X, …` / `…, according to X.` in a sentence with no other reporting verb. */
function accordingToStatement(s: Sentence, registry: EntityRegistry, out: IndirectCandidate[]): void {
  const { p } = s;
  const at = findAccordingTo(p, s.from, s.to);
  if (at < 0) return;
  // "According to Quill, she was once … but is now “the worst thing …”": an opening according-to
  // governs the clause after it, quoted fragments included; elsewhere a quotation keeps its own.
  const opens = at === s.from || !isWord(p.tokens[at - 1]) && at - 1 === s.from;
  for (let k = s.from; k < s.to; k++) if (p.inQuote[k] && !opens) return;
  const phrase = accordingToPhrase(p, registry, at);
  if (!phrase) return;
  let from: number;
  let to: number;
  if (at === s.from || !isWord(p.tokens[at - 1]) && at - 1 === s.from) {
    let comma = at + 2;
    while (comma < s.to && p.tokens[comma]!.text !== ',') comma++;
    // "According to the report, published Monday by the auditor, the agency …": the source's
    // participle or relative apposition runs to the next comma.
    const after = p.tokens[comma + 1];
    if (after && !p.inQuote[comma + 1] && isLowerWord(after) && (/(?:ed|en)$/.test(after.lower) || ['which', 'who', 'whose', 'released', 'published'].includes(after.lower))) {
      let next = comma + 1;
      while (next < s.to && next - comma <= MAX_APPOSITION_TOKENS && p.tokens[next]!.text !== ',') next++;
      if (next < s.to - 1) comma = next;
    }
    from = comma + 1;
    to = s.to;
  } else {
    from = s.from;
    to = p.tokens[at - 1]?.text === ',' ? at - 1 : at;
    // "Microplastics, according to the institute, are now found …": the clause closes around it,
    // and the statement is the whole sentence as written.
    let comma = at + 2;
    while (comma < s.to && p.tokens[comma]!.text !== ',') comma++;
    if (p.tokens[at - 1]?.text === ',' && comma < s.to - 1 && isWord(p.tokens[comma + 1]) && !/^\p{Lu}/u.test(p.tokens[comma + 1]!.text) &&
      !['which', 'who', 'where', 'whose', 'when', 'and', 'but', 'or', 'while', 'as'].includes(p.tokens[comma + 1]!.lower)) {
      to = s.to;
    }
  }
  if (wordCount(p, from, to) < MIN_CLAUSE_WORDS) return;
  const range = quotedRange(p, from, to, at);
  if (range.holdsQuotes && (startsWithQuote(s, from) || unquotedWords(p, from, to) < MIN_HOLDING_CLAUSE_WORDS)) return;
  const quote = clauseText(p, from, to);
  const holds = range.holdsQuotes ? { holdsQuotes: { ...range.holdsQuotes, onlyWithFragments: true } } : {};
  if (quote) out.push({ paragraph: p.n, offset: p.tokens[from]!.start, phrase, quote, via: null, relayedBy: null, ...holds });
}
