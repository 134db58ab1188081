import { describe, expect, it } from 'vitest';
import {
  measureAll,
  GoldError,
  loadFixtures,
  loadHoldoutFixtures,
  loadHoldoutFinalFixtures,
  loadHoldoutFinal2Fixtures,
  normalizeQuoteContent,
  normalizeText,
  parseGold,
  quoteCorrect,
  scoreAsk,
  scoreAttribution,
  scoreCleaning,
  scoreWhoSaid,
  type Fixture,
  type GoldQuote,
  type PredictedQuote,
  type WhoSaidQuestion,
} from './score.ts';

// ---------------------------------------------------------------- the scorers on tiny inputs

const goldQuotes: GoldQuote[] = [
  { speaker: 'Artyom Lukin', kind: 'direct', paragraphs: [20, 21], text: "I don't think Washington", via: null },
  { speaker: 'Zhu Feng', kind: 'indirect', paragraphs: [10], text: 'the Geneva summit showed', via: null },
  { speaker: 'Global Times', kind: 'partial', paragraphs: [16], text: "the US and its main allies' suppression", via: null },
];

const perfect: PredictedQuote[] = [
  { speaker: 'Artyom Lukin', kind: 'direct', paragraphs: [20, 21], quote: '“I don’t think Washington will be seriously trying…', via: null },
  { speaker: 'zhu feng', kind: 'indirect', paragraphs: [10], quote: 'the Geneva summit showed Washington was trying to ease tensions', via: null },
  { speaker: 'Global Times', kind: 'partial', paragraphs: [16], quote: 'the US and its main allies’ suppression of the two countries', via: null },
];

describe('scoreAttribution', () => {
  it('scores a perfect prediction 1.0 overall and per kind', () => {
    const score = scoreAttribution(perfect, goldQuotes);
    expect(score.overall.precision).toBe(1);
    expect(score.overall.recall).toBe(1);
    for (const kind of ['direct', 'partial', 'indirect'] as const) {
      expect(score.byKind[kind].precision).toBe(1);
      expect(score.byKind[kind].recall).toBe(1);
    }
    expect(score.misses).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(score.kindAgreement).toEqual({ agreed: 3, of: 3 });
  });

  it('does not count a wrong speaker as correct, and reports it as such', () => {
    const wrong = perfect.map((p, i) => (i === 0 ? { ...p, speaker: 'Vladimir Putin' } : p));
    const score = scoreAttribution(wrong, goldQuotes);
    expect(quoteCorrect(wrong[0]!, goldQuotes[0]!)).toBe(false);
    expect(score.overall.precision).toBeCloseTo(2 / 3);
    expect(score.overall.recall).toBeCloseTo(2 / 3);
    expect(score.byKind.direct.recall).toBe(0);
    expect(score.falsePositives).toEqual([
      { predicted: wrong[0], reason: 'wrong speaker', expectedSpeaker: 'Artyom Lukin' },
    ]);
    expect(score.misses.map((m) => m.gold.text)).toEqual(["I don't think Washington"]);
  });

  it('lowers recall but not precision for a missed quote', () => {
    const score = scoreAttribution(perfect.slice(0, 2), goldQuotes);
    expect(score.overall.precision).toBe(1);
    expect(score.overall.recall).toBeCloseTo(2 / 3);
    expect(score.byKind.partial.recall).toBe(0);
    expect(score.misses[0]?.gold.speaker).toBe('Global Times');
  });

  it('lowers precision for an invented quote', () => {
    const extra: PredictedQuote = { speaker: 'Zhu Feng', kind: 'direct', paragraphs: [3], quote: 'Nobody said this at all', via: null };
    const score = scoreAttribution([...perfect, extra], goldQuotes);
    expect(score.overall.precision).toBeCloseTo(3 / 4);
    expect(score.overall.recall).toBe(1);
    expect(score.falsePositives).toEqual([{ predicted: extra, reason: 'no gold quote' }]);
  });

  it('compares speaker names case-insensitively and without a leading "the"', () => {
    const gold: GoldQuote = { speaker: 'Environment Agency', kind: 'indirect', paragraphs: [3], text: 'the company discharged', via: null };
    const predicted: PredictedQuote = { speaker: 'the environment agency', kind: 'indirect', paragraphs: [3], quote: 'The company discharged untreated sewage' };
    expect(quoteCorrect(predicted, gold)).toBe(true);
    expect(quoteCorrect({ ...predicted, speaker: 'Environment' }, gold)).toBe(false);
  });

  it('needs the paragraphs to intersect', () => {
    const moved = { ...perfect[1]!, paragraphs: [11] };
    expect(quoteCorrect(moved, goldQuotes[1]!)).toBe(false);
    expect(quoteCorrect({ ...perfect[0]!, paragraphs: [21] }, goldQuotes[0]!)).toBe(true);
  });

  it('matches a predicted fragment inside the gold text, but not a single word or an empty quote', () => {
    const gold = goldQuotes[1]!;
    expect(quoteCorrect({ ...perfect[1]!, quote: 'Geneva summit' }, gold)).toBe(true);
    expect(quoteCorrect({ ...perfect[1]!, quote: 'summit' }, gold)).toBe(false);
    expect(quoteCorrect({ ...perfect[1]!, quote: '' }, gold)).toBe(false);
  });

  it('scores an empty prediction 0 precision and 0 recall', () => {
    const score = scoreAttribution([], goldQuotes);
    expect(score.overall.precision).toBe(0);
    expect(score.overall.recall).toBe(0);
  });
});

