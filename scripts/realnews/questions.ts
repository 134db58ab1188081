/**
 * Generated /who-said questions over real news (a local PolNeAR checkout, train split only): for
 * every sourced statement introduced by a speech cue, questions worded as people type them, and
 * traps nobody in the article answers. Nothing of the data is stored: questions are generated in
 * memory from the checkout each run.
 *
 * Kinds of question:
 * - fragment:  seven consecutive words of the statement, pasted as they are;
 * - who-said:  "who said " + another seven words, first person turned to third ("I will" → "they will");
 * - narrative: seven words of a sentence that attributes nothing to anyone (no annotation touches it);
 * - foreign:   "who said " + seven words of a statement from another article.
 * The first two should put the annotated source on top; the last two should get no answer.
 */
import { parseArticle } from '../../src/article/load.ts';
import { prepareArticle, type ArticleContext } from '../../src/answers/context.ts';
import type { WhoSaidResult } from '../../src/answers/types.ts';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import type { GoldAttribution, RealNewsArticle } from './polnear.ts';
import { contentWords, goldSpeakers, TITLE_WORDS, sameSpeaker as sameGoldName, type GoldSpeaker } from './score.ts';

export type QuestionKind = 'fragment' | 'who-said' | 'narrative' | 'foreign';
export const QUESTION_KINDS: readonly QuestionKind[] = ['fragment', 'who-said', 'narrative', 'foreign'];

export interface GeneratedQuestion {
  kind: QuestionKind;
  query: string;
  /** The annotated source's names (see sourceNames), null for traps. */
  speaker: string[] | null;
  /** The source as the attribution scorer reads it (scripts/realnews/score.ts), null for traps. */
  gold?: GoldSpeaker | null;
}

const FRAGMENT_WORDS = 7;
/** Statements shorter than this give fragments too short to tell apart. */
const MIN_STATEMENT_WORDS = 8;

/** Speech cues (the act of saying something), as opposed to belief, intention or perception cues. */
const SPEECH_CUE =
  /\b(?:say|says|said|saying|tell|tells|told|telling|according|add|adds|added|state|states|stated|statement|announce[sd]?|announcing|declare[sd]?|explain(?:s|ed)?|insist(?:s|ed)?|argue[sd]?|claim(?:s|ed)?|note[sd]?|wr(?:i|o)te|writes|tweet(?:s|ed)?|comment(?:s|ed)?|repl(?:y|ied|ies)|respond(?:s|ed)?|warn(?:s|ed)?|urge[sd]?|remark(?:s|ed)?|recall(?:s|ed)?|suggest(?:s|ed)?|joked?|admit(?:s|ted)?|acknowledge[sd]?|den(?:y|ies|ied)|promise[sd]?|vow(?:s|ed)?|pledge[sd]?|predict(?:s|ed)?|ask(?:s|ed)?|continue[sd]?|quipped|asserted|conceded|stressed|emphasi[sz]ed|countered|wondered)\b/i;

const PRONOUN = /^(?:he|she|they|it|i|we|you|him|her|them|his|its|their|me|my|us|our|your|one|who|which|that)$/i;

