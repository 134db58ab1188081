/**
 * Real-news evaluation: the project's pipeline (src/article parse → src/attribution attribute, as
 * the CLI runs it) over PolNeAR's train split, scored as scripts/realnews/score.ts describes.
 *
 *   npm run eval:realnews -- --dir <checkout> --split train [--limit N] [--json] [--show-misses K]
 *
 * The checkout path comes from --dir or REALNEWS_DIR; nothing of the data is stored in the repo.
 * --show-misses K prints up to K examples of each miss category to the terminal.
 */
import { parseArticle } from '../../src/article/load.ts';
import { attribute } from '../../src/attribution/index.ts';
import { checkoutFromArgs, loadRealNews, type RealNewsArticle } from './polnear.ts';
import { scoreArticle, totalsOf, type ArticleResult, type Totals } from './score.ts';

export function evaluate(articles: readonly RealNewsArticle[]): { results: ArticleResult[]; totals: Totals } {
  const results: ArticleResult[] = [];
  for (const item of articles) {
    let article;
    try {
      article = parseArticle(item.text, item.name);
    } catch {
      continue;
    }
    results.push(scoreArticle(item, article, attribute(article).quotes));
  }
  return { results, totals: totalsOf(results) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function report(totals: Totals): string {
  const lines = [
    `articles ${totals.articles}, gold speech statements ${totals.statements}, returned quotes ${totals.returned}`,
    `precision ${pct(totals.precision)} (${totals.precise}/${totals.returned})  ` +
      `recall@30% ${pct(totals.recall)} (${totals.found}/${totals.statements})  F ${totals.f.toFixed(3)}  ` +
      `recall@80% ${pct(totals.recallFull)} (${totals.foundFull}/${totals.statements})`,
    `speaker (source names someone) ${pct(totals.speaker.accuracy)} (${totals.speaker.right}/${totals.speaker.of})`,
  ];
  for (const [kind, s] of Object.entries(totals.speakerByKind)) {
    lines.push(`  ${kind.padEnd(13)} ${pct(s.accuracy)} (${s.right}/${s.of})${kind === 'role' ? '  [not in the headline figure]' : ''}`);
  }
  lines.push('top miss categories:');
  for (const [category, n] of totals.categories.slice(0, 20)) lines.push(`  ${String(n).padStart(5)}  ${category}`);
  return lines.join('\n');
}

function showMisses(results: readonly ArticleResult[], perCategory: number): string {
  const byCategory = new Map<string, string[]>();
  const add = (category: string, line: string) => {
    const list = byCategory.get(category) ?? [];
    if (list.length < perCategory) list.push(line);
    byCategory.set(category, list);
  };
  for (const r of results) {
    for (const s of r.statements) {
      if (!s.category) continue;
      add(s.category, `  [${s.article}] source "${s.gold.source?.text ?? ''}" cue "${s.gold.cue.text}" content "${s.gold.content.text.slice(0, 160)}"\n` +
        `      → ${s.best ? `${s.best.speaker} (${(s.coverage * 100).toFixed(0)}%): "${s.best.quote.slice(0, 160)}"` : 'nothing'}\n      ¶ ${s.snippet.slice(0, 300)}`);
    }
    for (const f of r.falsePositives) add(f.category, `  [${f.article}] ¶${f.quote.paragraphs.join(',')} ${f.quote.speaker}: "${f.quote.quote.slice(0, 200)}"`);
  }
  return [...byCategory].map(([category, list]) => `■ ${category}\n${list.join('\n')}`).join('\n');
}

function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: readonly string[]): Promise<number> {
  const dir = checkoutFromArgs(argv);
  if (!dir) {
    console.error('usage: npm run eval:realnews -- --dir <PolNeAR checkout> --split train [--limit N] [--json] [--show-misses K]');
    return 2;
  }
  const split = argValue(argv, '--split') ?? 'train';
  const limit = Number(argValue(argv, '--limit') ?? Infinity);
  const started = performance.now();
  const { results, totals } = evaluate(loadRealNews(dir, split, limit));
  const seconds = (performance.now() - started) / 1000;
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ ...totals, seconds }));
    return 0;
  }
  console.log(report(totals));
  console.log(`(${seconds.toFixed(1)} s)`);
  const k = argValue(argv, '--show-misses');
  if (k) console.log(showMisses(results, Number(k)));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
