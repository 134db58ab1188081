/**
 * Failure kind 4 — interviews and transcripts: "NAME: words" lines are NAME's; "Q:" lines are the
 * interviewer's and the unquoted answers below them the interviewee's.
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/build.ts';
import { attribute } from '../../src/attribution/index.ts';
import { findTranscript } from '../../src/attribution/sieves/transcript.ts';
import { run, setup, summary } from './helpers.ts';

const compact = (...paragraphs: string[]) => summary(run(...paragraphs)).map(([speaker, kind, ps, quote]) => `${ps.join(',')}:${speaker}:${kind}:${quote}`);

describe('NAME: transcript lines', () => {
  const court = [
    'The barrister, Ruth Adeyemi, questioned the safety manager, Gareth Lyle.',
    'Adeyemi: Who removed them?',
    'Lyle: I don\'t know. I said so at the time.',
    'Adeyemi: Wasn\'t it your job to know?',
  ];

  it('each turn is a direct quote of the person its label names, and nothing inside it is reported separately', () => {
    expect(compact(...court)).toEqual([
      '2:Ruth Adeyemi:direct:Who removed them?',
      "3:Gareth Lyle:direct:I don't know. I said so at the time.",
      "4:Ruth Adeyemi:direct:Wasn't it your job to know?",
    ]);
  });

  it('covers the turn paragraphs only', () => {
    const { doc, registry } = setup(...court);
    expect([...findTranscript(doc, registry).paragraphs]).toEqual([2, 3, 4]);
  });

  it('a single labelled line, or labels that are not people, make no transcript', () => {
    const { doc, registry } = setup('Ann Lee runs the shop.', 'Lee: We are open.', 'Update: The shop is closed today.');
    expect(findTranscript(doc, registry).statements).toEqual([]);
    const dateline = setup('London: The shop is closed.', 'Paris: The shop is open.');
    expect(findTranscript(dateline.doc, dateline.registry).statements).toEqual([]);
  });
});

describe('Q&A interviews', () => {
  const interview = [
    'Marguerite Osei has run the pantry for ten years. Osei spoke to our reporter Daniel Kerr about what has changed.',
    'Q: Who comes through the door?',
    'Mostly people between jobs. They told us it would be temporary.',
    'It was meant to be a stopgap.',
    'Q: And now?',
    'A: Now half of them are in work.',
    'A council spokesperson said the authority would publish a plan in May.',
  ];

  it('questions are the interviewer\'s, answers (over several paragraphs, with or without A:) the interviewee\'s', () => {
    expect(compact(...interview)).toEqual([
      '2:Daniel Kerr:direct:Who comes through the door?',
      '3,4:Marguerite Osei:direct:Mostly people between jobs. They told us it would be temporary. It was meant to be a stopgap.',
      '5:Daniel Kerr:direct:And now?',
      '6:Marguerite Osei:direct:Now half of them are in work.',
      '7:a council spokesperson:indirect:the authority would publish a plan in May',
    ]);
  });

  it('an interview "with the Herald" makes the outlet the interviewer', () => {
    const result = compact(
      'Ann Lee, the mayor, spoke to the Herald before the vote.',
      'Q: Will you stand again?',
      'No. Never again.',
      'Q: Why not?',
      'Ten years is enough.',
    );
    expect(result[0]).toBe('2:Herald:direct:Will you stand again?');
    expect(result[1]).toBe('3:Ann Lee:direct:No. Never again.');
  });

  it('with no interviewer named, the questions are "the interviewer"\'s and the answers still the interviewee\'s', () => {
    expect(compact('Ann Lee, the mayor, looks back.', 'Q: Will you stand again?', 'No.', 'Q: Why not?', 'Ten years is enough.'))
      .toEqual(['2:the interviewer:direct:Will you stand again?', '3:Ann Lee:direct:No.', '4:the interviewer:direct:Why not?', '5:Ann Lee:direct:Ten years is enough.']);
  });

  it('"We spoke to X" makes X the one interviewed, not the interviewer', () => {
    expect(compact('21:20 GMT We spoke to Ann Lee earlier this evening.', 'Q: Will you stand again?', 'No.', 'Q: Why not?', 'Ten years is enough.'))
      .toEqual(['2:the interviewer:direct:Will you stand again?', '3:Ann Lee:direct:No.', '4:the interviewer:direct:Why not?', '5:Ann Lee:direct:Ten years is enough.']);
  });

  it('splits a question and its answer written on one line', () => {
    expect(compact('Ann Lee, the mayor, looks back.', 'Q: Will you stand again? No, never.', 'Q: Why not? A: Ten years is enough.'))
      .toEqual([
        '2:the interviewer:direct:Will you stand again?', '2:Ann Lee:direct:No, never.',
        '3:the interviewer:direct:Why not?', '3:Ann Lee:direct:Ten years is enough.',
      ]);
  });
});

describe('more transcript shapes', () => {
  it('a role label names whoever holds the role; answers labelled with the interviewee\'s name lose the label', () => {
    expect(compact(
      'Alison Marsh, the coroner, heard from the safety manager, Gareth Lyle.',
      'CORONER: Who removed the signs?',
      'LYLE: I do not know.',
      'CORONER: Nobody told you?',
    ).map((s) => s.split(':').slice(0, 2).join(':'))).toEqual(['2:Alison Marsh', '3:Gareth Lyle', '4:Alison Marsh']);
    expect(compact(
      'Ann Lee, the mayor, spoke to our reporter Jo Hart.',
      'Q: Will you stand again?',
      'Lee: No. Never again.',
      'Q: Why not?',
      'Lee: Ten years is enough.',
    )).toContain('3:Ann Lee:direct:No. Never again.');
  });
});

describe('interviews inside a longer article', () => {
  it('each run of questions takes the interviewee introduced just before it, and narration between runs stays narration', () => {
    const result = compact(
      'Dana Whitlock, the mayor, closed the bridge. Whitlock said it would stay shut all week.',
      'Later the council engineer, Ravi Patel, spoke to our reporter Jo Hart.',
      'Q: How bad is the crack?',
      'About forty centimetres. We have seen worse.',
      'Q: When will it reopen?',
      'Not this month.',
      'Meanwhile, Whitlock said buses would be free until Friday.',
    );
    expect(result).toContain('4:Ravi Patel:direct:About forty centimetres. We have seen worse.');
    expect(result).toContain('6:Ravi Patel:direct:Not this month.');
    expect(result).toContain('7:Dana Whitlock:indirect:buses would be free until Friday');
  });
});

describe('the outlet as interviewer', () => {
  it('with no reporter named, the questions are the publisher\'s', () => {
    const article = buildArticle({
      id: 'qa',
      title: 'Ten questions for the mayor',
      publisher: 'Calder Gazette',
      paragraphs: ['We put your questions to Ann Lee, the mayor.', 'Q: Will you stand again?', 'No.', 'Q: Why not?', 'Ten years is enough.'],
    });
    expect(attribute(article).quotes.map((q) => [q.paragraphs[0], q.speaker])).toEqual([[2, 'Calder Gazette'], [3, 'Ann Lee'], [4, 'Calder Gazette'], [5, 'Ann Lee']]);
  });
});

describe('court transcripts in Q. / A. form', () => {
  it('the questions are the lawyer\'s the introduction names ("cross-examined by"), the answers the witness\'s', () => {
    expect(compact(
      'Gareth Lyle, the safety manager, was cross-examined by Ruth Adeyemi for the family.',
      'Q. Who removed the signs?',
      'A. I do not know.',
      'Q. Did you ask anyone?',
      'A. No.',
    ).map((s) => s.split(':').slice(0, 2).join(':'))).toEqual(['2:Ruth Adeyemi', '3:Gareth Lyle', '4:Ruth Adeyemi', '5:Gareth Lyle']);
  });
});

describe('bounded work on untrusted text', () => {
  it('thousands of question lines with nobody introduced finish quickly (hang guard)', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? `Q: question ${i}?` : `Answer ${i}.`));
    const started = Date.now();
    const { doc, registry } = setup(...paragraphs);
    expect(findTranscript(doc, registry).statements).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('the article resumes after a labelled interview', () => {
  it('ends the last "A:" answer at a paragraph without the label, and a post introduced with a colon is its author’s', () => {
    const result = run(
      'We have been speaking to Bill Haynes, who runs a caravan park.',
      'Q: How bad is it there?',
      'A: Worst I have seen in thirty years.',
      'Q: Did you have any warning?',
      'A: Plenty. We moved everyone out last night.',
      'The transport secretary, Rhona Kemp, has posted on X:',
      'Rhona Kemp @RhonaKempMP My thanks to the crews working through the night. Please do not travel. 9:58 AM · Jan 14',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['the interviewer', 'How bad is it there?'],
      ['Bill Haynes', 'Worst I have seen in thirty years.'],
      ['the interviewer', 'Did you have any warning?'],
      ['Bill Haynes', 'Plenty. We moved everyone out last night.'],
      ['Rhona Kemp', 'My thanks to the crews working through the night. Please do not travel.'],
    ]);
    expect(result.speakers.map((s) => s.name)).not.toContain('AM');
  });

  it('reads "9:58 AM" as a time, not a name', () => {
    expect(setup('Posted at 9:58 AM on Jan 14 by the desk.').registry.entities.map((e) => e.name)).not.toContain('AM');
  });
});
