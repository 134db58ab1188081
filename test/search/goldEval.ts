/**
 * Development measurement (run with `npx tsx test/search/goldEval.ts`): the answer commands over
 * every fixture, with the attribution taken from gold, so retrieval is measured on its own.
 * Prints the scorer's numbers and every miss.
 */
import { parseArticle } from '../../src/article/load.ts';
import type { ArticleContext } from '../../src/answers/context.ts';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { buildIndex, useSynonyms } from '../../src/search/index.ts';
import { loadFixtures, type AskQuestion, type WhoSaidQuestion } from '../quality/gold.ts';
import { scoreAsk, scoreWhoSaid } from '../quality/score.ts';
import { attributionFromGold } from './goldAttribution.ts';

export function goldContext(text: string, name: string, gold: Parameters<typeof attributionFromGold>[1]): ArticleContext {
  const article = parseArticle(text, name);
  const attribution = attributionFromGold(article, gold);
  return { article, attribution, index: buildIndex(article, attribution) };
}

async function main(): Promise<void> {
  const askModule = (await import('../../src/answers/ask.ts').catch(() => null)) as
    | { ask: (ctx: ArticleContext, q: string) => { passages: { paragraph: number; sentence: string }[] } }
    | null;
  const verbose = process.argv.includes('-v');
  if (process.argv.includes('--no-synonyms')) useSynonyms(false);
  const sweep: { t: number; top1: number; noAnswer: number }[] = [0.25, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.5].map((t) => ({ t, top1: 0, noAnswer: 0 }));
  const totals = { answerable: 0, top1: 0, noAnswer: 0, noAnswerOk: 0, ask: 0, askOk: 0, askSentenceOk: 0 };
  for (const fixture of loadFixtures()) {
    const ctx = goldContext(fixture.text, fixture.name, fixture.gold);
    const wq = fixture.gold.questions.filter((q): q is WhoSaidQuestion => q.command === 'who-said');
    const aq = fixture.gold.questions.filter((q): q is AskQuestion => q.command === 'ask');
    const wr = wq.map((q) => whoSaid(ctx, q.query));
    const ws = scoreWhoSaid(wr, wq, fixture.gold.quotes);
    for (const row of sweep) {
      const s = scoreWhoSaid(wq.map((q) => whoSaid(ctx, q.query, { minScore: row.t })), wq, fixture.gold.quotes);
      row.top1 += s.top1Correct;
      row.noAnswer += s.noAnswerCorrect;
    }
    totals.answerable += ws.answerable;
    totals.top1 += ws.top1Correct;
    totals.noAnswer += ws.noAnswer;
    totals.noAnswerOk += ws.noAnswerCorrect;
    console.log(`${fixture.name}: who-said top1 ${ws.top1Correct}/${ws.answerable} (with ¶ ${ws.top1WithParagraph}), no-answer ${ws.noAnswerCorrect}/${ws.noAnswer}`);
    for (const m of ws.misses) console.log('   MISS', JSON.stringify(m));
    if (verbose) {
      wq.forEach((q, i) => console.log('   ', q.query, '→', JSON.stringify(wr[i]!.answers.map((a) => [a.speaker, a.paragraph, a.score]))));
    }
    if (askModule) {
      const ar = aq.map((q) => askModule.ask(ctx, q.question));
      const as = scoreAsk(ar, aq);
      totals.ask += as.total;
      totals.askOk += as.correct;
      totals.askSentenceOk += as.sentenceCorrect;
      console.log(`  ask ${as.correct}/${as.total} (sentence ${as.sentenceCorrect})`);
      for (const m of as.misses) console.log('   MISS', JSON.stringify(m));
    }
  }
  console.log(JSON.stringify(totals));
  console.log('threshold sweep (top1 of answerable, no-answer correct):');
  for (const row of sweep) console.log(`  ${row.t.toFixed(2)}  top1 ${row.top1}/${totals.answerable}  no-answer ${row.noAnswer}/${totals.noAnswer}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
