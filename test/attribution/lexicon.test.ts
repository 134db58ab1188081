import { describe, expect, it } from 'vitest';
import { speechVerb } from '../../src/attribution/lexicon.ts';
import { reportingVerbAt } from '../../src/attribution/phrases.ts';
import { setup } from './helpers.ts';

describe('speech verb lexicon', () => {
  it.each([
    ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['added', 'add'], ['noted', 'note'],
    ['argued', 'argue'], ['warns', 'warn'], ['claimed', 'claim'], ['insisted', 'insist'],
    ['described', 'describe'], ['called', 'call'], ['pledged', 'pledge'], ['stated', 'state'],
    ['stressed', 'stress'], ['explained', 'explain'], ['wrote', 'write'], ['asked', 'ask'],
    ['replied', 'reply'], ['suggested', 'suggest'], ['believes', 'believe'], ['thinks', 'think'],
    ['accused', 'accuse'], ['urged', 'urge'], ['admitted', 'admit'], ['acknowledged', 'acknowledge'],
    ['announced', 'announce'], ['spoke', 'speak'],
  ])('%s is a form of %s', (form, lemma) => {
    expect(speechVerb(form)?.lemma).toBe(lemma);
  });

  it('knows participles and frames', () => {
    expect(speechVerb('saying')?.participle).toBe(true);
    expect(speechVerb('said')?.frame).toBe('clause');
    expect(speechVerb('described')?.frame).toBe('quote');
    expect(speechVerb('warned')?.frame).toBe('that');
    expect(speechVerb('table')).toBeUndefined();
  });
});

describe('reportingVerbAt: verbs, not nouns or infinitives', () => {
  const verbAt = (text: string, word: string) => {
    const p = setup(text).doc.paragraphs[0]!;
    const i = p.tokens.findIndex((t) => t.text === word);
    return reportingVerbAt(p, i)?.lemma;
  };

  it('accepts finite forms after a subject', () => {
    expect(verbAt('Smith said the plan failed.', 'said')).toBe('say');
    expect(verbAt('They state that the plan failed.', 'state')).toBe('state');
    expect(verbAt('Smith calls it a farce.', 'calls')).toBe('call');
  });

  it('rejects noun uses, infinitives, passives and negations', () => {
    expect(verbAt('A Chinese state firm bought a stake.', 'state')).toBeUndefined();
    expect(verbAt('The reports were wrong.', 'reports')).toBeUndefined();
    expect(verbAt('He declined to say more.', 'say')).toBeUndefined();
    expect(verbAt('He was told to leave.', 'told')).toBeUndefined();
    expect(verbAt("Kazakhstan's state agency said so.", 'state')).toBeUndefined();
  });
});
