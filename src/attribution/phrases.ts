/**
 * Speaker phrases around a speech verb, found by form: the subject before it ("Ann Lee, a
 * professor …, said", "he said", "the minister said", "two people familiar with the matter said"),
 * the inverted subject after it ("said Lee"), and the object of "according to".
 */
import type { ParagraphModel } from './doc.ts';
import { endsOpeningPhrase, type EntityRegistry, type NameMention } from './entities.ts';
import { CLAUSE_BOUNDARIES, DOCUMENT_HEADS, NAME_TITLES, NOT_NAME_WORDS, ORG_HEADS, OUTLET_NOUNS, SOURCE_DETERMINERS, SOURCE_NOUNS, speechVerb, STATEMENT_NOUNS, SUBJECT_PRONOUNS, VERB_MODIFIERS, type SpeechVerb } from './lexicon.ts';
import { isNonSpeakerName } from './names.ts';
import { isCapitalisedPersonNoun, isPersonNoun } from '../lexicon/person-nouns.ts';
import { isCapitalised, isLowerWord, isPossessive, isWord, possessiveAt, tidy } from './text.ts';

export type PhraseForm = 'name' | 'pronoun' | 'role' | 'source' | 'organisation';


/** Prepositions after which a noun phrase's head has already come ("a reporter for …"). */
const HEAD_ENDING_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from']);
const NOT_REPORTING_BEFORE = new Set(['to', 'not', "n't", 'never', 'a', 'an', 'the', 'who', 'which', 'if', 'when', 'did', 'does', 'do', 'would', 'is', 'was', 'were', 'are', 'be', 'been', 'being', "isn't", "wasn't"]);

/**
 * The finite speech verb at token i, or undefined: not "to say", "was told", "did not say",
 * "the state", "a Chinese state firm" (noun-like forms need a pronoun, name or adverb before them).
 */
export function reportingVerbAt(p: ParagraphModel, i: number): SpeechVerb | undefined {
  const { tokens, inQuote } = p;
  const token = tokens[i];
  if (!token || inQuote[i]) return undefined;
  const verb = speechVerb(token.lower);
  // "the state's party convention": a possessive is a noun, whatever verb it spells.
  if (!verb || isPossessive(token)) return undefined;
  // "has written off efforts", "called off the vote": a phrasal verb that reports nothing.
  if (tokens[i + 1]?.lower === 'off' && !inQuote[i + 1]) return undefined;
  // "He continued, “…”", "“…,” she continued.": speech only with its quotation, never "continued to rise".
  if (verb.lemma === 'continue' && !/^(?:[,:.]|[“"‘'«]+)$/.test(tokens[i + 1]?.text ?? '.')) return undefined;
  // "Commission reports that track spending", "statements that suggest": a relative "that" with a
  // verb straight after it makes the word before it a noun.
  if (verb.nounLike && tokens[i + 1]?.lower === 'that' && relativeThatFollows(p, i + 1)) return undefined;
  // "As Soviet states and neighbors": no clause after it.
  if (verb.nounLike && /^(?:and|or)$/.test(tokens[i + 1]?.lower ?? '')) return undefined;
  // "Islamic State militants", "the Gulf States": a capitalised word inside a sentence is a name, not the verb.
  if (isCapitalisedInside(p, i)) return undefined;
  // "a think tank", "talk radio": a compound noun whose first word is a speech verb's form.
  if (COMPOUND_NOUNS.has(`${token.lower} ${tokens[i + 1]?.lower ?? ''}`)) return undefined;
  // "is declaring that", "was telling reporters": a progressive is finite; a bare "saying" is not.
  if (verb.participle) return verbChainStart(p, i) < i ? verb : undefined;
  const previousToken = tokens[i - 1];
  const previous = previousToken?.lower ?? '';
  if (previousToken && isPossessive(previousToken)) return undefined;
  // "reported cases", "20 pledged delegates", "her stated goal": a participle before a noun is an adjective.
  if (/ed$/.test(token.lower) && isLowerWord(tokens[i + 1]) && !NOT_NOUNS_AFTER_PARTICIPLE.has(tokens[i + 1]!.lower) &&
    (ADJECTIVE_POSITION.has(previous) || /^\d[\d,.]*$/.test(previous))) return undefined;
  // "continued to insist", "went on to say", "he did note": a verb chain before it, no infinitive or question.
  const chained = verbChainStart(p, i) < i;
  if (!chained && (NOT_REPORTING_BEFORE.has(previous) || previous.endsWith("n't")) && !(verb.frame !== 'quote' && whoClauseOfNamedPerson(p, i - 1))) return undefined;
  // "the only pollster to correctly predict", "the only contender to have pledged": an infinitive
  // after a noun, past an adverb or "have".
  let before = i - 1;
  while (before > 0 && (/ly$/.test(tokens[before]!.lower) || tokens[before]!.lower === 'have') && !inQuote[before]) before--;
  if (before < i - 1 && tokens[before]?.lower === 'to' && isLowerWord(tokens[before - 1]) && !CATENATIVES.has(tokens[before - 1]!.lower) &&
    !GO_ON.has(tokens[before - 2]?.lower ?? '')) return undefined;
  // "Advocacy groups note that …": after a plural noun and before "that", the verb reading.
  const pluralSubjectBefore = isLowerWord(previousToken) && /[^s]s$/.test(previous) && tokens[i + 1]?.lower === 'that';
  if (verb.nounLike && !pluralSubjectBefore) {
    const pronounBefore = ['i', 'we', 'they', 'you', 'he', 'she', 'it'].includes(previous);
    // "his first report", "their latest claim": a modifier after a determiner belongs to a noun.
    const determinerBefore = NOUN_DETERMINERS.has(tokens[i - 2]?.lower ?? '');
    const adverbBefore = (VERB_MODIFIERS.has(previous) || /ly$/.test(previous)) && !determinerBefore;
    // "a Twitter comment", "an AP report": after an indefinite article, a name modifies the noun.
    const indefiniteBefore = ['a', 'an'].includes(tokens[i - 2]?.lower ?? '');
    const nameBefore = previousToken !== undefined && isCapitalised(previousToken) && !inQuote[i - 1] && !/^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ern)$/u.test(previousToken.text) &&
      !NOT_NAME_WORDS.has(previous) && !indefiniteBefore;
    // "the October report exceeded …", "the Treasury note fell …": a noun before its own verb.
    const next = tokens[i + 1];
    if (next && isLowerWord(next) && (IRREGULAR_PAST_FORMS.has(next.lower) || /ed$/.test(next.lower) && next.lower.length > 4 || BE_FORMS.has(next.lower))) return undefined;
    const afterQuote = previousToken !== undefined && /^[,”"’']$/.test(previousToken.text);
    // "says the plan will fail and notes that …": a coordinated verb before "that".
    const coordinatedBeforeThat = (previous === 'and' || previous === 'but') && tokens[i + 1]?.lower === 'that';
    // "a company executive tells employees", "the spokesman notes that": after a noun for a person and
    // before whom it is told or "that", the verb.
    const objectPronoun = OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '') && (tokens[i + 1]!.lower !== 'her' || !isWord(tokens[i + 2]) || tokens[i + 2]!.lower === 'that'); // "her" may open "her plan"
    const toldTo = tokens[i + 1] !== undefined && (objectPronoun || tokens[i + 1]!.lower === 'that' ||
      isLowerWord(tokens[i + 1]) && /[^s]s$/.test(tokens[i + 1]!.lower) && isPersonNoun(tokens[i + 1]!.lower) && !isWord(tokens[i + 2]));
    const personBefore = isLowerWord(previousToken) && isPersonNoun(previous) && toldTo;
    // "The suit claims that the senator …": a document that speaks, then a clause after "that"
    // ("the report claims that were denied" is a noun and its relative clause).
    const afterThat = tokens[i + 2]?.lower ?? '';
    const nounSubjectBeforeThat = isLowerWord(previousToken) && DOCUMENT_HEADS.has(previous) && NOUN_DETERMINERS.has(tokens[i - 2]?.lower ?? '') && tokens[i + 1]?.lower === 'that' &&
      !BE_FORMS.has(afterThat) && !IRREGULAR_PAST_FORMS.has(afterThat) && !/ed$/.test(afterThat);
    if (!pronounBefore && !adverbBefore && !nameBefore && !afterQuote && !coordinatedBeforeThat && !personBefore && !nounSubjectBeforeThat) return undefined;
  }
  return verb;
}

/**
 * "Chris Christie, who says the senator lacks experience": a who-clause set off after a person's
 * name, its verb straight after "who"; the name is the verb's subject. Not "voters who say" (no
 * comma: a kind of people, not someone speaking).
 */
function whoClauseOfNamedPerson(p: ParagraphModel, who: number): boolean {
  if (p.tokens[who]?.lower !== 'who' || p.tokens[who - 1]?.text !== ',' || p.inQuote[who]) return false;
  // A clause after the verb ("who says the senator …", "who said that …"), not an act ("who
  // praised the police", "who wrote about the visit").
  const next = p.tokens[who + 2];
  const clauseFollows = next !== undefined && !p.inQuote[who + 2] && (next.lower === 'that' || CLAUSE_SUBJECT_OPENERS.has(next.lower) || isCapitalised(next) && !NOT_NAME_WORDS.has(next.lower));
  return clauseFollows && namedPersonEndingAt(p, who - 2) !== undefined;
}

const CLAUSE_SUBJECT_OPENERS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there', 'the', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'some', 'many', 'most', 'no']);

/** The person's name ending at token `k` (a mention the registry knows only by its tokens here: any capitalised run). */
function namedPersonEndingAt(p: ParagraphModel, k: number): number | undefined {
  const t = p.tokens[k];
  return t && isCapitalised(t) && !p.inQuote[k] && !NOT_NAME_WORDS.has(t.lower) ? k : undefined;
}

/** "that track …", "that suggest …": "that" with a bare verb after it (no subject between). */
function relativeThatFollows(p: ParagraphModel, that: number): boolean {
  const next = p.tokens[that + 1];
  if (!next || !isLowerWord(next) || p.inQuote[that + 1]) return false;
  if (SUBJECT_PRONOUNS.has(next.lower) || NOUN_DETERMINERS.has(next.lower) || DETERMINERS.has(next.lower) || next.lower === 'there') return false;
  // "hopes that winning …", "note that despite …", "fear that as a nominee …": a clause's opening adjunct.
  if (/ing$/.test(next.lower) || CLAUSE_OPENING_WORDS.has(next.lower) || PP_OPENERS.has(next.lower)) return false;
  // A verb in the present or past without a subject: "track", "tracks", "tracked", "show".
  const after = p.tokens[that + 2];
  // "that track last-minute spending", "that suggest the …": an object straight after the verb.
  return after !== undefined && isLowerWord(after) && (NOUN_DETERMINERS.has(after.lower) || after.lower.includes('-')) && !BE_FORMS.has(next.lower);
}

const CLAUSE_OPENING_WORDS = new Set(['as', 'despite', 'if', 'when', 'while', 'because', 'although', 'though', 'after', 'before', 'since', 'unless', 'until', 'once', 'even', 'not', 'only', 'just', 'whether', 'although']);

/** Words after which a participle followed by a noun modifies that noun. */
const ADJECTIVE_POSITION = new Set(['the', 'a', 'an', 'of', 'in', 'for', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'with', 'by', 'on', 'at', 'these', 'those', 'this', 'no', 'any', 'some', 'all', 'many', 'most', 'more', 'newly', 'previously']);
/** Words after a participle that show it is a verb after all ("the minister announced that …"). */
const NOT_NOUNS_AFTER_PARTICIPLE = new Set(['that', 'to', 'on', 'in', 'at', 'for', 'by', 'with', 'from', 'about', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'it', 'he', 'she', 'they', 'we', 'this', 'as', 'and', 'or', 'but', 'if', 'whether', 'how', 'what', 'why', 'when', 'who', 'there', 'not', 'also', 'again', 'repeatedly']);

/** Past forms not in -ed: after a speech verb's noun form ("the note fell"), the noun's own verb. */
const IRREGULAR_PAST_FORMS = new Set(['fell', 'rose', 'came', 'went', 'showed', 'shows', 'found', 'grew', 'gave', 'made', 'took', 'left', 'hit', 'put', 'cut', 'led', 'sent', 'kept', 'held', 'won', 'lost', 'has', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can']);

const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
const NOUN_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** English compound nouns that open with a form of a speech verb. */
const COMPOUND_NOUNS = new Set([
  'think tank', 'think tanks', 'talk show', 'talk shows', 'talk radio', 'report card', 'report cards',
  'call center', 'call centers', 'call centre', 'call centres', 'answer sheet', 'question mark', 'question marks',
]);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', "'s", '’s']);
/** Verbs that take another verb after "to": "continued to insist", "began to argue". */
const CATENATIVES = new Set(['continued', 'continues', 'continue', 'continuing', 'began', 'begins', 'begin', 'started', 'starts', 'proceeded', 'proceeds']);
const GO_ON = new Set(['went', 'goes', 'go', 'going']);
const QUESTION_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'whom', 'which']);

/**
 * Where the verb chain ending at the speech verb `i` starts: "is (also) declaring" → "is",
 * "continued to insist" / "went on to say" → the first verb, "did note" → "did"; `i` itself when
 * there is none. "to say", "did not say" and "What did he say" are no chains.
 */
function verbChainStart(p: ParagraphModel, i: number): number {
  const { tokens } = p;
  const at = (k: number) => (p.inQuote[k] ? '' : (tokens[k]?.lower ?? ''));
  if (tokens[i]!.lower.endsWith('ing')) {
    let k = i - 1;
    if (isModifier(p, k) && !BE_FORMS.has(at(k))) k--;
    return BE_FORMS.has(at(k)) ? k : i;
  }
  if (at(i - 1) === 'to') {
    let k = CATENATIVES.has(at(i - 2)) ? i - 2 : at(i - 2) === 'on' && GO_ON.has(at(i - 3)) ? i - 3 : i;
    if (k < i && at(k).endsWith('ing') && BE_FORMS.has(at(k - 1))) k--; // "is continuing to insist"
    return k;
  }
  if (['did', 'does', 'do'].includes(at(i - 1)) && tokens[i - 2] && !QUESTION_WORDS.has(at(i - 2)) && isWord(tokens[i - 2]) && p.sentenceOf[i - 2] === p.sentenceOf[i]) return i - 1;
  return i;
}

/** A word with a capital (not all capitals) after another word of its sentence (not after a colon). */
function isCapitalisedInside(p: ParagraphModel, i: number): boolean {
  const text = p.tokens[i]!.text;
  if (!/^\p{Lu}\p{Ll}/u.test(text)) return false;
  for (let k = i - 1; k >= 0 && p.sentenceOf[k] === p.sentenceOf[i]; k--) {
    const t = p.tokens[k]!.text;
    if (t === ':') return false;
    if (/[\p{L}\p{N}]/u.test(t)) return true;
  }
  return false;
}

export interface SpeakerPhrase {
  form: PhraseForm;
  text: string;
  paragraph: number;
  /** Token index where the phrase starts, and character offset. */
  tokenIndex: number;
  offset: number;
  mention?: NameMention;
  /** "the MP said": try the role first, the name only if no one was introduced so. */
  roleFirst?: boolean;
}

const MAX_NP = 8;
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'this', 'that']);

