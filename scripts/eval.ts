/**
 * Quality report over every fixture in test/fixtures/articles: cleaning, attribution precision and
 * recall (overall and per kind), /who-said top-1 and no-answer accuracy, /ask accuracy.
 *
 *   npx tsx scripts/eval.ts            human-readable report with misses
 *   npx tsx scripts/eval.ts --json     the whole measurement as one JSON document
 *   npx tsx scripts/eval.ts --quiet    per-fixture lines and totals only
 *   npx tsx scripts/eval.ts --show-holdout-misses   also list the held-out fixtures' misses (to report
 *                                      them, not to tune against them)
 *   npx tsx scripts/eval.ts --final    only the final held-out sets (test/fixtures/holdout-final and
 *                                      holdout-final-2) and the held-out questions on held-out set 1,
 *                                      totals and per-fixture lines; misses only with --show-holdout-misses
 *
 * The development fixtures come first; the held-out ones (test/fixtures/holdout, never to be tuned
 * against) are reported separately at the end as the estimate for unseen articles.
 */
import {
  GoldError,
  loadFixtures,
  measureAll,
  measureHoldout,
  measureHoldoutFinal,
  measureHoldoutFinal2,
  type FixtureReport,
  type Measurement,
  type OverallReport,
  type PrecisionRecall,
} from '../test/quality/score.ts';
import { DEV2_QUESTIONS_PATH, HOLDOUT1_QUESTIONS_PATH, loadExtraQuestions } from '../test/search/extraQuestions.ts';
import { loadHoldoutFixtures } from '../test/quality/gold.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pr = (s: PrecisionRecall) =>
  `P ${pct(s.precision)} (${s.correctPredicted}/${s.predicted})  R ${pct(s.recall)} (${s.recalled}/${s.gold})`;

function fixtureLines(r: FixtureReport, verbose: boolean): string[] {
  const lines = [`■ ${r.name} — ${r.style}`];
  const c = r.cleaning;
  lines.push(`  cleaning   ${c.ok ? 'exact' : 'DIFFERS'}: ${c.actualParagraphs}/${c.expectedParagraphs} paragraphs, ` +
    `${c.startsMatched}/${c.expectedParagraphs} starts` +
    (c.firstMismatch ? `; first mismatch ¶${c.firstMismatch.paragraph}: want "${c.firstMismatch.expected}", got "${c.firstMismatch.actual ?? '(none)'}"` : ''));
  if (r.error) lines.push(`  ERROR reading article: ${r.error}`);
  if (r.attribution) {
    const a = r.attribution;
    lines.push(`  quotes     ${pr(a.overall)}  kind agreement ${a.kindAgreement.agreed}/${a.kindAgreement.of}`);
    for (const kind of ['direct', 'partial', 'indirect'] as const) lines.push(`    ${kind.padEnd(9)}${pr(a.byKind[kind])}`);
    if (verbose) {
      for (const m of a.misses) {
        lines.push(`    miss  ¶${m.gold.paragraphs.join(',')} ${m.gold.kind} ${m.gold.speaker}: "${m.gold.text}"` +
          (m.nearest ? `  (found, attributed to ${m.nearest.speaker})` : ''));
      }
      for (const f of a.falsePositives) {
        lines.push(`    false ¶${f.predicted.paragraphs.join(',')} ${f.predicted.kind} ${f.predicted.speaker}: "${f.predicted.quote.slice(0, 60)}"` +
          (f.reason === 'wrong speaker' ? `  (gold speaker: ${f.expectedSpeaker})` : '  (no such gold quote)'));
      }
    }
  }
  if (r.whoSaid) {
    const w = r.whoSaid;
    const form = (f: 'verbatim' | 'paraphrase' | 'speech-act') => `${w.byForm[f].correct}/${w.byForm[f].total}`;
    lines.push(`  who-said   top-1 ${pct(w.top1Accuracy)} (${w.top1Correct}/${w.answerable}, ${w.top1WithParagraph} with the right ¶; ` +
      `verbatim ${form('verbatim')}, paraphrase ${form('paraphrase')}, speech-act ${form('speech-act')})  ` +
      `no-answer ${pct(w.noAnswerAccuracy)} (${w.noAnswerCorrect}/${w.noAnswer}; mentioned-not-quoted ${w.mentioned.empty}/${w.mentioned.total}, ${w.mentioned.withNote} with a note)`);
    if (verbose) {
      for (const m of w.misses) lines.push(`    miss  "${m.query}": want ${m.expected ?? '(no answer)'}, got ${m.got ?? '(nothing)'}${m.paragraph ? ` ¶${m.paragraph}` : ''}`);
    }
  }
  if (r.ask) {
    const k = r.ask;
    lines.push(`  ask        ${pct(k.accuracy)} (${k.correct}/${k.total}, ${k.sentenceCorrect} with the answer in the picked sentence)`);
    if (verbose) for (const m of k.misses) lines.push(`    miss  "${m.question}": want ¶${m.expected}, got ${m.got === null ? '(nothing)' : `¶${m.got}`}`);
  }
  return lines;
}

