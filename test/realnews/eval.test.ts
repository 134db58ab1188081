import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/load.ts';
import { evaluate } from '../../scripts/realnews/eval.ts';
import { loadRealNews, parseAnnotations } from '../../scripts/realnews/polnear.ts';
import { countsForRecall, coverage, contentWords, goldSpeakers, paragraphRanges, roleAgrees, sameSpeaker, scoreArticle, sourceKind } from '../../scripts/realnews/score.ts';
import type { Quote } from '../../src/attribution/types.ts';

// Made-up article text in PolNeAR's layout: no PolNeAR text is stored in the repository.
const TEXT = [
  'Bridge to reopen next week',
  '',
  'Mayor Ann Lee said the bridge would reopen on Monday after repairs.',
  '',
  'She told reporters the cost had doubled since the spring survey.',
  '',
  'The council believes the bridge is safe.',
].join('\n');
const at = (part: string) => [TEXT.indexOf(part), TEXT.indexOf(part) + part.length].join(' ');
const event = (n: number, source: string, cue: string, content: string) => [
  `T${n}1\tSource ${at(source)}\t${source}`,
  `T${n}2\tCue ${at(cue)}\t${cue}`,
  `T${n}3\tContent ${at(content)}\t${content}`,
  `E${n}\tAttribution:T${n}2 Content:T${n}3 Cue:T${n}2 Source:T${n}1`,
].join('\n');
const ANN = [
  event(1, 'Mayor Ann Lee', 'said', 'the bridge would reopen on Monday after repairs'),
  event(2, 'She', 'told', 'the cost had doubled since the spring survey'),
  event(3, 'The council', 'believes', 'the bridge is safe'),
].join('\n');

describe('real-news scoring', () => {
  const gold = parseAnnotations(ANN, TEXT);
  const article = parseArticle(TEXT, 'made-up');
  const quote = (speaker: string, text: string, paragraph: number): Quote =>
    ({ speaker, quote: text, kind: 'indirect', paragraphs: [paragraph], via: null });

  it('counts speech cues only, and resolves a pronoun source to the preceding named source', () => {
    expect(gold.map(countsForRecall)).toEqual([true, true, false]);
    expect(sourceKind('Mayor Ann Lee')).toBe('person');
    expect(sourceKind('the Environmental Protection Agency')).toBe('organisation');
    expect(sourceKind('a spokeswoman')).toBe('role');
    expect(goldSpeakers(gold)[1]).toMatchObject({ kind: 'pronoun', name: ['Ann', 'Lee'] });
    expect(sameSpeaker(['Ann', 'Lee'], 'Lee')).toBe(true);
    expect(sameSpeaker(['Ann', 'Lee'], 'Tom Lee-Smith')).toBe(false);
  });

  it('finds a statement at 30% coverage in its paragraph, and scores its speaker', () => {
    expect(coverage(contentWords('the bridge would reopen on Monday'), 'bridge reopen')).toBeCloseTo(2 / 3);
    const quotes = [
      quote('Ann Lee', 'the bridge would reopen on Monday after repairs', article.paragraphs[0]!.n),
      quote('the survey', 'the cost had doubled', article.paragraphs[1]!.n),
      quote('Ann Lee', 'an unrelated remark entirely', article.paragraphs[1]!.n),
    ];
    const result = scoreArticle({ name: 'made-up', text: TEXT, attributions: gold }, article, quotes);
    expect(result.statements.map((s) => [s.coverage >= 0.3, s.coverage >= 0.8, s.speakerRight])).toEqual([
      [true, true, true],
      [true, false, false],
    ]);
    expect([result.precise, result.returned]).toEqual([2, 3]);
  });
});

// The PolNeAR train split, when a checkout is given: the floors are the figures reached so far.
const checkout = process.env['REALNEWS_DIR'];
describe.skipIf(!checkout)('PolNeAR train (first 40 articles)', () => {
  it('keeps statement recall, precision and speaker accuracy at their floors', () => {
    const { totals } = evaluate(loadRealNews(checkout!, 'train', 40));
    expect(totals.articles).toBe(40);
    expect(totals.recall).toBeGreaterThanOrEqual(0.77);
    expect(totals.recallFull).toBeGreaterThanOrEqual(0.70);
    expect(totals.precision).toBeGreaterThanOrEqual(0.86);
    expect(totals.speaker.accuracy).toBeGreaterThanOrEqual(0.86);
  }, 120_000);
});

describe('real-news scoring: a pronoun inside a sentence opened by a name', () => {
  // PolNeAR marks no source for "weighed in", so the nearest named source is someone else.
  const text = [
    'Budget fight in the council',
    '',
    'Councillor Tom Reyes said the budget was a disgrace.',
    '',
    'Vice President Joe Bidwell weighed in as well, telling a radio host, “They are both qualified,” he said.',
    '',
    'Sen. Mara Quill of Ohio, who was late, said “no comment,” and then she left. “It was fine,” he said.',
  ].join('\n');
  const span = (part: string, from = 0) => [text.indexOf(part, from), text.indexOf(part, from) + part.length].join(' ');
  const ann = [
    `T11\tSource ${span('Councillor Tom Reyes')}\tCouncillor Tom Reyes`,
    `T12\tCue ${span('said the')}\tsaid`,
    `T13\tContent ${span('the budget was a disgrace')}\tthe budget was a disgrace`,
    'E1\tAttribution:T12 Content:T13 Cue:T12 Source:T11',
    `T21\tSource ${text.indexOf('he said.')} ${text.indexOf('he said.') + 2}\the`,
    `T22\tCue ${span('said.', text.indexOf('he said.'))}\tsaid`,
    `T23\tContent ${span('They are both qualified')}\tThey are both qualified`,
    'E2\tAttribution:T22 Content:T23 Cue:T22 Source:T21',
  ].join('\n');

  it('takes the name opening the sentence, with the article text; the nearest named source without it', () => {
    const gold = parseAnnotations(ann, text);
    expect(goldSpeakers(gold, text)[1]).toMatchObject({ kind: 'pronoun', name: ['Joe', 'Bidwell'] });
    expect(goldSpeakers(gold)[1]!.name.at(-1)).toBe('Reyes');
  });
});