/** "Minister", "President": a capitalised title word can head a role phrase ("the Minister said"). */
function isTitleWord(t: { lower: string }): boolean {
  return t.lower.replace(/\.$/, '') in NAME_TITLES;
}
const MAX_APPOSITIVE = 35;
const PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'for', 'with', 'close', 'familiar', 'on', 'inside', 'within', 'near', 'outside', 'around', 'across', 'to', 'by']);
/** Adjectives in PREPOSITIONS for the phrases they head after a noun ("close to", "familiar with"); before one they are plain adjectives ("close aides"). */
const POST_NOMINAL_ADJECTIVES = new Set(['close', 'familiar']);
const ADJECTIVE_PREPOSITIONS = new Set(['outside', 'inside']);
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;

const TIME_NOUNS = new Set([
  'week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn',
  'winter', 'yesterday', 'today', 'tonight',
]);
const TIME_OPENERS = new Set(['last', 'this', 'next', 'on', 'in', 'earlier', 'late', 'early']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * "last month", "on Tuesday", "on Thursday evening", "yesterday", a bare "Tuesday" (news style:
 * "Spicer Tuesday said") between a subject and its verb: how many tokens, or 0.
 */
function timePhraseEndingAt(p: ParagraphModel, i: number): number {
  const t = p.tokens[i];
  if (!t || p.inQuote[i] || !TIME_NOUNS.has(t.lower)) return 0;
  if (t.lower === 'yesterday' || t.lower === 'today' || t.lower === 'tonight') return 1;
  let k = i - 1;
  // "Thursday evening", "Tuesday night": a part of the day after its day.
  if (WEEKDAYS.has(p.tokens[k]?.lower ?? '') && !p.inQuote[k] && !WEEKDAYS.has(t.lower)) k--;
  if (TIME_OPENERS.has(p.tokens[k]?.lower ?? '') && !p.inQuote[k]) return i - k + 1;
  return WEEKDAYS.has(p.tokens[k + 1]!.lower) && /^\p{Lu}/u.test(p.tokens[k + 1]!.text) && isWord(p.tokens[k]) && !isLowerWord(p.tokens[k]) ? i - k : 0;
}

/** "have in particular noted", "has in fact argued": a two-word adverbial between auxiliary and verb. */
const ADVERBIAL_PAIRS = new Set(['in particular', 'in fact', 'at times', 'in turn', 'at least', 'for now', 'so far', 'of course', 'in private', 'in public', 'in person', 'for years', 'for months', 'for weeks']);

function adverbialPairEndingAt(p: ParagraphModel, i: number): boolean {
  if (i < 1 || p.inQuote[i] || p.inQuote[i - 1] || !isLowerWord(p.tokens[i]) || !isLowerWord(p.tokens[i - 1])) return false;
  return ADVERBIAL_PAIRS.has(`${p.tokens[i - 1]!.lower} ${p.tokens[i]!.lower}`) && VERB_MODIFIERS.has(p.tokens[i - 2]?.lower ?? '');
}

function isModifier(p: ParagraphModel, i: number): boolean {
  const t = p.tokens[i];
  if (!t || p.inQuote[i] || !isLowerWord(t)) return false;
  return VERB_MODIFIERS.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4);
}

const MAX_PARENTHETICAL_TOKENS = 8;

/**
 * "Sen. Ann Lee (D-Ore.) said", "Tom Hart (pictured) said": the length in tokens of a short
 * parenthesis ending at `i`, or 0.
 */
function parentheticalEndingAt(p: ParagraphModel, i: number): number {
  if (i >= 1 && isDash(p, i) && !p.inQuote[i]) return dashedAsideEndingAt(p, i);
  if (i < 1 || p.tokens[i]?.text !== ')' || p.inQuote[i]) return 0;
  for (let k = i - 1; k >= 0 && i - k <= MAX_PARENTHETICAL_TOKENS; k--) {
    const text = p.tokens[k]!.text;
    if (text === '(') return p.sentenceOf[k] === p.sentenceOf[i] ? i - k + 1 : 0;
    if (text === ')' || p.inQuote[k]) return 0;
  }
  return 0;
}

/** "Others, however, say": an adverb set off by commas between the subject and its verb; its length in tokens, or 0. */
function commaAsideEndingAt(p: ParagraphModel, i: number): number {
  if (p.tokens[i]?.text !== ',' || p.inQuote[i]) return 0;
  if (p.tokens[i - 2]?.text === ',' && !p.inQuote[i - 2] && isModifier(p, i - 1)) return 3;
  // "Six newspapers, including the Star, said": examples set off after the subject.
  for (let k = i - 2; k > 0 && i - k <= MAX_EXAMPLES_ASIDE_TOKENS; k--) {
    if (p.inQuote[k] || p.sentenceOf[k] !== p.sentenceOf[i]) return 0;
    if (p.tokens[k]!.text !== ',') continue;
    if (EXAMPLE_OPENERS.has(p.tokens[k + 1]!.lower)) return i - k + 1;
    // "…, like Ann Roe, Jo Hart and Tom Reyes, said": the examples may be a list of names.
    if (!isCapitalised(p.tokens[k + 1])) return 0;
  }
  return 0;
}

const MAX_EXAMPLES_ASIDE_TOKENS = 14;
const EXAMPLE_OPENERS = new Set(['including', 'notably', 'especially', 'among', 'like']);

const DASHES = new Set(['—', '–', '--']);
const MAX_DASHED_ASIDE_TOKENS = 30;

/**
 * "Many speakers at the service — including Muslims, Christians and Jews — said": the length of an
 * aside between two dashes ending at `i`, or 0.
 */
function dashedAsideEndingAt(p: ParagraphModel, i: number): number {
  // "Donald Trump - who once said he would “bomb” the fields - said": a quotation may sit inside the aside.
  // "--" comes as two hyphen tokens.
  let close = i;
  while (close > 0 && isDash(p, close - 1)) close--;
  for (let k = close - 1; k > 0 && i - k <= MAX_DASHED_ASIDE_TOKENS; k--) {
    if (p.sentenceOf[k] !== p.sentenceOf[i]) return 0;
    if (p.inQuote[k]) continue;
    if (!isDash(p, k)) continue;
    if (k === close - 1) return 0;
    while (k > 0 && isDash(p, k - 1)) k--;
    return i - k + 1;
  }
  return 0;
}

/** "—", "–", "--", or a hyphen standing alone between spaces as a dash ("Trump - who …"). */
export function isDash(p: ParagraphModel, i: number): boolean {
  const t = p.tokens[i];
  if (!t) return false;
  if (DASHES.has(t.text)) return true;
  return t.text === '-' && /[\s-]/.test(p.text[t.start - 1] ?? '') && /[\s-]/.test(p.text[t.end] ?? '');
}

