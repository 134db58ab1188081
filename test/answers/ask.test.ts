import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answers/ask.ts';
import { BOT_LIMITS } from '../../src/constants.ts';
import { cueStrength, questionType } from '../../src/search/cues.ts';
import { goldContext, handContext } from '../search/contexts.ts';

const scmp = goldContext('scmp-china-russia-2021');

describe('questionType', () => {
  it('reads the kind of answer wanted from the wording', () => {
    expect(questionType('When is the summit?')).toBe('when');
    expect(questionType('What year was it set up?')).toBe('when');
    expect(questionType('Where does Zhu Feng teach?')).toBe('where');
    expect(questionType('Who did Putin speak to?')).toBe('who');
    expect(questionType('Which newspaper published it?')).toBe('who');
    expect(questionType('How many workers are there?')).toBe('quantity');
    expect(questionType('What project was launched?')).toBe('other');
  });
});

describe('cueStrength', () => {
  it('prefers an explicit date to a vague time, and both to none', () => {
    const date = cueStrength('when', 'The June 16 meeting is an olive branch.');
    const vague = cueStrength('when', 'The summit is next month.');
    const none = cueStrength('when', 'The summit is important.');
    expect(date).toBeGreaterThan(vague);
    expect(vague).toBeGreaterThan(none);
  });

  it('finds places after locative prepositions and names after the first word', () => {
    expect(cueStrength('where', 'She teaches at Nanjing University.')).toBe(1);
    expect(cueStrength('where', 'She teaches there.')).toBe(0);
    expect(cueStrength('who', 'He spoke to Yang Jiechi.')).toBe(1);
    expect(cueStrength('who', 'Officials spoke to reporters.')).toBe(0);
    // A name the question already holds is not the answer to "who".
    expect(cueStrength('who', 'Then Vladimir Putin spoke.', 'Who did Putin speak to?')).toBe(0);
    expect(cueStrength('who', 'Putin spoke to Yang Jiechi.', 'Who did Putin speak to?')).toBe(1);
  });
});

describe('ask on the default article', () => {
  it('"When is the summit?" finds June 16 in ¶2', () => {
    const top = ask(scmp, 'When is the summit?').passages[0]!;
    expect(top.paragraph).toBe(2);
    expect(top.sentence).toContain('June 16');
  });

  it('"where" picks the sentence with the place', () => {
    const top = ask(scmp, 'Where does Zhu Feng teach?').passages[0]!;
    expect(top.paragraph).toBe(10);
    expect(top.sentence).toContain('Nanjing University');
  });

  it('"who" picks the sentence naming the person', () => {
    const top = ask(scmp, 'Who did Putin speak to on the phone?').passages[0]!;
    expect(top.paragraph).toBe(3);
    expect(top.sentence).toContain('Yang Jiechi');
  });

  it('returns at most the limit, each passage verbatim with a sentence from it', () => {
    const r = ask(scmp, 'What did analysts say about Beijing and Moscow?');
    expect(r.passages.length).toBeGreaterThan(0);
    expect(r.passages.length).toBeLessThanOrEqual(BOT_LIMITS.askPassages);
    for (const p of r.passages) {
      expect(scmp.article.paragraphs[p.paragraph - 1]!.text).toBe(p.text);
      expect(p.text).toContain(p.sentence);
    }
  });

  it('shows each paragraph once, and drops trailing passages far weaker than the best', () => {
    for (const question of ['What did analysts say about Beijing and Moscow?', 'When is the summit?', 'Who is Zhu Feng?', 'What about Washington?']) {
      const all = ask(scmp, question, { relativeToBest: 0 });
      const cut = ask(scmp, question);
      const paragraphs = cut.passages.map((p) => p.paragraph);
      expect(new Set(paragraphs).size, question).toBe(paragraphs.length);
      expect(cut.passages[0]).toEqual(all.passages[0]);
      expect(cut.passages.length).toBeLessThanOrEqual(all.passages.length);
    }
    // Some question has a weak trailer that the cut removes.
    const trimmed = ['When is the summit?', 'What about Washington?', 'Who is Zhu Feng?'].some(
      (q) => ask(scmp, q).passages.length < ask(scmp, q, { relativeToBest: 0 }).passages.length,
    );
    expect(trimmed).toBe(true);
  });

  it('is empty with a note when nothing matches', () => {
    const r = ask(scmp, 'What is the recipe for banana bread?');
    expect(r.passages).toEqual([]);
    expect(r.note).toBeDefined();
    expect(ask(scmp, '  ').note).toBeDefined();
    expect(ask(scmp, 'what is it?').passages).toEqual([]);
  });
});

describe('ask sentence selection within a paragraph', () => {
  const ctx = handContext(
    [
      'The festival was a success. It will return on 12 August in Leeds. Organisers thanked Maria Lopez for her work.',
    ],
    { quotes: [], speakers: [], mentioned: [] },
  );

  it('when → the dated sentence; where → the placed one; who → the named one', () => {
    expect(ask(ctx, 'When will the festival return?').passages[0]?.sentence).toBe('It will return on 12 August in Leeds.');
    expect(ask(ctx, 'Who did the festival organisers thank?').passages[0]?.sentence).toBe('Organisers thanked Maria Lopez for her work.');
    expect(ask(ctx, 'Where will the festival return?').passages[0]?.sentence).toBe('It will return on 12 August in Leeds.');
  });
});

describe('/ask command', () => {
  it('requires a question and answers through ask', async () => {
    const { askCommand } = await import('../../commands/ask.ts');
    expect(askCommand.schema.safeParse({ question: '' }).success).toBe(false);
    const input = askCommand.schema.parse({ question: 'When is the summit?' });
    const result = askCommand.answer(scmp, input) as { command: string; passages: { paragraph: number }[] };
    expect(result.command).toBe('ask');
    expect(result.passages[0]?.paragraph).toBe(2);
  });
});