function overallLines(title: string, o: OverallReport): string[] {
  const lines = [`${title} (${o.fixtures} fixtures)`];
  lines.push(`  cleaning   exact ${o.cleaningExact}/${o.fixtures}, paragraph count right ${o.paragraphCountExact}/${o.fixtures}`);
  lines.push(`  quotes     ${pr(o.attribution.overall)}`);
  for (const kind of ['direct', 'partial', 'indirect'] as const) lines.push(`    ${kind.padEnd(9)}${pr(o.attribution.byKind[kind])}`);
  lines.push(o.whoSaid
    ? `  who-said   top-1 ${pct(o.whoSaid.top1Accuracy)} of ${o.whoSaid.answerable} (verbatim ${pct(o.whoSaid.verbatimAccuracy)}, ` +
      `paraphrase ${pct(o.whoSaid.paraphraseAccuracy)}, speech-act ${pct(o.whoSaid.speechActAccuracy)}), no-answer ${pct(o.whoSaid.noAnswerAccuracy)} of ${o.whoSaid.noAnswer}`
    : '  who-said   not measured (src/answers has no whoSaid yet)');
  lines.push(o.ask ? `  ask        ${pct(o.ask.accuracy)} of ${o.ask.total}` : '  ask        not measured (src/answers has no ask yet)');
  return lines;
}

/** The development fixtures with their extra who-said questions (test/fixtures/questions-extra.json) instead of their own. */
async function measureExtraQuestions(path?: string, fixtures = loadFixtures()): Promise<Measurement> {
  const extra = loadExtraQuestions(path);
  return measureAll(fixtures.map((f) => ({ ...f, gold: { ...f.gold, questions: extra.get(f.name) ?? [] } })));
}

function extraLines(m: Measurement, title = 'EXTRA development questions (test/fixtures/questions-extra.json)'): string[] {
  const w = m.overall.whoSaid;
  return w
    ? [`${title}: who-said top-1 ${pct(w.top1Accuracy)} of ${w.answerable} ` +
      `(verbatim ${pct(w.verbatimAccuracy)}, paraphrase ${pct(w.paraphraseAccuracy)}, speech-act ${pct(w.speechActAccuracy)}), ` +
      `no-answer ${pct(w.noAnswerAccuracy)} of ${w.noAnswer}`]
    : [];
}

function report(m: Measurement, holdout: Measurement, verbose: boolean, holdoutVerbose: boolean, extra: Measurement, dev2: Measurement): string {
  const lines = [
    `pipeline: article reader ${m.pipeline.loader === 'real' ? 'src/article (real)' : 'FALLBACK (blank-line split, no cleaning)'}; ` +
      `whoSaid ${m.pipeline.whoSaid ? 'present' : 'not written yet'}; ask ${m.pipeline.ask ? 'present' : 'not written yet'}`,
    '',
  ];
  for (const r of m.fixtures) lines.push(...fixtureLines(r, verbose), '');
  lines.push(...overallLines('OVERALL, development fixtures', m.overall), '');
  lines.push(...extraLines(extra), '');
  lines.push(...extraLines(dev2, 'DEV2 development questions (test/fixtures/questions-dev2.json)'), '');
  lines.push('HELD-OUT fixtures (test/fixtures/holdout: never tune against these)', '');
  for (const r of holdout.fixtures) lines.push(...fixtureLines(r, holdoutVerbose), '');
  lines.push(...overallLines('OVERALL, held-out fixtures', holdout.overall));
  return lines.join('\n');
}

function finalReport(final: Measurement, final2: Measurement, holdoutQuestions: Measurement, verbose: boolean): string {
  const lines = ['FINAL HELD-OUT fixtures (test/fixtures/holdout-final: never tune against these)', ''];
  for (const r of final.fixtures) lines.push(...fixtureLines(r, verbose), '');
  lines.push(...overallLines('OVERALL, final held-out fixtures', final.overall), '');
  lines.push('SECOND FINAL HELD-OUT fixtures (test/fixtures/holdout-final-2: never tune against these)', '');
  for (const r of final2.fixtures) lines.push(...fixtureLines(r, verbose), '');
  lines.push(...overallLines('OVERALL, second final held-out fixtures', final2.overall), '');
  lines.push(...extraLines(holdoutQuestions, 'HELD-OUT questions on held-out set 1 (test/fixtures/questions-holdout1.json)'));
  return lines.join('\n');
}

/** `--final`: measure only the final held-out set, so its misses stay out of the everyday report. */
async function mainFinal(args: ReadonlySet<string>): Promise<void> {
  let final: Measurement;
  let final2: Measurement;
  let holdoutQuestions: Measurement;
  try {
    final = await measureHoldoutFinal();
    final2 = await measureHoldoutFinal2();
    holdoutQuestions = await measureExtraQuestions(HOLDOUT1_QUESTIONS_PATH, loadHoldoutFixtures());
  } catch (error) {
    console.error(error instanceof GoldError ? error.message : `Evaluation failed: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  console.log(args.has('--json')
    ? JSON.stringify({ final, final2, holdoutQuestions: holdoutQuestions.overall }, null, 2)
    : finalReport(final, final2, holdoutQuestions, args.has('--show-holdout-misses')));
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const unknown = [...args].filter((a) => !['--json', '--quiet', '--show-holdout-misses', '--final'].includes(a));
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}. Usage: npx tsx scripts/eval.ts [--json] [--quiet] [--show-holdout-misses] [--final]`);
    process.exitCode = 2;
    return;
  }
  if (args.has('--final')) {
    await mainFinal(args);
    return;
  }
  let measurement: Measurement;
  let holdout: Measurement;
  let extra: Measurement;
  let dev2: Measurement;
  try {
    measurement = await measureAll(loadFixtures());
    holdout = await measureHoldout();
    extra = await measureExtraQuestions();
    dev2 = await measureExtraQuestions(DEV2_QUESTIONS_PATH);
  } catch (error) {
    console.error(error instanceof GoldError ? error.message : `Evaluation failed: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  console.log(args.has('--json')
    ? JSON.stringify({ ...measurement, holdout, extraQuestions: extra.overall, dev2Questions: dev2.overall }, null, 2)
    : report(measurement, holdout, !args.has('--quiet'), args.has('--show-holdout-misses'), extra, dev2));
}

await main();