/** The speaker phrase that is the subject of the verb at token `verb`, or null. */
export function subjectBefore(p: ParagraphModel, registry: EntityRegistry, verb: number): SpeakerPhrase | null {
  let i = verbChainStart(p, verb) - 1;
  // "Chris Christie, who says …": the person the who-clause is set off from.
  if (p.tokens[i]?.lower === 'who' && p.tokens[i - 1]?.text === ',' && !p.inQuote[i]) {
    if (!whoClauseOfNamedPerson(p, i)) return null;
    const person = registry.mentionEndingAt(p.n, i - 2);
    return person && person.entity.kind === 'person' ? { form: 'name', text: person.name, paragraph: p.n, tokenIndex: person.from, offset: person.start, mention: person } : null;
  }
  let dashedAside = -1;
  for (;;) {
    if (i >= 0 && isModifier(p, i)) i--;
    else if (timePhraseEndingAt(p, i) > 0) i -= timePhraseEndingAt(p, i);
    else if (adverbialPairEndingAt(p, i)) i -= 2;
    else if (parentheticalEndingAt(p, i) > 0) {
      if (isDash(p, i)) dashedAside = i - parentheticalEndingAt(p, i) + 1;
      i -= parentheticalEndingAt(p, i);
    } else if (commaAsideEndingAt(p, i) > 0) i -= commaAsideEndingAt(p, i);
    else break;
  }
  const named = dashedAside >= 0 ? namedInDashedAside(p, registry, dashedAside) : null;
  // A closing mark may be the quotation's last token or (for a doubled '') just after it.
  if (i >= 0 && (p.inQuote[i] || /^[”"’']+$/.test(p.tokens[i]!.text) && p.inQuote[i - 1])) return quotedAsideSubject(p, registry, verb, i);
  if (i < 0 || p.sentenceOf[i] !== p.sentenceOf[verb]) return null;
  if (p.tokens[i]!.text === ',') return nameBeforeItsPlace(p, registry, subjectBeforeAppositives(p, registry, verb, i) ?? taggedNameBeforeComma(p, registry, i));
  let phrase = nameBeforeItsPlace(p, registry, phraseEndingAt(p, registry, i)) ?? subjectBeforeRelativeClause(p, registry, i);
  // "the polling guru who founded the site tweeted": "the site" is the object inside the who-clause.
  // "Voters who backed Ann Lee said": a name inside the who-clause is its object, never the subject.
  if (phrase && phrase.form !== 'pronoun' && p.tokens[phrase.tokenIndex - 1]?.text !== ',') {
    phrase = subjectBeforeRelativeClause(p, registry, phrase.tokenIndex) ?? phrase;
  }
  // "An engineer familiar with the talks over the water contract says": a description that is the
  // object of a preposition is not the subject; the phrase the sentence opens with is.
  // "Some delegates at the convention in Philadelphia said": a place there is no subject either.
  const placeInModifier = phrase?.form === 'name' && phrase.mention !== undefined && isNonSpeakerName(phrase.mention.entity.nameTokens) && opensModifier(p.tokens[phrase.tokenIndex - 1]);
  // "Activists clamoring to block the plan say": a phrase inside a participle's object is no subject either.
  if (!phrase || placeInModifier || phrase.form !== 'pronoun' && (phrase.form !== 'name' && opensModifier(p.tokens[phrase.tokenIndex - 1]) || insideParticiplePhrase(p, phrase.tokenIndex))) {
    const modified = postModifiedSubject(p, registry, i + 1);
    // "A statement posted on the website Acme.com said": a thing written is no speaker; the name stays.
    if (modified && !(phrase?.form === 'name' && STATEMENT_NOUNS.has(sourceHeadOf(modified.text)))) phrase = modified;
  }
  if (named && phrase && phrase.form !== 'name' && phrase.form !== 'pronoun') return named;
  phrase = ownerOfRoleWithoutClosingComma(p, registry, phrase) ?? phrase;
  return phrase && invertedQuestion(p, phrase) ? null : personBeforeAppositive(p, registry, phrase, verb) ?? phrase;
}

/** "A former candidate -- John McCain, who lost in 2008 -- said": the person the dashed aside names. */
function namedInDashedAside(p: ParagraphModel, registry: EntityRegistry, dash: number): SpeakerPhrase | null {
  let k = dash;
  while (isDash(p, k)) k++;
  const mention = registry.mentionStartingAt(p.n, k);
  if (!mention || mention.entity.kind !== 'person') return null;
  const next = p.tokens[mention.last + 1];
  if (next && next.text !== ',' && !isDash(p, mention.last + 1)) return null;
  return { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: mention.from, offset: mention.start, mention };
}

/** "Sen. Jack Reed (D-R.I.), said": a stray comma after a tagged name that opens the sentence. */
function taggedNameBeforeComma(p: ParagraphModel, registry: EntityRegistry, comma: number): SpeakerPhrase | null {
  const tag = parentheticalEndingAt(p, comma - 1);
  if (tag === 0 || p.tokens[comma - 1]?.text !== ')') return null;
  const mention = registry.mentionEndingAt(p.n, comma - 1 - tag);
  if (!mention || mention.entity.kind !== 'person' || !atSentenceStart(p, mention.from)) return null;
  return { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: mention.from, offset: mention.start, mention };
}

const MAX_QUOTED_ASIDE = 40;
/** Words that open an aside set off after a subject: a relative clause, a participle, an appositive. */
const ASIDE_OPENERS = new Set(['who', 'whose', 'which', 'a', 'an', 'the', 'one', 'now', 'once', 'then', 'himself', 'herself', 'still']);

/**
 * "Humphrey, who calls Trump a “sociopath,” said", "Mr. Manafort, citing ''the magic of Trump,''
 * said": an aside after the subject that ends in a quotation, its closing comma inside the marks.
 * The subject is the phrase opening the clause before the aside's first comma.
 */
function quotedAsideSubject(p: ParagraphModel, registry: EntityRegistry, verb: number, close: number): SpeakerPhrase | null {
  let comma = close;
  while (comma > close - 2 && /^[”"’']+$/.test(p.tokens[comma]?.text ?? '')) comma--;
  if (comma === close || p.tokens[comma]?.text !== ',') return null;
  const sentence = p.sentenceOf[verb];
  for (let k = comma - 1; k > 0 && close - k <= MAX_QUOTED_ASIDE && p.sentenceOf[k] === sentence; k--) {
    if (p.tokens[k]!.text !== ',' || p.inQuote[k]) continue;
    const opener = p.tokens[k + 1]!;
    if (!ASIDE_OPENERS.has(opener.lower) && !(isLowerWord(opener) && /(?:ing|ed)$/.test(opener.lower) && opener.lower.length > 4)) continue;
    const phrase = phraseEndingAt(p, registry, k - 1);
    if (!phrase || phrase.form === 'pronoun' && k - 1 !== phrase.tokenIndex) return null;
    // Only the clause's own subject: at the sentence start, or after a conjunction.
    const before = p.tokens[phrase.tokenIndex - 1];
    const opensClause = atSentenceStart(p, phrase.tokenIndex) || before !== undefined && SENTENCE_CONJUNCTIONS.has(before.lower) && atSentenceStart(p, phrase.tokenIndex - 1);
    return opensClause ? phrase : null;
  }
  return null;
}

/**
 * "Nate Silver, the polling guru who founded the site tweeted": a description set off after a
 * person's name (its closing comma missing) describes that person, who is the subject.
 */
function sourceHeadOf(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && ['of', 'with', 'at', 'for', 'from', 'in', 'who', 'that', 'on'].includes(w));
  return (cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '';
}

const MAX_ROLE_WORDS_BEFORE_BODY = 6;

/**
 * "Anthony Anton, president and CEO of Washington Restaurant Association stated": a body after
 * "of"/"at" ends the role of the person named before the comma, though the role's closing comma
 * is missing.
 */
function ownerOfRoleWithoutClosingComma(p: ParagraphModel, registry: EntityRegistry, phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.form !== 'name' || phrase.mention?.entity.kind === 'person' || !/^(?:of|at)$/.test(p.tokens[phrase.tokenIndex - 1]?.lower ?? '')) return null;
  let k = phrase.tokenIndex - 2;
  let words = 0;
  while (k >= 0 && words < MAX_ROLE_WORDS_BEFORE_BODY && !p.inQuote[k] && (isLowerWord(p.tokens[k]) || /^[A-Z]{2,4}$/.test(p.tokens[k]!.text))) {
    k--;
    words++;
  }
  if (words === 0 || p.tokens[k]?.text !== ',' || p.inQuote[k] || !isPersonNoun(p.tokens[phrase.tokenIndex - 2]!.lower) && !/^[A-Z]{2,4}$/.test(p.tokens[phrase.tokenIndex - 2]!.text)) return null;
  const owner = registry.mentionEndingAt(p.n, k - 1);
  if (!owner || owner.entity.kind !== 'person' || isPossessive(p.tokens[k - 1]!) || !atSentenceStart(p, owner.from)) return null;
  return { form: 'name', text: owner.name, paragraph: p.n, tokenIndex: owner.from, offset: owner.start, mention: owner };
}

function personBeforeAppositive(p: ParagraphModel, registry: EntityRegistry, phrase: SpeakerPhrase | null, verb: number): SpeakerPhrase | null {
  if (!phrase || phrase.form !== 'role' && phrase.form !== 'source' || !/^(?:the|a|an)$/i.test(p.tokens[phrase.tokenIndex]?.text ?? '')) return null;
  // "Mrs. Clinton, a top aide said, is …": an attribution set off inside the statement, not an appositive.
  if (p.tokens[verb + 1]?.text === ',' || p.tokens[phraseEnd(p, phrase)]?.text === ',' && phraseEnd(p, phrase) < verb) return null;
  const comma = phrase.tokenIndex - 1;
  if (p.tokens[comma]?.text !== ',' || p.inQuote[comma] || p.sentenceOf[comma] !== p.sentenceOf[phrase.tokenIndex]) return null;
  const mention = registry.mentionEndingAt(p.n, comma - 1);
  if (!mention || mention.entity.kind !== 'person' || p.inQuote[mention.from] || isPrepositionObject(p, mention.from) || endsOpeningPhrase(p, mention.from)) return null;
  // Only a description of a person ("the polling guru"), not "…with Acme, the airline said".
  if (!isPersonNoun(sourceHeadOf(phrase.text))) return null;
  return { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: mention.from, offset: mention.start, mention };
}

const MAX_POST_MODIFIED_SUBJECT = 20;
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'still']);
/** Words that open a phrase modifying the noun before them. */
const PP_OPENERS = new Set([...PREPOSITIONS, 'over', 'about', 'against', 'under', 'between', 'among', 'into', 'behind', 'beyond']);

/** A preposition or a participle ("filed Thursday", "facing the rent rise") after a noun. */
function opensModifier(token: ParagraphModel['tokens'][number] | undefined): boolean {
  if (!token) return false;
  return PP_OPENERS.has(token.lower) || isLowerWord(token) && token.lower.length > 4 && /(?:ed|ing)$/.test(token.lower);
}

/** "activists clamoring", "veterans interviewed": a participle right after the noun it modifies (not "the planning"). */
function isParticipleAfterNoun(p: ParagraphModel, k: number): boolean {
  const t = p.tokens[k];
  const before = p.tokens[k - 1];
  if (!t || !before || p.inQuote[k] || !opensModifier(t) || PP_OPENERS.has(t.lower) || isPersonNoun(t.lower)) return false;
  // "newly formed": an adverb before a participle makes an adjective, no noun before it.
  return (isLowerWord(before) || isWord(before) && atSentenceStart(p, k - 1)) && !/ly$/.test(before.lower) && !DETERMINERS.has(before.lower) && !PP_OPENERS.has(before.lower) && !CLAUSE_BOUNDARIES.has(before.lower) && !VERBS_OUTSIDE_NOUN_PHRASES.has(before.lower);
}

/** "clamoring to block the plan", "interviewed at rallies": a short participle phrase runs up to `at`. */
function insideParticiplePhrase(p: ParagraphModel, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 6 && p.sentenceOf[k] === p.sentenceOf[at] && !p.inQuote[k]; k--) {
    const t = p.tokens[k]!;
    if (!isWord(t) || CLAUSE_BOUNDARIES.has(t.lower)) return false;
    if (isParticipleAfterNoun(p, k)) return true;
  }
  return false;
}

/**
 * "A person familiar with the planning for Thursday’s meeting says", "Majorities of Democrats in
 * five states going to the polls say", "A court document filed Thursday says": when the sentence
 * opens with a noun phrase and runs to the verb with no clause of its own, the phrase before the
 * first preposition or participle that modifies it is the subject.
 */
function postModifiedSubject(p: ParagraphModel, registry: EntityRegistry, verb: number): SpeakerPhrase | null {
  const sentence = p.sentenceOf[verb];
  let first = verb;
  while (first > 0 && p.sentenceOf[first - 1] === sentence) first--;
  // "But Republican activists clamoring to … say": a conjunction opening the sentence is no part of it.
  if (SENTENCE_CONJUNCTIONS.has(p.tokens[first]?.lower ?? '') && !p.inQuote[first]) first++;
  if (verb - first < 3 || verb - first > MAX_POST_MODIFIED_SUBJECT) return null;
  for (let k = first; k < verb; k++) {
    const t = p.tokens[k]!;
    if (p.inQuote[k] || !isWord(t) || CLAUSE_BOUNDARIES.has(t.lower) || VERBS_OUTSIDE_NOUN_PHRASES.has(t.lower) || reportingVerbAt(p, k)) return null;
  }
  if (PREPOSITIONS.has(p.tokens[first]!.lower) && !POST_NOMINAL_ADJECTIVES.has(p.tokens[first]!.lower)) return null;
  for (let end = verb - 2; end >= first; end--) {
    const next = p.tokens[end + 1]!;
    if (!opensModifier(next)) continue;
    // "activists clamoring to …": the phrase stops before a participle that modifies it.
    let participle = false;
    for (let k = first + 1; k <= end && !participle; k++) participle = isParticipleAfterNoun(p, k);
    if (participle) continue;
    // "Majorities of Democrats": a share of a named group is the share, not the group.
    const phrase = quantityPhrase(p, end) ?? phraseEndingAt(p, registry, end);
    if (phrase && phrase.form !== 'pronoun' && phrase.tokenIndex === first) return phrase;
    // "Republican activists clamoring …": capitalised modifiers before a description belong to it.
    if (phrase && (phrase.form === 'source' || phrase.form === 'role') && phrase.tokenIndex > first && phrase.tokenIndex - first <= 2 &&
      p.tokens.slice(first, phrase.tokenIndex).every((t) => isCapitalised(t) && !isTitleWord(t))) {
      return { ...phrase, text: tidy(p.text.slice(p.tokens[first]!.start, p.tokens[end]!.end)), tokenIndex: first, offset: p.tokens[first]!.start };
    }
  }
  return null;
}

const AUXILIARIES = new Set(['would', 'could', 'should', 'can', 'will', 'did', 'does', 'do', 'might', 'must', 'shall', 'may']);

/** "Why would any rational person believe …": an auxiliary before (or opening) the subject asks; no one is reported. */
function invertedQuestion(p: ParagraphModel, phrase: SpeakerPhrase): boolean {
  const at = phrase.tokenIndex;
  const first = p.tokens[at]?.lower ?? '';
  const before = p.tokens[at - 1]?.lower ?? '';
  if (!AUXILIARIES.has(first) && !(AUXILIARIES.has(before) && p.sentenceOf[at - 1] === p.sentenceOf[at])) return false;
  // Only a question ("… he did say he found Trump charming" reports).
  let end = at;
  while (end + 1 < p.tokens.length && p.sentenceOf[end + 1] === p.sentenceOf[at]) end++;
  for (let k = end; k > at && k > end - 3; k--) if (p.tokens[k]!.text.includes('?')) return true;
  return false;
}

const PLACE_PREPOSITIONS = new Set(['of', 'at', 'from', 'in', 'with', 'for']);

/**
 * "Ken Ito at Acme Capital said", "Rep. Jo Kim of New York, a supporter, said": the name before a
 * place or employer phrase is the subject, not the place or firm.
 */
function nameBeforeItsPlace(p: ParagraphModel, registry: EntityRegistry, phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!phrase || phrase.form !== 'name') return phrase;
  let k = phrase.tokenIndex - 1;
  if (p.tokens[k]?.lower === 'the') k--;
  if (!PLACE_PREPOSITIONS.has(p.tokens[k]?.lower ?? '') || p.inQuote[k]) return phrase;
  const owner = registry.mentionEndingAt(p.n, k - 1);
  if (!owner || owner.entity.kind !== 'person' || isPossessive(p.tokens[k - 1]!)) return phrase;
  return { form: 'name', text: owner.name, paragraph: p.n, tokenIndex: owner.from, offset: owner.start, mention: owner };
}