describe('real-news scoring: he or she after a sentence opened by a person no source marks', () => {
  it('takes the person opening the sentence before when that sentence comes after the nearest named source', () => {
    const text = [
      'Budget fight',
      '',
      'Councillor Tom Reyes said the budget was a disgrace.',
      '',
      'Ed Brookover spoke to reporters after the meeting. He says the vote will pass.',
    ].join('\n');
    const span = (part: string) => [text.indexOf(part), text.indexOf(part) + part.length].join(' ');
    const ann = [
      `T11\tSource ${span('Councillor Tom Reyes')}\tCouncillor Tom Reyes`,
      `T12\tCue ${span('said the')}\tsaid`,
      `T13\tContent ${span('the budget was a disgrace')}\tthe budget was a disgrace`,
      'E1\tAttribution:T12 Content:T13 Cue:T12 Source:T11',
      `T21\tSource ${text.indexOf('He says')} ${text.indexOf('He says') + 2}\tHe`,
      `T22\tCue ${span('says the')}\tsays`,
      `T23\tContent ${span('the vote will pass')}\tthe vote will pass`,
      'E2\tAttribution:T22 Content:T23 Cue:T22 Source:T21',
    ].join('\n');
    const speakers = goldSpeakers(parseAnnotations(ann, text), text);
    expect(speakers[1]).toMatchObject({ kind: 'pronoun', name: ['Ed', 'Brookover'] });
    // Without the article text, the nearest named source, as before.
    expect(goldSpeakers(parseAnnotations(ann, text))[1]!.name.at(-1)).toBe('Reyes');
  });
});

describe('real-news scoring: a plural common noun opening the sentence', () => {
  it('"Analysts say" names no one; "Rhodes said" does when the article names Ben Rhodes', () => {
    const text = 'Analysts say the plan will fail. Ben Rhodes disagreed. Rhodes said the plan would pass. Q: Why?';
    expect(sourceKind('Analysts', text)).toBe('role');
    expect(sourceKind('Q', text)).toBe('role');
    expect(sourceKind('Rhodes', text)).toBe('person');
    // Without the article, a capitalised word is read as a name, as before.
    expect(sourceKind('Analysts')).toBe('person');
  });
});

describe('real-news scoring: the source returned as written', () => {
  it('counts "police" for "Police said" as the right speaker', () => {
    const text = ['Crowds gather', '', 'Police said the road would stay closed until Monday.'].join('\n');
    const at = (part: string) => [text.indexOf(part), text.indexOf(part) + part.length].join(' ');
    const gold = parseAnnotations([
      `T11\tSource ${at('Police')}\tPolice`,
      `T12\tCue ${at('said')}\tsaid`,
      `T13\tContent ${at('the road would stay closed until Monday')}\tthe road would stay closed until Monday`,
      'E1\tAttribution:T12 Content:T13 Cue:T12 Source:T11',
    ].join('\n'), text);
    const article = parseArticle(text, 'made-up');
    const quote: Quote = { speaker: 'police', quote: 'the road would stay closed until Monday', kind: 'indirect', paragraphs: [article.paragraphs[0]!.n], via: null };
    expect(scoreArticle({ name: 'made-up', text, attributions: gold }, article, [quote]).statements[0]!.speakerRight).toBe(true);
  });
});

describe('real-news scoring: finding the article’s paragraphs in the raw text', () => {
  it('finds a paragraph the reader tidied (runs of spaces collapsed)', () => {
    const raw = ['Budget fight', '', 'Sanders  has denounced the  plan, saying his campaign does not want it.', '', 'The vote is on Monday.'].join('\n');
    const article = parseArticle(raw, 'x');
    const ranges = paragraphRanges(raw, article);
    expect(article.paragraphs).toHaveLength(2);
    expect(ranges.get(1)?.start).toBe(raw.indexOf('Sanders'));
    expect(ranges.get(2)?.start).toBe(raw.indexOf('The vote'));
  });
});

describe('real-news scoring: a role description returned without its modifiers', () => {
  it('"a recent poll of county voters" returned as "a recent poll" agrees; "some" for "Some of her allies" does not', () => {
    const text = 'A recent poll of county voters found the mayor ahead.';
    expect(roleAgrees('a recent poll of county voters', 'a recent poll', text)).toBe(true);
    expect(roleAgrees('the groups who wrote to her on Thursday', 'the groups', text)).toBe(true);
    expect(roleAgrees('Some of her longtime allies', 'some', text)).toBe(false);
    expect(roleAgrees('a recent poll of county voters', 'the mayor', text)).toBe(false);
  });
});
