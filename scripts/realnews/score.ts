/**
 * Scores the project's attribution against PolNeAR's gold attributions, the way the Gender Gap
 * Tracker evaluates quote extraction on real news:
 *
 * - Recall counts only gold statements with a SPEECH cue (said, told, according to, wrote, ":" …):
 *   PolNeAR also marks beliefs, plans and reports, which the bot does not claim to find. Also left
 *   out: cues of speech not made ("declined to say", "might ask"), contents under three words
 *   ("announced his resignation"), and sources that are the author or reader (I, we, you) or missing
 *   (passives: "we are told that …").
 * - A gold statement is FOUND when one returned quote, in one of the paragraphs the statement
 *   spans, covers ≥ 30% of its content words (also reported: ≥ 80%).
 * - A returned quote is PRECISE when it covers ≥ 30% of the content words of any gold attribution
 *   (any cue: a quoted belief is still somebody's statement) in its paragraphs.
 * - SPEAKER accuracy, over found statements whose gold source names someone: the returned speaker
 *   of the best-covering quote agrees with the gold name (same surname / last name token). By kind:
 *   named person, organisation, pronoun (resolved as below), and role description (reported
 *   apart: correct when the returned speaker is the role as written, or the person the article
 *   names next to that role word).
 * - A PRONOUN source (he, she, it, they) is resolved to the nearest PRECEDING gold source mention
 *   that names someone and agrees: he/she → a named person (whose given name, when compromise's
 *   lexicon knows it, has that gender), it/they → an organisation. Unresolved pronouns, and
 *   I/we/you (the author, the reader), name no one and are not scored for the speaker.
 */
import nlp from 'compromise';
import type { Article } from '../../src/article/types.ts';
import type { Quote } from '../../src/attribution/types.ts';
import type { GoldAttribution, RealNewsArticle, Span } from './polnear.ts';

export const FOUND_COVERAGE = 0.3;
export const FULL_COVERAGE = 0.8;

// ---------------------------------------------------------------------------------------------
// Words

const STOP_WORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these ' +
    'those there their they them he she his her him we our us i me my you your not no so than then too very can ' +
    'will would should could may might must do does did has have had s t').split(' '),
);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Content words of a text (all its words when every one is a stop word). */
export function contentWords(text: string): string[] {
  const all = words(text);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return content.length > 0 ? content : all;
}

/** Share of `gold`'s content words (as a multiset) that `returned` contains. */
export function coverage(goldWords: readonly string[], returnedText: string): number {
  if (goldWords.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const w of words(returnedText)) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of goldWords) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return hit / goldWords.length;
}

// ---------------------------------------------------------------------------------------------
// Speech cues

const SPEECH_VERBS = [
  ['say', 'said', 'says', 'saying'], ['tell', 'told', 'tells', 'telling'], ['according'],
  ['add', 'added', 'adds', 'adding'], ['write', 'wrote', 'writes', 'writing', 'written'],
  ['ask', 'asked', 'asks', 'asking'], ['tweet', 'tweeted', 'tweets', 'tweeting'],
  ['announce', 'announced', 'announces', 'announcing'], ['note', 'noted', 'notes', 'noting'],
  ['argue', 'argued', 'argues', 'arguing'], ['explain', 'explained', 'explains', 'explaining'],
  ['declare', 'declared', 'declares', 'declaring'], ['state', 'stated', 'states', 'stating'],
  ['claim', 'claimed', 'claims', 'claiming'], ['insist', 'insisted', 'insists', 'insisting'],
  ['reply', 'replied', 'replies', 'replying'], ['respond', 'responded', 'responds', 'responding'],
  ['remark', 'remarked', 'remarks'], ['comment', 'commented', 'comments'],
  ['warn', 'warned', 'warns', 'warning'], ['acknowledge', 'acknowledged', 'acknowledges', 'acknowledging'],
  ['admit', 'admitted', 'admits', 'admitting'], ['recall', 'recalled', 'recalls', 'recalling'],
  ['testify', 'testified', 'testifies', 'testifying'], ['concede', 'conceded', 'concedes', 'conceding'],
  ['contend', 'contended', 'contends'], ['assert', 'asserted', 'asserts'], ['stress', 'stressed', 'stresses'],
  ['emphasize', 'emphasized', 'emphasizes', 'emphasise', 'emphasised'], ['urge', 'urged', 'urges', 'urging'],
  ['promise', 'promised', 'promises'], ['vow', 'vowed', 'vows'], ['pledge', 'pledged', 'pledges'],
  ['confirm', 'confirmed', 'confirms'], ['deny', 'denied', 'denies'], ['boast', 'boasted', 'boasts'],
  ['complain', 'complained', 'complains'], ['joke', 'joked', 'jokes'], ['quip', 'quipped'],
  ['report', 'reported', 'reports'], ['reply', 'retorted', 'retort'], ['predict', 'predicted', 'predicts'],
  ['shout', 'shouted'], ['exclaim', 'exclaimed'], ['continue', 'continued'], ['conclude', 'concluded'],
  ['post', 'posted'], ['mention', 'mentioned'], ['observe', 'observed'], ['counter', 'countered'],
].flat();
const SPEECH_WORDS = new Set(SPEECH_VERBS);