const MAX_RELATIVE_CLAUSE = 10;

/** "a nurse who asked not to be named said", "officials whose laws were struck down say": the noun phrase before a short who- or whose-clause. */
function subjectBeforeRelativeClause(p: ParagraphModel, registry: EntityRegistry, end: number): SpeakerPhrase | null {
  for (let j = end - 1; j > 0 && end - j <= MAX_RELATIVE_CLAUSE; j--) {
    const t = p.tokens[j]!;
    if (p.inQuote[j] || p.sentenceOf[j] !== p.sentenceOf[end] || PUNCTUATION.test(t.text)) return null;
    if (t.lower !== 'who' && t.lower !== 'whose') continue;
    // "The hacker whose mischief first revealed that …": the verb is the whose-clause's own.
    if (t.lower === 'whose' && !p.tokens.slice(j + 2, end).some((w) => isLowerWord(w) && (AUXILIARIES.has(w.lower) || BE_FORMS.has(w.lower) || /^ha[sdv]e?$/.test(w.lower) || /ed$/.test(w.lower)))) return null;
    const phrase = phraseEndingAt(p, registry, j - 1);
    return phrase && phrase.form !== 'pronoun' ? phrase : null;
  }
  return null;
}

/**
 * "Matthew Reed, chief executive of Acme, a San Jose company, said": a role phrase that is itself
 * the appositive of a person's name stands for that person.
 */
function appositiveOwner(p: ParagraphModel, registry: EntityRegistry, phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!phrase || phrase.form === 'pronoun' || phrase.form === 'name' && phrase.mention?.entity.kind === 'person') return phrase;
  let k = phrase.tokenIndex - 1;
  // "…, a former treasurer of the Rowing Club, …": the role words before an organisation's name.
  const maxSkipped = phrase.form === 'name' ? 6 : 3;
  for (let skipped = 0; skipped < maxSkipped && isLowerWord(p.tokens[k]) && !p.inQuote[k]; skipped++) k--;
  if (phrase.form === 'name' && k === phrase.tokenIndex - 1) return phrase;
  if (p.tokens[k]?.text !== ',' || p.inQuote[k]) return phrase;
  const owner = registry.mentionEndingAt(p.n, k - 1);
  if (!owner || owner.entity.kind !== 'person' || isPossessive(p.tokens[k - 1]!)) return phrase;
  return { form: 'name', text: owner.name, paragraph: p.n, tokenIndex: owner.from, offset: owner.start, mention: owner };
}


/**
 * "Ann Lee, a professor at the university, said" · "Jo Hart, 61, who has …, said" ·
 * "The environment minister, Jane Roe, said": walk back over comma-bounded segments; the first
 * segment that is itself a name, or the phrase before the first comma, is the subject.
 */
const MAX_WHOSE_CLAUSE = 30;

function subjectBeforeAppositives(p: ParagraphModel, registry: EntityRegistry, verb: number, comma: number): SpeakerPhrase | null {
  const sentence = p.sentenceOf[verb];
  // "Tom Reyes, whose latest start-up, Paradox, uses data …, said": a whose-clause describes the
  // person before it, however many commas it holds.
  for (let w = comma - 1; w > 1 && comma - w <= MAX_WHOSE_CLAUSE && p.sentenceOf[w] === sentence && !p.inQuote[w]; w--) {
    if (p.tokens[w]!.lower !== 'whose' || p.tokens[w - 1]!.text !== ',') continue;
    const owner = registry.mentionEndingAt(p.n, w - 2);
    if (owner?.entity.kind === 'person' && !isPossessive(p.tokens[w - 2]!)) {
      return { form: 'name', text: owner.name, paragraph: p.n, tokenIndex: owner.from, offset: owner.start, mention: owner };
    }
    break;
  }
  let right = comma;
  let inList = false;
  for (let segments = 0; segments < 4; segments++) {
    let j = right - 1;
    while (j >= 0 && comma - j < MAX_APPOSITIVE && !p.inQuote[j] && p.tokens[j]!.text !== ',' && p.sentenceOf[j] === sentence) j--;
    if (j < 0 || p.tokens[j]!.text !== ',' || p.inQuote[j] || j === right - 1) return null;
    const opener = p.tokens[j + 1]!.lower;
    // "…, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed,
    // said": a relative clause after an appositive describes it; the subject is further back.
    // "…, secretary for population, refugees, and migration, said": items of a list likewise.
    if (RELATIVE_OPENERS.has(opener) && isObjectInsideClause(p, registry, j - 1) || opener === 'and' || opener === 'or' || inList && right - j <= 4) {
      inList ||= opener === 'and' || opener === 'or';
      right = j;
      continue;
    }
    inList = false;
    // "In nearby Decatur, the plant is under pressure from imports, said …": a segment with a
    // finite verb of its own (not a who- or which-clause) is the statement, not an appositive.
    if (!APPOSITIVE_CLAUSE_OPENERS.has(opener) && segmentHasOwnVerb(p, j + 1, right)) return null;
    const segmentName = segmentNameBetween(p, registry, j + 1, right);
    const segmentIsName = segmentName !== undefined;
    // "Rep. Ann Roe (D-Md.), chair of the panel, said": a parenthesis after the name is no part of it.
    const phrase = appositiveOwner(p, registry, phraseEndingAt(p, registry, j - 1 - parentheticalEndingAt(p, j - 1)));
    // "The director of the Federal Bureau of Investigation, James Comey, said": an organisation or
    // place inside a prepositional phrase is no subject; the person named after it is.
    const phraseInPrepositionalPhrase = phrase?.form === 'name' && phrase.mention?.entity.kind !== 'person' && isPrepositionObject(p, phrase.tokenIndex);
    // "On Tuesday, after winning Ohio, Gov. Ken Ito (R-Ohio), said" · "One pastor supporting Mr.
    // Cruz, Jo Hart of the Baptist church, said": a person's name just before the verb is the
    // subject when what precedes it is no subject of its own, or a name inside a modifier.
    if (segments === 0 && segmentName?.entity.kind === 'person') {
      if (!phrase || phrase.form === 'pronoun' || phrase.form === 'name' && opensModifier(p.tokens[phrase.tokenIndex - 1]) || inAdjunct(p, phrase.tokenIndex) || phraseInPrepositionalPhrase) {
        return { form: 'name', text: segmentName.name, paragraph: p.n, tokenIndex: segmentName.from, offset: segmentName.start, mention: segmentName };
      }
    }
    // "Brianne Stone, 29, of Huntsville, Ala., says": a place after "of" is where someone is from.
    if (phraseInPrepositionalPhrase) {
      // "Rep. Dana Holt of New Mexico, a member of the panel, said": the person before the place.
      const owner = nameBeforeItsPlace(p, registry, phrase);
      if (owner && owner !== phrase) return owner;
      right = j;
      continue;
    }
    // "…, who was to travel to Columbus, Ohio, on Wednesday, said": a place ending a segment is where, not who.
    if (phrase?.form === 'name' && phrase.mention && isNonSpeakerName(phrase.mention.entity.nameTokens) && !segmentIsName) {
      right = j;
      continue;
    }
    if (phrase && phrase.form !== 'pronoun') {
      // "The environment minister, Jane Roe, said": the name inside is the subject. But "Ann Lee,
      // the editor of the city's newspaper, the Herald, said": a name after a description of an
      // organisation names that organisation; the person is further back.
      if (segmentIsName && phrase.form !== 'name') {
        // "a spokesman for the council, Tom Hale, said": an organisation after a preposition is
        // part of the person's description, so the name is the subject.
        const describesPerson = segmentName.entity.kind === 'person' && endsInPrepositionObject(p, j - 1);
        if ((phrase.form === 'organisation' || describesOrganisation(p.tokens[j - 1])) && !describesPerson) {
          right = j;
          continue;
        }
        return { form: 'name', text: segmentName.name, paragraph: p.n, tokenIndex: segmentName.from, offset: segmentName.start, mention: segmentName };
      }
      // "near Springfield, Ohio, said": a name inside a place phrase followed by another name is a place
      // list, keep walking; "Sen. Jane Grant, R-Maine, said" is the subject with a tag.
      const inPlacePhrase = PREPOSITIONS.has(p.tokens[phrase.tokenIndex - 1]?.lower ?? '');
      // "Geoff Garin, a pollster who is working with Priorities USA, a super PAC, said": a body after a
      // preposition ends the person's description; the person is further back.
      if (inPlacePhrase && !segmentIsName && phrase.form === 'name' && segments === 0 && insideDescription(p, phrase.tokenIndex)) {
        right = j;
        continue;
      }
      if (!segmentIsName || !inPlacePhrase) return phrase;
    }
    right = j;
  }
  return null;
}

/** The token at k stands inside a description set off after a comma ("…, a pollster who works with Y"). */
function insideDescription(p: ParagraphModel, k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= MAX_APPOSITIVE && p.sentenceOf[i] === p.sentenceOf[k] && !p.inQuote[i]; i--) {
    if (p.tokens[i]!.text !== ',') continue;
    return /^(?:a|an|the)$/.test(p.tokens[i + 1]?.lower ?? '') && i + 1 < k;
  }
  return false;
}

const RELATIVE_OPENERS = new Set(['which', 'where']);
/** A finite auxiliary in [from, to) not inside a relative clause ("a consultant who has …") or a quotation. */
function segmentHasOwnVerb(p: ParagraphModel, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (p.inQuote[k]) continue;
    const word = p.tokens[k]!.lower;
    if (APPOSITIVE_CLAUSE_OPENERS.has(word)) return false;
    if (FINITE_AUXILIARIES.has(word)) return true;
  }
  return false;
}

