/**
 * Compares extractive summary methods against the fixtures' reference summaries with ROUGE
 * (js-rouge: ROUGE-1, ROUGE-2 and summary-level ROUGE-L F-scores), averaged over fixtures.
 * Run: npx tsx scripts/summary-eval.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { l as rougeL, n as rougeN } from 'js-rouge';
import { parseArticle } from '../src/article/load.ts';
import { prepareArticle } from '../src/answers/context.ts';
import { summary, type SummaryOptions } from '../src/answers/summary.ts';

const FIXTURES = new URL('../test/fixtures/articles/', import.meta.url).pathname;

interface Fixture {
  name: string;
  text: string;
  reference: string[];
}

function fixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { summary: string[] };
      return { name, text: readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'), reference: gold.summary };
    });
}

const METHODS: Record<string, SummaryOptions> = {
  lead: { method: 'lead' },
  'lexrank (no prior)': { method: 'centrality', positionWeight: 0, attributedBonus: 0 },
};
// Centrality mixed with a lead prior and a bonus for attributed statements: a grid, so a setting
// is chosen from a stable region rather than a lucky peak on a handful of articles.
for (const positionWeight of [0.5, 0.6, 0.7]) {
  for (const attributedBonus of [0, 0.05, 0.1]) {
    for (const diversity of [0, 0.2, 0.4]) {
      METHODS[`lexrank + prior ${positionWeight} + attributed ${attributedBonus} + mmr ${diversity}`] = {
        method: 'centrality',
        positionWeight,
        attributedBonus,
        diversity,
      };
    }
  }
}
METHODS['default (as shipped)'] = {};

const all = fixtures();
const table: Record<string, { rouge1: number; rouge2: number; rougeL: number }> = {};
const perFixture: Record<string, Record<string, number>> = {};
for (const [label, options] of Object.entries(METHODS)) {
  const sums = { rouge1: 0, rouge2: 0, rougeL: 0 };
  for (const f of all) {
    const ctx = prepareArticle(parseArticle(f.text, f.name));
    const candidate = summary(ctx, f.reference.length, options).sentences.map((s) => s.text);
    const cand = candidate.join('\n');
    const ref = f.reference.join('\n');
    const r1 = rougeN(cand, ref, { n: 1 });
    sums.rouge1 += r1;
    sums.rouge2 += rougeN(cand, ref, { n: 2 });
    sums.rougeL += rougeL(cand, ref);
    (perFixture[f.name] ??= {})[label] = Math.round(r1 * 1000) / 1000;
  }
  const round = (x: number) => Math.round((x / all.length) * 1000) / 1000;
  table[label] = { rouge1: round(sums.rouge1), rouge2: round(sums.rouge2), rougeL: round(sums.rougeL) };
}
console.log(JSON.stringify({ fixtures: all.length, meanF: table, rouge1ByFixture: perFixture }, null, 2));
