import { describe, expect, it } from 'vitest';
import { run, summary } from './helpers.ts';

const indirect = (...paragraphs: string[]) =>
  run(...paragraphs).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.quote]);

describe('reported speech without quotation marks', () => {
  it.each([
    ['Zhu Feng said the Geneva summit showed Washington was trying.', 'Zhu Feng', 'the Geneva summit showed Washington was trying'],
    ['Lukin said that the summit was likely to help.', 'Lukin', 'the summit was likely to help'],
    ['Ann Lee told reporters the vote was rigged.', 'Ann Lee', 'the vote was rigged'],
    ['Ann Lee told a news conference that the vote was rigged.', 'Ann Lee', 'the vote was rigged'],
    ['Analysts noted that Beijing and Moscow are edging closer.', 'analysts', 'Beijing and Moscow are edging closer'],
    ['Dr Ruth Kay warns that the ice is melting fast.', 'Ruth Kay', 'the ice is melting fast'],
    ['Tom Ray believes the plan will fail.', 'Tom Ray', 'the plan will fail'],
    ['Some observers said it may be another attempt to divide them.', 'some observers', 'it may be another attempt to divide them'],
    ['Yang again stated China’s commitment to stronger relations.', 'Yang', 'China’s commitment to stronger relations'],
    ['Ann Lee described the summit as an attempt to divide them.', 'Ann Lee', 'the summit as an attempt to divide them'],
  ])('%s', (text, speaker, clause) => {
    expect(indirect(text)).toEqual([[speaker, clause]]);
  });

  it('according to X, … and …, according to X', () => {
    expect(indirect('According to court documents, managers were warned in 2018.')).toEqual([['court documents', 'managers were warned in 2018']]);
    expect(indirect('Output rose 4% last year, according to the ministry.')).toEqual([['the ministry', 'Output rose 4% last year']]);
  });

  it('attribution after the clause: "…, two people familiar with the matter said, as …"', () => {
    expect(indirect('The firm is in talks to sell a stake, two people familiar with the matter said, as the government looks for cash.'))
      .toEqual([['two people familiar with the matter', 'The firm is in talks to sell a stake']]);
    expect(indirect('The plan will fail, said Ms Jane Roe.')).toEqual([['Jane Roe', 'The plan will fail']]);
  });

  it('a coordinated second verb shares the subject; a participle clause reports it too', () => {
    expect(indirect('Putin said relations were “the best in history” and said it was essential to keep in touch.'))
      .toEqual([['Putin', 'it was essential to keep in touch']]);
    expect(indirect('Sarah Dunn told reporters the referee had missed a foul, claiming that the goal was offside.'))
      .toEqual([['Sarah Dunn', 'the referee had missed a foul'], ['Sarah Dunn', 'the goal was offside']]);
  });

  it('carries an inverted or passive subject into a participle clause', () => {
    expect(indirect('“We lost,” said Zhu Feng, adding that the team would regroup.')).toEqual([['Zhu Feng', 'the team would regroup']]);
    expect(indirect('The deal is dead, said Zhu Feng, adding that talks would resume.'))
      .toEqual([['Zhu Feng', 'The deal is dead'], ['Zhu Feng', 'talks would resume']]);
    expect(indirect('Zhu Feng was quoted as saying that the deal was dead.')).toEqual([['Zhu Feng', 'the deal was dead']]);
  });

  it('is not fooled by nouns, infinitives, passives, questions or plain announcements', () => {
    expect(indirect('A Chinese state firm bought a stake in a pipeline.')).toEqual([]);
    expect(indirect('He declined to say whether the talks had stalled.')).toEqual([]);
    expect(indirect('The decision was said to be final.')).toEqual([]);
    expect(indirect('Did the minister say the plan would fail?')).toEqual([]);
    expect(indirect('The White House announced the first summit between the two leaders.')).toEqual([]);
    expect(indirect('Beijing suspected that the previous administration wanted a wedge.')).toEqual([]);
  });

  it('a clause that introduces its own quote is a quote, not an indirect statement', () => {
    expect(summary(run('But Zhu said: “Both sides gain.”'))).toEqual([['Zhu', 'direct', [1], 'Both sides gain.']]);
  });
});

describe('parenthetical attribution inside the clause', () => {
  it('"The ice, she says, is melting …" is the whole sentence, hers', () => {
    expect(indirect('Ingrid Solberg studies sea ice.', 'The ice, she says, is melting faster than models predict.'))
      .toEqual([['Ingrid Solberg', 'The ice, she says, is melting faster than models predict']]);
  });

  it('"X, according to Y, …" likewise', () => {
    expect(indirect('Microplastics, according to the institute, are now found in every sample.'))
      .toEqual([['the institute', 'Microplastics, according to the institute, are now found in every sample']]);
  });

  it('a participle after the attribution is not part of the clause', () => {
    expect(indirect('The stake could be worth $6 billion, the people said, speaking on condition of anonymity.'))
      .toEqual([['the people', 'The stake could be worth $6 billion']]);
  });
});

