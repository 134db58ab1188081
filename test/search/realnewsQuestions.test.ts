/**
 * Generated questions on real news (scripts/realnews/questions.ts) over a small slice of a local
 * PolNeAR checkout's train split. Runs only when REALNEWS_DIR points at a checkout; nothing of
 * the data is stored in the repository. The floors are below the measured figures in
 * test/search/QUESTIONS.md (a slice varies more than the whole split).
 */
import { describe, expect, it } from 'vitest';
import { loadRealNews } from '../../scripts/realnews/polnear.ts';
import { evaluate, generateQuestions, isRight, sameSpeaker, toThirdPerson, type GeneratedQuestion } from '../../scripts/realnews/questions.ts';
import type { ArticleContext } from '../../src/answers/context.ts';
import type { WhoSaidResult } from '../../src/answers/types.ts';

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
    expect(sameSpeaker('Ross Eisenbrey of the Economic Policy Institute', 'Economic Policy Institute', [])).toBe(false);
    expect(sameSpeaker('Secretary of State John Kerry', 'John Kerry', [])).toBe(true);
  });
});

describe('judging the top answer of a generated question', () => {
  const ctx = { attribution: { speakers: [{ name: 'Ross Eisenbrey', aliases: ['Eisenbrey'] }] } } as unknown as ArticleContext;
  const answer = (speaker: string) => ({ answers: [{ speaker }] }) as unknown as WhoSaidResult;
  const question = (source: string, gold: GeneratedQuestion['gold']): GeneratedQuestion => ({ kind: 'fragment', query: 'q', speaker: [source], gold });

  it('reads the name at the head of the source, before "of" and its place or employer', () => {
    const q = question('Ross Eisenbrey of the Economic Policy Institute', { kind: 'person', name: ['Ross', 'Eisenbrey'], text: 'Ross Eisenbrey of the Economic Policy Institute' });
    expect(isRight(ctx, q, answer('Ross Eisenbrey'))).toBe(true);
    expect(isRight(ctx, q, answer('Economic Policy Institute'))).toBe(false);
  });

  it('accepts an unnamed source by its head noun, but not another share of people', () => {
    const role = (text: string) => question(text, { kind: 'role', name: [], text });
    expect(isRight(ctx, role('North Carolina election officials'), answer('election officials'))).toBe(true);
    expect(isRight(ctx, role('a poll of 400 registered voters released Friday'), answer('a poll'))).toBe(true);
    expect(isRight(ctx, role('North Carolina election officials'), answer('Ross Eisenbrey'))).toBe(false);
    expect(isRight(ctx, role('27 percent of those who named a candidate'), answer('only 7 percent'))).toBe(false);
    expect(isRight(ctx, role('one in four'), answer('one in three'))).toBe(false);
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
