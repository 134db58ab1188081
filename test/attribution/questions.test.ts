/**
 * Failure kind 8 — questions inside an exchange belong to the one who asks them: reported
 * questions ("X asked whether …"), quoted questions put to someone ("Lee was asked by Jo Hart:"),
 * and bare questions in a dialogue or an interview.
 */
import { describe, expect, it } from 'vitest';
import { findReportedQuestions, passiveQuestion } from '../../src/attribution/sieves/questions.ts';
import { run, setup, summary } from './helpers.ts';

const compact = (...paragraphs: string[]) => summary(run(...paragraphs)).map(([speaker, kind, ps, quote]) => `${ps.join(',')}:${speaker}:${kind}:${quote}`);

describe('reported questions', () => {
  it.each([
    ['The coroner, Alison Marsh, asked whether any record of the check had been kept.', 'Alison Marsh', 'whether any record of the check had been kept'],
    ['Alison Marsh asked him why the signs had been removed.', 'Alison Marsh', 'why the signs had been removed'],
    ['Ann Lee asked the minister, Jo Hart, how long the repairs would take.', 'Ann Lee', 'how long the repairs would take'],
  ])('%s → %s', (text, speaker, quote) => {
    const { doc, registry } = setup(text);
    const found = findReportedQuestions(doc, registry);
    expect(found.map((q) => [q.phrase.text, q.quote])).toEqual([[speaker, quote]]);
  });

  it('the one asked is not the asker, and a passive "was asked whether" reports no question of the subject', () => {
    const { doc, registry } = setup('Lyle was asked whether the signs had been removed.');
    expect(findReportedQuestions(doc, registry)).toEqual([]);
  });

  it('"asked for" a thing is no question', () => {
    const { doc, registry } = setup('Ann Lee asked for more time to prepare her case.');
    expect(findReportedQuestions(doc, registry)).toEqual([]);
  });

  it('comes out as an indirect statement of the asker', () => {
    expect(compact('Alison Marsh, the coroner, asked whether any record of the check had been kept.'))
      .toEqual(['1:Alison Marsh:indirect:whether any record of the check had been kept']);
  });
});

describe('quoted questions put to someone', () => {
  it('"was asked by X: “…?”" is X\'s question', () => {
    const { contexts, registry } = setup('Ann Lee was asked by the presenter, Jo Hart: "Will you resign?"');
    expect(passiveQuestion(contexts[0]!, registry)?.phrase?.text).toBe('Jo Hart');
  });

  it('with no asker named, the question is dropped rather than given to the one asked', () => {
    expect(compact('Ann Lee was asked: "Will you resign?"', '"No," she said.')).toEqual(['2:Ann Lee:direct:No']);
  });

  it('a quoted statement that is no question is left to the other sieves', () => {
    const { contexts, registry } = setup('Ann Lee was asked to comment: "We will not resign."');
    expect(passiveQuestion(contexts[0]!, registry)).toBeNull();
  });
});

describe('bare questions in an exchange', () => {
  it('a bare question after the other party\'s turn is the asker\'s, and the bare answer after it the one asked', () => {
    expect(compact(
      '"Did you ever raise it with the directors?" Alison Marsh asked.',
      '"Not in writing," Gareth Lyle replied.',
      '"Why not?"',
      '"Because nobody wrote anything down."',
    ).map((s) => s.split(':').slice(0, 2).join(':'))).toEqual(['1:Alison Marsh', '2:Gareth Lyle', '3:Alison Marsh', '4:Gareth Lyle']);
  });
});

describe('a reported question after "and"', () => {
  it('belongs to the subject that opens the sentence ("She shook hands … and asked workers if …")', () => {
    const result = run('Ann Lee toured the plant.', 'She shook hands and posed for photos and asked workers if they planned to vote.');
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([['Ann Lee', 'if they planned to vote']]);
  });
});