function wordsOf(text: string): string[] {
  return text
    .replace(/[“”"«»]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** A small deterministic hash, so the same checkout always gives the same questions. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function windowAt(words: readonly string[], start: number): string {
  return words.slice(start, start + FRAGMENT_WORDS).join(' ');
}

/** Two different seven-word windows of a statement (the second as far from the first as fits). */
function twoWindows(words: readonly string[], seed: string): [string, string] {
  const room = words.length - FRAGMENT_WORDS;
  const first = hash(seed) % (room + 1);
  const second = room === 0 ? 0 : (first + Math.max(1, Math.floor((room + 1) / 2))) % (room + 1);
  return [windowAt(words, first), windowAt(words, second)];
}

const THIRD_PERSON: Record<string, string> = {
  i: 'they', me: 'them', my: 'their', mine: 'theirs', myself: 'themselves', we: 'they', us: 'them',
  our: 'their', ours: 'theirs', ourselves: 'themselves', "i'm": "they're", "i’m": "they're", "we're": "they're",
  "we’re": "they're", "i've": "they've", "i’ve": "they've", "we've": "they've", "we’ve": "they've", "i'll": "they'll",
  "i’ll": "they'll", "we'll": "they'll", "we’ll": "they'll", "i'd": "they'd", "i’d": "they'd", "we'd": "they'd", am: 'are',
};

/** "I am sure we will win" → "they are sure they will win". */
export function toThirdPerson(fragment: string): string {
  return fragment
    .split(' ')
    .map((w) => THIRD_PERSON[w.toLowerCase()] ?? w)
    .join(' ');
}

/**
 * The source's names for scoring: a pronoun source takes the nearest earlier named source; a
 * definite description ("the senator", "the Florida Republican") may be either itself or that one.
 */
function sourceNames(attributions: readonly GoldAttribution[]): string[][] {
  let lastNamed: string | null = null;
  return attributions.map((a) => {
    const source = (a.source?.text ?? '').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    const words = wordsOf(source);
    if (words.length === 0 || !/\p{L}{2}/u.test(source)) return [];
    if (words.length === 1 && PRONOUN.test(words[0]!)) return lastNamed ? [lastNamed] : [];
    const names = /^the\s/i.test(source) && lastNamed ? [source, lastNamed] : [source];
    lastNamed = source;
    return names;
  });
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sentences of the article that no annotation (source, cue or content) touches. */
function narrativeSentences(article: RealNewsArticle): string[] {
  const spans = article.attributions.flatMap((a) => [...(a.source?.spans ?? []), ...a.cue.spans, ...a.content.spans]);
  const out: string[] = [];
  const sentence = /[^.!?\n]+[.!?]/g;
  const firstLineEnd = article.text.indexOf('\n');
  for (const m of article.text.matchAll(sentence)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (range.start < firstLineEnd) continue; // the headline
    if (/[“”"]/.test(m[0])) continue;
    if (spans.some((s) => overlaps(s, range))) continue;
    if (wordsOf(m[0]).length < MIN_STATEMENT_WORDS + 2) continue;
    out.push(m[0].trim());
  }
  return out;
}

export interface ArticleQuestions {
  article: RealNewsArticle;
  questions: GeneratedQuestion[];
}

/** Speech-cued, sourced statements long enough to quote from. */
function statements(article: RealNewsArticle): { words: string[]; speaker: string[]; gold: GoldSpeaker }[] {
  const names = sourceNames(article.attributions);
  const golds = goldSpeakers(article.attributions, article.text);
  const out: { words: string[]; speaker: string[]; gold: GoldSpeaker }[] = [];
  article.attributions.forEach((a, i) => {
    const speaker = names[i] ?? [];
    if (speaker.length === 0 || !SPEECH_CUE.test(a.cue.text)) return;
    const words = wordsOf(a.content.text);
    if (words.length >= MIN_STATEMENT_WORDS) out.push({ words, speaker, gold: golds[i]! });
  });
  return out;
}

/** Every article's questions; `foreign` traps come from the next article's statements. */
export function generateQuestions(articles: readonly RealNewsArticle[]): ArticleQuestions[] {
  const perArticle = articles.map(statements);
  return articles.map((article, ai) => {
    const questions: GeneratedQuestion[] = [];
    perArticle[ai]!.forEach((s, si) => {
      const [one, two] = twoWindows(s.words, `${article.name}#${si}`);
      questions.push({ kind: 'fragment', query: one, speaker: s.speaker, gold: s.gold });
      questions.push({ kind: 'who-said', query: `who said ${toThirdPerson(two)}`, speaker: s.speaker, gold: s.gold });
    });
    const count = perArticle[ai]!.length;
    narrativeSentences(article)
      .slice(0, count)
      .forEach((sentence, i) => {
        const [one] = twoWindows(wordsOf(sentence), `${article.name}~${i}`);
        questions.push({ kind: 'narrative', query: one, speaker: null });
      });
    const other = perArticle[(ai + 1) % articles.length] ?? [];
    other.slice(0, count).forEach((s, i) => {
      const [, two] = twoWindows(s.words, `${article.name}>${i}`);
      questions.push({ kind: 'foreign', query: `who said ${toThirdPerson(two)}`, speaker: null });
    });
    return { article, questions };
  });
}

/** Lower-case words of a name, without possessives. */
function nameWords(text: string): string[] {
  return wordsOf(text.replace(/['’]s\b/g, '')).map((w) => w.toLowerCase());
}

const NAME_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'at', 'in', 'on', 'with', 'to', 'mr', 'mrs', 'ms', 'dr']);

/**
 * Does an answer's speaker (name or any alias) stand for the annotated source? The full source
 * matching an alias counts, and so does its surname: in any comma-separated part of the source
 * ("Ann Lee, the party's chair,"), the last capitalised word that is not a possessive modifier
 * (or, for an unnamed source such as "a campaign spokesman", its last word).
 */
/**
 * "Ross Eisenbrey of the Economic Policy Institute" → "Ross Eisenbrey": a name's place or employer
 * after a preposition is not the name. A title before "of" ("Secretary of State John Kerry") is no
 * name, so the part stays whole.
 */
function beforeItsPlace(part: string): string {
  const m = /^(.*?\p{Lu}[\p{L}.'’-]*)\s+(?:of|at|from|with|for|in)\s/u.exec(part);
  if (!m) return part;
  const last = m[1]!.split(/\s+/).at(-1)!.replace(/\.$/, '').toLowerCase();
  return TITLE_WORDS.has(last) ? part : m[1]!;
}

export function sameSpeaker(source: string, name: string, aliases: readonly string[]): boolean {
  const candidates = [name, ...aliases].map((n) => nameWords(n).join(' '));
  const full = nameWords(source).filter((w) => !NAME_STOP.has(w)).join(' ');
  if (candidates.includes(full)) return true;
  const heads = source
    .split(',')
    .map(beforeItsPlace)
    .map((part) => wordsOf(part).filter((w) => !/['’]s$/.test(w) && !NAME_STOP.has(w.toLowerCase())))
    .filter((part) => part.length > 0)
    .map((part) => (part.filter((w) => /^\p{Lu}/u.test(w)).at(-1) ?? part.at(-1)!).toLowerCase());
  return heads.some((head) => candidates.some((c) => c.split(' ').includes(head)));
}

export interface KindScore {
  total: number;
  correct: number;
}

export interface QuestionMiss {
  article: string;
  kind: QuestionKind;
  query: string;
  want: string[] | null;
  got: string | null;
  note?: string;
}

export interface QuestionReport {
  articles: number;
  byKind: Record<QuestionKind, KindScore>;
  misses: QuestionMiss[];
}

function emptyReport(): QuestionReport {
  const byKind = Object.fromEntries(QUESTION_KINDS.map((k) => [k, { total: 0, correct: 0 }])) as Record<QuestionKind, KindScore>;
  return { articles: 0, byKind, misses: [] };
}

/** An unnamed source answered by its own head noun: "North Carolina election officials" ~ "election officials". */
function roleHeadAgrees(role: string, returned: string): boolean {
  const head = contentWords(role.split(/,|\s(?:of|from|at|for|with|in|on|who|which|that|by)\s/)[0]!).filter((w) => w.length > 2).at(-1);
  // A share ("27 percent of those…", "one in four") is no head: another share is another source.
  if (head === undefined || /^(?:\d+|percent|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(head)) return false;
  return contentWords(returned).includes(head);
}

/**
 * Is the result right: the source on top for an answerable question, no answer for a trap? The
 * speaker is judged as the attribution scorer judges it (the name at the head of the source,
 * before "of", "at", a comma…), a role by its head noun ("Senate aides" ~ "aides"), or as
 * sameSpeaker above judges it (a capitalised head of any comma part, a definite description as
 * the nearest earlier named source). Unlike the attribution scorer, a person named near the role word does
 * not count here: a question's answer is not checked against the article's text.
 */
export function isRight(ctx: ArticleContext, q: GeneratedQuestion, result: WhoSaidResult): boolean {
  const top = result.answers[0];
  if (q.speaker === null) return top === undefined;
  if (!top) return false;
  const entity = ctx.attribution.speakers.find((s) => s.name === top.speaker);
  const names = [top.speaker, ...(entity?.aliases ?? [])];
  const gold = q.gold;
  if (gold && gold.name.length > 0 && names.some((n) => sameGoldName(gold.name, n))) return true;
  if (gold && gold.kind === 'role' && roleHeadAgrees(gold.text, top.speaker)) return true;
  return q.speaker.some((source) => sameSpeaker(source, top.speaker, entity?.aliases ?? []));
}

/** Run every question through /who-said (the article read and attributed as the bot does). */
export function evaluate(sets: readonly ArticleQuestions[]): QuestionReport {
  const report = emptyReport();
  for (const { article, questions } of sets) {
    const ctx = prepareArticle(parseArticle(article.text, article.name));
    report.articles += 1;
    for (const q of questions) {
      const result = whoSaid(ctx, q.query);
      const score = report.byKind[q.kind];
      score.total += 1;
      if (isRight(ctx, q, result)) {
        score.correct += 1;
        continue;
      }
      const miss: QuestionMiss = { article: article.name, kind: q.kind, query: q.query, want: q.speaker, got: result.answers[0]?.speaker ?? null };
      if (result.note) miss.note = result.note;
      report.misses.push(miss);
    }
  }
  return report;
}
