import { BOT_LIMITS } from '../constants.ts';
import type { Paragraph, Sentence } from '../article/types.ts';
import { isEntityToken } from '../search/aliases.ts';
import { cueStrength, questionType, type QuestionType } from '../search/cues.ts';
import type { ArticleIndex, Hit, QueryTerms } from '../search/index.ts';
import type { ArticleContext } from './context.ts';
import type { AskResult } from './types.ts';

/**
 * Least coverage of the question's content words a passage needs before it can answer. Below it
 * a passage shares a word or two with the question by chance.
 */
export const MIN_PASSAGE_COVERAGE = 0.25;
/** How much a sentence offering the wanted kind of answer (a date for "when") adds to its passage. */
const CUE_WEIGHT = 0.7;
/** A question naming someone is often answered where that person is introduced (their description). */
const INTRODUCTION_BONUS = 0.15;
/** Only this many best-covering passages are re-ranked by answer cues. */
const CANDIDATES = 8;

interface Candidate {
  paragraph: Paragraph;
  sentence: Sentence;
  score: number;
}

/**
 * A passage after the first must score at least this share of the best one's score, or it is a
 * weak trailer sharing a word or two with the question. Measured on the labelled /ask questions of
 * the development fixtures (48) and held-out set 1 (32 more): cut 0 shows 2.51 passages a question,
 * 0.6 shows 1.56 and still shows every labelled paragraph (80/80); 0.7 loses one (79/80).
 */
export const RELATIVE_TO_BEST = 0.6;

export interface AskOptions {
  /** Override RELATIVE_TO_BEST (for measurement). */
  relativeToBest?: number;
}

export function ask(ctx: ArticleContext, rawQuestion: string, options: AskOptions = {}): AskResult {
  const question = rawQuestion.trim().slice(0, BOT_LIMITS.queryLength);
  const result = (passages: AskResult['passages'], note?: string): AskResult =>
    note === undefined ? { command: 'ask', question, passages } : { command: 'ask', question, passages, note };

  if (question.length === 0) return result([], 'Ask a question about the article.');
  const index = ctx.index;
  const terms = index.queryTerms(question, 'ask');
  if (terms.terms.length === 0) return result([], 'That question has no words to look for in the article.');

  const type = questionType(question);
  const introductions = introductionParagraphs(index, terms);
  const candidates = index
    .hits(terms, 'passage')
    .filter((hit) => hit.coverage >= MIN_PASSAGE_COVERAGE)
    .slice(0, CANDIDATES)
    .flatMap((hit) => candidateFor(index, hit, { question, terms, type }, introductions));
  if (candidates.length === 0) return result([], 'The article does not seem to answer that.');

  candidates.sort((a, b) => b.score - a.score || a.paragraph.n - b.paragraph.n);
  const floor = candidates[0]!.score * (options.relativeToBest ?? RELATIVE_TO_BEST);
  // Each paragraph once: two hits in one paragraph would show the same text twice.
  const seen = new Set<number>();
  const shown = candidates.filter((c) => c.score >= floor && !seen.has(c.paragraph.n) && seen.add(c.paragraph.n) !== undefined);
  return result(
    shown.slice(0, BOT_LIMITS.askPassages).map((c) => ({
      paragraph: c.paragraph.n,
      text: c.paragraph.text,
      sentence: c.sentence.text,
    })),
  );
}

interface Question {
  question: string;
  terms: QueryTerms;
  type: QuestionType;
}

function candidateFor(index: ArticleIndex, hit: Hit, q: Question, introductions: ReadonlySet<number>): Candidate[] {
  const paragraph = index.paragraph(hit.ref);
  if (!paragraph) return [];
  const best = bestSentence(index, paragraph, q);
  if (!best) return [];
  const bonus = introductions.has(paragraph.n) ? INTRODUCTION_BONUS : 0;
  return [{ paragraph, sentence: best.sentence, score: hit.coverage + CUE_WEIGHT * best.cue + bonus }];
}

/** The sentence that answers: most of the question's words, plus the wanted kind of answer. */
function bestSentence(index: ArticleIndex, paragraph: Paragraph, q: Question): { sentence: Sentence; cue: number } | undefined {
  let best: { sentence: Sentence; cue: number; score: number } | undefined;
  const sentences = paragraph.sentences.length > 0 ? paragraph.sentences : [{ text: paragraph.text, start: 0, end: paragraph.text.length }];
  for (const sentence of sentences) {
    const cue = cueStrength(q.type, sentence.text, q.question);
    const score = index.coverageOf(q.terms, sentence.text) + CUE_WEIGHT * cue;
    if (!best || score > best.score) best = { sentence, cue, score };
  }
  return best;
}

/** Paragraphs where the people named in the question are first introduced. */
function introductionParagraphs(index: ArticleIndex, terms: QueryTerms): Set<number> {
  const out = new Set<number>();
  for (const term of terms.terms.filter(isEntityToken)) {
    const entity = index.aliases.entityForToken(term);
    if (entity) out.add(entity.speaker.firstParagraph);
  }
  return out;
}
