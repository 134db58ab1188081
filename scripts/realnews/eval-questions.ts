/**
 * Generated-question evaluation of /who-said on real news (see scripts/realnews/questions.ts):
 *
 *   npm run eval:questions -- --dir <PolNeAR checkout> --split train [--limit N] [--json] [--misses K]
 *
 * Prints, by kind of question, how often the annotated source is on top (answerable kinds) or no
 * answer is given (traps). Only the train split can be read (the reader refuses the others).
 */
import { checkoutFromArgs, loadRealNews } from './polnear.ts';
import { evaluate, generateQuestions, QUESTION_KINDS } from './questions.ts';

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(): void {
  const argv = process.argv.slice(2);
  const dir = checkoutFromArgs(argv);
  if (!dir) {
    console.error('Usage: npm run eval:questions -- --dir <PolNeAR checkout> --split train [--limit N] [--json] [--misses K]');
    process.exitCode = 2;
    return;
  }
  const split = option(argv, '--split') ?? 'train';
  const limit = Number(option(argv, '--limit') ?? Infinity);
  const shownMisses = Number(option(argv, '--misses') ?? 0);
  const articles = loadRealNews(dir, split, limit);
  const report = evaluate(generateQuestions(articles));
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ articles: report.articles, byKind: report.byKind, misses: report.misses.slice(0, shownMisses) }));
    return;
  }
  console.log(`${report.articles} articles (${split})`);
  for (const kind of QUESTION_KINDS) {
    const s = report.byKind[kind];
    const share = s.total === 0 ? 0 : s.correct / s.total;
    console.log(`  ${kind.padEnd(10)} ${(share * 100).toFixed(1).padStart(5)}%  (${s.correct}/${s.total})`);
  }
  for (const m of report.misses.slice(0, shownMisses)) console.log(JSON.stringify(m));
}

main();
