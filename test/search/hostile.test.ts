/** Random and hostile input to the answer functions: no throw, results keep their contract. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answers/ask.ts';
import { summary } from '../../src/answers/summary.ts';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { BOT_LIMITS } from '../../src/constants.ts';
import { goldContext, handContext, quote, speaker } from './contexts.ts';

const scmp = goldContext('scmp-china-russia-2021');
const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('', ' ', '"', "'", '“”', '‘’', '?', '\u0001', '\u0001 0 \u0001', 'speaker:zhu-feng', '@everyone', '(((', '\\', '$&'),
);

describe('answer functions under hostile input', () => {
  it('whoSaid never throws and keeps its contract', () => {
    fc.assert(
      fc.property(text, (q) => {
        const r = whoSaid(scmp, q);
        expect(r.command).toBe('who-said');
        expect(r.answers.length).toBeLessThanOrEqual(BOT_LIMITS.whoSaidAnswers);
        if (r.answers.length === 0) expect(typeof r.note).toBe('string');
        for (const a of r.answers) {
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(1);
          expect(scmp.article.paragraphs.some((p) => p.n === a.paragraph)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ask never throws; passages are verbatim article paragraphs', () => {
    fc.assert(
      fc.property(text, (q) => {
        const r = ask(scmp, q);
        expect(r.passages.length).toBeLessThanOrEqual(BOT_LIMITS.askPassages);
        for (const p of r.passages) expect(p.text).toContain(p.sentence);
      }),
      { numRuns: 300 },
    );
  });

  it('an internal alias placeholder typed by a user is just text', () => {
    expect(() => whoSaid(scmp, 'who said \u00010\u0001')).not.toThrow();
    expect(scmp.index.queryTerms('what did \u00010\u0001 say', 'who-said').terms).toEqual(['0']);
  });

  it('summary accepts any count and any article shape', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 8 }), fc.double(), (paragraphs, n) => {
        const ctx = handContext(paragraphs, { quotes: [], speakers: [], mentioned: [] });
        const r = summary(ctx, n);
        expect(r.sentences.length).toBeLessThanOrEqual(BOT_LIMITS.summaryMax);
      }),
      { numRuns: 200 },
    );
  });

  it('aliases with regex characters or odd spacing do not break indexing', () => {
    const ctx = handContext(['Mr. (Bob) O’Neil [Jr.] said $5 was *too* much.'], {
      quotes: [quote('Bob O’Neil', '$5 was *too* much', [1], 'indirect')],
      speakers: [speaker('Bob O’Neil', ['Mr. (Bob) O’Neil [Jr.]', 'O’Neil', '  '])],
      mentioned: [],
    });
    expect(whoSaid(ctx, "what did O'Neil say").answers[0]?.speaker).toBe('Bob O’Neil');
    expect(whoSaid(ctx, 'who said $5 was too much').answers[0]?.speaker).toBe('Bob O’Neil');
  });
});