/** Words that open a clause an appositive may be ("Tom Hale, who is 40, said"). */
const APPOSITIVE_CLAUSE_OPENERS = new Set(['who', 'whose', 'whom', 'which', 'where', 'that', 'when', 'while', 'now', 'once', 'although', 'though', 'if', 'as', 'after', 'before', 'because', 'since']);
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'does', 'did', 'should', 'must', "isn't", "wasn't", "doesn't"]);

/** "…who heads the Senate Banking Committee": the name ending here is a verb's object inside a clause, no subject. */
function isObjectInsideClause(p: ParagraphModel, registry: EntityRegistry, end: number): boolean {
  const mention = registry.mentionEndingAt(p.n, end);
  if (!mention) return false;
  const before = p.tokens[mention.from - 1]?.lower === 'the' ? mention.from - 2 : mention.from - 1;
  return isLowerWord(p.tokens[before]) && !p.inQuote[before] && p.sentenceOf[before] === p.sentenceOf[end];
}

/** "of the Federal Bureau", "at Orrin Capital", "of Huntsville": a name that is a preposition's object. */
function isPrepositionObject(p: ParagraphModel, at: number): boolean {
  const before = p.tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  return PREPOSITIONS.has(p.tokens[before]?.lower ?? '') && !POST_NOMINAL_ADJECTIVES.has(p.tokens[before]!.lower) && !p.inQuote[before];
}

/** "… for the council", "… of the city's newspaper": a short noun phrase ending at `end` is a preposition's object. */
function endsInPrepositionObject(p: ParagraphModel, end: number): boolean {
  let k = end;
  while (k > 0 && end - k < 3 && isWord(p.tokens[k - 1]) && !PREPOSITIONS.has(p.tokens[k - 1]!.lower) && !p.inQuote[k - 1] && p.tokens[k - 1]!.text !== ',') k--;
  return PREPOSITIONS.has(p.tokens[k - 1]?.lower ?? '') && !POST_NOMINAL_ADJECTIVES.has(p.tokens[k - 1]!.lower);
}

/** "after winning the county, …", "In Berea, …": the token opens a comma-bounded adjunct, not a subject. */
function inAdjunct(p: ParagraphModel, at: number): boolean {
  let first = at;
  while (first > 0 && p.sentenceOf[first - 1] === p.sentenceOf[at] && p.tokens[first - 1]!.text !== ',') first--;
  const lower = p.tokens[first]?.lower ?? '';
  return first < at && (CLAUSE_BOUNDARIES.has(lower) || PREPOSITIONS.has(lower) && !POST_NOMINAL_ADJECTIVES.has(lower));
}

/** "the city's newspaper", "the party's youth wing": a description headed by an organisation noun. */
function describesOrganisation(head: ParagraphModel['tokens'][number] | undefined): boolean {
  if (!head || !isLowerWord(head)) return false;
  const singular = head.lower.replace(/s$/, '');
  return OUTLET_NOUNS.has(head.lower) || ORG_HEADS.has(head.lower) || OUTLET_NOUNS.has(singular) || ORG_HEADS.has(singular);
}

/**
 * The name a comma-bounded segment [from, to) consists of: "Jane Roe", "Gov. Ken Ito (R-Ohio)" (a
 * parenthetical tag after it), "Jo Hart of the Baptist church in Marion" (a person before a place).
 */
function segmentNameBetween(p: ParagraphModel, registry: EntityRegistry, from: number, to: number): NameMention | undefined {
  let last = to - 1;
  if (p.tokens[last]?.text === ')') {
    while (last > from && p.tokens[last]!.text !== '(') last--;
    last--;
  }
  const whole = registry.mentionEndingAt(p.n, last);
  if (whole && whole.from === from && !isPossessive(p.tokens[last]!)) return whole;
  const first = registry.mentionStartingAt(p.n, from);
  if (first?.entity.kind === 'person' && first.last < last && PLACE_PREPOSITIONS.has(p.tokens[first.last + 1]?.lower ?? '') && !possessiveAt(p.tokens, first.last)) return first;
  return undefined;
}

/** A name, pronoun, role or source phrase ending at token `end`. */
export function phraseEndingAt(p: ParagraphModel, registry: EntityRegistry, end: number): SpeakerPhrase | null {
  const token = p.tokens[end];
  if (!token || p.inQuote[end]) return null;
  const office = capitalisedOfficeEndingAt(p, registry, end);
  if (office) return office;
  const mention = registry.mentionEndingAt(p.n, end);
  if (mention && isPossessive(token)) return null;
  if (mention) {
    const extended = sourceAround(p, registry, mention.from - 1, end);
    if (extended) return extended;
    // "the MP said", "the Food Minister said": a capitalised office after "the" is first a role.
    const definite = p.tokens[mention.from - 1]?.lower === 'the' && (mention.first === mention.last || isTitleWord(token));
    return { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: mention.from, offset: mention.start, mention, roleFirst: definite };
  }
  if (SUBJECT_PRONOUNS.has(token.lower)) {
    return { form: 'pronoun', text: token.lower, paragraph: p.n, tokenIndex: end, offset: token.start };
  }
  // "Some said …", "but many say …": a quantifier standing alone for people is an unnamed source.
  if (QUANTIFIER_SUBJECTS.has(token.lower) && (atSentenceStart(p, end) || CLAUSE_JOINERS.has(p.tokens[end - 1]!.lower))) {
    return { form: 'source', text: token.lower, paragraph: p.n, tokenIndex: end, offset: token.start };
  }
  const phrase = possessedBody(p, registry, end) ?? quantityPhrase(p, end) ?? partOfGroup(p, end) ?? nounPhraseEndingAt(p, end);
  if (phrase && phrase.form !== 'source' && phrase.form !== 'role') return phrase;
  return pairedGroup(p, registry, end) ?? (phrase ? coordinatedSources(p, phrase) : null);
}

const MAX_OFFICE_WORDS = 4;

/**
 * "Britain's Prime Minister said", "The Foreign Minister of Peru said", "Chad's Ambassador to France
 * confirmed": an office written with capitals and no name is a description of its holder, as
 * written (with the country or body it belongs to), not a name.
 */
function capitalisedOfficeEndingAt(p: ParagraphModel, registry: EntityRegistry, end: number): SpeakerPhrase | null {
  // "King says …" after "Billie Jean King": a title word that is someone's surname here.
  const named = registry.mentionEndingAt(p.n, end);
  if (named && named.entity.kind === 'person' && named.entity.nameTokens.length > 1) return null;
  let last = end;
  // "… of Peru", "… to France": a capitalised place or body after "of" or "to" ends the office.
  let k = end;
  while (k > 0 && isCapitalised(p.tokens[k]) && !isTitleWord(p.tokens[k]!) && end - k < MAX_OFFICE_WORDS && !p.inQuote[k]) k--;
  if (k < end && /^(?:of|to)$/.test(p.tokens[k]?.lower ?? '') && !p.inQuote[k]) last = k - 1;
  const head = p.tokens[last];
  if (!head || !isCapitalised(head) || !isTitleWord(head) || p.inQuote[last] || !/^\p{Lu}\p{Ll}/u.test(head.text)) return null;
  let start = last;
  while (start > 0 && last - start < MAX_OFFICE_WORDS && isCapitalised(p.tokens[start - 1]) && isTitleWord(p.tokens[start - 1]!) && !p.inQuote[start - 1]) start--;
  const severalWords = start < last;
  // The holder's country or body before it ("Britain's"), or an article.
  const before = p.tokens[start - 1];
  const owner = start - 1 - (/^[’']s?$/.test(before?.text ?? '') ? 1 : 0);
  const owned = before !== undefined && possessiveAt(p.tokens, owner) && isCapitalised(p.tokens[owner]);
  // "the Minister", "the Prime Minister": an office alone after "the" is first the titled person's role.
  if (!owned && last === end && !(severalWords && before?.lower !== 'the')) return null;
  if (owned) start = owner;
  else if (before?.lower === 'the') start--;
  else if (!atSentenceStart(p, start) && !/^[,;]$/.test(before?.text ?? '')) return null;
  // A name right after the office is its holder ("Prime Minister Ann Lee"): not an office alone.
  if (isCapitalised(p.tokens[end + 1]) && !p.inQuote[end + 1]) return null;
  const text = tidy(p.text.slice(p.tokens[start]!.start, p.tokens[end]!.end));
  const written = atSentenceStart(p, start) && p.tokens[start]!.lower === 'the' ? lowerFirst(text) : text;
  return { form: 'source', text: written, paragraph: p.n, tokenIndex: start, offset: p.tokens[start]!.start };
}

const MAX_CONJUNCT_WORDS = 3;

/** "The minister" → "the minister" for a description opening a sentence; "RNC members" keeps its acronym. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The phrase at `at` opens its clause: the sentence's start, or after a comma or a conjunction. */
function opensClauseAt(p: ParagraphModel, at: number): boolean {
  const before = p.tokens[at - 1];
  return atSentenceStart(p, at) || before !== undefined && !p.inQuote[at - 1] && (before.text === ',' || SENTENCE_CONJUNCTIONS.has(before.lower) || before.text === ';');
}

/**
 * "Sanders and his supporters argue", "Her advisers and allies say": a name or a description of
 * people joined by "and" to a plural noun (owned by them, or any plural) speak as one source,
 * written in full.
 */
function pairedGroup(p: ParagraphModel, registry: EntityRegistry, end: number): SpeakerPhrase | null {
  const last = p.tokens[end];
  if (!last || !isLowerWord(last) || !/[^s]s$/.test(last.lower) || p.inQuote[end]) return null;
  let and = end - 1;
  while (and > end - 4 && isLowerWord(p.tokens[and]) && p.tokens[and]!.lower !== 'and' && !p.inQuote[and]) and--;
  if (p.tokens[and]?.lower !== 'and' || p.inQuote[and] || and === end) return null;
  const between = p.tokens.slice(and + 1, end).map((t) => t.lower);
  if (between.some((w) => CLAUSE_BOUNDARIES.has(w) || VERBS_OUTSIDE_NOUN_PHRASES.has(w) || speechVerb(w))) return null;
  const mention = registry.mentionEndingAt(p.n, and - 1);
  const first = mention && mention.entity.kind === 'person' && !isPossessive(p.tokens[and - 1]!) && /^(?:his|her|their)$/.test(between[0] ?? '')
    ? { tokenIndex: mention.from, offset: mention.start, text: mention.name }
    : (() => {
      const phrase = nounPhraseEndingAt(p, and - 1);
      return phrase && (phrase.form === 'source' || phrase.form === 'role') && /[^s]s$/.test(p.tokens[and - 1]!.lower) && opensClauseAt(p, phrase.tokenIndex) &&
        and - phrase.tokenIndex <= MAX_CONJUNCT_WORDS ? phrase : null;
    })();
  if (!first || !opensClauseAt(p, first.tokenIndex)) return null;
  const text = tidy(p.text.slice(first.offset, last.end));
  // As nounPhraseEndingAt writes a description that opens a sentence: "Doctors and nurses" → "doctors and nurses".
  const written = /^\p{Ll}/u.test(first.text) ? lowerFirst(text) : text;
  return { form: 'source', text: written, paragraph: p.n, tokenIndex: first.tokenIndex, offset: first.offset };
}

/**
 * "Her advisers and allies say", "Doctors and nurses said": two descriptions of people joined by
 * "and" are one source, written in full.
 */
function coordinatedSources(p: ParagraphModel, second: SpeakerPhrase): SpeakerPhrase {
  const and = second.tokenIndex - 1;
  if (p.tokens[and]?.lower !== 'and' || p.inQuote[and] || !isLowerWord(p.tokens[second.tokenIndex])) return second;
  const first = nounPhraseEndingAt(p, and - 1);
  if (!first || first.form !== 'source' && first.form !== 'role' || !/[^s]s$/.test(p.tokens[and - 1]!.lower)) return second;
  // "The mayor met voters and officials said": the first conjunct must open the clause and be short
  // (a walk back over lower-case words would take a verb and its object in).
  if (!opensClauseAt(p, first.tokenIndex) || and - first.tokenIndex > MAX_CONJUNCT_WORDS) return second;
  const written = `${tidy(p.text.slice(first.offset, p.tokens[and]!.end))} ${second.text}`;
  // As nounPhraseEndingAt writes a description that opens a sentence: "Doctors and nurses" → "doctors and nurses".
  const text = /^\p{Ll}/u.test(first.text) ? lowerFirst(written) : written;
  return { ...first, text };
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame']);
const GROUP_PRONOUNS = new Set(['them', 'those', 'us', 'these']);
const PART_WORDS = new Set(['most', 'many', 'some', 'several', 'few', 'all', 'none', 'one', 'two', 'three', 'both', 'each', 'half', 'others']);

/** "most of them said", "some of those", "one of us": a part of a group already described speaks. */
function partOfGroup(p: ParagraphModel, end: number): SpeakerPhrase | null {
  const t = p.tokens[end]!;
  // "Those surveyed say", "those polled said": the people asked.
  if (isLowerWord(t) && /ed$/.test(t.lower) && p.tokens[end - 1]?.lower === 'those' && !p.inQuote[end - 1]) {
    const text = tidy(p.text.slice(p.tokens[end - 1]!.start, t.end));
    return { form: 'source', text: lowerFirst(text), paragraph: p.n, tokenIndex: end - 1, offset: p.tokens[end - 1]!.start };
  }
  if (!GROUP_PRONOUNS.has(t.lower) || p.tokens[end - 1]?.lower !== 'of' || p.inQuote[end - 2]) return null;
  let start = end - 2;
  if (!PART_WORDS.has(p.tokens[start]?.lower ?? '')) return null;
  if (['almost', 'nearly', 'not'].includes(p.tokens[start - 1]?.lower ?? '') && !p.inQuote[start - 1]) start--;
  const text = tidy(p.text.slice(p.tokens[start]!.start, t.end));
  return { form: 'source', text: lowerFirst(text), paragraph: p.n, tokenIndex: start, offset: p.tokens[start]!.start };
}

const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'most', 'several', 'few', 'others']);
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'though', 'although', 'yet']);

