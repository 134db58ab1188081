/**
 * Generated questions on real news (scripts/realnews/questions.ts) over a small slice of a local
 * PolNeAR checkout's train split. Runs only when REALNEWS_DIR points at a checkout; nothing of
 * the data is stored in the repository. The floors are below the measured figures in
 * test/search/QUESTIONS.md (a slice varies more than the whole split).
 */
import { describe, expect, it } from 'vitest';
import { loadRealNews } from '../../scripts/realnews/polnear.ts';
import { evaluate, generateQuestions, sameSpeaker, toThirdPerson } from '../../scripts/realnews/questions.ts';

const dir = process.env['REALNEWS_DIR'];

describe('question generation helpers', () => {
  it('turns first person to third as a reader retells a statement', () => {
    expect(toThirdPerson("I am sure we will win and I'm staying")).toBe("they are sure they will win and they're staying");
  });

  it('matches a source to a speaker by full name or surname, past appositives and possessive owners', () => {
    expect(sameSpeaker('Ann Lee, the party chair,', 'Ann Lee', [])).toBe(true);
    expect(sameSpeaker('Sen. Ann Lee', 'Ann Lee', ['Lee'])).toBe(true);
    expect(sameSpeaker("Lee's spokesman", 'Ann Lee', [])).toBe(false);
    expect(sameSpeaker('Bob Stone', 'Ann Lee', [])).toBe(false);
  });
});

describe.skipIf(!dir)('generated questions on real news (REALNEWS_DIR)', () => {
  it('puts the source on top for most fragments and leaves most traps empty', () => {
    const report = evaluate(generateQuestions(loadRealNews(dir!, 'train', 25)));
    const share = (k: keyof typeof report.byKind) => report.byKind[k].correct / Math.max(1, report.byKind[k].total);
    expect(report.byKind.fragment.total).toBeGreaterThan(50);
    expect(share('fragment')).toBeGreaterThan(0.7);
    expect(share('who-said')).toBeGreaterThan(0.7);
    expect(share('narrative')).toBeGreaterThan(0.85);
    expect(share('foreign')).toBeGreaterThan(0.8);
  }, 120_000);
});