const NOT_SAID = new Set(['not', 'never', 'might', 'may', 'could', 'would', 'should', 'if', 'declined', 'refused', 'n', 't']);

/** Is this gold cue a speech act that took place (not a belief, plan, finding, or a speech not made)? */
export function isSpeechCue(cue: string): boolean {
  const cueWords = words(cue);
  if (cueWords.some((w) => NOT_SAID.has(w))) return false;
  if (cue.includes(':')) return true;
  return cueWords.some((w) => SPEECH_WORDS.has(w));
}

/** Statements the bot should find: someone's (not the author's, not the reader's) speech, a clause long. */
export function countsForRecall(gold: GoldAttribution): boolean {
  const source = gold.source?.text.trim().toLowerCase();
  if (!source || SELF_PRONOUNS.has(source) || /^(i|we|my|our|you|your)\b/.test(source)) return false;
  return isSpeechCue(gold.cue.text) && words(gold.content.text).length >= 3;
}

// ---------------------------------------------------------------------------------------------
// Sources

export type SourceKind = 'person' | 'organisation' | 'pronoun' | 'role' | 'none';

export const TITLE_WORDS = new Set(
  ('mr mrs ms miss dr sen senator rep representative gov governor president vice secretary gen general ' +
    'col lt sgt judge justice mayor chairman chairwoman chair speaker leader minister prime sir lord lady ' +
    'prof professor rev former the a an former candidate gop democrat democratic republican attorney ' +
    '').split(' ').filter(Boolean),
);
const ORG_WORDS = new Set(
  ('department house committee campaign party university association agency times post news inc corp council ' +
    'court commission institute center centre bureau office administration senate congress democrats republicans ' +
    'group foundation service network company fund board union poll pac caucus organization organisation ' +
    'coalition journal press cnn fbi cia nsa gop dnc rnc police team staff spokesman spokeswoman spokesperson ' +
    'aides officials government state states city county ministry army navy school college club league').split(' '),
);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['it', 'they', 'them']);
const SELF_PRONOUNS = new Set(['i', 'we', 'you', 'me', 'us', 'one', 'who', 'which', 'that']);

const MONTH_WORDS = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/;

/** Capitalised name tokens of a phrase, runs in order (titles, party words and dates dropped). */
function nameRuns(phrase: string): { runs: string[][]; endsInName: boolean } {
  const tokens = phrase.split(/\s+/).filter(Boolean);
  const runs: string[][] = [];
  let run: string[] = [];
  let endsInName = false;
  tokens.forEach((token, i) => {
    const bare = token.replace(/[.,;:"“”]+$/, '').replace(/^["“”]+/, '');
    const lower = bare.toLowerCase().replace(/\.$/, '');
    const capital = /^\p{Lu}/u.test(bare) && !MONTH_WORDS.test(lower) && !NUMBER_WORD.test(lower);
    const name = capital && !TITLE_WORDS.has(lower);
    if (name) run.push(bare);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
    if (i === tokens.length - 1) endsInName = capital;
  });
  if (run.length > 0) runs.push(run);
  return { runs, endsInName };
}