/** Shares of a group that speak as one in polls: "47 percent", "a third", "nearly half of those polled". */
const QUANTITY_HEADS = new Set(['percent', 'cent', '%', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'majorities', 'minority', 'minorities', 'plurality']);
const QUANTITY_LEADS = new Set([
  'a', 'an', 'the', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'just', 'over', 'under', 'only', 'per', 'more', 'fewer', 'less', 'than',
  'slim', 'narrow', 'large', 'vast', 'overwhelming', 'clear', 'two', 'three', 'four',
]);
const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?$/i;

function quantityPhrase(p: ParagraphModel, end: number): SpeakerPhrase | null {
  const { tokens } = p;
  let head = end;
  // "… of those polled", "… of Republican voters", "… of respondents"
  for (let k = end; k >= end - 3 && k > 0; k--) {
    if (tokens[k]?.lower === 'of' && !p.inQuote[k]) {
      head = k - 1;
      break;
    }
  }
  // "About 4 in 10", "six in 10 of them": a share written as a ratio.
  const ratio = NUMBER_WORD.test(tokens[head]?.lower ?? '') && tokens[head - 1]?.lower === 'in' && NUMBER_WORD.test(tokens[head - 2]?.lower ?? '') && !p.inQuote[head - 2];
  if (ratio) head -= 2;
  else if (!QUANTITY_HEADS.has(tokens[head]?.lower ?? '') || p.inQuote[head]) return null;
  let start = head;
  let counted = tokens[head]!.lower !== 'percent' && tokens[head]!.lower !== 'cent' && tokens[head]!.lower !== '%';
  while (start - 1 >= 0 && p.sentenceOf[start - 1] === p.sentenceOf[head] && !p.inQuote[start - 1]) {
    const lower = tokens[start - 1]!.lower;
    if (NUMBER_WORD.test(lower)) counted = true;
    else if (!QUANTITY_LEADS.has(lower)) break;
    start--;
  }
  if (!ratio && (!counted || start === head && !['majority', 'majorities', 'half'].includes(tokens[head]!.lower))) return null;
  const text = tidy(p.text.slice(tokens[start]!.start, tokens[end]!.end));
  const written = atSentenceStart(p, start) ? lowerFirst(text) : text;
  return { form: 'source', text: written, paragraph: p.n, tokenIndex: start, offset: tokens[start]!.start };
}

/** Bodies a named person or organisation owns and that speak for it. */
const OWNED_BODIES = new Set(['campaign', 'office', 'administration', 'team', 'government', 'camp', 'staff', 'lawyers', 'attorneys', 'aides', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'attorney']);

/**
 * "Ann Lee’s campaign says", "the Lee campaign’s lawyers said": a body owned by a name speaks,
 * written in full ("Ann Lee’s campaign"); a role owned so ("Lee’s spokeswoman") is first the person
 * introduced in that role.
 */
function possessedBody(p: ParagraphModel, registry: EntityRegistry, end: number): SpeakerPhrase | null {
  const head = p.tokens[end]!;
  const owned = OWNED_BODIES.has(head.lower);
  if (!isLowerWord(head) || !owned && !isPersonNoun(head.lower)) return null;
  let owner = end - 1;
  if (isLowerWord(p.tokens[owner]) && !p.inQuote[owner] && !possessiveAt(p.tokens, owner)) owner--; // "Lee’s presidential campaign"
  const mention = registry.mentionEndingAt(p.n, owner) ?? registry.mentionEndingAt(p.n, owner - 1);
  if (!mention || p.inQuote[owner] || !possessiveAt(p.tokens, mention.last)) return null;
  const from = p.tokens[mention.from - 1]?.lower === 'the' ? mention.from - 1 : mention.from;
  const text = tidy(p.text.slice(p.tokens[from]!.start, head.end)).replace(/^The\s/, 'the ');
  // "Lee's associates", "Lee's friend": people known by their tie to a name, as written.
  const form = !owned ? (/[^s]s$/.test(head.lower) ? 'source' : 'role')
    : SOURCE_NOUNS.has(head.lower) || head.lower === 'lawyer' || head.lower === 'attorney' ? 'role' : 'organisation';
  return { form, text, paragraph: p.n, tokenIndex: from, offset: p.tokens[from]!.start };
}

/** "officials in Paris said": a source noun phrase that runs through a name. */
function sourceAround(p: ParagraphModel, registry: EntityRegistry, before: number, end: number): SpeakerPhrase | null {
  if (p.tokens[before]?.lower === 'the') before--;
  const t = p.tokens[before];
  if (!t || !PREPOSITIONS.has(t.lower) || p.inQuote[before]) return null;
  const phrase = nounPhraseEndingAt(p, end, true);
  // The source noun comes before the preposition ("officials in Paris"), not after it.
  if (phrase && phrase.form === 'source' && phrase.tokenIndex < before) return phrase;
  // "Friends of Mr. Clinton", "aides to Gov. Ito": a title's full stop ends the walk above; the
  // people before the preposition are the source, written through the name.
  // "secretary of State John Kerry": a title inside the name makes the words before it his office.
  const mention = registry.mentionEndingAt(p.n, end);
  if (mention?.titles.some((title) => !HONORIFICS.has(title.toLowerCase().replace(/\.$/, '')))) return null;
  const head = nounPhraseEndingAt(p, before - 1);
  const noun = p.tokens[before - 1];
  // Only a phrase opening its clause ("…, aides to Mr. Ito said"), headed by a noun for people.
  if (!head || !noun || !(isLowerWord(noun) || atSentenceStart(p, before - 1)) || !(SOURCE_NOUNS.has(noun.lower) || isPersonNoun(noun.lower))) return null;
  const opener = p.tokens[head.tokenIndex - 1];
  if (!atSentenceStart(p, head.tokenIndex) && opener?.text !== ',' && !SENTENCE_CONJUNCTIONS.has(opener?.lower ?? '')) return null;
  const people = head.form === 'source' && /[^s]s$|people$/.test(noun.lower);
  // "The sister of Mr. Clinton said": one person known by a tie to the name, kept as written.
  const tie = (head.form === 'role' || head.form === 'source') && isPersonNoun(noun.lower) && ['of', 'to', 'for'].includes(t.lower);
  if (!people && !tie) return null;
  const text = tidy(p.text.slice(head.offset, p.tokens[end]!.end));
  return { ...head, text: /^\p{Ll}/u.test(head.text) ? lowerFirst(text) : text };
}

/** Copulas and auxiliaries: a noun phrase ends before them ("The French … are big fans": not "are big fans"). */
const VERBS_OUTSIDE_NOUN_PHRASES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);

export function nounPhraseEndingAt(p: ParagraphModel, end: number, allowNames = false): SpeakerPhrase | null {
  const { tokens } = p;
  let start = end;
  let firstCapital = -1;
  while (start >= 0 && end - start < MAX_NP) {
    const t = tokens[start]!;
    if (p.inQuote[start] || !isWord(t) || CLAUSE_BOUNDARIES.has(t.lower) || VERBS_OUTSIDE_NOUN_PHRASES.has(t.lower)) break;
    if (p.sentenceOf[start] !== p.sentenceOf[end]) break;
    if (isPossessive(t) && isCapitalised(t) && start < end) {
      start--;
      break;
    }
    if (isCapitalised(t) && !atSentenceStart(p, start) && !(start === end && isTitleWord(t))) firstCapital = start;
    start--;
  }
  start++;
  // "a Downing Street spokesperson": capitalised words inside a phrase that opens with a determiner.
  if (firstCapital >= 0 && !allowNames && !DETERMINERS.has(tokens[start]!.lower) && !indefiniteKindOfPerson(tokens.slice(start, end + 1))) {
    start = firstCapital + 1;
    // "Obama passionately rebuked critics who say": after a name, an adverb and a past verb are its
    // predicate; the phrase is the verb's object.
    let k = start;
    while (k < end && isCapitalised(tokens[k])) k++;
    if (k < end && /ly$/.test(tokens[k]!.lower) && isLowerWord(tokens[k])) k++;
    if (k < end && /ed$/.test(tokens[k]!.lower) && isLowerWord(tokens[k]) && !PREPOSITIONS.has(tokens[end]!.lower)) start = k + 1;
  }
  start = innerDeterminer(p, start, end);
  // "… in five states": a noun phrase never opens with a preposition (the one before it is the subject).
  // "Outside experts", "inside sources": before the noun itself, a preposition that is also an adjective.
  const adjective = ADJECTIVE_PREPOSITIONS.has(tokens[start]?.lower ?? '') && start + 1 === end && isLowerWord(tokens[end]);
  if (start > end || PREPOSITIONS.has(tokens[start]!.lower) && !POST_NOMINAL_ADJECTIVES.has(tokens[start]!.lower) && !adjective) return null;
  const words = tokens.slice(start, end + 1);
  const lowerWords = words.map((w) => w.lower);
  const last = words.at(-1)!;
  if (isCapitalised(last) && !atSentenceStart(p, end) && !allowNames && !isTitleWord(last) && !DETERMINERS.has(lowerWords[0]!) && !indefiniteKindOfPerson(words)) return null;
  // "a reporter for a regional radio station": after an indefinite article, the noun before the
  // first preposition heads the phrase.
  const prepositionAt = /^(?:a|an|one|another)$/.test(lowerWords[0]!) ? lowerWords.findIndex((w, k) => k > 0 && HEAD_ENDING_PREPOSITIONS.has(w)) : -1;
  const headBeforePreposition = prepositionAt > 0 && words.slice(prepositionAt).every((w) => isLowerWord(w)) ? words[prepositionAt - 1]! : undefined;
  const hasSource = lowerWords.some((w) => SOURCE_NOUNS.has(w)) || (isLowerWord(last) || atSentenceStart(p, end)) && isPersonNoun(last.lower) ||
    headBeforePreposition !== undefined && (isLowerWord(headBeforePreposition) || atSentenceStart(p, start + prepositionAt - 1)) && isPersonNoun(headBeforePreposition.lower);
  const definite = ['the', 'this', 'that', 'its', 'his', 'her', 'their'].includes(lowerWords[0]!);
  const singular = last.lower.replace(/s$/, '');
  const orgHead = isLowerWord(last) && (OUTLET_NOUNS.has(last.lower) || ORG_HEADS.has(last.lower) || OUTLET_NOUNS.has(singular) || ORG_HEADS.has(singular));
  if (orgHead && !definite && !hasSource) {
    // "the country's energy ministry said": an organisation described, not named.
    const text = tidy(p.text.slice(words[0]!.start, last.end));
    const written = atSentenceStart(p, start) && !isPossessive(words[0]!) ? lowerFirst(text) : text;
    return { form: 'organisation', text: written, paragraph: p.n, tokenIndex: start, offset: words[0]!.start };
  }
  if (!hasSource && !definite) return indefiniteDescription(p, words, start);
  if (definite && words.length < 2) return null;
  let text = tidy(p.text.slice(words[0]!.start, last.end));
  // "The minister" → "the minister", but "Brightline's spokeswoman" keeps its capital.
  if (atSentenceStart(p, start) && !isPossessive(words[0]!)) text = lowerFirst(text);
  return { form: hasSource && !definite ? 'source' : 'role', text, paragraph: p.n, tokenIndex: start, offset: words[0]!.start };
}