describe('quote-mark and whitespace normalisation', () => {
  it('treats curly, straight and single marks alike', () => {
    expect(normalizeText('“I don’t  think,”\n he said')).toBe(normalizeText('"I don\'t think," he said'));
    expect(normalizeText('‘priority of priorities’')).toBe("'priority of priorities'");
    expect(normalizeText('Russia – China')).toBe('russia - china');
  });

  it('drops quotation marks but keeps apostrophes inside words when comparing quote contents', () => {
    expect(normalizeQuoteContent("'I don't know', she said")).toBe("i don't know, she said");
    expect(normalizeQuoteContent('“stop considering it a ‘priority of priorities’ now”'))
      .toBe('stop considering it a priority of priorities now');
  });

  it('matches a British single-quoted prediction to a straight-quoted gold snippet', () => {
    const gold: GoldQuote = { speaker: 'Jane Hollis', kind: 'direct', paragraphs: [4], text: 'We were "misled" by the board', via: null };
    const predicted: PredictedQuote = { speaker: 'Jane Hollis', kind: 'direct', paragraphs: [4], quote: '‘We were “misled” by the board,’ ' };
    expect(quoteCorrect(predicted, gold)).toBe(true);
  });
});

describe('scoreCleaning', () => {
  const gold = { paragraphs: 2, paragraphStarts: ['“China is ready to', "I don't think"] };
  it('accepts matching paragraphs whatever the quote marks', () => {
    const score = scoreCleaning(['"China is ready to work," he said.', 'I don’t think so.'], gold);
    expect(score.ok).toBe(true);
    expect(score.startsMatched).toBe(2);
  });
  it('reports a wrong count and the first mismatch', () => {
    const score = scoreCleaning({ paragraphs: [{ text: '5-min read' }, { text: '“China is ready to work' }, { text: 'x' }] }, gold);
    expect(score.ok).toBe(false);
    expect(score.countMatches).toBe(false);
    expect(score.firstMismatch?.paragraph).toBe(1);
  });
});

describe('scoreWhoSaid', () => {
  const questions: WhoSaidQuestion[] = [
    { command: 'who-said', query: 'who said the relationship is quite robust', speaker: 'Artyom Lukin', paragraph: 21, form: 'verbatim' },
    { command: 'who-said', query: 'who thinks Washington will focus on China', speaker: 'Zhu Feng', paragraph: 11, form: 'paraphrase' },
    { command: 'who-said', query: 'who said the moon is made of cheese', speaker: null },
    { command: 'who-said', query: 'what did Biden say', speaker: null, mentionedNotQuoted: true },
  ];
  const answer = (speaker: string, paragraph: number) => ({ speaker, paragraph });

  it('scores right speakers and empty no-answers as correct', () => {
    const score = scoreWhoSaid([
      { answers: [answer('artyom lukin', 20)] },
      { answers: [answer('Zhu Feng', 11), answer('Artyom Lukin', 18)] },
      { answers: [] },
      { answers: [], note: 'Joe Biden is mentioned but never quoted.' },
    ], questions, goldQuotes);
    expect(score.top1Accuracy).toBe(1);
    expect(score.noAnswerAccuracy).toBe(1);
    expect(score.top1WithParagraph).toBe(2); // ¶20 and ¶21 belong to the same gold quote
    expect(score.mentioned).toEqual({ total: 1, empty: 1, withNote: 1 });
    expect(score.byForm).toEqual({ verbatim: { total: 1, correct: 1 }, paraphrase: { total: 1, correct: 1 }, 'speech-act': { total: 0, correct: 0 } });
    expect(score.misses).toEqual([]);
  });

  it('counts a wrong top speaker and a weak match on a no-answer question as misses', () => {
    const score = scoreWhoSaid([
      { answers: [answer('Zhu Feng', 22), answer('Artyom Lukin', 21)] },
      null,
      { answers: [answer('Zhu Feng', 11)] },
      { answers: [] },
    ], questions);
    expect(score.top1Correct).toBe(0);
    expect(score.top1Accuracy).toBe(0);
    expect(score.byForm.paraphrase).toEqual({ total: 1, correct: 0 });
    expect(score.noAnswerCorrect).toBe(1);
    expect(score.noAnswerAccuracy).toBe(0.5);
    expect(score.mentioned.withNote).toBe(0);
    expect(score.misses.map((m) => m.expected)).toEqual(['Artyom Lukin', 'Zhu Feng', null]);
  });
});

