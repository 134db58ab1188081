/**
 * Development measurement (run with `npx tsx test/search/goldEval.ts`): the answer commands over
 * every development fixture, with the attribution taken from gold, so retrieval is measured on its
 * own. Two question sets: the gold files' own, and test/fixtures/questions-extra.json (more
 * paraphrases and no-answer traps). Prints the scorer's numbers, every miss (-v: every answer) and
 * a sweep of the answer threshold. `--no-synonyms` switches the hand-written synonym table off,
 * `--no-wordnet` the WordNet relations.
 */
import { parseArticle } from '../../src/article/load.ts';
import type { ArticleContext } from '../../src/answers/context.ts';
import { ask } from '../../src/answers/ask.ts';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { buildIndex, useSynonyms, useWordNet } from '../../src/search/index.ts';
import { loadFixtures, type AskQuestion, type WhoSaidQuestion } from '../quality/gold.ts';
import { scoreAsk, scoreWhoSaid } from '../quality/score.ts';
import { DEV2_QUESTIONS_PATH, loadExtraQuestions } from './extraQuestions.ts';
import { attributionFromGold } from './goldAttribution.ts';

export function goldContext(text: string, name: string, gold: Parameters<typeof attributionFromGold>[1]): ArticleContext {
  const article = parseArticle(text, name);
  const attribution = attributionFromGold(article, gold);
  return { article, attribution, index: buildIndex(article, attribution) };
}

const THRESHOLDS = [0.25, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.5];

interface Tally {
  answerable: number;
  top1: number;
  paraphrase: number;
  paraphraseOk: number;
  speechAct: number;
  speechActOk: number;
  verbatim: number;
  verbatimOk: number;
  noAnswer: number;
  noAnswerOk: number;
  sweep: { t: number; top1: number; noAnswer: number }[];
}

function newTally(): Tally {
  return { answerable: 0, top1: 0, paraphrase: 0, paraphraseOk: 0, speechAct: 0, speechActOk: 0, verbatim: 0, verbatimOk: 0, noAnswer: 0, noAnswerOk: 0, sweep: THRESHOLDS.map((t) => ({ t, top1: 0, noAnswer: 0 })) };
}

function measureWhoSaid(ctx: ArticleContext, questions: readonly WhoSaidQuestion[], gold: Parameters<typeof scoreWhoSaid>[2], tally: Tally, label: string, verbose: boolean): void {
  if (questions.length === 0) return;
  const results = questions.map((q) => whoSaid(ctx, q.query));
  const s = scoreWhoSaid(results, questions, gold);
  for (const row of tally.sweep) {
    const swept = scoreWhoSaid(questions.map((q) => whoSaid(ctx, q.query, { minScore: row.t })), questions, gold);
    row.top1 += swept.top1Correct;
    row.noAnswer += swept.noAnswerCorrect;
  }
  tally.answerable += s.answerable;
  tally.top1 += s.top1Correct;
  tally.paraphrase += s.byForm.paraphrase.total;
  tally.paraphraseOk += s.byForm.paraphrase.correct;
  tally.speechAct += s.byForm['speech-act'].total;
  tally.speechActOk += s.byForm['speech-act'].correct;
  tally.verbatim += s.byForm.verbatim.total;
  tally.verbatimOk += s.byForm.verbatim.correct;
  tally.noAnswer += s.noAnswer;
  tally.noAnswerOk += s.noAnswerCorrect;
  console.log(`  ${label}: who-said top1 ${s.top1Correct}/${s.answerable} (with ¶ ${s.top1WithParagraph}), no-answer ${s.noAnswerCorrect}/${s.noAnswer}`);
  for (const m of s.misses) console.log('     MISS', JSON.stringify(m));
  if (verbose) questions.forEach((q, i) => console.log('      ', q.query, '→', JSON.stringify(results[i]!.answers.map((a) => [a.speaker, a.paragraph, a.score]))));
}

function printTally(title: string, t: Tally): void {
  console.log(
    `${title}: top1 ${t.top1}/${t.answerable} (verbatim ${t.verbatimOk}/${t.verbatim}, paraphrase ${t.paraphraseOk}/${t.paraphrase}, ` +
      `speech-act ${t.speechActOk}/${t.speechAct}), no-answer ${t.noAnswerOk}/${t.noAnswer}`,
  );
  for (const row of t.sweep) console.log(`  ${row.t.toFixed(3)}  top1 ${row.top1}/${t.answerable}  no-answer ${row.noAnswer}/${t.noAnswer}`);
}

function main(): void {
  const verbose = process.argv.includes('-v');
  if (process.argv.includes('--no-synonyms')) useSynonyms(false);
  if (process.argv.includes('--no-wordnet')) useWordNet(false);
  const extra = loadExtraQuestions();
  const original = newTally();
  const extraTally = newTally();
  const dev2 = loadExtraQuestions(DEV2_QUESTIONS_PATH);
  const dev2Tally = newTally();
  const askTotals = { total: 0, correct: 0, sentence: 0 };
  for (const fixture of loadFixtures()) {
    console.log(fixture.name);
    const ctx = goldContext(fixture.text, fixture.name, fixture.gold);
    const wq = fixture.gold.questions.filter((q): q is WhoSaidQuestion => q.command === 'who-said');
    const aq = fixture.gold.questions.filter((q): q is AskQuestion => q.command === 'ask');
    measureWhoSaid(ctx, wq, fixture.gold.quotes, original, 'original', verbose);
    measureWhoSaid(ctx, extra.get(fixture.name) ?? [], fixture.gold.quotes, extraTally, 'extra', verbose);
    measureWhoSaid(ctx, dev2.get(fixture.name) ?? [], fixture.gold.quotes, dev2Tally, 'dev2', verbose);
    const as = scoreAsk(aq.map((q) => ask(ctx, q.question)), aq);
    askTotals.total += as.total;
    askTotals.correct += as.correct;
    askTotals.sentence += as.sentenceCorrect;
    console.log(`  ask ${as.correct}/${as.total} (sentence ${as.sentenceCorrect})`);
    for (const m of as.misses) console.log('     MISS', JSON.stringify(m));
  }
  printTally('ORIGINAL questions', original);
  printTally('EXTRA questions', extraTally);
  printTally('DEV2 questions', dev2Tally);
  console.log(`ASK ${askTotals.correct}/${askTotals.total} (sentence ${askTotals.sentence})`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