/**
 * "A week later the council said": an article inside the walked-back words, not after a
 * preposition ("the head of the agency"), starts the real subject.
 */
function innerDeterminer(p: ParagraphModel, start: number, end: number): number {
  for (let k = end - 1; k > start; k--) {
    const lower = p.tokens[k]!.lower;
    if ((lower === 'the' || lower === 'a' || lower === 'an') && !PREPOSITIONS.has(p.tokens[k - 1]!.lower)) return k;
  }
  return start;
}

const INDEFINITE_SPEAKER_DETERMINERS = new Set(['a', 'an', 'one', 'another']);
/** "Some families said", "Many residents say": quantifiers before a plural noun. */
const PLURAL_SPEAKER_DETERMINERS = new Set(['some', 'many', 'several', 'most', 'few', 'other', 'numerous']);

/**
 * "One former whip said", "A Home Office spokesperson said": an indefinite description headed by a
 * lower-case noun is an unnamed source, kept as written with its determiner and modifiers.
 */
function indefiniteDescription(p: ParagraphModel, words: ParagraphModel['tokens'], start: number): SpeakerPhrase | null {
  const first = words[0]!.lower;
  const last = words.at(-1)!;
  const plural = PLURAL_SPEAKER_DETERMINERS.has(first) && /[^s]s$/.test(last.lower);
  if (!INDEFINITE_SPEAKER_DETERMINERS.has(first) && !plural || words.length < 2 || words.length > 6 || !isLowerWord(last) && !isCapitalisedPersonNoun(last.text)) return null;
  if (TIME_NOUNS.has(last.lower) || words.some((w) => isPossessive(w))) return null;
  const written = tidy(p.text.slice(words[0]!.start, last.end));
  const text = first === 'a' || first === 'an' || plural ? lowerFirst(written) : written;
  return { form: 'source', text, paragraph: p.n, tokenIndex: start, offset: words[0]!.start };
}

/** "one New Hampshire Democrat", "another Texan": an indefinite description headed by a capitalised noun for a kind of person. */
function indefiniteKindOfPerson(words: ParagraphModel['tokens']): boolean {
  if (words.length < 2 || !isCapitalisedPersonNoun(words.at(-1)!.text)) return false;
  // "Other prominent Republicans", "Many Texans": a plural after a quantifier.
  return INDEFINITE_SPEAKER_DETERMINERS.has(words[0]!.lower) || PLURAL_SPEAKER_DETERMINERS.has(words[0]!.lower) && /[^s]s$/.test(words.at(-1)!.lower);
}

function atSentenceStart(p: ParagraphModel, i: number): boolean {
  if (i === 0) return true;
  return p.sentenceOf[i - 1] !== p.sentenceOf[i] || PUNCTUATION.test(p.tokens[i - 1]!.text) && (i === 1 || p.sentenceOf[i - 2] !== p.sentenceOf[i]);
}

/** The inverted subject after a verb: "…,” said Lee" / "said the minister" / "said he". */
export function subjectAfter(p: ParagraphModel, registry: EntityRegistry, verb: number): SpeakerPhrase | null {
  const i = verb + 1;
  const token = p.tokens[i];
  if (!token || p.inQuote[i]) return null;
  const mention = registry.mentionStartingAt(p.n, i);
  const after = mention ? p.tokens[mention.last + 1] : undefined;
  const endsPhrase = !after || (!isWord(after) && !possessiveAt(p.tokens, mention!.last)) || p.sentenceOf[mention!.last + 1] !== p.sentenceOf[i];
  // "…,” said Tom Hart of Ann Lee" / "said Ken Ito of Acme Capital": the person named first speaks,
  // of whom or for whom is another matter.
  const ofPhrase = after !== undefined && (PLACE_PREPOSITIONS.has(after.lower) || after.lower === 'about') && mention?.entity.kind === 'person';
  if (mention && (endsPhrase || ofPhrase) && !possessiveAt(p.tokens, mention.last)) {
    return { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: i, offset: mention.start, mention };
  }
  if (mention) return nounPhraseFrom(p, registry, i);
  if (SUBJECT_PRONOUNS.has(token.lower) && token.lower !== 'it' && token.lower !== 'i') {
    return { form: 'pronoun', text: token.lower, paragraph: p.n, tokenIndex: i, offset: token.start };
  }
  return nounPhraseFrom(p, registry, i);
}

const FINITE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'could', 'should', 'can', 'must']);
const DANGLING_WORDS = new Set(['the', 'a', 'an', 'of', 'for', 'from', 'in', 'with', 'at', 'on', 'to', 'by', 'about', 'last', 'this', 'that', 'and', 'or']);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night)$/;

/**
 * A phrase cut off by its length limit or by a number ("the officer in charge of the", "a
 * majority of the state’s 20") ends where its last complete part ends; a closing time adjunct
 * ("a congressional report on Wednesday") is no part of who speaks.
 */
function withoutDanglingEnd(words: ParagraphModel['tokens']): ParagraphModel['tokens'] {
  let n = words.length;
  const trailingTime = () => n >= 3 && TIME_WORDS.test(words[n - 1]!.lower) && /^(?:on|last|this|late|early)$/.test(words[n - 2]!.lower);
  for (;;) {
    if (n > 1 && (DANGLING_WORDS.has(words[n - 1]!.lower) || /\d/.test(words[n - 1]!.text) || isPossessive(words[n - 1]!) && n > 2 && DANGLING_WORDS.has(words[n - 2]!.lower))) n--;
    else if (trailingTime()) n -= 2;
    else break;
  }
  return n === words.length ? words : words.slice(0, n);
}

const OPENING_ADVERBIALS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'last', 'earlier', 'later', 'for', 'with', 'without', 'despite', 'eight', 'two', 'three', 'four', 'five', 'six', 'seven', 'nine', 'ten', 'years', 'months', 'weeks', 'days', 'then', 'still', 'but', 'and', 'yet', 'so', 'now', 'instead']);
const MAX_OPENING_ADVERBIAL = 10;

/**
 * "Eight years ago, he supported Obama over Clinton and said, “…”": a speech verb after "and" or
 * "but" shares the subject that opens its sentence (after a short adverbial and its comma), not the
 * object just before "and". Null when the sentence opens with no name or he/she/they.
 */
export function coordinatedSubject(p: ParagraphModel, registry: EntityRegistry, verb: number): SpeakerPhrase | null {
  let k = verb - 1;
  while (k >= 0 && VERB_MODIFIERS.has(p.tokens[k]!.lower)) k--;
  if (!['and', 'but'].includes(p.tokens[k]?.lower ?? '') || p.inQuote[k]) return null;
  return clauseOpeningSubject(p, registry, k);
}

/**
 * The name or he/she/they that opens the sentence holding token `k` (after a short adverbial and its
 * comma), before `k`; null when the sentence opens with anything else.
 */
export function clauseOpeningSubject(p: ParagraphModel, registry: EntityRegistry, k: number): SpeakerPhrase | null {
  let start = k;
  while (start > 0 && p.sentenceOf[start - 1] === p.sentenceOf[k]) start--;
  while (start < k && !isWord(p.tokens[start])) start++;
  // "And Mr. Christie gloated: …": a conjunction opening the sentence is no part of its subject.
  if ((SENTENCE_CONJUNCTIONS.has(p.tokens[start]?.lower ?? '') || p.tokens[start]?.lower === 'or') && !p.inQuote[start]) {
    start++;
    if (p.tokens[start]?.text === ',') start++;
  }
  // "Or, as Tom Ridge … put it: …", "Here’s Clinton in December 1992: …": the name after "as" or "here’s".
  if (/^(?:as|here['’]s)$/i.test(p.tokens[start]?.text ?? '') && !p.inQuote[start]) {
    const named = registry.mentionStartingAt(p.n, start + 1);
    if (named && (named.entity.kind === 'person' || named.entity.kind === 'organisation')) {
      return { form: 'name', text: named.name, paragraph: p.n, tokenIndex: start + 1, offset: named.start, mention: named };
    }
  }
  if (OPENING_ADVERBIALS.has(p.tokens[start]?.lower ?? '')) {
    for (let c = start + 1; c < Math.min(k, start + MAX_OPENING_ADVERBIAL); c++) {
      if (p.inQuote[c]) return null;
      if (p.tokens[c]!.text === ',') {
        start = c + 1;
        break;
      }
    }
  }
  if (start >= k || p.inQuote[start]) return null;
  const lower = p.tokens[start]!.lower;
  if (lower === 'he' || lower === 'she' || lower === 'they') return { form: 'pronoun', text: lower, paragraph: p.n, tokenIndex: start, offset: p.tokens[start]!.start };
  const mention = registry.mentionStartingAt(p.n, start);
  return mention ? { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: start, offset: mention.start, mention } : null;
}

const ATTRIBUTION_JOINERS = new Set(['while', 'and', 'but', 'as', 'whereas']);
const MAX_NEW_SUBJECT_TOKENS = 6;

/**
 * "…, Sanders insisted that …", "…, while Ted Cruz said …", "…, NBC’s Chuck Todd asked …": at the
 * comma `k` a new clause opens whose subject (a name or he/she/they) reports speech of its own, so
 * whatever came before ends there.
 */
export function newAttributionAt(p: ParagraphModel, k: number): boolean {
  const atComma = p.tokens[k]?.text === ',';
  // "… but U.S. officials have said …", "… but Fiorina's team denied …": after a conjunction too.
  if (!atComma && !CLAUSE_CONJUNCTIONS.has(p.tokens[k]?.lower ?? '') || p.inQuote[k]) return false;
  let i = k + 1;
  if (atComma && ATTRIBUTION_JOINERS.has(p.tokens[i]?.lower ?? '')) i++;
  const first = p.tokens[i];
  if (!first || p.inQuote[i] || p.sentenceOf[i] !== p.sentenceOf[k]) return false;
  if (['he', 'she', 'they'].includes(first.lower)) i++;
  else {
    const start = i;
    while (i < p.tokens.length && i - start < MAX_NEW_SUBJECT_TOKENS && !p.inQuote[i] && (isCapitalised(p.tokens[i]) || p.tokens[i]!.text === '.')) i++;
    if (i === start) return false;
    // "U.S. officials", "Fiorina's team": a noun or two after the name.
    for (let extra = 0; extra < 2 && isLowerWord(p.tokens[i]) && !speechVerb(p.tokens[i]!.lower) && !VERB_MODIFIERS.has(p.tokens[i]!.lower); extra++) i++;
  }
  while (i < p.tokens.length && VERB_MODIFIERS.has(p.tokens[i]!.lower)) i++;
  const verb = speechVerb(p.tokens[i]?.lower ?? '');
  return verb !== undefined && !verb.participle && !p.inQuote[i];
}

const CLAUSE_CONJUNCTIONS = new Set(['but', 'while', 'whereas', 'although', 'though']);

/** Words that open a description of a person ("his best friend", "another user"). */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'another', 'one']);