describe('reported speech without "that" or an auxiliary, an as-clause, a party label as the subject', () => {
  const find = (result: ReturnType<typeof run>, snippet: string) => result.quotes.find((q) => q.quote.includes(snippet));

  it('a clause with its own subject and past verb after "reported", "claims", "announced"', () => {
    const result = run(
      'The Harbour Gazette reported at least six boats sank in the storm overnight.',
      'Tom Reyes claims the council ignored every warning about the sea wall.',
      'The agency reported the damaged ferry to the coastguard.',
      'Maria Chen complained about the delay and Helen Ortiz resigned.',
    );
    expect(find(result, 'six boats sank')).toMatchObject({ speaker: 'Harbour Gazette', kind: 'indirect', quote: 'at least six boats sank in the storm overnight' });
    expect(find(result, 'ignored every warning')).toMatchObject({ speaker: 'Tom Reyes' });
    // An object, not a clause: "reported the damaged ferry"; another clause's verb: "and Ortiz resigned".
    expect(find(result, 'damaged ferry')).toBeUndefined();
    expect(find(result, 'Ortiz resigned')).toBeUndefined();
  });

  it('"As X observed, …" and "As X noted on Monday, …": the clause after the comma is X’s', () => {
    const result = run(
      'Ana Ruiz, the harbour master, spoke at the quay on Monday.',
      'As the Harbour Gazette observed, the town now owns both piers outright.',
      'As Ruiz noted on Monday, the repairs will take most of the winter.',
      'As expected, the vote was delayed again.',
    );
    expect(find(result, 'owns both piers')).toMatchObject({ speaker: 'Harbour Gazette', quote: 'the town now owns both piers outright' });
    expect(find(result, 'most of the winter')).toMatchObject({ speaker: 'Ana Ruiz', quote: 'the repairs will take most of the winter' });
    expect(find(result, 'vote was delayed')).toBeUndefined();
  });

  it('"the Wisconsin Republican says", "the Democrat said": a party member no one was introduced as is the source as written', () => {
    const result = run(
      'The Wisconsin Republican says the plan is certain to be challenged in the courts.',
      'The Democrat said the plan would cost far less than its critics claim.',
    );
    expect(find(result, 'challenged in the courts')?.speaker).toBe('the Wisconsin Republican');
    // Another label, another person: not the Republican again.
    expect(find(result, 'cost far less')?.speaker).toBe('the Democrat');
    expect(result.speakers.map((s) => s.name)).not.toContain('Wisconsin');
  });

  it('"the Republican" introduced by name is that person', () => {
    const result = run(
      'Republican Jo Kim, who represents the district, spoke on Tuesday.',
      'The Republican said the plan is certain to be challenged in the courts.',
    );
    expect(find(result, 'challenged in the courts')?.speaker).toBe('Jo Kim');
  });
});

describe('a quoted term is not a statement', () => {
  it('a word or two in quotation marks with no speech around them is dropped; with a cue it stays', () => {
    const result = run(
      'Ana Ruiz, the harbour master, opened the new pier on Monday.',
      'Ruiz has long backed what locals call the “sea wall” plan, and the pier is her “legacy” project.',
      'Ruiz said the crews were “exhausted” but that the work was finished on time.',
    );
    const quotes = result.quotes.map((q) => q.quote);
    expect(quotes).not.toContain('legacy');
    expect(quotes.some((q) => q.includes('exhausted'))).toBe(true);
  });
});

describe('a subject with a short parenthesis or an adverb before the verb', () => {
  it('"Sen. Ana Ruiz (D-Ore.) said …", "Ruiz now says that …"', () => {
    const result = run(
      'Sen. Ana Ruiz (D-Ore.) said she will release the full budget records next week.',
      'Rep. Tom Hart (R-Ga.) said that the early vote threw the old assumptions into doubt.',
      'Ruiz now says that the plan is the best deal available for the state.',
    );
    const speakerOf = (snippet: string) => result.quotes.find((q) => q.quote.includes(snippet))?.speaker;
    expect(speakerOf('release the full budget')).toBe('Ana Ruiz');
    expect(speakerOf('threw the old assumptions')).toBe('Tom Hart');
    expect(speakerOf('best deal available')).toBe('Ana Ruiz');
  });
});

describe('a statement before the subject, with the circumstances of saying it after the verb', () => {
  it('"…, the Gazette reported on Thursday, two days after …", "…, Ruiz said after meeting …", "After all, she argued, …"', () => {
    const result = run(
      'Ana Ruiz, the harbour master, spoke on Monday.',
      'The ferry will run again in March, the Harbour Gazette reported on Thursday, two days after the storm closed the port.',
      'After all, she argued, the town has paid for the pier twice already.',
      'The repairs are finished, Ruiz said after meeting the council on Friday, because the crews worked through the night.',
    );
    const find = (snippet: string) => result.quotes.find((q) => q.quote.includes(snippet));
    expect(find('ferry will run')).toMatchObject({ speaker: 'Harbour Gazette', quote: 'The ferry will run again in March' });
    expect(find('paid for the pier')).toMatchObject({ speaker: 'Ana Ruiz', quote: 'the town has paid for the pier twice already' });
    expect(find('repairs are finished')).toMatchObject({ speaker: 'Ana Ruiz', quote: 'The repairs are finished' });
    expect(find('meeting the council')).toBeUndefined();
  });
});
