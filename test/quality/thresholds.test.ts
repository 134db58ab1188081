import { beforeAll, describe, expect, it } from 'vitest';
import { measureAll, measureHoldout, type Measurement } from './score.ts';

/**
 * Quality floors: the pipeline's measured level on the fixtures (see `npx tsx scripts/eval.ts`),
 * rounded down. A change that makes answers worse fails here; a change that makes them better should
 * raise the floor in the same commit. The held-out fixtures are never tuned against: their floors
 * only guard against a collapse on articles the rules were not written for.
 */
const DEVELOPMENT = {
  cleaningExact: 7,
  quotePrecision: 0.99,
  quoteRecall: 0.99,
  whoSaidTop1: 0.9,
  whoSaidNoAnswer: 0.95,
  ask: 0.97,
};
const HOLDOUT = {
  quotePrecision: 0.85,
  quoteRecall: 0.8,
  whoSaidTop1: 0.7,
  whoSaidNoAnswer: 0.8,
  ask: 0.85,
};

describe('answer quality holds at its measured level', () => {
  let development: Measurement;
  let holdout: Measurement;
  beforeAll(async () => {
    development = await measureAll();
    holdout = await measureHoldout();
  }, 120_000);

  it('runs the real pipeline, not a fallback', () => {
    expect(development.pipeline).toEqual({ loader: 'real', whoSaid: true, ask: true });
  });

  it('development fixtures: cleaning, attribution, who-said, ask', () => {
    const o = development.overall;
    expect(o.cleaningExact).toBeGreaterThanOrEqual(DEVELOPMENT.cleaningExact);
    expect(o.attribution.overall.precision).toBeGreaterThanOrEqual(DEVELOPMENT.quotePrecision);
    expect(o.attribution.overall.recall).toBeGreaterThanOrEqual(DEVELOPMENT.quoteRecall);
    expect(o.whoSaid!.top1Accuracy).toBeGreaterThanOrEqual(DEVELOPMENT.whoSaidTop1);
    expect(o.whoSaid!.noAnswerAccuracy).toBeGreaterThanOrEqual(DEVELOPMENT.whoSaidNoAnswer);
    expect(o.ask!.accuracy).toBeGreaterThanOrEqual(DEVELOPMENT.ask);
  });

  it('held-out fixtures: attribution, who-said, ask', () => {
    const o = holdout.overall;
    expect(o.attribution.overall.precision).toBeGreaterThanOrEqual(HOLDOUT.quotePrecision);
    expect(o.attribution.overall.recall).toBeGreaterThanOrEqual(HOLDOUT.quoteRecall);
    expect(o.whoSaid!.top1Accuracy).toBeGreaterThanOrEqual(HOLDOUT.whoSaidTop1);
    expect(o.whoSaid!.noAnswerAccuracy).toBeGreaterThanOrEqual(HOLDOUT.whoSaidNoAnswer);
    expect(o.ask!.accuracy).toBeGreaterThanOrEqual(HOLDOUT.ask);
  });
});
