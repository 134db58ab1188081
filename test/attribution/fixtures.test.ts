/**
 * Attribution quality on the development fixtures, scored with the shared harness. The floors are
 * the measured levels (all at 100% when written) less a small margin, so a regression fails here.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/load.ts';
import { attribute } from '../../src/attribution/index.ts';
import { loadFixtures, scoreAttribution, sumPrecisionRecall } from '../quality/score.ts';

const fixtures = loadFixtures();
const scores = fixtures.map((f) => ({
  name: f.name,
  score: scoreAttribution(attribute(parseArticle(f.text, f.name)).quotes, f.gold.quotes),
}));

describe('attribution on the development fixtures', () => {
  it('covers at least five articles in different house styles', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  it.each(scores.map((s) => [s.name, s.score] as const))('%s: precision and recall at least 90%%', (_name, score) => {
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('overall, per kind, precision and recall at least 95%', () => {
    for (const kind of ['direct', 'partial', 'indirect'] as const) {
      const total = sumPrecisionRecall(scores.map((s) => s.score.byKind[kind]));
      expect(total.precision, kind).toBeGreaterThanOrEqual(0.95);
      expect(total.recall, kind).toBeGreaterThanOrEqual(0.95);
    }
  });
});