describe('scoreAsk', () => {
  it('is correct only when the top passage is the expected paragraph', () => {
    const questions = [
      { command: 'ask' as const, question: 'When is the summit?', paragraph: 2, contains: 'June 16' },
      { command: 'ask' as const, question: 'Where does Zhu teach?', paragraph: 10, contains: 'Nanjing University' },
    ];
    const score = scoreAsk([
      { passages: [{ paragraph: 2, sentence: 'The June 16 meeting is widely seen…' }] },
      { passages: [{ paragraph: 15, sentence: 'x' }, { paragraph: 10, sentence: 'Nanjing University' }] },
    ], questions);
    expect(score.accuracy).toBe(0.5);
    expect(score.sentenceCorrect).toBe(1);
    expect(score.misses).toEqual([{ question: 'Where does Zhu teach?', expected: 10, got: 15, sentence: 'x' }]);
  });
});

describe('parseGold', () => {
  it('fails loudly on malformed gold', () => {
    expect(() => parseGold({ title: 'x' }, 'bad.gold.json')).toThrow(GoldError);
    const base = JSON.parse(JSON.stringify(loadFixtures()[0]!.gold)) as Record<string, unknown>;
    expect(() => parseGold({ ...base, paragraphs: 1 }, 'short.gold.json')).toThrow(/paragraphStarts has/);
    const quotes = base.quotes as GoldQuote[];
    expect(() => parseGold({ ...base, quotes: [{ ...quotes[0]!, speaker: 'Nobody Known' }] }, 'q.gold.json'))
      .toThrow(/not in speakers/);
  });
});

// ---------------------------------------------------------------- the gold files themselves

/** The raw article's blocks (title dropped), and the gold paragraphs found in order by their starts. */
function goldParagraphs(fixture: Fixture): (string | undefined)[] {
  const blocks = fixture.text.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(1);
  let cursor = 0;
  return fixture.gold.paragraphStarts.map((start) => {
    const wanted = normalizeText(start);
    while (cursor < blocks.length && !normalizeText(blocks[cursor]!).startsWith(wanted)) cursor += 1;
    return blocks[cursor++];
  });
}

const fixtures = loadFixtures();
const holdout = loadHoldoutFixtures();
const holdoutFinal = loadHoldoutFinalFixtures();
const holdoutFinal2 = loadHoldoutFinal2Fixtures();

