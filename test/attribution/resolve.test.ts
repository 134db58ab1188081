import { describe, expect, it } from 'vitest';
import { run, summary } from './helpers.ts';

const speakers = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);

describe('pronouns', () => {
  it('he → the nearest earlier speaker, even across a paragraph', () => {
    expect(speakers('Artyom Lukin, an associate professor, said both sides need each other.', '“Moreover, it matters,” he said.'))
      .toEqual(['Artyom Lukin', 'Artyom Lukin']);
  });

  it('she skips a man mentioned in between when a title says who is who', () => {
    expect(speakers(
      'Ms Priya Sandhu, a retired teacher, said the shop would reopen.',
      'Mr Derek Ollerton chaired the meeting on Monday.',
      '‘We did it together,’ she said.',
    )).toEqual(['Priya Sandhu', 'Priya Sandhu']);
  });

  it('she learns from an earlier he that a man is not her antecedent', () => {
    expect(speakers(
      'Tom Reed said the vote was close.',
      '“It was tight,” he said.',
      'Mary Jones, his deputy, said the count was fair.',
      'Tom Reed then left the room.',
      '“We will appeal,” she said.',
    )).toEqual(['Tom Reed', 'Tom Reed', 'Mary Jones', 'Mary Jones']);
  });

  it('they after a lone person spoke is not that person', () => {
    expect(speakers(
      'Campaigners gathered outside the court.',
      '“It was a disgrace,” said Ann Lee, a retired teacher.',
      'They said the fine did not go far enough.',
    )).toEqual(['Ann Lee', 'campaigners']);
  });

  it('they after a spokesperson spoke is the same voice', () => {
    expect(speakers(
      '“The spills were not exceptional,” said Alex Carrow, a spokesperson for the Clear Waters Alliance.',
      'They said the group would press the government.',
    )).toEqual(['Alex Carrow', 'Alex Carrow']);
  });
});

describe('surnames, titles and roles', () => {
  it('a surname or "Mr X" → the full name introduced earlier', () => {
    expect(speakers('Daniel Okafor runs the railroad.', '"We are ready," Mr. Okafor said.', 'Okafor said the deal would close in May.'))
      .toEqual(['Daniel Okafor', 'Daniel Okafor']);
  });

  it('a role noun → whoever was introduced with that role', () => {
    expect(speakers(
      "Severnside's chief executive, Alistair Brennan, said he accepted the ruling.",
      "'We were too slow,' the chief executive said.",
    )).toEqual(['Alistair Brennan', 'Alistair Brennan']);
  });

  it('a role noun used for someone becomes one of their aliases', () => {
    const result = run(
      "Severnside's chief executive, Alistair Brennan, said he accepted the ruling.",
      "'We were too slow,' the chief executive said.",
    );
    expect(result.speakers[0]!.aliases).toEqual(expect.arrayContaining(['Alistair Brennan', 'Brennan', 'the chief executive']));
    expect(result.speakers[0]!.description).toBe("Severnside's chief executive");
  });

  it('a role noun with no one introduced so stays as written', () => {
    expect(speakers('“Nobody told us,” the spokeswoman said.')).toEqual(['the spokeswoman']);
  });

  it('"the sources" / "the source" → the unnamed source introduced earlier', () => {
    expect(speakers(
      'The deal is close, two people familiar with the matter said.',
      'The price is $6 billion, the people said.',
      'A senior government source said no decision had been made.',
      '"We need the money," the source said.',
      'The buyer is a Gulf fund, the sources said.',
    )).toEqual([
      'two people familiar with the matter',
      'two people familiar with the matter',
      'a senior government source',
      'a senior government source',
      'two people familiar with the matter',
    ]);
  });
});

describe('relays and organisations', () => {
  it('"…, X said, according to Y" → speaker X via Y', () => {
    const [q] = run('Yang Jiechi met Putin.', '“China is ready,” Yang said, according to Xinhua.').quotes;
    expect(q).toMatchObject({ speaker: 'Yang Jiechi', via: 'Xinhua', kind: 'direct' });
  });

  it('"X said Y pledged …" → speaker Y via X', () => {
    const [q] = run('Vladimir Putin spoke to state news agency Xinhua.', 'Xinhua said Putin also pledged to work with China.').quotes;
    expect(q).toMatchObject({ speaker: 'Vladimir Putin', via: 'Xinhua', kind: 'indirect' });
  });

  it('"told <outlet>" is a relay, except for the wire that publishes the story', () => {
    expect(run('“We were unlucky,” manager Sarah Dunn told BBC Sport.').quotes[0]!.via).toBe('BBC Sport');
    expect(run('LONDON, May 1 (Reuters) - Talks stalled.', 'Ann Lee told Reuters that the talks had stalled.').quotes[0]!.via).toBeNull();
  });

  it('an organisation described, not named, speaks as written', () => {
    expect(summary(run("Kazakhstan's energy ministry said in a statement that it \"does not comment\" but that the country remained open.")))
      .toEqual([
        // The reported clause holds the quoted words: one statement, both clauses.
        ["Kazakhstan's energy ministry", 'partial', [1], 'it "does not comment" but that the country remained open'],
      ]);
  });
});

describe('"it" for an organisation', () => {
  it('resolves to the business named before, even one whose name does not look like a company', () => {
    const result = run('Brightline Robotics cut 1,200 jobs on Monday.', 'It said demand had collapsed.', '“We regret the decision,” it said.');
    expect(result.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Brightline Robotics'], ['direct', 'Brightline Robotics']]);
    expect(result.speakers[0]!.kind).toBe('organisation');
  });

  it('never guesses a titled person for "it"', () => {
    expect(run('Mr John Smith arrived late.', 'It said the plan had failed.').quotes).toEqual([]);
  });
});

describe('fallback', () => {
  it('a quote with a cue but no findable speaker goes to the nearest person, with low confidence', () => {
    const result = run('Maria Lopez runs the bakery.', 'It was, as was said at the time, “a miracle of the valley”.');
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]!.speaker).toBe('Maria Lopez');
    expect(result.quotes[0]!.confidence).toBeLessThan(0.5);
  });

  it('a word or two in quotation marks that no rule attributes is a term, not a guessed statement', () => {
    expect(run('Maria Lopez runs the bakery.', 'It was, as was said at the time, “a miracle”.').quotes).toEqual([]);
    expect(run('Maria Lopez runs the bakery.', 'She called it “a miracle”.').quotes.map((q) => q.speaker)).toEqual(['Maria Lopez']);
  });
});
