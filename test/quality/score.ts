/**
 * Scorers for the quality harness: pure functions comparing pipeline output with gold annotations
 * (rules in /work/notes/gold-format.md), plus `measureAll()` which runs the real pipeline over every
 * fixture and returns the overall numbers.
 */
import type { AskQuestion, Fixture, Gold, GoldQuote, WhoSaidQuestion } from './gold.ts';

export {
  loadFixtures,
  loadHoldoutFixtures,
  loadHoldoutFinalFixtures,
  loadHoldoutFinal2Fixtures,
  parseGold,
  GoldSchema,
  GoldError,
  FIXTURES_DIR,
  HOLDOUT_DIR,
  HOLDOUT_FINAL_DIR,
  HOLDOUT_FINAL2_DIR,
} from './gold.ts';
export type { Fixture, Gold, GoldQuote, GoldQuestion, WhoSaidQuestion, AskQuestion } from './gold.ts';

type Kind = 'direct' | 'partial' | 'indirect';
const KINDS: readonly Kind[] = ['direct', 'partial', 'indirect'];

// ---------------------------------------------------------------- normalisation

const SINGLE_MARKS = /[‘’‚‛′`´]/g;
const DOUBLE_MARKS = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―]/g;

/** Quote characters to straight ones, dashes to "-", whitespace collapsed, lower case. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SINGLE_MARKS, "'")
    .replace(DOUBLE_MARKS, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** As normalizeText, and without any quotation marks at all: for comparing quote contents. */
export function normalizeQuoteContent(text: string): string {
  return normalizeText(text)
    .replace(/(^|[\s(])'|'(?=$|[\s,.;:!?)])/g, '$1')
    .replace(/"/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Speaker names compare case-insensitively, ignoring a leading "the" ("the Environment Agency"). */
export function sameName(a: string, b: string): boolean {
  const canonical = (name: string) => normalizeText(name).replace(/^the /, '');
  return canonical(a) === canonical(b);
}

function ratio(part: number, whole: number, whenEmpty: number): number {
  return whole === 0 ? whenEmpty : part / whole;
}

// ---------------------------------------------------------------- cleaning

export interface CleaningScore {
  expectedParagraphs: number;
  actualParagraphs: number;
  countMatches: boolean;
  /** How many paragraphs (by position) start with the gold start words. */
  startsMatched: number;
  /** The first paragraph whose start differs, for debugging. */
  firstMismatch: { paragraph: number; expected: string; actual: string | null } | null;
  ok: boolean;
}

type ParagraphsLike = readonly string[] | { paragraphs: readonly { text: string }[] };

function paragraphTexts(article: ParagraphsLike): string[] {
  return Array.isArray(article)
    ? [...(article as readonly string[])]
    : (article as { paragraphs: readonly { text: string }[] }).paragraphs.map((p) => p.text);
}

export function scoreCleaning(article: ParagraphsLike, gold: Pick<Gold, 'paragraphs' | 'paragraphStarts'>): CleaningScore {
  const texts = paragraphTexts(article);
  let startsMatched = 0;
  let firstMismatch: CleaningScore['firstMismatch'] = null;
  gold.paragraphStarts.forEach((start, i) => {
    const actual = texts[i];
    if (actual !== undefined && normalizeText(actual).startsWith(normalizeText(start))) {
      startsMatched += 1;
    } else if (!firstMismatch) {
      firstMismatch = { paragraph: i + 1, expected: start, actual: actual === undefined ? null : actual.slice(0, 60) };
    }
  });
  const countMatches = texts.length === gold.paragraphs;
  return {
    expectedParagraphs: gold.paragraphs,
    actualParagraphs: texts.length,
    countMatches,
    startsMatched,
    firstMismatch,
    ok: countMatches && startsMatched === gold.paragraphStarts.length,
  };
}

// ---------------------------------------------------------------- attribution

export interface PredictedQuote {
  speaker: string;
  quote: string;
  kind: Kind;
  paragraphs: readonly number[];
  via?: string | null;
}

export interface PrecisionRecall {
  predicted: number;
  correctPredicted: number;
  gold: number;
  recalled: number;
  /** correct predicted / predicted; 1 when nothing was predicted and nothing was expected, else 0. */
  precision: number;
  /** gold quotes with a correct prediction / gold; 1 when there is no gold. */
  recall: number;
}

export interface AttributionScore {
  overall: PrecisionRecall;
  /**
   * Per kind: precision over the predictions of that kind, recall over the gold quotes of that kind.
   * Correctness itself does not need the kinds to agree (see kindAgreement).
   */
  byKind: Record<Kind, PrecisionRecall>;
  /** Of the correct predictions, how many also got the gold kind. */
  kindAgreement: { agreed: number; of: number };
  misses: { gold: GoldQuote; nearest: PredictedQuote | null }[];
  falsePositives: { predicted: PredictedQuote; reason: 'no gold quote' | 'wrong speaker'; expectedSpeaker?: string }[];
}

/** Shorter predicted quotes than this many words may not match by "predicted ⊂ gold text" alone. */
const MIN_WORDS_FOR_REVERSE_MATCH = 2;

/**
 * A predicted quote MATCHES a gold quote when their paragraphs intersect and the normalised gold text
 * occurs in the normalised predicted quote (or the predicted quote occurs in the gold text).
 */
export function quoteMatches(predicted: PredictedQuote, gold: GoldQuote): boolean {
  if (!predicted.paragraphs.some((n) => gold.paragraphs.includes(n))) return false;
  const p = normalizeQuoteContent(predicted.quote);
  const g = normalizeQuoteContent(gold.text);
  if (p.length === 0) return false;
  if (p.includes(g)) return true;
  return p.split(' ').length >= MIN_WORDS_FOR_REVERSE_MATCH && g.includes(p);
}

/** CORRECT = matches and the speaker equals the gold speaker (case-insensitive). */
export function quoteCorrect(predicted: PredictedQuote, gold: GoldQuote): boolean {
  return quoteMatches(predicted, gold) && sameName(predicted.speaker, gold.speaker);
}

function precisionRecall(predicted: number, correctPredicted: number, gold: number, recalled: number): PrecisionRecall {
  return {
    predicted,
    correctPredicted,
    gold,
    recalled,
    precision: ratio(correctPredicted, predicted, gold === 0 ? 1 : 0),
    recall: ratio(recalled, gold, 1),
  };
}

export function scoreAttribution(predicted: readonly PredictedQuote[], gold: readonly GoldQuote[]): AttributionScore {
  const predictedCorrect = predicted.map((p) => gold.some((g) => quoteCorrect(p, g)));
  const goldRecalled = gold.map((g) => predicted.some((p) => quoteCorrect(p, g)));

  const prFor = (keepPredicted: (p: PredictedQuote) => boolean, keepGold: (g: GoldQuote) => boolean) =>
    precisionRecall(
      predicted.filter(keepPredicted).length,
      predicted.filter((p, i) => keepPredicted(p) && predictedCorrect[i]).length,
      gold.filter(keepGold).length,
      gold.filter((g, i) => keepGold(g) && goldRecalled[i]).length,
    );

  const byKind = Object.fromEntries(
    KINDS.map((k) => [k, prFor((p) => p.kind === k, (g) => g.kind === k)]),
  ) as Record<Kind, PrecisionRecall>;

  let agreed = 0;
  let of = 0;
  for (const g of gold) {
    const hit = predicted.find((p) => quoteCorrect(p, g));
    if (!hit) continue;
    of += 1;
    if (hit.kind === g.kind) agreed += 1;
  }

  return {
    overall: prFor(() => true, () => true),
    byKind,
    kindAgreement: { agreed, of },
    misses: gold
      .filter((_, i) => !goldRecalled[i])
      .map((g) => ({ gold: g, nearest: predicted.find((p) => quoteMatches(p, g)) ?? null })),
    falsePositives: predicted.flatMap((p, i): AttributionScore['falsePositives'] => {
      if (predictedCorrect[i]) return [];
      const matched = gold.find((g) => quoteMatches(p, g));
      return matched
        ? [{ predicted: p, reason: 'wrong speaker', expectedSpeaker: matched.speaker }]
        : [{ predicted: p, reason: 'no gold quote' }];
    }),
  };
}

/** Sum several per-fixture scores (micro-average: counts are added, then divided). */
export function sumPrecisionRecall(parts: readonly PrecisionRecall[]): PrecisionRecall {
  const total = (key: 'predicted' | 'correctPredicted' | 'gold' | 'recalled') => parts.reduce((s, p) => s + p[key], 0);
  return precisionRecall(total('predicted'), total('correctPredicted'), total('gold'), total('recalled'));
}

// ---------------------------------------------------------------- who-said

export interface WhoSaidLike {
  answers: readonly { speaker: string; paragraph: number; quote?: string }[];
  note?: string;
}

export interface WhoSaidScore {
  /** Questions whose gold speaker is a name. */
  answerable: number;
  top1Correct: number;
  top1Accuracy: number;
  /** Top-1 speaker right AND its paragraph is the gold one (or in the same gold quote). */
  top1WithParagraph: number;
  /** Top-1 split by how the question is worded (questions without a `form` are left out). */
  byForm: Record<'verbatim' | 'paraphrase' | 'speech-act', { total: number; correct: number }>;
  /** Questions with no answer in the article (speaker null, including mentioned-not-quoted). */
  noAnswer: number;
  noAnswerCorrect: number;
  noAnswerAccuracy: number;
  /** Of the mentioned-but-never-quoted questions: how many came back empty, and how many with a note. */
  mentioned: { total: number; empty: number; withNote: number };
  misses: { query: string; expected: string | null; got: string | null; paragraph: number | null }[];
}

function sameGoldQuote(paragraphA: number, paragraphB: number, goldQuotes: readonly GoldQuote[]): boolean {
  return paragraphA === paragraphB
    || goldQuotes.some((q) => q.paragraphs.includes(paragraphA) && q.paragraphs.includes(paragraphB));
}

/** `results[i]` is the answer to `questions[i]`; `null` when the command failed or is missing. */
export function scoreWhoSaid(
  results: readonly (WhoSaidLike | null)[],
  questions: readonly WhoSaidQuestion[],
  goldQuotes: readonly GoldQuote[] = [],
): WhoSaidScore {
  let answerable = 0;
  let top1Correct = 0;
  let top1WithParagraph = 0;
  let noAnswer = 0;
  let noAnswerCorrect = 0;
  const mentioned = { total: 0, empty: 0, withNote: 0 };
  const byForm: WhoSaidScore['byForm'] = {
    verbatim: { total: 0, correct: 0 },
    paraphrase: { total: 0, correct: 0 },
    'speech-act': { total: 0, correct: 0 },
  };
  const misses: WhoSaidScore['misses'] = [];

  questions.forEach((q, i) => {
    const result = results[i] ?? null;
    const top = result?.answers[0] ?? null;
    const got = top?.speaker ?? null;
    if (q.speaker === null) {
      noAnswer += 1;
      const empty = result !== null && result.answers.length === 0;
      if (empty) noAnswerCorrect += 1;
      if (q.mentionedNotQuoted) {
        mentioned.total += 1;
        if (empty) mentioned.empty += 1;
        if (empty && result?.note) mentioned.withNote += 1;
      }
      if (!empty) misses.push({ query: q.query, expected: null, got, paragraph: top?.paragraph ?? null });
      return;
    }
    answerable += 1;
    const right = got !== null && sameName(got, q.speaker);
    if (q.form) {
      byForm[q.form].total += 1;
      if (right) byForm[q.form].correct += 1;
    }
    if (right) {
      top1Correct += 1;
      if (q.paragraph !== undefined && top && sameGoldQuote(top.paragraph, q.paragraph, goldQuotes)) top1WithParagraph += 1;
    } else {
      misses.push({ query: q.query, expected: q.speaker, got, paragraph: top?.paragraph ?? null });
    }
  });

  return {
    answerable,
    top1Correct,
    top1Accuracy: ratio(top1Correct, answerable, 1),
    top1WithParagraph,
    byForm,
    noAnswer,
    noAnswerCorrect,
    noAnswerAccuracy: ratio(noAnswerCorrect, noAnswer, 1),
    mentioned,
    misses,
  };
}

// ---------------------------------------------------------------- ask

export interface AskLike {
  passages: readonly { paragraph: number; text?: string; sentence?: string }[];
}

export interface AskScore {
  total: number;
  /** Top passage is the expected paragraph. */
  correct: number;
  accuracy: number;
  /** Top passage is the expected paragraph and its picked sentence contains the expected words. */
  sentenceCorrect: number;
  misses: { question: string; expected: number; got: number | null; sentence: string | null }[];
}

export function scoreAsk(results: readonly (AskLike | null)[], questions: readonly AskQuestion[]): AskScore {
  let correct = 0;
  let sentenceCorrect = 0;
  const misses: AskScore['misses'] = [];
  questions.forEach((q, i) => {
    const top = results[i]?.passages[0] ?? null;
    if (top && top.paragraph === q.paragraph) {
      correct += 1;
      const picked = top.sentence ?? top.text ?? '';
      if (normalizeText(picked).includes(normalizeText(q.contains))) sentenceCorrect += 1;
    } else {
      misses.push({ question: q.question, expected: q.paragraph, got: top?.paragraph ?? null, sentence: top?.sentence ?? null });
    }
  });
  return { total: questions.length, correct, accuracy: ratio(correct, questions.length, 1), sentenceCorrect, misses };
}

// ---------------------------------------------------------------- whole-pipeline measurement

export interface FixtureReport {
  name: string;
  style: string;
  cleaning: CleaningScore;
  /** null when the article could not be read (the error is in `error`). */
  attribution: AttributionScore | null;
  whoSaid: WhoSaidScore | null;
  ask: AskScore | null;
  error?: string;
}

export interface OverallReport {
  fixtures: number;
  cleaningExact: number;
  paragraphCountExact: number;
  attribution: { overall: PrecisionRecall; byKind: Record<Kind, PrecisionRecall> };
  whoSaid: {
    answerable: number;
    top1Accuracy: number;
    verbatimAccuracy: number;
    paraphraseAccuracy: number;
    /** Questions that name the act ("who apologised …") rather than repeat the words. */
    speechActAccuracy: number;
    noAnswer: number;
    noAnswerAccuracy: number;
  } | null;
  ask: { total: number; accuracy: number } | null;
}

export interface Measurement {
  /** Which implementations ran: the real article loader or the fallback, and whether answers exist. */
  pipeline: { loader: 'real' | 'fallback'; whoSaid: boolean; ask: boolean };
  fixtures: FixtureReport[];
  overall: OverallReport;
}

export function overallOf(reports: readonly FixtureReport[]): OverallReport {
  const attributions = reports.flatMap((r) => (r.attribution ? [r.attribution] : []));
  const whoSaids = reports.flatMap((r) => (r.whoSaid ? [r.whoSaid] : []));
  const asks = reports.flatMap((r) => (r.ask ? [r.ask] : []));
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const answerable = sum(whoSaids.map((w) => w.answerable));
  const noAnswer = sum(whoSaids.map((w) => w.noAnswer));
  const askTotal = sum(asks.map((a) => a.total));
  return {
    fixtures: reports.length,
    cleaningExact: reports.filter((r) => r.cleaning.ok).length,
    paragraphCountExact: reports.filter((r) => r.cleaning.countMatches).length,
    attribution: {
      overall: sumPrecisionRecall(attributions.map((a) => a.overall)),
      byKind: Object.fromEntries(
        KINDS.map((k) => [k, sumPrecisionRecall(attributions.map((a) => a.byKind[k]))]),
      ) as Record<Kind, PrecisionRecall>,
    },
    whoSaid: whoSaids.length === 0 ? null : {
      answerable,
      top1Accuracy: ratio(sum(whoSaids.map((w) => w.top1Correct)), answerable, 1),
      verbatimAccuracy: ratio(
        sum(whoSaids.map((w) => w.byForm.verbatim.correct)), sum(whoSaids.map((w) => w.byForm.verbatim.total)), 1),
      paraphraseAccuracy: ratio(
        sum(whoSaids.map((w) => w.byForm.paraphrase.correct)), sum(whoSaids.map((w) => w.byForm.paraphrase.total)), 1),
      speechActAccuracy: ratio(
        sum(whoSaids.map((w) => w.byForm['speech-act'].correct)), sum(whoSaids.map((w) => w.byForm['speech-act'].total)), 1),
      noAnswer,
      noAnswerAccuracy: ratio(sum(whoSaids.map((w) => w.noAnswerCorrect)), noAnswer, 1),
    },
    ask: asks.length === 0 ? null : {
      total: askTotal,
      accuracy: ratio(sum(asks.map((a) => a.correct)), askTotal, 1),
    },
  };
}

/**
 * Run the real pipeline over every development fixture (test/fixtures/articles) and score it.
 * Threshold tests assert on `.overall`.
 */
export async function measureAll(fixtures?: readonly Fixture[]): Promise<Measurement> {
  const { runPipeline } = await import('./pipeline.ts');
  const { loadFixtures } = await import('./gold.ts');
  return runPipeline(fixtures ?? loadFixtures());
}

/** The same over the held-out fixtures (test/fixtures/holdout): the estimate for unseen articles. */
export async function measureHoldout(): Promise<Measurement> {
  const { loadHoldoutFixtures } = await import('./gold.ts');
  return measureAll(loadHoldoutFixtures());
}

/** The same over the final held-out fixtures (test/fixtures/holdout-final), written last and never inspected for misses. */
export async function measureHoldoutFinal(): Promise<Measurement> {
  const { loadHoldoutFinalFixtures } = await import('./gold.ts');
  return measureAll(loadHoldoutFinalFixtures());
}

/** The same over the second final held-out set (test/fixtures/holdout-final-2). */
export async function measureHoldoutFinal2(): Promise<Measurement> {
  const { loadHoldoutFinal2Fixtures } = await import('./gold.ts');
  return measureAll(loadHoldoutFinal2Fixtures());
}