describe('gold fixtures', () => {
  it('has the default article and at least five others, with enough questions', () => {
    const names = fixtures.map((f) => f.name);
    expect(names).toContain('scmp-china-russia-2021');
    expect(names.length).toBeGreaterThanOrEqual(6);
    const questions = fixtures.flatMap((f) => f.gold.questions);
    expect(questions.length).toBeGreaterThanOrEqual(70);
    const onDefault = fixtures.find((f) => f.name === 'scmp-china-russia-2021')!.gold.questions;
    expect(onDefault.length).toBeGreaterThanOrEqual(20);
  });

  it('the default article has Lukin\'s four statements, the two-paragraph one whole', () => {
    const gold = fixtures.find((f) => f.name === 'scmp-china-russia-2021')!.gold;
    expect(gold.paragraphs).toBe(22);
    const lukin = gold.quotes.filter((q) => q.speaker === 'Artyom Lukin');
    expect(lukin.map((q) => [q.kind, q.paragraphs])).toEqual([
      ['indirect', [17]], ['direct', [18]], ['indirect', [19]], ['direct', [20, 21]],
    ]);
    expect(gold.quotes.some((q) => normalizeText(q.text).startsWith('priority of priorities'))).toBe(false);
  });

  it('keeps a held-out set with its own names', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(2);
    const names = new Set(fixtures.map((f) => f.name));
    for (const f of holdout) expect(names.has(f.name), f.name).toBe(false);
  });

  it('keeps a final held-out set of three, named apart from every other fixture', () => {
    expect(holdoutFinal.length).toBe(3);
    const names = new Set([...fixtures, ...holdout].map((f) => f.name));
    for (const f of holdoutFinal) expect(names.has(f.name), f.name).toBe(false);
  });

  it('keeps a second final held-out set of seven, named apart from every other fixture', () => {
    expect(holdoutFinal2.length).toBe(7);
    const names = new Set([...fixtures, ...holdout, ...holdoutFinal].map((f) => f.name));
    for (const f of holdoutFinal2) expect(names.has(f.name), f.name).toBe(false);
  });

  it('asks every held-out fixture each kind of question: verbatim, paraphrase, no-answer, mentioned-not-quoted, ask', () => {
    for (const { name, gold } of [...holdout, ...holdoutFinal, ...holdoutFinal2]) {
      const whoSaid = gold.questions.filter((q) => q.command === 'who-said');
      expect(gold.questions.length, name).toBeGreaterThanOrEqual(10);
      expect(whoSaid.some((q) => q.form === 'verbatim'), `${name}: verbatim`).toBe(true);
      expect(whoSaid.some((q) => q.form === 'paraphrase'), `${name}: paraphrase`).toBe(true);
      expect(whoSaid.some((q) => q.speaker === null && !q.mentionedNotQuoted), `${name}: no-answer`).toBe(true);
      expect(whoSaid.some((q) => q.mentionedNotQuoted), `${name}: mentioned-not-quoted`).toBe(true);
      expect(gold.questions.some((q) => q.command === 'ask'), `${name}: ask`).toBe(true);
    }
  });

  describe.each([...fixtures, ...holdout, ...holdoutFinal, ...holdoutFinal2].map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const { gold } = fixture;
    const paragraphs = goldParagraphs(fixture);
    const paragraph = (n: number) => normalizeQuoteContent(paragraphs[n - 1] ?? '');

    it('has paragraph numbers within 1..paragraphs', () => {
      const numbers = [
        ...gold.quotes.flatMap((q) => q.paragraphs),
        ...gold.questions.flatMap((q) => (q.paragraph === undefined ? [] : [q.paragraph])),
      ];
      for (const n of numbers) {
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(gold.paragraphs);
      }
    });

    it('has 14–30 paragraphs, each start found in order in the raw text', () => {
      expect(gold.paragraphs).toBeGreaterThanOrEqual(14);
      expect(gold.paragraphs).toBeLessThanOrEqual(30);
      expect(paragraphs.findIndex((p) => p === undefined)).toBe(-1);
    });

    it('has the title on the first line and the publisher in the text', () => {
      expect(normalizeText(fixture.text.split('\n')[0]!)).toBe(normalizeText(gold.title));
      if (gold.publisher) expect(fixture.text).toContain(gold.publisher);
    });

    it('has every quote snippet in its first paragraph', () => {
      for (const q of gold.quotes) {
        expect(paragraph(q.paragraphs[0]!), `${q.speaker}: ${q.text}`).toContain(normalizeQuoteContent(q.text));
      }
    });

    it('has every summary sentence verbatim in the article', () => {
      const body = normalizeText(paragraphs.join(' '));
      for (const s of gold.summary) expect(body, s).toContain(normalizeText(s));
    });

    it('has each answerable who-said question pointing at a gold quote by that speaker', () => {
      for (const q of gold.questions) {
        if (q.command !== 'who-said' || q.speaker === null) continue;
        const found = gold.quotes.some((g) => g.speaker === q.speaker && g.paragraphs.includes(q.paragraph!));
        expect(found, q.query).toBe(true);
      }
    });

    it('labels every answerable who-said question verbatim or paraphrase', () => {
      for (const q of gold.questions) {
        if (q.command === 'who-said' && q.speaker !== null) expect(q.form, q.query).toBeDefined();
      }
    });

    it('has each ask answer inside its expected paragraph', () => {
      for (const q of gold.questions) {
        if (q.command === 'ask') expect(paragraph(q.paragraph), q.question).toContain(normalizeQuoteContent(q.contains));
      }
    });

    it('has every speaker name and alias written in the article (a columnist may be named only in the byline)', () => {
      const body = normalizeText(fixture.text);
      for (const speaker of gold.speakers) {
        for (const name of [speaker.name, ...speaker.aliases]) expect(body, name).toContain(normalizeText(name));
      }
    });

    it('names only people who appear in the article as mentioned-not-quoted, never a speaker', () => {
      const body = normalizeText(paragraphs.join(' '));
      const speakers = new Set(gold.speakers.map((s) => s.name));
      for (const name of gold.mentionedNotQuoted) {
        expect(speakers.has(name), name).toBe(false);
        expect(body, name).toContain(normalizeText(name.split(' ').at(-1)!));
      }
    });
  });
});

describe('measureAll', () => {
  it('runs the pipeline over every fixture and returns per-fixture and overall numbers', async () => {
    const measurement = await measureAll(fixtures);
    expect(measurement.fixtures.map((r) => r.name)).toEqual(fixtures.map((f) => f.name));
    const { overall } = measurement;
    expect(overall.fixtures).toBe(fixtures.length);
    expect(overall.attribution.overall.gold).toBe(fixtures.reduce((n, f) => n + f.gold.quotes.length, 0));
    for (const value of [overall.attribution.overall.precision, overall.attribution.overall.recall]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
});