const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|most|many|some|several|other|another|all|both|few|each|every|multiple)(-\w+)?$/;

/**
 * The name a source phrase gives, read from its head (before the first comma, preposition or
 * relative pronoun): its LAST run of capitalised tokens ("Republican North Dakota Sen. Mara
 * Quill" → Mara Quill; "Rep. Jo Kim of New York" → Jo Kim). A head that ends in a common noun
 * is a description ("Lee’s aides", "Hull fans", "the mayor’s press secretary"): its name is an
 * appositive that is only a name ("…, Jo Reed,"), else none.
 */
export function nameRun(source: string): string[] {
  const plain = source.replace(/[’']s?(?=\s|$)/g, '').replace(/\([^)]*\)/g, ' ');
  const segments = plain.split(/[,;:—–]/);
  const head = segments[0]!.split(/\s(?:of|from|at|for|with|in|on|who|which|whose|by|to)\s/)[0] ?? '';
  const { runs, endsInName } = nameRuns(head);
  if (endsInName) return runs.at(-1) ?? [];
  for (const segment of segments.slice(1)) {
    const apposition = nameRuns(segment.trim());
    if (apposition.endsInName && apposition.runs.length === 1 && segment.trim().split(/\s+/).every((t) => /^\p{Lu}/u.test(t))) {
      return apposition.runs[0]!;
    }
  }
  return [];
}

/** The article writes the word with a capital after another word somewhere ("Ben Rhodes", "said Rhodes"): a name, not a sentence's first word. */
function capitalisedMidSentence(text: string, word: string): boolean {
  return new RegExp(`(?:[\\p{L},’']|\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St)\\.)\\s+${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(text);
}

export function sourceKind(source: string | null, articleText?: string): SourceKind {
  if (!source) return 'none';
  const lower = source.trim().toLowerCase();
  if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower)) return 'pronoun';
  if (SELF_PRONOUNS.has(lower)) return 'none';
  const run = nameRun(source);
  if (run.length === 0) return 'role';
  const runText = run.join(' ');
  // "Analysts say", "Critics argued", "Q:": a plural common noun capitalised only because it opens
  // the sentence, or a single letter, names no one.
  if (run.length === 1 && (/^\p{L}$/u.test(runText) || articleText !== undefined && nlp(runText.toLowerCase()).has('#Plural') && !nlp(runText).has('#Person') &&
    !capitalisedMidSentence(articleText, runText))) return 'role';
  if (run.some((t) => ORG_WORDS.has(t.toLowerCase())) || /^[A-Z]{2,}$/.test(runText)) return 'organisation';
  const doc = nlp(source);
  if (doc.has('#Person')) return 'person';
  if (doc.has('#Organization') || doc.has('#Place')) return 'organisation';
  return 'person';
}

function genderOf(name: string[]): 'male' | 'female' | null {
  const first = name[0];
  if (!first) return null;
  const doc = nlp(first);
  if (doc.has('#MaleName')) return 'male';
  if (doc.has('#FemaleName')) return 'female';
  return null;
}

export interface GoldSpeaker {
  kind: SourceKind;
  /** Name tokens the returned speaker must agree with (empty for role descriptions). */
  name: string[];
  /** The source as annotated. */
  text: string;
}

/**
 * "Vice President Joe Biden weighed in, telling Mic, “…,” he said": a he or she inside a sentence
 * whose opening names a person (not as a gold source: PolNeAR marks no source for "weighed in")
 * refers to that person. The name run that opens the sentence, when it is a person's name of a
 * compatible gender, else null.
 */
const ABBREVIATIONS = new Set(['sen', 'rep', 'gov', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'jr', 'sr', 'rev', 'prof', 'sgt', 'capt', 'adm', 'maj', 'no', 'vs']);
const OPENING_FUNCTION_WORDS = new Set([
  'if', 'when', 'since', 'while', 'although', 'though', 'but', 'and', 'or', 'so', 'yet', 'for', 'with', 'without', 'maybe',
  'absent', 'in', 'on', 'at', 'as', 'after', 'before', 'during', 'because', 'despite', 'once', 'until', 'unless', 'like',
  'unlike', 'among', 'by', 'from', 'to', 'of', 'perhaps', 'still', 'even', 'then', 'now', 'today', 'here', 'there', 'given',
]);

/** Where the sentence holding `at` starts in the raw text. */
function sentenceStart(text: string, at: number): number {
  let start = at;
  for (;;) {
    while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
    // "Sen. Marco Rubio", "B. Hussein Obama", "U.S.": an abbreviation's full stop ends no sentence.
    const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? '';
    if (start > 0 && text[start - 1] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$|\./u.test(word))) start--;
    else break;
  }
  return start;
}

/**
 * "Ed Brookover spoke to reporters Thursday. He says …": the person opening the sentence before the
 * pronoun's (across a paragraph break too), with where that sentence starts; PolNeAR marks no
 * source for "spoke to reporters", so the named sources alone would skip him.
 */
function previousSentenceOpeningPerson(text: string, at: number, gender: 'male' | 'female' | null): { run: string[]; start: number } | null {
  let end = sentenceStart(text, at);
  while (end > 0 && /[\s.!?"”’']/.test(text[end - 1]!)) end--;
  if (end <= 0) return null;
  const run = sentenceOpeningPerson(text, end, gender);
  return run ? { run, start: sentenceStart(text, end) } : null;
}

function sentenceOpeningPerson(text: string, at: number, gender: 'male' | 'female' | null): string[] | null {
  const start = sentenceStart(text, at);
  const segment = text.slice(start, at).replace(/^\s+/, '');
  // A sentence that opens with a quotation, or with a word that is no name ("If Trump …", "When Nega …").
  if (segment === '' || /^[\p{Ll}"“”'’‘]/u.test(segment)) return null;
  if (OPENING_FUNCTION_WORDS.has(segment.split(/\s+/)[0]!.toLowerCase().replace(/[^a-z]/g, ''))) return null;
  // The sentence started inside a quotation (a closing mark before any opening one): not a narrated subject.
  const firstClose = segment.search(/”|"(?=[\s,.])/);
  const firstOpen = segment.search(/“|(?:^|\s)"/);
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) return null;
  // "Mrs. Clinton's Iraq war vote, which she …": a possessive ends the name.
  const head = segment.split(/[,;:(—–“"]/)[0]!.replace(/['’]s\b.*$/u, '').trim();
  const words = head.split(/\s+/);
  // The name must open the sentence: "On Monday, …" or "Mrs. Clinton's aide …" do not.
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|van|von|da|del|la|le|bin|al)$/.test(w)) && !/^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)+\s+\p{Ll}/u.test(head)) return null;
  const run = nameRun(head.replace(/\s+\p{Ll}.*$/u, ''));
  if (run.length < 2 || sourceKind(run.join(' ')) !== 'person' || !nlp(run.join(' ')).has('#Person')) return null;
  const g = genderOf(run);
  return gender && g && g !== gender ? null : run;
}

/** Each gold attribution's speaker, pronouns resolved to the nearest preceding agreeing named source. */
export function goldSpeakers(attributions: readonly GoldAttribution[], articleText?: string): GoldSpeaker[] {
  const named = attributions
    .map((a) => ({ a, kind: sourceKind(a.source?.text ?? null, articleText) }))
    .filter((x) => x.kind === 'person' || x.kind === 'organisation')
    .map((x) => ({ start: x.a.source!.spans[0]!.start, kind: x.kind, name: nameRun(x.a.source!.text) }))
    .sort((p, q) => p.start - q.start);
  return attributions.map((a): GoldSpeaker => {
    const text = a.source?.text ?? '';
    const kind = sourceKind(a.source?.text ?? null, articleText);
    if (kind === 'person' || kind === 'organisation') return { kind, name: nameRun(text), text };
    if (kind !== 'pronoun') return { kind, name: [], text };
    const pronoun = text.trim().toLowerCase();
    const at = a.source!.spans[0]!.start;
    const wanted = PERSON_PRONOUNS.has(pronoun) ? 'person' : 'organisation';
    const gender = pronoun === 'he' || pronoun === 'him' ? 'male' : pronoun === 'she' || pronoun === 'her' ? 'female' : null;
    const opening = articleText !== undefined && wanted === 'person' ? sentenceOpeningPerson(articleText, at, gender) : null;
    if (opening) return { kind, name: opening, text };
    const previous = articleText !== undefined && wanted === 'person' ? previousSentenceOpeningPerson(articleText, at, gender) : null;
    for (let i = named.length - 1; i >= 0; i--) {
      const candidate = named[i]!;
      if (candidate.start >= at || candidate.kind !== wanted) continue;
      const g = gender ? genderOf(candidate.name) : null;
      if (g && g !== gender) continue;
      if (previous && previous.start > candidate.start) break;
      return { kind, name: candidate.name, text };
    }
    if (previous) return { kind, name: previous.run, text };
    return { kind: 'none', name: [], text };
  });
}

const lastToken = (tokens: readonly string[]) => tokens.at(-1)?.toLowerCase() ?? '';

/** Does the returned speaker agree with the gold name (same last name token either way round)? */
export function sameSpeaker(goldName: readonly string[], returned: string): boolean {
  const returnedTokens = nameRun(returned).map((t) => t.toLowerCase());
  const gold = goldName.map((t) => t.toLowerCase());
  if (returnedTokens.length === 0 || gold.length === 0) return false;
  return returnedTokens.includes(lastToken(gold)) || gold.includes(lastToken(returnedTokens));
}

/** A role description is right when returned as written, or as the person named next to that role word. */
export function roleAgrees(role: string, returned: string, text: string): boolean {
  const roleWords = contentWords(role).filter((w) => w.length > 2);
  const head = roleWords.at(-1);
  if (!head) return false;
  if (words(returned).includes(head)) return true;
  // "a recent poll of Indiana voters", "the groups who wrote to her": the head noun comes before
  // what modifies it; the description returned without its modifier is the same source.
  const nounHead = headBeforeModifier(role);
  if (nounHead && nounHead !== head && words(returned).at(-1) === nounHead) return true;
  const surname = nameRun(returned).at(-1);
  if (!surname) return false;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const near = new RegExp(`\\b${escape(surname)}\\b[^.]{0,80}\\b${escape(head)}|\\b${escape(head)}\\b[^.]{0,80}\\b${escape(surname)}\\b`, 'i');
  return near.test(text);
}

const QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'all', 'both', 'each', 'several', 'none', 'one', 'two', 'three', 'four', 'five', 'half', 'majority', 'majorities', 'others', 'another']);
const POST_MODIFIER_OPENERS = new Set([
  'of', 'in', 'at', 'from', 'for', 'with', 'by', 'on', 'who', 'which', 'that', 'whose', 'including', 'like', 'to', 'during', 'about', 'after', 'among',
]);

/** The last word before a description's first post-modifier (a preposition, a relative, a comma). */
function headBeforeModifier(role: string): string | null {
  const before = role.split(/,|—|--/)[0]!;
  const list = words(before);
  const stop = list.findIndex((w, i) => i > 0 && POST_MODIFIER_OPENERS.has(w));
  const head = (stop > 0 ? list.slice(0, stop) : list).at(-1);
  // "Some of Clinton's allies": a quantifier before "of" is no head; "some" alone names no one.
  return head && head.length > 2 && !STOP_WORDS.has(head) && !QUANTIFIERS.has(head) ? head : null;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs: where each article paragraph sits in the raw text

/** Character range of each article paragraph in the raw text, by paragraph number. */
export function paragraphRanges(raw: string, article: Article): Map<number, Span> {
  const ranges = new Map<number, Span>();
  let cursor = 0;
  for (const p of article.paragraphs) {
    const probe = p.text.slice(0, 40);
    let at = raw.indexOf(probe, cursor);
    if (at < 0) at = raw.indexOf(p.text.slice(0, 12), cursor);
    // The reader collapses runs of spaces and mends quote marks: match the opening words loosely.
    if (at < 0) at = looseIndexOf(raw, p.text.slice(0, 60), cursor);
    if (at < 0) continue;
    ranges.set(p.n, { start: at, end: at + p.text.length });
    cursor = at + 1;
  }
  return ranges;
}

/** Where the words of `probe` start in `raw` from `from`, whatever the spaces and punctuation between them, or -1. */
function looseIndexOf(raw: string, probe: string, from: number): number {
  const words = probe.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 6);
  if (words.length < 3) return -1;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(words.map(escape).join('[^\\p{L}\\p{N}]{1,6}'), 'u');
  const m = pattern.exec(raw.slice(from));
  return m ? from + m.index : -1;
}

function paragraphsOf(spans: readonly Span[], ranges: Map<number, Span>): Set<number> {
  const out = new Set<number>();
  for (const [n, r] of ranges) {
    if (spans.some((s) => s.start < r.end && s.end > r.start)) out.add(n);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scoring one article

export type MissCategory = string;

export interface StatementResult {
  article: string;
  gold: GoldAttribution;
  speaker: GoldSpeaker;
  best: Quote | null;
  coverage: number;
  /** null when not scored for the speaker (not found, or the source names no one). */
  speakerRight: boolean | null;
  category: MissCategory | null;
  snippet: string;
}

export interface ArticleResult {
  statements: StatementResult[];
  returned: number;
  precise: number;
  /** Returned quotes that cover no gold content, with their category. */
  falsePositives: { article: string; quote: Quote; category: string }[];
}

const DIRECT = /^\s*["“”‘'«]/u;
const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|EST|EDT|PST|PDT|GMT|UTC|ET|PT)\b/;

function sentenceAround(text: string, span: Span): string {
  const start = Math.max(text.lastIndexOf('\n', span.start) + 1, 0);
  const endNl = text.indexOf('\n', span.end);
  return text.slice(start, endNl < 0 ? text.length : endNl);
}

function recallCategory(gold: GoldAttribution, text: string): string {
  const direct = DIRECT.test(gold.content.text);
  const cue = gold.cue.text.toLowerCase();
  const cueAfter = gold.cue.spans[0]!.start > gold.content.spans[0]!.start;
  const verb = cue.includes(':') ? '":"' : cue.includes('according') ? 'according to' : cueAfter ? 'trailing cue' : 'leading cue';
  const around = sentenceAround(text, gold.content.spans[0]!);
  const quoteInside = /["“”]/.test(gold.content.text) && !direct;
  return `missed ${direct ? 'direct' : quoteInside ? 'mixed' : 'reported'} (${verb})${/\bsaid of\b|\bsays of\b/.test(around) ? ' said-of' : ''}`;
}

const asWritten = (text: string) => text.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function speakerCategory(speaker: GoldSpeaker, returned: string, context: string): string {
  if (/^(the|a|an|his|her|their|its)\s/i.test(returned) || /^\p{Ll}/u.test(returned)) return `${speaker.kind}: role word returned`;
  if (MONTHS.test(returned)) return `${speaker.kind}: date/time returned`;
  const surname = nameRun(returned).at(-1);
  if (surname && context.includes(surname)) return `${speaker.kind}: other name in the sentence`;
  return `${speaker.kind}: name from elsewhere`;
}

export function scoreArticle(item: RealNewsArticle, article: Article, quotes: readonly Quote[]): ArticleResult {
  const ranges = paragraphRanges(item.text, article);
  const speakers = goldSpeakers(item.attributions, item.text);
  const golds = item.attributions.map((g, i) => ({
    g,
    speaker: speakers[i]!,
    words: contentWords(g.content.text.replace(/["“”]/g, '')),
    paragraphs: paragraphsOf(g.content.spans, ranges),
  }));
  const candidatesFor = (paragraphs: Set<number>) =>
    quotes.filter((q) => q.paragraphs.some((n) => paragraphs.has(n)));

  const statements: StatementResult[] = [];
  for (const { g, speaker, words: goldWords, paragraphs } of golds) {
    if (!countsForRecall(g)) continue;
    let best: Quote | null = null;
    let bestCoverage = 0;
    for (const q of candidatesFor(paragraphs)) {
      const c = coverage(goldWords, q.quote);
      if (c > bestCoverage) {
        best = q;
        bestCoverage = c;
      }
    }
    const found = bestCoverage >= FOUND_COVERAGE;
    const context = sentenceAround(item.text, g.content.spans[0]!);
    let speakerRight: boolean | null = null;
    let category: string | null = null;
    if (!found) category = recallCategory(g, item.text);
    else if (speaker.kind === 'person' || speaker.kind === 'organisation' || speaker.kind === 'pronoun') {
      // "Police said" answered "police", "Staff for the committee" as written: the source itself.
      speakerRight = sameSpeaker(speaker.name, best!.speaker) || asWritten(speaker.text) === asWritten(best!.speaker);
      if (!speakerRight) category = speakerCategory(speaker, best!.speaker, context);
    } else if (speaker.kind === 'role') {
      speakerRight = roleAgrees(speaker.text, best!.speaker, item.text);
      if (!speakerRight) category = speakerCategory(speaker, best!.speaker, context);
      // A role word returned although the article names the person in that role (kind 1).
      else if (/^(the|a|an|his|her|their)\s/i.test(best!.speaker) && namedNearRole(speaker.text, item.text)) {
        category = 'role: role word returned though the article names it';
      }
    }
    if (found && bestCoverage < FULL_COVERAGE && category === null) category = 'partial (<80%)';
    statements.push({ article: item.name, gold: g, speaker, best, coverage: bestCoverage, speakerRight, category, snippet: context.slice(0, 400) });
  }

  let precise = 0;
  const falsePositives: ArticleResult['falsePositives'] = [];
  for (const q of quotes) {
    const paragraphs = new Set(q.paragraphs);
    const ok = golds.some((g) => [...g.paragraphs].some((n) => paragraphs.has(n)) && coverage(g.words, q.quote) >= FOUND_COVERAGE);
    if (ok) precise++;
    else falsePositives.push({ article: item.name, quote: q, category: `false ${q.kind}` });
  }
  return { statements, returned: quotes.length, precise, falsePositives };
}

/** Does the article name someone right next to this role word ("Mayor Ann Lee", "Lee, the mayor")? */
function namedNearRole(role: string, text: string): boolean {
  const head = contentWords(role).filter((w) => w.length > 2).at(-1);
  if (!head) return false;
  const escape = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escape}\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+,\\s+(?:the|a|an)\\s+(?:\\w+\\s+){0,3}${escape}\\b`, 'iu').test(text);
}

// ---------------------------------------------------------------------------------------------
// Totals

export interface Totals {
  articles: number;
  statements: number;
  found: number;
  foundFull: number;
  returned: number;
  precise: number;
  precision: number;
  recall: number;
  recallFull: number;
  f: number;
  speaker: { right: number; of: number; accuracy: number };
  speakerByKind: Record<string, { right: number; of: number; accuracy: number }>;
  categories: [string, number][];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function totalsOf(results: readonly ArticleResult[]): Totals {
  const statements = results.flatMap((r) => r.statements);
  const found = statements.filter((s) => s.coverage >= FOUND_COVERAGE).length;
  const foundFull = statements.filter((s) => s.coverage >= FULL_COVERAGE).length;
  const returned = results.reduce((n, r) => n + r.returned, 0);
  const precise = results.reduce((n, r) => n + r.precise, 0);
  const precision = ratio(precise, returned);
  const recall = ratio(found, statements.length);
  const byKind: Totals['speakerByKind'] = {};
  for (const kind of ['person', 'organisation', 'pronoun', 'role']) {
    const scored = statements.filter((s) => s.speaker.kind === kind && s.speakerRight !== null);
    const right = scored.filter((s) => s.speakerRight).length;
    byKind[kind] = { right, of: scored.length, accuracy: ratio(right, scored.length) };
  }
  const named = ['person', 'organisation', 'pronoun'].map((k) => byKind[k]!);
  const right = named.reduce((n, k) => n + k.right, 0);
  const of = named.reduce((n, k) => n + k.of, 0);
  const counts = new Map<string, number>();
  for (const s of statements) if (s.category) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  for (const r of results) for (const f of r.falsePositives) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  return {
    articles: results.length,
    statements: statements.length,
    found,
    foundFull,
    returned,
    precise,
    precision,
    recall,
    recallFull: ratio(foundFull, statements.length),
    f: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speaker: { right, of, accuracy: ratio(right, of) },
    speakerByKind: byKind,
    categories: [...counts].sort((a, b) => b[1] - a[1]),
  };
}