/** A noun phrase starting at `start` and running to punctuation: "a senior government source". */
const MAX_JOINED_ROLE_WORDS = 3;

/** "lobbyist and GOP strategist Charlie Black": after "and", a few role words and then a person's name. */
function rolesJoinedBeforeName(p: ParagraphModel, registry: EntityRegistry, and: number): boolean {
  for (let k = and + 1; k <= and + MAX_JOINED_ROLE_WORDS + 1; k++) {
    if (p.inQuote[k] || !isWord(p.tokens[k]) || p.sentenceOf[k] !== p.sentenceOf[and]) return false;
    const mention = registry.mentionStartingAt(p.n, k);
    // ("GOP strategist": an organisation's name qualifies the second role.)
    if (mention && mention.entity.kind !== 'person' && mention.last === k) continue;
    if (mention) return k > and + 1 && mention.entity.kind === 'person' && isLowerWord(p.tokens[and - 1]) && isPersonNoun(p.tokens[and - 1]!.lower);
    if (CLAUSE_BOUNDARIES.has(p.tokens[k]!.lower)) return false;
  }
  return false;
}

export function nounPhraseFrom(p: ParagraphModel, registry: EntityRegistry, start: number): SpeakerPhrase | null {
  const { tokens } = p;
  let end = start;
  let lastMention: NameMention | undefined;
  while (end < tokens.length && end - start < 12 && !p.inQuote[end] && isWord(tokens[end]) && p.sentenceOf[end] === p.sentenceOf[start]) {
    const m = registry.mentionStartingAt(p.n, end);
    // "according to Paul Sperry of Counter Jihad": the person named first, of whatever body.
    if (m && !lastMention && end === start && m.entity.kind === 'person' && PLACE_PREPOSITIONS.has(tokens[m.last + 1]?.lower ?? '') && !p.inQuote[m.last + 1] &&
      registry.mentionStartingAt(p.n, m.last + 2) && !possessiveAt(tokens, m.last)) {
      return { form: 'name', text: m.name, paragraph: p.n, tokenIndex: m.from, offset: m.start, mention: m };
    }
    if (m) {
      lastMention = m;
      end = m.last + 1;
      if (possessiveAt(tokens, m.last) && !isPossessive(tokens[m.last]!)) end++;
      continue;
    }
    // "said lobbyist and GOP strategist Charlie Black": two roles joined before one name.
    if (tokens[end]!.lower === 'and' && end > start && rolesJoinedBeforeName(p, registry, end)) {
      end++;
      continue;
    }
    if (CLAUSE_BOUNDARIES.has(tokens[end]!.lower) && end > start) break;
    // "…, said the plan was fine": words running into a verb of their own are a clause, not who spoke.
    if (FINITE_VERBS.has(tokens[end]!.lower) || /n[’']t$/.test(tokens[end]!.lower)) return null;
    end++;
  }
  if (end === start) return null;
  const words = withoutDanglingEnd(tokens.slice(start, end));
  end = start + words.length;
  const lowerWords = words.map((w) => w.lower);
  // "said his best friend at college, Bruce Turry," / "said another Twitter user, Jo Bayer": the
  // person the description introduces, not a name inside the description.
  const introduced = tokens[end]?.text === ',' && !p.inQuote[end + 1] ? registry.mentionStartingAt(p.n, end + 1) : undefined;
  if (introduced?.entity.kind === 'person' && lastMention?.entity.kind !== 'person' && DESCRIPTION_OPENERS.has(lowerWords[0]!)) {
    const after = tokens[introduced.last + 1];
    if (!after || !isWord(after) || p.sentenceOf[introduced.last + 1] !== p.sentenceOf[start]) {
      return { form: 'name', text: introduced.name, paragraph: p.n, tokenIndex: introduced.from, offset: introduced.start, mention: introduced };
    }
  }
  const hasSource = lowerWords.some((w) => SOURCE_NOUNS.has(w)) || isLowerWord(words.at(-1)) && isPersonNoun(words.at(-1)!.lower) || indefiniteKindOfPerson(words);
  const document = documentBeforePreposition(p, words, start);
  if (document) return document;
  // "according to F.A.A. records", "Pentagon documents show": the records, written as they are.
  const lastWord = words.at(-1)!;
  if (lastMention && lastMention.last < end - 1 && isLowerWord(lastWord) && DOCUMENT_NOUNS.has(lastWord.lower)) {
    return { form: 'source', text: tidy(p.text.slice(words[0]!.start, lastWord.end)), paragraph: p.n, tokenIndex: start, offset: words[0]!.start };
  }
  // "Farmers' Union president K. Raman": the person at the end of the phrase.
  if (lastMention && (!hasSource || lastMention.entity.kind === 'person')) {
    return { form: 'name', text: lastMention.name, paragraph: p.n, tokenIndex: lastMention.from, offset: lastMention.start, mention: lastMention };
  }
  const text = tidy(p.text.slice(words[0]!.start, words.at(-1)!.end));
  if (hasSource) return { form: 'source', text, paragraph: p.n, tokenIndex: start, offset: words[0]!.start };
  if (lowerWords[0] === 'the' && words.length >= 2 && words.length <= 5) {
    return { form: 'role', text, paragraph: p.n, tokenIndex: start, offset: words[0]!.start };
  }
  // "one former whip", "a Labour backbencher": an indefinite description is an unnamed source.
  if (SOURCE_DETERMINERS.has(lowerWords[0]!) && words.length >= 2 && words.length <= 6 && (isLowerWord(words.at(-1)) || indefiniteKindOfPerson(words))) {
    return { form: 'source', text, paragraph: p.n, tokenIndex: start, offset: words[0]!.start };
  }
  return null;
}

/** Written records that speak for themselves: "according to a filing with the regulator". */
const DOCUMENT_NOUNS = new Set([
  'filing', 'filings', 'document', 'documents', 'report', 'reports', 'statement', 'letter', 'memo',
  'survey', 'study', 'poll', 'analysis', 'records', 'record', 'data', 'figures', 'estimates', 'release',
  'complaint', 'lawsuit', 'indictment', 'ruling', 'judgment', 'submission', 'prospectus', 'audit',
]);
const PHRASE_PREPOSITIONS = new Set(['with', 'by', 'from', 'of', 'to', 'in', 'at', 'for', 'seen', 'published', 'filed', 'released', 'obtained']);

/**
 * "a filing with the Securities and Exchange Commission", "court documents seen by Reuters": a
 * document noun phrase is the source; the organisation after its preposition only places it.
 */
function documentBeforePreposition(p: ParagraphModel, words: ParagraphModel['tokens'], start: number): SpeakerPhrase | null {
  const cut = words.findIndex((w, k) => k > 0 && PHRASE_PREPOSITIONS.has(w.lower));
  if (cut <= 0) return null;
  const head = words[cut - 1]!;
  if (!isLowerWord(head) || !DOCUMENT_NOUNS.has(head.lower)) return null;
  const text = tidy(p.text.slice(words[0]!.start, head.end));
  return { form: 'source', text, paragraph: p.n, tokenIndex: start, offset: words[0]!.start };
}

/** Token index of "according" in an "according to" within [from, to), or -1. */
export function findAccordingTo(p: ParagraphModel, from: number, to: number): number {
  for (let i = Math.max(0, from); i < Math.min(to, p.tokens.length) - 1; i++) {
    if (!p.inQuote[i] && p.tokens[i]!.lower === 'according' && p.tokens[i + 1]!.lower === 'to') return i;
  }
  return -1;
}

/** The speaker phrase after "according to". */
export function accordingToPhrase(p: ParagraphModel, registry: EntityRegistry, according: number): SpeakerPhrase | null {
  const start = according + 2;
  const token = p.tokens[start];
  if (!token) return null;
  if (SUBJECT_PRONOUNS.has(token.lower) || ['him', 'her', 'them'].includes(token.lower)) {
    return { form: 'pronoun', text: token.lower === 'him' ? 'he' : token.lower === 'her' ? 'she' : token.lower === 'them' ? 'they' : token.lower, paragraph: p.n, tokenIndex: start, offset: token.start };
  }
  const phrase = nounPhraseFrom(p, registry, start);
  if (phrase?.form !== 'name' || phrase.mention?.entity.kind !== 'person') {
    const coordinated = coordinatedModifiersFrom(p, start);
    if (coordinated) return coordinated;
  }
  // "according to Ukrainian politicians and officials": a place or nationality before a common
  // noun describes the source; the whole noun phrase is it.
  if (phrase?.form === 'name' && phrase.mention && isNonSpeakerName(phrase.mention.entity.nameTokens) && isLowerWord(p.tokens[phrase.mention.last + 1]) &&
    !CLAUSE_BOUNDARIES.has(p.tokens[phrase.mention.last + 1]!.lower)) {
    return anyNounPhraseFrom(p, start);
  }
  return phrase ?? anyNounPhraseFrom(p, start);
}

/**
 * "according to Democratic and independent analysts": modifiers joined by "and" or "or" before one
 * noun for people; the whole phrase, as written.
 */
function coordinatedModifiersFrom(p: ParagraphModel, start: number): SpeakerPhrase | null {
  const { tokens } = p;
  let conj = start + 1;
  while (conj < start + 3 && isWord(tokens[conj]) && !/^(?:and|or)$/.test(tokens[conj]!.lower)) conj++;
  if (!/^(?:and|or)$/.test(tokens[conj]?.lower ?? '') || p.inQuote[conj]) return null;
  for (let k = start; k < conj; k++) if (!isWord(tokens[k]) || p.inQuote[k] || SOURCE_NOUNS.has(tokens[k]!.lower)) return null;
  let end = conj + 1;
  while (end < conj + 4 && isWord(tokens[end]) && !p.inQuote[end] && !CLAUSE_BOUNDARIES.has(tokens[end]!.lower)) end++;
  const head = tokens[end - 1]!;
  if (end === conj + 1 || !isLowerWord(head) || !(SOURCE_NOUNS.has(head.lower) || isPersonNoun(head.lower))) return null;
  const text = tidy(p.text.slice(tokens[start]!.start, head.end));
  return { form: 'source', text, paragraph: p.n, tokenIndex: start, offset: tokens[start]!.start };
}

/** "according to court documents": whatever noun phrase follows, as written, up to punctuation. */
function anyNounPhraseFrom(p: ParagraphModel, start: number): SpeakerPhrase | null {
  let end = start;
  while (end < p.tokens.length && end - start < 6 && !p.inQuote[end] && isWord(p.tokens[end]) && !CLAUSE_BOUNDARIES.has(p.tokens[end]!.lower)) end++;
  if (end === start) return null;
  end = start + withoutDanglingEnd(p.tokens.slice(start, end)).length;
  const text = tidy(p.text.slice(p.tokens[start]!.start, p.tokens[end - 1]!.end));
  return { form: 'source', text, paragraph: p.n, tokenIndex: start, offset: p.tokens[start]!.start };
}

/** Token index just after a phrase. */
export function phraseEnd(p: ParagraphModel, phrase: SpeakerPhrase): number {
  const endOffset = phrase.mention ? phrase.mention.end : phrase.offset + phrase.text.length;
  let k = phrase.tokenIndex;
  while (k < p.tokens.length && p.tokens[k]!.start < endOffset) k++;
  return k;
}

/**
 * "told BBC Sport", "told Reuters": the listener of "told" when it is a news outlet (an
 * organisation, or a name holding an acronym), through which the words were relayed.
 */
export function toldOutlet(p: ParagraphModel, registry: EntityRegistry, verb: number): SpeakerPhrase | null {
  const token = p.tokens[verb];
  if (!token || speechVerb(token.lower)?.lemma !== 'tell') return null;
  const listener = p.tokens[verb + 1]?.lower === 'the' ? verb + 2 : verb + 1;
  const mention = registry.mentionStartingAt(p.n, listener);
  if (!mention) return null;
  const words = p.tokens.slice(mention.first, mention.last + 1);
  const outletLike = mention.entity.kind === 'organisation' || words.some((w) => /^\p{Lu}{2,}$/u.test(w.text));
  if (!outletLike) return null;
  return { form: 'name', text: mention.name, paragraph: p.n, tokenIndex: mention.from, offset: mention.start, mention };
}
