/**
 * Issue 8's failure kinds on real news, each on hand-written paragraphs in the style of the
 * failure (no real article's text): role words, non-names, the wrong name in the sentence,
 * reported-speech spans, pronouns and descriptions.
 */
import { describe, expect, it } from 'vitest';
import { run, setup, summary } from './helpers.ts';

describe('kind 7: a reported statement is the whole reported clause', () => {
  it('keeps the quoted words inside their clause: the clause is one partial statement', () => {
    const result = run('The union says the new rules are “a gift to landlords” and leave renters with nothing.');
    expect(summary(result)).toEqual([
      ['the union', 'partial', [1], 'the new rules are “a gift to landlords” and leave renters with nothing'],
    ]);
  });

  it('keeps "X said A and that B" as one statement', () => {
    const result = run('The harbour master said the channel would reopen by Friday and that larger ships would wait offshore.');
    expect(summary(result)).toEqual([
      ['the harbour master', 'indirect', [1], 'the channel would reopen by Friday and that larger ships would wait offshore'],
    ]);
  });

  it('finds an attribution after a long role before the name', () => {
    const result = run('Two of the travellers were also on the earlier flight, the foreign ministry spokesman Leo Marin said on Thursday.');
    expect(summary(result)).toEqual([['Leo Marin', 'indirect', [1], 'Two of the travellers were also on the earlier flight']]);
  });

  it('finds an attribution at the end of a long sentence', () => {
    const result = run('Charging every freight operator that uses the northern rail link after dark a higher fee is a sound business decision for the region, Sen. Mara Quill told reporters.');
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]).toMatchObject({ speaker: 'Mara Quill', kind: 'indirect' });
    expect(result.quotes[0]!.quote).toMatch(/^Charging every freight operator .* for the region$/);
  });

  it('leaves a quotation interrupted by its attribution, and a fragment attributed on its own, as they are', () => {
    const result = run(
      '“The order book,” Lena Ortiz, the chief executive, said on a call with analysts, “grew faster than anyone in this business expected.”',
      'Ortiz renewed the firm’s pledge to the plant, which covers “three decades of work” according to the local paper.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.kind])).toEqual([['Lena Ortiz', 'direct'], ['the local paper', 'partial']]);
  });
});

describe('kind 2: non-names as speakers, and names cut wrong', () => {
  it('cuts a party word, a title or a label off a name, using given-name knowledge', () => {
    const speakers = (text: string) => run(text).quotes.map((q) => q.speaker);
    expect(speakers('Republican Nora Vance said the audit was overdue.')).toEqual(['Nora Vance']);
    expect(speakers('Miss Universe Ana Ruiz said the contest had been fair.')).toEqual(['Ana Ruiz']);
    expect(speakers('House Democrat Jo Kim said the bill would pass this week.')).toEqual(['Jo Kim']);
    expect(speakers('The New York Herald reported that the plant would close.')).toEqual(['New York Herald']);
  });

  it('never makes a place, a party word or a month the speaker', () => {
    const result = run(
      'Oregon said the new rules would apply from next year.',
      'Democratic said the talks had stalled.',
    );
    expect(result.quotes).toEqual([]);
    expect(result.speakers).toEqual([]);
  });

  it('knows the usual gender of a given name for he and she', () => {
    const result = run('Maria Lind and Tomas Berg met the board on Monday.', 'She said the merger would go ahead.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Maria Lind']);
  });
});

describe('kind 1: role words resolve to the person the article introduced so', () => {
  it('reads an abbreviated title, a relative clause and a nationality as the person introduced so', () => {
    const speaker = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);
    expect(speaker('Sen. Mona Pratt toured the plant on Monday.', 'The senator said the plant would stay open.')).toEqual(['Mona Pratt']);
    expect(speaker('Dana Kerr, who is accused of fraud, appeared in court on Monday.', 'The accused said she had done nothing wrong.')).toEqual(['Dana Kerr']);
    expect(speaker('Dutch striker Tim Vos scored twice on Sunday.', 'The Dutchman said the team was ready for the final.')).toEqual(['Tim Vos']);
    expect(speaker('Brazilian winger Leo Costa scored twice on Sunday.', 'The Brazilian said the team was ready for the final.')).toEqual(['Leo Costa']);
  });

  it('reads "the Ohio Democrat" as the person introduced with those words', () => {
    const result = run('Ohio Democrat Ruth Kemp met the governor on Monday.', 'The Ohio Democrat said the budget was a disgrace.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ruth Kemp']);
  });
});

describe('kind 6: the wrong name in the sentence', () => {
  it('takes the person before a place or employer, not the place or firm', () => {
    const speakers = (text: string) => run(text).quotes.map((q) => q.speaker);
    expect(speakers('Rep. Dana Holt of New Mexico, a member of the panel, said the vote would be close.')).toEqual(['Dana Holt']);
    expect(speakers('Ken Ito at Acme Capital said the shares were cheap.')).toEqual(['Ken Ito']);
    expect(speakers('Ann Roe, attorney general of Ohio, said the suit would go ahead.')).toEqual(['Ann Roe']);
  });
});

describe('kind 6: the speaker of "said of", and an inverted subject with its apposition', () => {
  it('gives "said X of Y" to X', () => {
    const result = run('“She has earned the job,” said Tom Hart of Ann Lee.', '“He is a fine man,” Lee said of Hart.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Tom Hart', 'Ann Lee']);
  });

  it('keeps "…, says X, the campaign’s director" apart: the statement, then the speaker', () => {
    const result = run('Turnout was far better than anyone expected, says Ken Ito, the campaign’s director.');
    expect(summary(result)).toEqual([['Ken Ito', 'indirect', [1], 'Turnout was far better than anyone expected']]);
  });
});

describe('kind 7: reported statements the sieves used to miss', () => {
  it('reads a clause after a sentence that ended in a quotation as its own statement', () => {
    const result = run('Ms. Quay said the orchestra had changed. Quay says “the strings have lost their nerve.” She says the new hall swallows every quiet passage.');
    expect(result.quotes.map((q) => q.quote)).toContain('the new hall swallows every quiet passage');
  });

  it('gives a coordinated verb the sentence’s subject, and splits "X admitted A, but said B"', () => {
    expect(summary(run('The senator toured the dairy on Friday and says such quotas are cruel to small farms.'))).toEqual([
      ['the senator', 'indirect', [1], 'such quotas are cruel to small farms'],
    ]);
    expect(summary(run('Okafor admitted the invoice was late, but said his office had paid it in full.')).map((q) => q[3])).toEqual([
      'the invoice was late', 'his office had paid it in full',
    ]);
  });

  it('lets a body a named person owns speak, written in full', () => {
    expect(run('Ann Lee’s campaign says it will open three offices in the northern counties.').quotes[0]).toMatchObject({
      speaker: 'Ann Lee’s campaign', quote: 'it will open three offices in the northern counties',
    });
  });
});

describe('kind 9: pronouns and descriptions', () => {
  it('gives "she told the paper" to the woman the previous sentence introduced, not the last speaker', () => {
    const result = run(
      'Mayor Ann Hart said the market would open on Friday.',
      'The stalls were busy by noon. Shop owner Jo Reed, who has run the bakery since 2009, was less happy.',
      'She told the Gazette the rent had doubled.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.via])).toEqual([['Ann Hart', null], ['Jo Reed', 'Gazette']]);
    expect(result.speakers.map((s) => s.name)).toEqual(['Ann Hart', 'Jo Reed']);
  });

  it('describes a speaker by title or role rather than by a relative clause', () => {
    const result = run('Mayor Ann Hart, who has championed the project since 2019, said the market would open on Friday.');
    expect(result.speakers[0]).toMatchObject({ name: 'Ann Hart', description: 'Mayor' });
  });
});

describe('kind 2: a quoted programme, event or group name is not a statement', () => {
  it('drops a title-cased quotation after a speech verb but keeps the words spoken', () => {
    const result = run('Speaking on “Morning Politics Live,” Sen. Ray Dunn said the “Gang of Nine” had “failed the voters.”');
    expect(result.quotes.map((q) => q.quote)).toEqual(['the “Gang of Nine” had “failed the voters.”']);
  });
});

describe('kind 7: short clauses around quoted words', () => {
  it('keeps a two-word clause or the words after a leading fragment, but not a closing adjunct', () => {
    expect(run('Dora Ruiz, a baker, says Quill will “walk away with the prize.”').quotes[0]!.quote)
      .toBe('Quill will “walk away with the prize.”');
    expect(run('Omar Pike says “no matter the forecasts, the title is a straight fight” between Leeds and Hull.').quotes[0]!.quote)
      .toBe('“no matter the forecasts, the title is a straight fight” between Leeds and Hull');
    expect(run('Ann Lee said “we will fight on to the end” in a speech on Monday.').quotes[0]!.quote)
      .toBe('we will fight on to the end');
  });
});

describe('kind 7: two reported clauses, the second holding quoted words', () => {
  it('keeps "X said A and said that B “…”" as two statements, the fragment inside the second', () => {
    const result = run('Ann Lee said her talks with the union had gone well and said that the board did not speak for the “people on the floor.”');
    expect(summary(result)).toEqual([
      ['Ann Lee', 'indirect', [1], 'her talks with the union had gone well'],
      ['Ann Lee', 'partial', [1], 'the board did not speak for the “people on the floor.”'],
    ]);
  });

  it('reads "joked that" and "boasted that" as speech', () => {
    expect(run('Tom Hale joked that his own kitchen had never passed an inspection.').quotes).toHaveLength(1);
  });
});

describe('kind 6: a role appositive inside a chain of appositives', () => {
  it('gives the statement to the named person the role describes', () => {
    const speakers = (text: string) => run(text).quotes.map((q) => q.speaker);
    expect(speakers('Hugo Gill, a former treasurer of the Harbour Rowing Club, whose boat sank in 1998, said the members were restless.')).toEqual(['Hugo Gill']);
    expect(speakers('Petra Lund, head of design at Fenwick, a Bristol furniture maker, said the chairs would ship in May.')).toEqual(['Petra Lund']);
  });
});

describe('kind 2: a speaker phrase never opens with the preposition of an organisation’s name', () => {
  it('takes the person after "The Council on … Director"', () => {
    expect(run('The Council on Rural Affairs National Executive Director Nadia Awali says in a statement that the cuts have gone too far.').quotes[0]!.speaker)
      .toBe('Nadia Awali');
  });
});

describe('kind 2: a capitalised word inside a sentence is a name, never the speech verb', () => {
  it('does not read "State" in "Islamic State fighters" or "States" in "the Gulf States" as "to state"', () => {
    const result = run(
      'The governor is telling a town hall that the new levy is “peanuts,” compared to what Islamic State fighters are doing. “It is fine,” the governor, Ruth Amadi, said.',
      'Analysts believe the ministry will stay in charge “provisionally”, and admit that the Gulf States are powerless.',
    );
    const speakers = result.quotes.map((q) => q.speaker);
    expect(speakers).toContain('Ruth Amadi');
    expect(speakers.some((s) => /fighters|doing|Gulf/.test(s))).toBe(false);
  });

  it('still reads a sentence-initial "Says"; a capitalised "Said" after a name inside a sentence is title-case text', () => {
    expect(summary(run('Says Ruth Amadi: “The levy is fair.”'))[0]?.slice(0, 2)).toEqual(['Ruth Amadi', 'direct']);
    expect(summary(run('The mayor at the meeting: Ruth Amadi Said the levy was fair and would stay.'))).toEqual([]);
  });
});

describe('kind 6: a question\'s inverted subject is no speaker', () => {
  it('returns no statement for "Why would any sensible voter believe …?"', () => {
    const result = run('Why would any sensible voter believe the council would change course, when its record is a list of “missed chances” that still waits for the next mayor?');
    expect(result.quotes.map((q) => q.speaker)).not.toContain('would any sensible voter');
    expect(result.quotes.filter((q) => /would/.test(q.speaker))).toEqual([]);
  });

  it('keeps "he did say …" as his statement', () => {
    const result = run('Omar Haddad spoke briefly. He did say he found the plan “very charming” and called the vote “unheard of.”');
    expect(result.quotes.map((q) => q.speaker)).toContain('Omar Haddad');
  });
});

describe('kind 9: "he" and "she" never go to a person of the other gender', () => {
  it('takes a surname met just before as the woman "she" refers to', () => {
    const result = run(
      'Richard Vance, a veteran organiser, spoke to the crowd on Monday.',
      'Making her way around the diner, Okonjo and her husband thanked a voter. She says, “With your help, we can do it.”',
    );
    expect(summary(result).map(([speaker, , , quote]) => [speaker, quote])).toEqual([['Okonjo', 'With your help, we can do it.']]);
  });

  it('makes no guess when no one of that gender is in the article', () => {
    const result = run('Richard Vance, a veteran organiser, spoke to the crowd on Monday.', 'The hall was full by noon. She says, “We came early.”');
    expect(result.quotes.map((q) => q.speaker)).not.toContain('Richard Vance');
  });
});

describe('kind 7: "according to" with a pronoun or a nationality before a noun', () => {
  it('reads "his first report" as a noun, not "report" the verb with a clause for its subject', () => {
    const result = run('He crossed the border more than 30 years ago after, according to him, the network censured his first report.');
    expect(result.quotes.map((q) => q.speaker).filter((s) => /censured/.test(s))).toEqual([]);
  });

  it('takes "Ukrainian politicians" as the source, not the nationality alone', () => {
    const result = run('Mr. Dale’s influence in the country was significant, and his expertise deeply valued, according to Ukrainian politicians who worked with him.');
    expect(summary(result).map(([speaker, kind]) => [speaker, kind])).toEqual([['Ukrainian politicians', 'indirect']]);
  });
});

describe('kind 7: a poll share speaks for those polled', () => {
  it('takes "47 percent", "a third" and "nearly half of those polled" as the sources of what they said', () => {
    const result = run(
      'Twenty-four percent said they were more likely to vote for him because of it.',
      'Around that time, 47 percent said they would vote for the governor again.',
      'Nearly half of those polled said the economy was their main worry. A third said housing was the bigger worry.',
    );
    expect(summary(result).map(([speaker, kind]) => [speaker, kind])).toEqual([
      ['twenty-four percent', 'indirect'],
      ['47 percent', 'indirect'],
      ['nearly half of those polled', 'indirect'],
      ['a third', 'indirect'],
    ]);
  });

  it('does not make a number alone or a share inside a quotation a speaker', () => {
    const result = run('Sales rose 12 percent, the company said.', '“Half of them said no,” Ana Ruiz said.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['the company', 'Ana Ruiz']);
  });
});

describe('kind 2: a speaker phrase never holds a copula', () => {
  it('does not make "are big fans" a group that "they" can refer to', () => {
    const result = run('The French, it turns out, are big fans of the old prison drama, Ana Ruiz said.', 'Unless the studio acts soon the show could lose its audience, they say.');
    expect(result.quotes.map((q) => q.speaker).filter((s) => /are |big fans/.test(s))).toEqual([]);
  });
});

describe('kind 7: a subject noun phrase with modifiers after its noun', () => {
  it('takes the phrase before a prepositional phrase or a participle as the subject', () => {
    const result = run(
      'An engineer familiar with the talks over the county’s water contract says the pumps will be replaced next spring.',
      'Large majorities of tenants in four buildings facing the rent rise said they would join the strike.',
      'A planning notice filed Tuesday says that the tower will lose two floors.',
    );
    expect(summary(result).map(([speaker, kind, , quote]) => [speaker, kind, quote])).toEqual([
      ['an engineer familiar with the talks', 'indirect', 'the pumps will be replaced next spring'],
      ['large majorities of tenants', 'indirect', 'they would join the strike'],
      ['a planning notice', 'indirect', 'the tower will lose two floors'],
    ]);
  });

  it('never starts a speaker phrase with a preposition ("in four buildings")', () => {
    const result = run('Majorities of tenants in four buildings say they would join the strike.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['majorities of tenants']);
  });

  it('reads a share written as a ratio ("about 4 in 10") as those polled', () => {
    const result = run('About 4 in 10 say they want the council to raise the levy. Six in 10 said the bus service had got worse.');
    expect(result.quotes.map((q) => [q.speaker, q.kind])).toEqual([
      ['about 4 in 10', 'indirect'],
      ['six in 10', 'indirect'],
    ]);
  });
});

describe('kind 7: the next sentence reports a clause of its own', () => {
  it('does not lend its verb to quoted words in the sentence before, and is found itself', () => {
    const result = run(
      'Mayor Ines Duarte would not discuss an order signed by the governor “to protect water rights” for farms “along the northern canal.” Duarte says she has not read the order in full.',
    );
    expect(summary(result).filter(([, kind]) => kind === 'indirect').map(([speaker, , , quote]) => [speaker, quote])).toEqual([
      ['Ines Duarte', 'she has not read the order in full'],
    ]);
  });
});

describe('kind 6: the person an appositive or a description introduces', () => {
  it('takes the person named after an inverted description ("said his old friend at Eton, Bruce Turry")', () => {
    const result = run('“It was his first attempt to stand up to his father,” said his old friend at Eton, Bruce Turry.', '“We are anxious,” said another Twitter user, Jo Bayer.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Bruce Turry', 'Jo Bayer']);
  });

  it('skips a newspaper named after its description back to the person ("Ann Vian, the editor of the city’s paper, The Herald, said")', () => {
    const result = run('Ann Vian, the editor of the diocese’s weekly newspaper, The Herald, said every bishop was “both pastor and manager.”');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ann Vian']);
  });

  it('takes the name just before the verb over a name inside a modifier or a place before it', () => {
    const result = run(
      'One pastor backing Mr. Hale, Darran Whitby of Grace Baptist Church in Marion, said he had made more than 150 calls to other pastors.',
      'On Tuesday in Berea, after winning the county, Gov. Jo Kasten (R-Ohio), said, “I am getting ready to rent a covered wagon.”',
    );
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Darran Whitby', 'Jo Kasten']);
  });
});

describe('kind 7: a speech verb after an auxiliary or another verb', () => {
  it('reads progressives, "continued to insist", "went on to say" and emphatic "did note" as reports', () => {
    const result = run(
      'Mayor Ines Duarte is declaring that the harbour will reopen in May.',
      'Councillor Tom Hale is continuing to insist he will publish the audit only when others do the same.',
      'Governor Ann Lark went on to say that the deal was a disaster for the county.',
      'Ines Duarte did note that she had won the most wards.',
    );
    expect(summary(result).map(([speaker, kind]) => [speaker, kind])).toEqual([
      ['Ines Duarte', 'indirect'],
      ['Tom Hale', 'indirect'],
      ['Ann Lark', 'indirect'],
      ['Ines Duarte', 'indirect'],
    ]);
  });

  it('reads a noun-like verb between a plural subject and "that" as the verb', () => {
    const result = run('Patient groups note that the clinic closed its waiting list in 2019.');
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([['patient groups', 'the clinic closed its waiting list in 2019']]);
  });

  it('keeps a question with "did" and an infinitive after a passive out', () => {
    const result = run('What did Tom Hale say about the audit?', 'Tom Hale was asked to say whether the audit was finished.');
    expect(result.quotes).toEqual([]);
  });
});

describe('kind 2: a wire dateline is no subject', () => {
  it('gives a coordinated verb the sentence’s subject after "CITY, State (Agency) –", not the agency', () => {
    const result = run(
      'HELENA, Mont. (Reuters) - Governor Ann Lark toured the flooded valley on Thursday and said the state would pay for new levees.',
      'BOISE (AP) — Senator Tom Hale visited the mill and said the jobs would stay.',
    );
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ann Lark', 'Tom Hale']);
  });
});

describe('kind 7: a participle clause that holds a quoted fragment', () => {
  it('is one statement of the sentence’s subject, the fragment inside it', () => {
    const result = run('Carl Hume took a heckler in stride, saying the man would “not get beat up” at his rally.');
    expect(summary(result)).toEqual([['Carl Hume', 'partial', [1], 'the man would “not get beat up” at his rally']]);
  });
});

describe('kind 7: an attribution set off by commas before a quoted predicate', () => {
  it('takes the sentence as written as one statement, the fragment inside it', () => {
    const result = run('The new rules, Carl Hume said, were “a gift to landlords” and would leave renters with nothing.');
    expect(summary(result)).toEqual([['Carl Hume', 'partial', [1], 'The new rules, Carl Hume said, were “a gift to landlords” and would leave renters with nothing']]);
  });
});

describe('kind 9: "he" after a sentence opened by a surname alone', () => {
  it('goes to that surname, not to the speaker before it', () => {
    const result = run(
      'Governor Tom Hale said the team would win. “They are ready,” Hale said.',
      'Okafor openly admitted that his pick was about the primary vote. “With an eye to the spring, the home side,” he said.',
    );
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale', 'Okafor', 'Okafor']);
  });
});

describe('kind 7: when or where something was said is no statement', () => {
  it('drops a few words opened by a preposition or "as" where a reported clause was looked for', () => {
    const result = run(
      '“Is this a priority for the two of them?” Tom Hale said at a press conference.',
      '“We are proud to cast our votes!” Councillor Ben Tate said as he launched the count.',
      'Tom Hale said in five years the valley would have no water left.',
    );
    expect(result.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.quote])).toEqual([['Tom Hale', 'in five years the valley would have no water left']]);
  });
});

describe('kind 6: an attribution after a quotation that ends its sentence with ? or !', () => {
  it('is the quotation’s, however long the circumstance after the verb, and the relaying outlet states nothing', () => {
    const result = run(
      'Senator Ann Roe spoke first.',
      '“Is this a priority for the two of them, or an election-year stunt?” Carl Hume said at a press conference on Monday, according to the Valley Sun.',
      '“We are proud to cast our votes for the next mayor of the city, Jo Hart!” Councillor Ben Tate said as he launched the count.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.kind, q.via])).toEqual([
      ['Carl Hume', 'direct', 'Valley Sun'],
      ['Ben Tate', 'direct', null],
    ]);
  });
});

describe('kind 6: a compound noun that opens with a speech verb', () => {
  it('is no verb inside an appositive ("a founder of the think tank X, said")', () => {
    const result = run('Matt Bennet, a founder of the centrist think tank Third Path, said the council had so far avoided tacking too far left.');
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([['Matt Bennet', 'the council had so far avoided tacking too far left']]);
  });
});

describe('kind 7: a participle clause opening the sentence', () => {
  it('reports the words of the subject after its comma; "Having" is never a name', () => {
    const result = run(
      'Having announced that she would not close the library, Mayor Ines Duarte moved on to the budget.',
      'Saying the audit was late, Councillor Tom Hale left the room.',
      'Speaking to reporters on Monday, Tom Hale left the room.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Ines Duarte', 'she would not close the library'],
      ['Tom Hale', 'the audit was late'],
    ]);
  });
});

describe('kind 2: a title word after a given name is a surname', () => {
  it('makes "Matthew Prince" and "Carol King" people, so their appositives speak for them', () => {
    const result = run('Matthew Prince, chief executive of Cloudhaven, a Boise company, said that activists had criticized his company.', 'Carol King, a singer, said the show was over.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Matthew Prince', 'Carol King']);
  });
});

describe('kind 7: plural unnamed sources and asides between dashes', () => {
  it('reads "Some families said" and a subject with an aside between dashes', () => {
    const result = run(
      'Some families said they were forced to pay smugglers to bring in their children.',
      'Many speakers at the service — including teachers, nurses and farmers — said the loss was painful at a time of division.',
      'Some things said at the meeting were rude.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['some families', 'they were forced to pay smugglers to bring in their children'],
      ['many speakers at the service', 'the loss was painful at a time of division'],
    ]);
  });
});

describe('kind 7: a reported clause after "says,"', () => {
  it('is the rest of the sentence, but not a participle, a circumstance or a few words', () => {
    const result = run(
      'Councillor Tom Hale says, win or lose in Tuesday’s vote, he is staying on the board.',
      'Tom Hale said, laughing.',
      'Tom Hale said, before leaving for Boise on a late flight with his aides.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([['Tom Hale', 'win or lose in Tuesday’s vote, he is staying on the board']]);
  });
});

describe('kind 7: a coordinated verb after a sentence opened by "the" and a name', () => {
  it('gives "… and says …" to "the Arizona Republican" the sentence opens with', () => {
    const result = run('The Idaho Republican served five years in a prison camp and says such methods are cruel and betray the nation’s values.');
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([['the Idaho Republican', 'such methods are cruel and betray the nation’s values']]);
  });
});

describe('kind 4: a "Name: number" line is a table row, not a transcript turn', () => {
  it('returns no statement for a tally after each name', () => {
    const result = run('The delegate count on Saturday stood as follows.', 'Ines Duarte: 1,769.', 'Tom Hale: 1,501.', 'Ines Duarte: 547.', 'Tom Hale: 46.');
    expect(result.quotes).toEqual([]);
  });
});

describe('session 6, kind 7: a participle clause after any main clause reports its subject', () => {
  it('reports a clause of its own without "that", after a comma or a dash, for a name, a pronoun or a description', () => {
    const result = run(
      'Ines Duarte attacked the harbour plan, saying it would drive the fishing fleet out of the bay.',
      'Tom Hale spoke later. He switched his vote on the spot – saying he had read the new figures overnight.',
      'The port authorities declined to release the survey, saying they cannot discuss a pending tender.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Ines Duarte', 'it would drive the fishing fleet out of the bay'],
      ['Tom Hale', 'he had read the new figures overnight'],
      ['the port authorities', 'they cannot discuss a pending tender'],
    ]);
  });

  it('reports nothing when the participle takes no clause ("saying goodbye")', () => {
    const result = run('Ines Duarte waved to the dock workers, saying goodbye to her crew at the pier.');
    expect(result.quotes).toEqual([]);
  });
});

describe('session 6, kind 7: a written message "saying" something is its issuer’s', () => {
  it('gives "issued a statement saying …" to the issuer, but not a message that is the subject', () => {
    const result = run(
      'Ines Duarte issued a statement saying that the harbour board should wait for the audit.',
      'The ferry company posted a message on its website saying it would appeal the fine.',
      'A statement saying the ferries would run again was pinned to the terminal door.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Ines Duarte', 'the harbour board should wait for the audit'],
      ['the ferry company', 'it would appeal the fine'],
    ]);
  });
});

describe('session 6, kind 1: unnamed sources named by any English noun for people (WordNet noun.person)', () => {
  it('finds subjects headed by a person noun outside the hand-written source list', () => {
    const result = run(
      'Proponents of the harbour toll say the fees would pay for dredging.',
      'If the rain holds off, forecasters say the regatta will go ahead on Sunday.',
      'Tom Hale’s associates insist he is returning to the board with the same plans.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['proponents', 'the fees would pay for dredging'],
      ['forecasters', 'the regatta will go ahead on Sunday'],
      ['Tom Hale’s associates', 'he is returning to the board with the same plans'],
    ]);
  });

  it('takes a quantifier standing alone for people as an unnamed source', () => {
    const result = run('Some said they had waited three hours for the ferry.', 'The toll drew complaints, but many say it will stay until the dredging ends.');
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['some', 'they had waited three hours for the ferry'],
      ['many', 'it will stay until the dredging ends'],
    ]);
  });
});

describe('session 6, kind 7: subjects and verbs set apart by small words', () => {
  it('reads past an adverb between commas, "has long said", ", then says" and "X and Y say"', () => {
    const result = run(
      'Others, however, say a review of the ferry timetable is overdue.',
      'Mr. Hale has long said that he will back the harbour board’s choice.',
      'Ines Duarte offered the skipper a berth, then says she will take advice from anyone on the quay.',
      'Doctors and nurses at the clinic said the new rota would leave nights uncovered.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['others', 'a review of the ferry timetable is overdue'],
      ['Hale', 'he will back the harbour board’s choice'],
      ['Ines Duarte', 'she will take advice from anyone on the quay'],
      ['doctors and nurses at the clinic', 'the new rota would leave nights uncovered'],
    ]);
  });

  it('takes a "that" ending the clause for a pronoun, so a second coordinated statement is kept', () => {
    const result = run('Ines Duarte says the answer was to close the old berths and says she wrote the bylaw to accomplish that.');
    expect(result.quotes.map((q) => q.quote)).toEqual(['the answer was to close the old berths', 'she wrote the bylaw to accomplish that']);
  });
});

describe('session 6, kind 1: role words that name a person introduced otherwise', () => {
  const speakersOf = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.quote]);

  it('"the Dane" is the player introduced as "Danish winger …" (demonym and adjective share their stem)', () => {
    expect(speakersOf(
      'Harbour Town won the final with a late goal from Danish winger Mikkel Sorensen.',
      '"I just hit it and hoped," the Dane said.',
    )).toEqual([['Mikkel Sorensen', 'I just hit it and hoped']]);
  });

  it('"the Hungarian" nobody was introduced as is the person the sentence before opens with', () => {
    expect(speakersOf(
      'Tomas Varga had equalised from the spot on the hour.',
      'The Hungarian said his side deserved a replay.',
    )).toEqual([['Tomas Varga', 'his side deserved a replay']]);
  });

  it('"the skipper" is the person introduced as captain (WordNet synonyms of nouns for people)', () => {
    expect(speakersOf(
      'The visitors’ captain, Tomas Varga, equalised from the spot on the hour.',
      '"We were the better team for an hour," the skipper said.',
    )).toEqual([['Tomas Varga', 'We were the better team for an hour']]);
  });

  it('"the goalkeeper" is the person introduced as "her goalkeeper, Ruben Alves." at a sentence end', () => {
    const result = run(
      'The manager, Carla Benn, picked her goalkeeper, Ruben Alves.',
      '"I have waited fifteen years for this," the goalkeeper said.',
    );
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ruben Alves']);
    expect(result.speakers.find((s) => s.name === 'Ruben Alves')?.description).toBe('goalkeeper');
  });
});

describe('session 6, kind 1: the person on trial in a court report', () => {
  it('"the accused" and "the defendant" are the person introduced as convicted, charged or accused', () => {
    const result = run(
      'Dana Kerr, 46, who was convicted of fraud last month, took the money over six years.',
      'Judge Helen Marsh said the charity had been left unable to fund its camps. She said the sentence had to deter others.',
      '"I never meant to hurt anyone," the defendant said.',
      'The accused wept as the sentence was read. "I am so sorry," she said.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Helen Marsh', 'the charity had been left unable to fund its camps'],
      ['Helen Marsh', 'the sentence had to deter others'],
      ['Dana Kerr', 'I never meant to hurt anyone'],
      ['Dana Kerr', 'I am so sorry'],
    ]);
  });
});

describe('session 6, kind 9: "she said" after a sentence opened by a role description', () => {
  it('is the person introduced in that role, not the last speaker', () => {
    const result = run(
      'Dana Kerr, 46, who was convicted of fraud last month, took the money over six years.',
      'Judge Helen Marsh said the charity had been left unable to fund its camps.',
      'The accused wept as the sentence was read. "I am so sorry," she said.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Helen Marsh', 'the charity had been left unable to fund its camps'],
      ['Dana Kerr', 'I am so sorry'],
    ]);
  });
});

describe('session 6, kind 6: the writer’s own first person', () => {
  it('gives "I told …", "I believe …" to the byline’s writer, never to a person named nearby', async () => {
    const { parseArticle } = await import('../../src/article/load.ts');
    const { attribute } = await import('../../src/attribution/index.ts');
    const text = [
      'Our town cannot afford to lose its last bus',
      'By Nadia Brennan',
      'When I spoke to the transport committee last spring, I told them the route was a lifeline for older residents.',
      'The mayor, Ken Ito, has said nothing publicly about the cut.',
      'I believe the council is making a mistake it will regret.',
    ].join('\n\n');
    const result = attribute(parseArticle(text, 'column'));
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Nadia Brennan', 'the route was a lifeline for older residents'],
      ['Nadia Brennan', 'the council is making a mistake it will regret'],
    ]);
  });

  it('calls the first person "the writer" when no byline names one', () => {
    const result = run('The mayor, Ken Ito, has said nothing publicly about the cut.', 'I believe the council is making a mistake it will regret.');
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([['the writer', 'the council is making a mistake it will regret']]);
  });
});

describe('session 6, kinds 2 and 4: live-blog entries', () => {
  it('keeps a time zone out of names and a time label out of statements; a role between commas belongs to the name after it', () => {
    const result = run(
      '22:10 GMT Turnout in the northern wards is up sharply, the returning officer, Gail Price, said.',
      '21:40 GMT Labour leader Sara Quinn issued this statement: "We ran a positive campaign."',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Gail Price', 'Turnout in the northern wards is up sharply'],
      ['Sara Quinn', 'We ran a positive campaign.'],
    ]);
    expect([...result.speakers, ...result.mentioned].map((s) => s.name).filter((n) => n.includes('GMT'))).toEqual([]);
  });
});

describe('session 6, kind 2: an organisation’s name with "and" after "of"/"for", and "the agency" later', () => {
  it('keeps "Disease Control and Prevention" in the name and gives "the agency" to it', () => {
    const result = run(
      'The National Institute for Disease Control and Prevention said schools in the province should close for a week.',
      'The agency said 14 people had been admitted to hospital since Sunday.',
      'The Department of Health and Ann Lee disagreed.',
    );
    expect(result.quotes.map((q) => q.speaker)).toEqual(['National Institute for Disease Control and Prevention', 'National Institute for Disease Control and Prevention']);
    expect(result.mentioned.map((s) => s.name)).toContain('Ann Lee');
  });
});

describe('session 6, kind 6: appositives that hold an organisation, a place, a relative clause or a list', () => {
  it('gives the statement to the person, not to the organisation or place in the appositive', () => {
    const speakers = (text: string) => run(text).quotes.map((q) => q.speaker);
    expect(speakers('The director of the Harbour Bureau of Investigation, Jim Colm, said the messages were private.')).toEqual(['Jim Colm']);
    expect(speakers('The leader of the Harbour League, Jonathan Green, warned that such a ban would be unacceptable.')).toEqual(['Jonathan Green']);
    expect(speakers('Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is the harbour toll.')).toEqual(['Brianne Stone']);
    expect(speakers('Senator Ruth Shelby, the Westmark Republican who heads the Senate Banking Committee, which oversees the port, said the donations raised questions.')).toEqual(['Ruth Shelby']);
    expect(speakers('Anne Richards, assistant secretary for ports, ferries, and harbours, said the plans were steps in the right direction.')).toEqual(['Anne Richards']);
  });

  it('gives "…, a spokesman for the council, Tom Hale, said" to the spokesman, and "the editor of the paper, the Herald," still to the person before', () => {
    expect(run('The bridge will reopen on Friday, a spokesman for the council, Tom Hale, said.').quotes.map((q) => [q.speaker, q.quote])).toEqual([['Tom Hale', 'The bridge will reopen on Friday']]);
    expect(run("Ann Lee, the editor of the city's newspaper, the Herald, said the bridge would reopen.").quotes.map((q) => q.speaker)).toEqual(['Ann Lee']);
  });

  it('still gives "The Boat Association, which keeps a register, says" to the association', () => {
    expect(run('The Irish Boat Association, which keeps a register of builders, says there are now fewer than twenty left.').quotes.map((q) => q.speaker)).toEqual(['Irish Boat Association']);
  });
});

describe('session 6, kind 7: speech acts whose object is what was said', () => {
  const statements = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.quote]);

  it('keeps the verb with its object: denied, urged, blamed, praised, vowed', () => {
    expect(statements(
      'The ferry company denied the allegations on Monday.',
      'Ann Lee urged passengers to stay home if they felt unwell.',
      'Tom Hale blamed the weather for the delays.',
      'The mayor praised the rescuers for their courage during the floods.',
    )).toEqual([
      ['the ferry company', 'denied the allegations on Monday'],
      ['Ann Lee', 'urged passengers to stay home if they felt unwell'],
      ['Tom Hale', 'blamed the weather for the delays'],
      ['the mayor', 'praised the rescuers for their courage during the floods'],
    ]);
  });

  it('does not make the actor of a narrated act the current speaker a later "she said" continues', () => {
    const result = run(
      'Priya Raman said the bill would pass.',
      'The vote came after Maria Chen praised the bill for its ambition.',
      '“We have the votes,” she said.',
    );
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Priya Raman', 'Maria Chen', 'Priya Raman']);
  });

  it('leaves announcements of events, one-word objects and quoted objects to the other rules', () => {
    expect(statements('The White House announced the first summit between the two leaders.', 'Ann Lee blamed him.')).toEqual([]);
  });
});

describe('session 7, kind 2: names cut wrong', () => {
  const speakers = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);

  it('reads a title abbreviation inside a label run: "Republican Rep. Lee Zeldin", then "he" is him', () => {
    expect(speakers(
      'Republican Rep. Tova Brandt of Ohio, a supporter of the bill, said it would pass easily.',
      '“I don’t think it is close,” he said outside the building.',
    )).toEqual(['Tova Brandt', 'Tova Brandt']);
  });

  it('never joins two places as a shared surname ("Florida and North Carolina")', () => {
    const result = run('Mara Quill won in Florida and North Carolina on Tuesday.', '“We are winning,” she said.');
    expect(result.speakers.map((s) => s.name)).not.toContain('Florida Carolina');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Mara Quill']);
  });

  it('still shares a surname between given names ("Tom and Ann Hill")', () => {
    const { registry } = setup('Last week Tom and Ann Hill said they would sell the shop in Florida and North Carolina.');
    expect(registry.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Tom Hill', 'Ann Hill']));
    expect(registry.entities.map((e) => e.name)).not.toContain('Florida Carolina');
  });

  it('keeps a compound adjective and a sentence-opening contraction out of names', () => {
    const paragraphs = [
      'The Lisbon-based Atlantic lender Banco Feira said profits would fall.',
      'Don’t Republicans fear the vote? “They should,” said Oren Vale.',
    ];
    expect(run(...paragraphs).quotes.map((q) => q.speaker)).toEqual(['Banco Feira', 'Oren Vale']);
    expect(setup(...paragraphs).registry.entities.map((e) => e.name).join(' ; ')).not.toMatch(/Lisbon-based|Don’t/);
  });

  it('drops an imperative or connective that opens the sentence before a name the article uses alone', () => {
    const result = run('(See Dorsey’s full notes below.) The fair, Dorsey said, was loud.', 'Plus Dorsey said the rides were unsafe.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Dorsey', 'Dorsey']);
  });
});

describe('session 7, kind 9: the subject of the sentence before a pronoun', () => {
  const speakers = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);

  it('a sentence opened by a known given name alone hands "she" to her', () => {
    expect(speakers('Bob Stone said the plan would fail.', 'Maria won in Texas. “We are winning,” she said.')).toEqual(['Bob Stone', 'Maria']);
  });

  it('a name after "The <role noun>" opens the sentence, and a particle joined by a hyphen is part of the name', () => {
    expect(speakers('Bob Stone said the plan would fail.', 'The preacher Omar al-Rashid spoke next. “The West will turn,” he says.'))
      .toEqual(['Bob Stone', 'Omar al-Rashid']);
  });
});

describe('session 7, kind 1: a description as the speaker ends where the description ends', () => {
  const speakers = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);

  it('stops a sentence-opening description at an irregular past verb before ", saying"', () => {
    expect(speakers('The Ohio senator sought to calm the crowd, and took a heckler in stride, saying the man would be safe at the rally.'))
      .toEqual(['the Ohio senator']);
    expect(speakers('The retired surgeon began by talking about trade, saying the deals were bad.')).toEqual(['the retired surgeon']);
  });

  it('drops a dangling preposition, a number or a closing day from a source phrase', () => {
    expect(speakers('The levy will double, according to a council report on Wednesday.')).toEqual(['a council report']);
    expect(speakers('The levy will double by next spring, according to the officer in charge of the 2024 budget.')).toEqual(['the officer in charge']);
  });

  it('drops a sentence-opening adverb before a name', () => {
    expect(speakers('Interestingly Dorsey said the rides were unsafe.', 'The fair, Dorsey said, was loud.')).toEqual(['Dorsey', 'Dorsey']);
  });
});

describe('session 7, kind 9: "he" or "she" right after an unnamed source spoke', () => {
  const speakers = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);

  it('is that source when it is an indefinite description of one person and nobody was named since', () => {
    expect(speakers('Bob Stone said the plan would fail.', 'One county delegate said he tried to give away his passes. “Not even one,” he said.'))
      .toEqual(['Bob Stone', 'one county delegate', 'one county delegate']);
    expect(speakers('Bob Stone said the plan would fail.', 'A spokeswoman said the plant would close. “It is a sad day,” she said.'))
      .toEqual(['Bob Stone', 'a spokeswoman', 'a spokeswoman']);
  });

  it('is not that source when its noun has the other gender, when it asked, or when it is a definite description', () => {
    expect(speakers('Bob Stone said the plan would fail.', 'A spokeswoman said the plant would close. “It is a sad day,” he said.').at(-1)).toBe('Bob Stone');
    expect(speakers('Bob Stone said the plan would fail.', 'A reporter asked whether the plant would close. “It is a sad day,” he said.').at(-1)).toBe('Bob Stone');
  });
});

describe('session 7, kind 7: a speech verb with its particle', () => {
  it('"As X pointed out, …" and "…, X pointed out." report the clause, without the particle', () => {
    expect(summary(run('As Ann Lee pointed out, new laws have a real impact on women.'))).toEqual([
      ['Ann Lee', 'indirect', [1], 'new laws have a real impact on women'],
    ]);
    expect(summary(run('New laws have a real impact on women, Ann Lee pointed out.'))).toEqual([
      ['Ann Lee', 'indirect', [1], 'New laws have a real impact on women'],
    ]);
  });
});

describe('session 7, kind 7: reported statements after long or unusual subjects', () => {
  it('"said much of the talks were …" reports a clause; "said little of substance" does not', () => {
    expect(summary(run('Tova Brandt said much of her talk with the mayor was about the harbour.'))).toEqual([
      ['Tova Brandt', 'indirect', [1], 'much of her talk with the mayor was about the harbour'],
    ]);
    expect(run('Tova Brandt said little of substance at the meeting.').quotes).toEqual([]);
  });

  it('reads past a party tag in parentheses before an appositive, and never takes the clause after "said" as its subject', () => {
    expect(summary(run('Rep. Tova Brandt (D-Md.), chair of the drafting committee, said the plan was fine.'))).toEqual([
      ['Tova Brandt', 'indirect', [1], 'the plan was fine'],
    ]);
  });

  it('walks back past places that end a relative clause to the person it describes', () => {
    expect(summary(run('Ken Oduya, who was to travel to Columbus, Ohio, on Wednesday to promote the rules, said they touched on a core issue.'))).toEqual([
      ['Ken Oduya', 'indirect', [1], 'they touched on a core issue'],
    ]);
  });

  it('takes the people, not the place inside their description, as the subject', () => {
    expect(summary(run('Some delegates at the convention in Philadelphia said they welcomed the debate.'))).toEqual([
      ['some delegates', 'indirect', [1], 'they welcomed the debate'],
    ]);
  });

  it('keeps "Jr." with the name and links the surname alone to it', () => {
    const result = run('Ken R. Oduya Jr. said the plan would work.', 'Later, Oduya said the plan was bold.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ken R. Oduya Jr.', 'Ken R. Oduya Jr.']);
  });
});

describe('session 7, kind 7: a coordinated verb after an indefinite description', () => {
  it('gives "A spokesman for the mayor defended the route and said …" to that unnamed source', () => {
    expect(summary(run('A spokesman for the mayor defended the march route and said the police had trained for months.'))).toEqual([
      ['a spokesman for the mayor', 'indirect', [1], 'the police had trained for months'],
    ]);
  });

  it('needs a noun for a person: "A court ruled … and said" is left alone', () => {
    expect(run('A court ruled on Monday and said the law was void.').quotes).toEqual([]);
  });
});

describe('session 7, kind 7: participle clauses', () => {
  it('reports "…, saying he understood …": a pronoun then a past verb is a clause of its own', () => {
    expect(summary(run('Tova Brandt struck a measured tone, saying she understood the weight of the job.'))).toEqual([
      ['Tova Brandt', 'indirect', [1], 'she understood the weight of the job'],
    ]);
  });

  it('gives a participle clause to a quantified description of people opening the sentence', () => {
    expect(summary(run('Both parents stiffened their criticism of the mayor, saying that he lacked the character to lead.'))).toEqual([
      ['both parents', 'indirect', [1], 'he lacked the character to lead'],
    ]);
  });
});

describe('session 7, kind 7: coordinated verbs inside and after a reported clause', () => {
  it('keeps a verb in another tense inside the reported clause ("says he spoke … and asked …")', () => {
    expect(summary(run('Tova Brandt says she spoke to the mayor and asked him to condemn the violence.'))).toEqual([
      ['Tova Brandt', 'indirect', [1], 'she spoke to the mayor and asked him to condemn the violence'],
    ]);
    expect(summary(run('Tova Brandt says she would sit the mayor down and tell him to stop.'))).toEqual([
      ['Tova Brandt', 'indirect', [1], 'she would sit the mayor down and tell him to stop'],
    ]);
  });

  it('still splits two statements joined by the same verb form, with or without "that"', () => {
    expect(summary(run('Tova Brandt said the plan would fail and added that the town would pay.')).map((q) => q[3])).toEqual([
      'the plan would fail', 'the town would pay',
    ]);
    expect(summary(run('Tova Brandt says the plan will fail and notes that the town will pay.')).map((q) => q[3])).toEqual([
      'the plan will fail', 'the town will pay',
    ]);
  });
});

describe('session 7, kinds 1 and 6: who a description before the verb is', () => {
  const speakers = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);

  it('a description after a person’s name, its closing comma missing, is that person', () => {
    expect(speakers('“The map favours her,” Dana Kerr, the polling analyst who founded the site tweeted on Wednesday.')).toEqual(['Dana Kerr']);
  });

  it('not when the name is inside the statement ("…with Acme, the airline said") or the attribution is set off inside it', () => {
    expect(summary(run('The pilot had logged 2,766 flying hours with Acme Air, the airline said on Thursday.'))).toEqual([
      ['the airline', 'indirect', [1], 'The pilot had logged 2,766 flying hours with Acme Air'],
    ]);
    expect(speakers('Bob Stone said the plan would fail.', 'Mrs. Kerr, a top aide said, is very confident in the contrast.').at(-1)).toBe('a top aide');
  });

  it('a sentence-opening description that names no one who speaks is no subject for a later participle or coordinated verb', () => {
    expect(run('The rejection of the party’s old wisdom was complete when the crowd cheered, saying nothing would change.').quotes.map((q) => q.speaker))
      .not.toContain('the rejection of the party’s');
    expect(speakers('The departments declined to give details, saying they cannot discuss the case.')).toEqual(['the departments']);
  });
});

describe('session 7: a participle before a noun is no speech verb', () => {
  it('ignores "reported cases", "20 pledged delegates" and "Southern states"', () => {
    expect(run('In Brazil, the number of reported cases of the virus has grown sharply this year.').quotes).toEqual([]);
    expect(run('Clinton won a majority of the state’s 20 pledged delegates, helping her status as the nominee.').quotes).toEqual([]);
    expect(run('Southern states that will hold nominating contests in March have large minority populations.').quotes).toEqual([]);
  });

  it('still reads "reported that …" and "it reported strong sales" after a statement', () => {
    expect(summary(run('The agency reported that the river had burst its banks.'))).toEqual([
      ['the agency', 'indirect', [1], 'the river had burst its banks'],
    ]);
  });
});

describe('session 7: the kind of thing said is not what was said', () => {
  it('"has said many offensive things about X" reports nothing; "said things were better" does', () => {
    expect(run('The candidate has said many offensive things about migrants in the last year.').quotes).toEqual([]);
    expect(summary(run('Ann Lee said things were getting better for the town.'))).toEqual([
      ['Ann Lee', 'indirect', [1], 'things were getting better for the town'],
    ]);
  });
});

describe('session 7, kind 7: participle clauses of verbs that usually take "that"', () => {
  it('reports "…, arguing such a law could …" and "…, claiming the quarantine violated …": a clause of its own', () => {
    expect(summary(run('Ann Lee vetoed the bill, arguing such a law could expose the town to lawsuits.'))).toEqual([
      ['Ann Lee', 'indirect', [1], 'such a law could expose the town to lawsuits'],
    ]);
    expect(summary(run('Kaci Hale later sued, claiming the quarantine violated her rights.'))).toEqual([
      ['Kaci Hale', 'indirect', [1], 'the quarantine violated her rights'],
    ]);
  });

  it('leaves "…, noting limited gains" (no clause) alone', () => {
    expect(run('Ann Lee urged caution, noting limited gains in pay.').quotes.map((q) => q.quote)).not.toContain('limited gains in pay');
  });

  it('finds the subject after an opening adverbial phrase ("On Thursday, he …, telling MSNBC …")', () => {
    expect(run('Ann Lee spoke first.', 'On Thursday, she hedged on the vote, telling reporters her support would depend on the platform.').quotes.at(-1))
      .toMatchObject({ speaker: 'Ann Lee', quote: 'her support would depend on the platform' });
    expect(summary(run('Inside the hall, Ann Lee dismissed the mayor as weak, arguing that the mayor had failed the town.'))).toEqual([
      ['Ann Lee', 'indirect', [1], 'the mayor had failed the town'],
    ]);
  });
});

describe('session 7, kind 7: speech acts whose object is what was reported, explained, noted or recalled', () => {
  it('keeps the verb with its object', () => {
    const statements = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.quote]);
    expect(statements('Acme Foods reported a profit of $1.78 a share, well above forecasts.')).toEqual([
      ['Acme Foods', 'reported a profit of $1.78 a share, well above forecasts'],
    ]);
    expect(statements('Ann Lee explained how she expanded her father’s business into the city.')).toEqual([
      ['Ann Lee', 'explained how she expanded her father’s business into the city'],
    ]);
  });

  it('is no statement when something is reported to someone', () => {
    expect(run('The agency reported the damaged ferry to the coastguard.').quotes).toEqual([]);
  });
});

describe('session 7, kind 7: a statement announced by a noun for something said and a colon', () => {
  it('gives the words after "has some advice for Democrats:" to the sentence’s subject', () => {
    expect(summary(run('Harry Ortega has some advice for Democrats already celebrating: Don’t underestimate the mayor.'))).toEqual([
      ['Harry Ortega', 'indirect', [1], 'Don’t underestimate the mayor'],
    ]);
    expect(summary(run('Ann Lee gave a blunt answer: the town cannot afford the bridge.'))).toEqual([
      ['Ann Lee', 'indirect', [1], 'the town cannot afford the bridge'],
    ]);
  });

  it('leaves a colon after any other noun alone ("The result: …")', () => {
    expect(run('Ann Lee spoke first.', 'The result: after the debate, the mayor must travel three hours north.').quotes.map((q) => q.quote))
      .not.toContain('after the debate, the mayor must travel three hours north');
  });
});

describe('session 7, kind 6: a new attribution ends the statement before it', () => {
  const statements = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.quote]);

  it('splits "…, while X said …" and "…, X insisted that …" into two speakers', () => {
    expect(statements('While Ann Lee pledged to work with both parties, Tom Reyes insisted that real change will need a shake-up.')).toEqual([
      ['Ann Lee', 'pledged to work with both parties'],
      ['Tom Reyes', 'real change will need a shake-up'],
    ]);
    expect(statements('Ann Lee said the plan cannot work, while Tom Reyes said that the stakes are too high.')).toEqual([
      ['Ann Lee', 'the plan cannot work'],
      ['Tom Reyes', 'the stakes are too high'],
    ]);
  });

  it('ends a reported question where another person replies', () => {
    expect(statements('After Ann Lee asked the mayor who would win the vote, Tom Reyes replied, “I would bet on the mayor.”')[0])
      .toEqual(['Ann Lee', 'who would win the vote']);
  });

  it('reads past an opening participle clause after a dateline to the subject', () => {
    expect(statements('BUENA PARK, Calif. - Rallying hundreds of workers, Ann Lee tried to ease their fears and promised to deliver change.'))
      .toEqual([['Ann Lee', 'promised to deliver change']]);
  });
});

describe('session 7, kind 6: "… and said, “…”" after an object', () => {
  it('gives the quotation to the subject opening the sentence, not to the name before "and"', () => {
    expect(run('Al Reyes left no doubt that he would endorse.', 'Eight years ago, he backed Ann Lee over Jo Hart and said, “Jo Hart has never done anything for us.”')
      .quotes.at(-1)).toMatchObject({ speaker: 'Al Reyes', kind: 'direct' });
  });
});

describe('session 7, kind 1: ages and broader role words', () => {
  const speakers = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);

  it('"the 23-year-old" is the person whose name opens the sentence before', () => {
    expect(speakers('Tomás Heffernan kept goal for Rovers.', 'Heffernan, who has now conceded in nine games, refused to blame the pitch. Asked about the winner, the 23-year-old said: “No excuses. I should have come for it.”').at(-1))
      .toBe('Tomás Heffernan');
  });

  it('is not a guess when no name opens the sentence before', () => {
    expect(speakers('Photo by Neil Barr.', '“What if he had lessons?” the 43-year-old asked in the video.')).toEqual(['the 43-year-old']);
  });

  it('"the officer" after "Detective Constable Ryan Osei … said": a word one step up from the title', () => {
    expect(speakers('Detective Constable Ryan Osei, of Westhaven Police, said the sentence sent a message. “Anyone thinking of this should think again,” the officer said.'))
      .toEqual(['Ryan Osei', 'Ryan Osei']);
  });
});

describe('session 7, kind 7: a participle set off by commas before the main verb', () => {
  it('"Anders Holm, speaking in Brussels, said he had …" reports what he said, not where he spoke', () => {
    expect(run('Prime Minister Anders Holm, speaking in Brussels, said he had “full confidence” in his minister.').quotes.map((q) => [q.speaker, q.quote]))
      .toEqual([['Anders Holm', 'he had “full confidence” in his minister']]);
  });
});

describe('session 7, kind 9: a first name in apposition to a noun for a person', () => {
  it('is a person of that noun’s gender, so "she" can be her ("his granddaughter, Kirsty, …")', () => {
    expect(run('He looks back at the cottage, where his granddaughter, Kirsty, stands with her arms folded.', '“You will catch your death,” she shouts.').quotes)
      .toMatchObject([{ speaker: 'Kirsty', kind: 'direct' }]);
  });
});

describe('session 7: an infinitive after a noun is no reporting verb', () => {
  it('"the only contender to have pledged …" and "the only pollster to correctly predict …" report nothing of their own', () => {
    expect(run('Tova Brandt is the only contender here to have pledged to visit every county, and she has long said so.').quotes.map((q) => q.speaker))
      .not.toContain('the only contender here to');
    expect(run('Tova Brandt is the only pollster to correctly predict the margin of the last race.').quotes).toEqual([]);
  });

  it('keeps "continued to strongly insist that …"', () => {
    expect(summary(run('Ann Lee continued to strongly insist that the plan would work.'))).toEqual([['Ann Lee', 'indirect', [1], 'the plan would work']]);
  });
});

describe('session 7: what a reporting verb with an object does not report', () => {
  it('a credit line ("X reported from Washington") and a noun before its own verb ("the October report exceeded …")', () => {
    expect(run('Ann Lee reported from Washington.').quotes).toEqual([]);
    expect(run('The October report exceeded expectations, with 271,000 new jobs.').quotes).toEqual([]);
    expect(run('The 10-year Treasury note fell to 1.45 percent from 1.51 percent the day before.').quotes).toEqual([]);
  });

  it('still reports "authorities reported at least 20 victims"', () => {
    expect(run('Police in the county reported at least 20 victims at the centre.').quotes.map((q) => q.quote)).toEqual(['reported at least 20 victims at the centre']);
  });
});

describe('session 7, kind 7: a clause holding a quoted fragment before a final attribution', () => {
  it('is the statement, fragment and all ("… to begin “building bridges” to Mr. Sanders, said X")', () => {
    expect(run('Ann Lee would do well to begin “building bridges” to the mayor, said Tom Reyes, a former strategist.').quotes.map((q) => [q.speaker, q.kind, q.quote]))
      .toEqual([['Tom Reyes', 'partial', 'Ann Lee would do well to begin “building bridges” to the mayor']]);
    expect(summary(run('The budget is “a disgrace” and must be withdrawn, Ann Lee said.'))).toEqual([
      ['Ann Lee', 'partial', [1], 'The budget is “a disgrace” and must be withdrawn'],
    ]);
  });

  it('leaves a quotation that is the whole clause as it is', () => {
    expect(summary(run('“We will win the vote,” said Ann Lee.'))).toEqual([['Ann Lee', 'direct', [1], 'We will win the vote']]);
  });
});

describe('session 7, kind 7: quoted fragments inside reported clauses', () => {
  it('a title in quotation marks inside an opening adverbial does not stop the clause around a fragment', () => {
    expect(run('Sunday on Fox News’ “Morning Futures,” Rep. Tova Brandt said the mayor’s “judgment” and “honesty” are in question.').quotes.map((q) => [q.speaker, q.quote]))
      .toEqual([['Tova Brandt', 'the mayor’s “judgment” and “honesty” are in question']]);
  });

  it('a participle clause holds its fragment: no second quote of the fragment alone', () => {
    expect(run('“The market is bad,” Ann Lee said, adding that prices were “absurd” this year.').quotes.map((q) => q.quote))
      .toEqual(['The market is bad', 'prices were “absurd” this year']);
  });
});

describe('session 7: wire copy', () => {
  it('a dateline with a date is no part of a statement attributed at the end of its sentence', () => {
    expect(run('HALVIK, Norvia, March 3 (Meridian) - Dock workers walked off the job on Tuesday, union officials said.').quotes.map((q) => q.quote))
      .toEqual(['Dock workers walked off the job on Tuesday']);
  });

  it('a name with an appositive headed by a noun for a person is a person: "he added" after "said Per Holm, an analyst at …"', () => {
    expect(run(
      'The port authority said it regretted the action. A spokesman, Lars Eide, declined to comment further.',
      '“Every day of this costs exporters millions,” said Per Holm, an analyst at Fjord Capital. He added that some carriers were diverting ships.',
    ).quotes.slice(-2).map((q) => q.speaker)).toEqual(['Per Holm', 'Per Holm']);
  });

  it('not a group: "Al-Shabaab, the terrorist group based in Somalia"', () => {
    expect(setup('A clip was released by Al-Shabaab, the terrorist group based in Somalia.').registry.entities.find((e) => e.name === 'Al-Shabaab')?.kind).not.toBe('person');
  });
});

describe('session 7: a speech act relayed by a news agency', () => {
  it('"X urged both sides …, according to the news agency NTB" is X’s, via NTB', () => {
    expect(run('Economy Minister Kari Dahl urged both sides to return to the table, according to the news agency NTB.').quotes)
      .toMatchObject([{ speaker: 'Kari Dahl', via: 'NTB', quote: 'urged both sides to return to the table' }]);
  });
});

describe('session 7: a day after the verb', () => {
  it('"said Thursday his biggest worry was …" reports the clause without the day', () => {
    expect(summary(run('Rep. Tom Cole said Thursday his biggest worry was the vote.'))).toEqual([['Tom Cole', 'indirect', [1], 'his biggest worry was the vote']]);
    expect(summary(run('Ann Lee said on Monday night the plan would fail.'))).toEqual([['Ann Lee', 'indirect', [1], 'the plan would fail']]);
  });
});

describe('session 7: new attributions after a conjunction, and records named by their owner', () => {
  it('"… but Fiorina’s team denied that …" is the team’s, not the first clause’s subject', () => {
    expect(run('Carly Fiorina noted her limited availability for private functions, but Fiorina’s team denied that she would be accepting new speeches.')
      .quotes.map((q) => [q.speaker, q.quote]).at(-1)).toEqual(['Fiorina’s team', 'she would be accepting new speeches']);
  });

  it('"according to F.A.A. records" is the records, not the agency', () => {
    expect(run('The jet has flown about 333 hours since June, according to F.A.A. records.').quotes.map((q) => q.speaker)).toEqual(['F.A.A. records']);
  });
});

describe('session 7: a preposition opening the sentence before a name', () => {
  it('"Outside Carrier’s plant, …" names Carrier, not "Outside Carrier"', () => {
    const names = setup('Workers make heat exchangers at the Carrier plant.', 'Outside Carrier’s plant on the main street, workers gathered.').registry.entities.map((e) => e.name);
    expect(names).not.toContain('Outside Carrier');
  });
});

describe('session 7: an abbreviation point after the day', () => {
  it('"said on Sunday that Mr. Trump had …" is a reported clause, not a closing "said on Sunday."', () => {
    expect(summary(run('Ann Lee said on Sunday that Mr. Trump had crossed another line.'))).toEqual([['Ann Lee', 'indirect', [1], 'Mr. Trump had crossed another line']]);
  });
});

describe('session 7: an attribution set off after an opening phrase that is no clause', () => {
  it('"Like his remarks about the judge, Mr. Graham said, the jabs were unacceptable" is one statement, the whole sentence', () => {
    expect(run('Like his remarks about the judge, Mr. Graham said, Mr. Hale’s jabs at the family were entirely unacceptable.').quotes.map((q) => [q.speaker, q.quote]))
      .toEqual([['Graham', 'Like his remarks about the judge, Mr. Graham said, Mr. Hale’s jabs at the family were entirely unacceptable']]);
  });
});

describe('session 7: a given name that is otherwise a month or a function word', () => {
  it('"said April Ryan", ", Per Holm, …" keep the given name; "In April Trump won" does not make a name', () => {
    expect(run('The strike will cost millions, said April Ryan, a reporter.').quotes.map((q) => q.speaker)).toEqual(['April Ryan']);
    expect(setup('In April Trump won the state easily.').registry.entities.map((e) => e.name)).not.toContain('April Trump');
  });
});

describe('session 7: more verbs of saying', () => {
  it('retorted, yelled, whispered introduce or close a quotation; "a scream of joy" is a noun', () => {
    expect(run('Tom Reyes yelled: “Get him out of here!”').quotes.map((q) => q.speaker)).toEqual(['Tom Reyes']);
    expect(run('“There is a special place for them,” Ann Lee retorted.').quotes.map((q) => q.speaker)).toEqual(['Ann Lee']);
    expect(run('She let out a scream of joy.').quotes).toEqual([]);
  });
});

describe('session 7: a quotation introduced by a colon after a clause with no speech verb', () => {
  it('is the words of the name or pronoun opening that clause', () => {
    expect(run('Donald Trump gestured, then leaned in and boomed: “Let us defeat her in November.”').quotes.map((q) => q.speaker)).toEqual(['Donald Trump']);
    expect(run('Ann Lee faced the crowd.', 'She then addressed her supporters again: “Here is what I regret.”').quotes.map((q) => q.speaker)).toEqual(['Ann Lee']);
  });

  it('not when the clause opens with no one ("The headline reads: …"), nor a question put to someone ("was asked: …")', () => {
    expect(run('The headline reads: “Repeat after me.”').quotes).toEqual([]);
  });
});

describe('session 8, kind 1: an unnamed source headed by a capitalised noun for a kind of person', () => {
  const said = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.quote]);

  it('keeps "one Democrat", "another Ohio Republican", "one senior Democrat" as written, after or before the verb', () => {
    expect(said(
      'Voters in the county were split on the levy.',
      '“The levy is dead on arrival,” said one Democrat.',
      '“We have heard this before,” added another Ohio Republican.',
      '“Nobody wants to own the vote,” one senior Democrat said.',
      '“Schools will close early,” a Texan told the board.',
    )).toEqual([
      ['one Democrat', 'The levy is dead on arrival'],
      ['another Ohio Republican', 'We have heard this before'],
      ['one senior Democrat', 'Nobody wants to own the vote'],
      ['a Texan', 'Schools will close early'],
    ]);
  });

  it('quantified plurals keep their quantifier ("some Republicans said …")', () => {
    expect(summary(run('Some Republicans said the levy would fail in the autumn.'))).toEqual([
      ['some Republicans', 'indirect', [1], 'the levy would fail in the autumn'],
    ]);
  });

  it('a named person introduced by such a noun is still the speaker, and the noun never becomes a name', () => {
    const result = run('Republican Anna Brandt said the levy would fail.', '“It will,” said Brandt, a Democrat turned Republican.');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Anna Brandt', 'Anna Brandt']);
    expect(setup('“The levy is dead,” said one Democrat.').registry.entities.map((e) => e.name)).not.toContain('Democrat');
  });
});

describe('session 8, kind 1: a verb that is also a noun, after a noun for a person', () => {
  it('reads "tells employees", "tells me", "notes that" after a person noun as the verb', () => {
    expect(run(
      '“This is strictly a business decision,” a company executive tells employees.',
      '“We will not reopen the plant,” the executive tells them.',
      'A union official notes that the plant has run at a profit for a decade.',
    ).quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['a company executive', 'This is strictly a business decision'],
      ['a company executive', 'We will not reopen the plant'], // "the executive" is the one just described
      ['a union official', 'the plant has run at a profit for a decade'],
    ]);
  });

  it('keeps the noun reading where no one is told anything ("the student claims office", "the lawyer claims process")', () => {
    expect(run('The student claims office opened on the first floor of the library.').quotes).toEqual([]);
    expect(run('Her lawyer claims process took a year before the hearing.').quotes).toEqual([]);
  });
});

describe('session 8, kind 7: the subject past examples set off by commas, and a number opening it', () => {
  it('"Six local newspapers in Ohio, including the Marion Star, said …" is the newspapers’ statement', () => {
    expect(summary(run(
      '“I am ashamed of him,” said Dana Whitcomb, a former governor.',
      'Six Hartley newspapers in Ohio, including the Marion Star, said he is not fit to be governor any more.',
    ))).toEqual([
      ['Dana Whitcomb', 'direct', [1], 'I am ashamed of him'],
      ['six Hartley newspapers', 'indirect', [2], 'he is not fit to be governor any more'],
    ]);
  });

  it('a number word opening a sentence is no given name ("Seven Harlow voters")', () => {
    const names = setup('Seven Harlow voters said the levy would fail.').registry.entities.map((e) => e.name);
    expect(names).not.toContain('Seven Harlow');
  });
});

describe('session 8, kind 7: a verb of saying inside an opening subordinate clause', () => {
  it('"When Quill thanked the crowd and said …, a man yelled": hers, ending with her clause', () => {
    expect(summary(run('Mara Quill spoke in Ohio.', 'When Quill thanked the crowd and said it was great to be home, a man yelled at her.'))).toEqual([
      ['Mara Quill', 'indirect', [2], 'it was great to be home'],
    ]);
  });

  it('"While Quill says …, she …": the words end with the clause', () => {
    expect(summary(run('While Mara Quill says the levy is fair, she has not voted for it.'))).toEqual([
      ['Mara Quill', 'indirect', [1], 'the levy is fair'],
    ]);
  });
});

describe('session 8, kind 7: a "that" inside the reported clause does not start it', () => {
  it('keeps the clause from its subject when a "that" follows a copula, a pronoun or an auxiliary', () => {
    expect(run(
      'Mara Quill said the warning was indicative that the council did not know what it was talking about.',
      'She says she wants to create an economy that works for everyone.',
    ).quotes.map((q) => q.quote)).toEqual([
      'the warning was indicative that the council did not know what it was talking about',
      'she wants to create an economy that works for everyone',
    ]);
  });

  it('still starts after the "that" of the verb itself, past a time or a listener ("said in May that …", "told reporters on Monday that …")', () => {
    expect(run(
      'Mara Quill said in May that she was not ready.',
      'Tom Reyes told reporters on Monday that the levy would pass.',
    ).quotes.map((q) => q.quote)).toEqual(['she was not ready', 'the levy would pass']);
  });
});

describe('session 8, kind 6: what someone is said to think is the teller’s statement', () => {
  it('"Cook told the Times that Carter believes …" is Cook’s, not Carter’s', () => {
    const result = run('Ash Carter runs the agency. His press secretary, Peter Cook, told the Times that Carter believes the new email rules were a mistake.');
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([['Peter Cook', 'Carter believes the new email rules were a mistake']]);
  });
});

describe('session 8, kind 6: a whose-clause with commas of its own describes the person before it', () => {
  it('"Tom Reyes, whose latest start-up, Paradox, uses data …, said …" is Reyes', () => {
    expect(run('Tom Reyes, whose latest start-up, Paradox, uses data to help farms find buyers, said the mayor was a candidate in the spirit of the valley.')
      .quotes.map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('session 8, kind 6: a name inside "a <Name> <noun>" is no speaker', () => {
  it('"posted a Twitter comment of her own, saying, “…”" is hers, not Twitter’s', () => {
    expect(run('Mara Quill immediately posted a Twitter comment of her own, saying, “We are so excited to meet the new team!”')
      .quotes.map((q) => q.speaker)).toEqual(['Mara Quill']);
  });
});

describe('session 8, kind 9: a pronoun inside a sentence goes back to that sentence’s subject', () => {
  it('"Reyes has made several promises, including a wall, which he said …" is Reyes, not the man named before', () => {
    expect(run(
      'Felipe Moreno, a former president, criticised the plan on Sunday.',
      'Tom Reyes has made several controversial promises, including a permanent wall at the border, which he said the neighbours should also pay for.',
    ).quotes.map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });

  it('a pronoun opening the next sentence still follows the discourse as before', () => {
    expect(run('Felipe Moreno spoke first.', 'Tom Reyes listened. He said the wall would wait.').quotes.map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('session 8, kind 7: an opening according-to governs its whole clause, quoted words included', () => {
  it('"According to Quill, she was once …, but is now “…”" is one statement, partly quoted', () => {
    expect(summary(run(
      'Mara Quill spoke at the fair.',
      'According to Quill, she was once part of the so-called establishment, but is now “the worst thing that ever happened to the establishment.”',
    ))).toEqual([
      ['Mara Quill', 'partial', [2], 'she was once part of the so-called establishment, but is now “the worst thing that ever happened to the establishment.”'],
    ]);
  });

  it('a quotation after a closing according-to keeps its own attribution', () => {
    expect(run('The levy rose, according to the county, and the mayor called it “a gift to landlords.”').quotes.map((q) => q.quote))
      .not.toContain('The levy rose');
  });
});

describe('session 8, kind 9: a quotation after a sentence that holds an attributed quotation continues its speaker', () => {
  it('"The tax plans are “irresponsible,” said Steve Bell, …. “It leaves me speechless.”" is all Bell’s, never “the tax”', () => {
    const result = run('The tax plans are “profoundly irresponsible,” said Steve Bell, a director at the center. “It just leaves people like me speechless.”');
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      // The clause holding the fragment is the statement (session 11), the next quotation joined to it.
      ['Steve Bell', 'The tax plans are “profoundly irresponsible” … It just leaves people like me speechless.'],
    ]);
  });

  it('a narrative sentence before a quotation still hands it to its subject', () => {
    expect(run('Rosa Hart has thought about leaving. “Every winter I think: this is the last one.”').quotes.map((q) => q.speaker)).toEqual(['Rosa Hart']);
  });
});

describe('session 8, kind 7: a relative "that" inside the reported clause', () => {
  it('"said the areas of the network that were hacked suggested …" keeps the clause from its subject', () => {
    expect(run('A source familiar with the review said the areas of the network that were hacked suggested the intruders wanted money.').quotes.map((q) => q.quote))
      .toEqual(['the areas of the network that were hacked suggested the intruders wanted money']);
  });

  it('still starts after "that" when the object is the one told, or a noun for something said ("warned the council that", "repeated the claim that")', () => {
    expect(run(
      'Mara Quill warned the council that the levy would fail.',
      'Tom Reyes repeated the claim that the bridge was unsafe.',
    ).quotes.map((q) => q.quote)).toEqual(['the levy would fail', 'the bridge was unsafe']);
  });
});

describe('session 8, kind 7: "said that “…”" starts after "that"', () => {
  it('a quotation opening right after "that" is the clause, not a pronoun "that" ending one', () => {
    expect(run(
      'Mayor Anna Vidal said that “bombastic comments” do more harm than good.',
      'Tom Reyes told supporters that “we are in this together.”',
    ).quotes.map((q) => q.quote)).toEqual(['“bombastic comments” do more harm than good', 'we are in this together.']);
  });
});

describe('session 8, kind 6: a participle with its own subject after "with"', () => {
  it('"…, with Senator Tom Reyes telling reporters on Thursday he …" is Reyes’s, not the sentence subject’s', () => {
    expect(summary(run('The attack sparked a fresh debate, with Senator Tom Reyes telling reporters on Thursday he viewed the mayor as directly responsible.')))
      .toEqual([['Tom Reyes', 'indirect', [1], 'he viewed the mayor as directly responsible']]);
    expect(run('Anna Vidal opened the meeting, with Tom Reyes saying the levy would fail.').quotes.map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('session 8, kind 9: the subject after several opening adverbial phrases', () => {
  it('"The day before, at a rally in Marion, Ohio, Quill was blunt, claiming …" is Quill’s', () => {
    expect(summary(run('The day before, at a rally in Marion, Ohio, Mara Quill was just as blunt, claiming without any evidence that the mayor wanted new taxes.')))
      .toEqual([['Mara Quill', 'indirect', [1], 'the mayor wanted new taxes']]);
  });

  it('a name right after an adverbial is the subject, not a place continuing it', () => {
    expect(run('On the left, Ana Ruiz, the union leader, was blunt, telling her in a debate that she should resign.').quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
  });
});

describe('session 8, kind 7: asides and time conjunctions around the reported clause', () => {
  it('"told the Courier, however, that …" and "said, however, that …" report the clause after "that"', () => {
    expect(run(
      'Sources told the Courier, however, that the plan had been dropped.',
      'Mara Quill said, however, that the levy would pass.',
    ).quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['sources', 'the plan had been dropped'],
      ['Mara Quill', 'the levy would pass'],
    ]);
  });

  it('"…,” Quill said, while arguing the county should …" reports the participle’s clause too', () => {
    expect(run('“I think it would make things worse,” Mara Quill said, while arguing the county should increase its road budget.').quotes
      .map((q) => q.quote)).toEqual(['I think it would make things worse', 'the county should increase its road budget']);
  });
});

describe('session 8, kind 7: a request is what the asker said', () => {
  it('"asked the council to delay the vote" is Quill’s statement; a question put to someone stays the question', () => {
    expect(run(
      'Mara Quill asked the council to delay the vote.',
      'Tom Reyes asked the mayor whether he would resign.',
      'Anna Vidal asked the judge for quick action.',
      'When asked for comment, the mayor declined.',
    ).quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Mara Quill', 'asked the council to delay the vote'],
      ['Tom Reyes', 'whether he would resign'],
      ['Anna Vidal', 'asked the judge for quick action'],
    ]);
  });
});

describe('session 8, kind 5: a quotation after a colon that follows a person named at the clause’s end', () => {
  it('"The timing does not surprise Republican pollster Dana Shaw: “…”" is Shaw’s; "The headline reads: “…”" stays no one’s', () => {
    expect(run('The timing of the surge does not surprise Republican pollster Dana Shaw: “Lesser-known candidates who win early see the biggest boost.”')
      .quotes.map((q) => q.speaker)).toEqual(['Dana Shaw']);
    expect(run('The headline reads: “Repeat after me.”').quotes).toEqual([]);
  });
});

describe('session 9, kind 7: subjects the reporting verb was losing', () => {
  const said = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.kind, q.quote]);

  it('steps over a day and its part ("on Thursday evening") and a bare weekday between subject and verb', () => {
    expect(said(
      'Council spokesman Dev Maloney on Thursday evening said the budget was not in crisis.',
      'Maloney Friday said the vote would go ahead.',
    )).toEqual([
      ['Dev Maloney', 'indirect', 'the budget was not in crisis'],
      ['Dev Maloney', 'indirect', 'the vote would go ahead'],
    ]);
  });

  it('finds the subject before an aside that ends in a quotation, its comma inside the marks', () => {
    expect(said(
      'Ruth Okafor chairs the planning board.',
      'Okafor, who calls the scheme a “vanity project,” said she doubts the council can fund it.',
      'Mr. Brand, citing ‘‘the sheer cost of steel,’’ said the bridge could be delayed by a year.',
    )).toEqual([
      ['Ruth Okafor', 'indirect', 'she doubts the council can fund it'],
      ['Brand', 'partial', 'the sheer cost of steel'],
      ['Brand', 'indirect', 'the bridge could be delayed by a year'],
    ]);
  });

  it('a phrase for people before "of/to" and a name is the subject, not the name ("Friends of Mr. Hale say")', () => {
    expect(said(
      'Friends of Mr. Hale say that the campaign has drained him.',
      'The sister of Ms. Reyes said the family would appeal.',
    )).toEqual([
      ['friends of Mr. Hale', 'indirect', 'the campaign has drained him'],
      ['the sister of Ms. Reyes', 'indirect', 'the family would appeal'],
    ]);
  });

  it('a name inside a who-clause or a participle phrase after the subject is never the speaker', () => {
    expect(said(
      'Voters who backed Lena Ortiz said the count was fair.',
      'But Green activists campaigning to stop Lena Ortiz from winning say they have raised a record sum.',
      'Outside experts also say the plan is far from enough.',
    )).toEqual([
      ['voters', 'indirect', 'the count was fair'],
      ['Green activists', 'indirect', 'they have raised a record sum'],
      ['outside experts', 'indirect', 'the plan is far from enough'],
    ]);
  });

  it('a quoted aside of a subject whose verb reports its own clause is no statement of the clause\'s subject', () => {
    expect(said(
      'Tom Reyes summed up Ann Cole as “reckless,” criticised her record and said she should not run again.',
      // An inverted subject after the verb still speaks the quotation before it.
      'The men knew each other “casually” from the same gym, said the bureau’s director, Ann Cole.',
    )).toEqual([
      ['Tom Reyes', 'indirect', 'she should not run again'],
      ['Ann Cole', 'partial', 'The men knew each other “casually” from the same gym'],
    ]);
  });
});

describe('session 9, kind 7: more subject shapes', () => {
  const said = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.quote]);

  it('a part of a group ("most of them said"), a plural kind after a quantifier, and examples listed by name', () => {
    expect(said(
      'The workers were told of the closure in March. And until then, most of them said they had loved the job.',
      'Other senior Republicans, like Ann Roe, Jo Hart and Tom Reyes, have also said they back the levy.',
    )).toEqual([
      ['most of them', 'they had loved the job'],
      ['other senior Republicans', 'they back the levy'],
    ]);
  });

  it('a stray comma after a name and its tag ("Sen. Dana Holt (D-Ore.), said …")', () => {
    expect(said('Sen. Dana Holt (D-Ore.), said after a lunch on Tuesday that she had not read the plan.')).toEqual([
      ['Dana Holt', 'she had not read the plan'],
    ]);
  });

  it('a hyphenated company name the article uses as a speaker is a name when it opens a sentence too', () => {
    expect(said(
      'A list from Rank-Q tallies the wealth of the richest families.',
      'Rank-Q keeps its own finances a secret but says its business has tripled.',
      'Rank-Q says its researchers found 2,400 billionaires.',
    )).toEqual([
      ['Rank-Q', 'its business has tripled'],
      ['Rank-Q', 'its researchers found 2,400 billionaires'],
    ]);
  });

  it('keeps an office before a titled name as the title ("secretary of State John Kerry" is Kerry)', () => {
    expect(said('Former secretary of State Ann Kerry said the exchange was fair.')).toEqual([['Ann Kerry', 'the exchange was fair']]);
  });
});

describe('session 9, kind 9: pronouns after a new paragraph or a subordinate clause', () => {
  const said = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.quote]);

  it('"As Mr. Holt campaigned …, he …": the name opening a subordinate clause is the next "he"', () => {
    expect(said(
      'Tom Vilsack said the caucus would be close.',
      'But as Mr. Holt campaigned on Friday in Salem, Ore., he stuck firmly to his message. “I like this town,” he said.',
    ).at(-1)).toEqual(['Holt', 'I like this town']);
  });

  it('a new paragraph about one person takes "he" from the speaker of the paragraph before', () => {
    expect(said(
      'Mark Weddle, 55, has worked at the plant for 24 years. “We have worked our butts off,” he said.',
      'That is pretty much what Mr. Tarrant has promised to fix. At rally after rally, he vows to tax the firm’s imports.',
    ).at(-1)).toEqual(['Tarrant', 'vows to tax the firm’s imports']);
  });

  it('but not when the name is an object, the paragraph opens with the same pronoun, or a description is the subject', () => {
    const speakers = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);
    // Rubio is only the one mocked: "he" is still the speaker.
    expect(speakers(
      '“We will win Ohio,” Tom Tarrant said.',
      'But he could not resist a swipe at Marco Rubio, who he dubbed “the little senator.”',
    ).at(-1)).toBe('Tom Tarrant');
    // "He would like …" opens the paragraph before any name: the same man speaks on.
    expect(speakers(
      '“Both nominees are bad choices,” said Michael Seaman, a voter in Hemet.',
      'He would like to see the ideas Sanders championed. Even then, he said, he has learned enough to know he cannot back her.',
    ).at(-1)).toBe('Michael Seaman');
    // "The Wisconsin Republican" is the speaker described, not the Trump named after him.
    expect(speakers(
      '“The burden is on the nominee,” Paul Ryan said.',
      'The Wisconsin Republican gave Donald Trump some credit, but he suggested the reality star is no Lincoln.',
    ).at(-1)).toBe('Paul Ryan');
  });
});

describe('session 9, kind 9: "it" after a speaker nothing marks as a person', () => {
  it('"Quillo said …. It added …" is Quillo, not an older organisation', () => {
    expect(run(
      'A report released by the Brookings Institution last year counted 46,000 accounts.',
      'In a blog post on Friday, Quillo said threats had long been against its rules. It added that it has worked with groups that counter recruitment.',
    ).quotes.map((q) => q.speaker)).toEqual(['Quillo', 'Quillo']);
  });
});

describe('session 9, kind 1: an epithet for the person just speaking', () => {
  const said = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.quote]);

  it('"the retired neurosurgeon told …" right after Carson spoke is Carson; later "the neurosurgeon" too', () => {
    expect(said(
      'The plan will empower small firms, Bea Carson said Monday.',
      '“They have to stop and listen,” the retired neurosurgeon told a radio station.',
      '“It is a fair plan,” the neurosurgeon said.',
    )).toEqual([
      ['Bea Carson', 'The plan will empower small firms'],
      ['Bea Carson', 'They have to stop and listen'],
      ['Bea Carson', 'It is a fair plan'],
    ]);
  });

  it('not a bare role, a group, a name-modified description, another gender, or another office', () => {
    const speakers = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => q.speaker);
    expect(speakers('The verdict was fair, Tom Reyes said.', '“We will appeal,” the judge said.')).toEqual(['Tom Reyes', 'the judge']);
    expect(speakers('The verdict was fair, Tom Reyes said.', '“We will appeal,” the homeless woman said.')).toEqual(['Tom Reyes', 'the homeless woman']);
    expect(speakers('The verdict was fair, Tom Reyes said.', '“We will appeal,” the committee chairmen said.')).toEqual(['Tom Reyes', 'the committee chairmen']);
    expect(speakers(
      'Ann Tarrant asked Mayor Bill Osei to restart the patrols. Osei disbanded the unit in April.',
      '“There is hatred like nobody has seen,” the Republican presidential candidate said.',
    ).at(-1)).not.toBe('Bill Osei');
  });
});

describe('session 9, kind 7: verb forms that report nothing', () => {
  it('"has written off", a noun before a relative "that", a noun before "and" are no reporting verbs', () => {
    expect(run(
      'Like Tarrant, the Ohio Party Committee has written off efforts by rebel delegates.',
      'That is the lesson of freshly filed Federal Election Commission reports that track last-minute spending before the vote.',
      'As Soviet states and neighbors, the two countries fell out over the border.',
    ).quotes).toEqual([]);
  });

  it('keeps the verb where a clause follows "that" ("Acme reports that the plant will close", "hopes that winning …")', () => {
    expect(run(
      'Acme reports that the plant will close in May.',
      'Tom Reyes hopes that winning the county will give him momentum.',
    ).quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Acme', 'the plant will close in May'],
      ['Tom Reyes', 'winning the county will give him momentum'],
    ]);
  });
});

describe('session 9, kind 7: participles that report without "that"', () => {
  const said = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.kind, q.quote]);

  it('"…,” he said, explaining why …" and "…, recalling a visit …" are the speaker\'s statements too', () => {
    expect(said(
      '“I have two brothers-in-law in Mexico,” Mark Weddle said, explaining why he disagrees with the mayor’s stance.',
      '“He would get choked up,” Joe Brown said, recalling a visit to his church by the senator’s father.',
    )).toEqual([
      ['Mark Weddle', 'direct', 'I have two brothers-in-law in Mexico'],
      ['Mark Weddle', 'indirect', 'why he disagrees with the mayor’s stance'],
      ['Joe Brown', 'direct', 'He would get choked up'],
      ['Joe Brown', 'indirect', 'recalling a visit to his church by the senator’s father'],
    ]);
  });

  it('"… before explaining why …" shares the sentence\'s subject; "after saying goodbye to …" reports nothing', () => {
    expect(said('Polly Shepp spoke about healing before explaining why she stands behind the mayor.')).toEqual([
      ['Polly Shepp', 'indirect', 'why she stands behind the mayor'],
    ]);
    expect(said('But Ann Cole, who was distracted while saying goodbye to the previous guest, was not as friendly.')).toEqual([]);
    // A fact the sentence takes as given: "after admitting that …" is no statement it reports.
    expect(said('Tidewater Water was fined a record sum after admitting that it allowed sewage to pour into rivers.')).toEqual([]);
  });

  it('skips the people told before the clause ("telling his aides he planned …")', () => {
    expect(said('Tom Reyes made repeated gaffes after telling his aides he planned to adopt a calmer tone.')).toEqual([
      ['Tom Reyes', 'indirect', 'he planned to adopt a calmer tone'],
    ]);
  });
});

describe('session 9, kind 7: groups joined by "and"', () => {
  const said = (...paragraphs: string[]) => run(...paragraphs).quotes.map((q) => [q.speaker, q.quote]);

  it('"Her advisers and allies say", "Tarrant and his attorneys denied …", "GOP analysts say" speak as one, written in full', () => {
    expect(said(
      'Her advisers and allies say she will spend the coming weeks honing her message.',
      'Tom Tarrant ran the school for years. Tarrant and his attorneys have said the students praised their courses.',
      'GOP analysts say the nominee will have to win Ohio.',
    )).toEqual([
      ['her advisers and allies', 'she will spend the coming weeks honing her message'],
      ['Tarrant and his attorneys', 'the students praised their courses'],
      ['GOP analysts', 'the nominee will have to win Ohio'],
    ]);
  });

  it('a verb and its object before "and" are no part of the subject ("The mayor met voters and officials said …")', () => {
    expect(said('The mayor met voters and officials said the plan would pass.')).toEqual([['officials', 'the plan would pass']]);
  });
});

describe('session 9, kind 7: the people polled and adverbials inside the verb', () => {
  it('"Those surveyed say", "critics have in particular noted"', () => {
    expect(run(
      'Those surveyed say stricter rules would help.',
      'Critics have in particular noted the harsh posters used by the party.',
    ).quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['those surveyed', 'stricter rules would help'],
      ['critics', 'noted the harsh posters used by the party'],
    ]);
  });
});

describe('session 9, kind 7: a long phrase of when and where after a closing attribution', () => {
  it('"…, Ann Cole insisted Thursday during a tour of morning news shows." is Cole\'s statement', () => {
    expect(run(
      'Whether they know it or not, the mayor is very open to the press, deputy mayor Ann Cole insisted Thursday during a tour of morning news shows.',
      'Many voters did not recognize themselves in the description, journalist Mara Quill said in posing the question to the governor.',
    ).quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Ann Cole', 'Whether they know it or not, the mayor is very open to the press'],
      ['Mara Quill', 'Many voters did not recognize themselves in the description'],
    ]);
  });

  it('but not a clause after the verb ("said in a statement it would be …", "reported at least six planes filled …")', () => {
    expect(run('David Perdue said in a statement on Wednesday it would be inappropriate.').quotes.map((q) => q.quote)).toEqual([
      'in a statement on Wednesday it would be inappropriate',
    ]);
    expect(run('Friday morning, as the parade rolled by, KXTV reported at least six planes filled the skies with messages.').quotes.map((q) => q.quote))
      .not.toContain('Friday morning, as the parade rolled by');
  });
});

describe('session 9, kind 2: a name read as a role first', () => {
  it('"The Gazette said" after an unnamed speaker is the Gazette, not that speaker', () => {
    expect(run(
      'The New York Gazette obtained the emails last week.',
      '“The rules were followed,” a Pentagon statement said.',
      'The Gazette said the emails it received were exchanges between two aides.',
    ).quotes.map((q) => q.speaker).at(-1)).toMatch(/Gazette/);
  });
});

describe('session 9, kind 2: he or she is never an acronym, a letter or an organisation-like name', () => {
  it('"FULL TEXT. Admiral Harris … he said" is Harris, not "FULL TEXT"', () => {
    expect(run(
      'Admiral Harry Harris has called the islands a Great Wall of sand.',
      'FULL TEXT. “You’d have to believe in a flat earth to think otherwise,” he said in one appearance.',
    ).quotes.map((q) => q.speaker)).toEqual(['Harry Harris']);
  });
});

describe('session 9, kind 7: a quoted title with a number is a title', () => {
  it('"… in a class, “Psychology 301,” because …" leaves the reported clause whole', () => {
    expect(run('Ben Carlton wrote in his 1990 memoir that he was named the most honest student in a class, “Psychology 301,” because he stayed.').quotes
      .map((q) => [q.speaker, q.kind])).toEqual([['Ben Carlton', 'indirect']]);
  });
});

describe('session 10, kind 9: he or she after a sentence that opens with a phrase before its subject', () => {
  it('"Asked whether …, Osei shrugged. “…,” he said." is Osei, not the name inside the question', () => {
    expect(run(
      'Kwame Osei has led the council for a decade.',
      'Asked whether he worried that Brian Tull, the challenger, could take the seat, Osei shrugged.',
      '“The voters will decide, not the polls,” he said.',
    ).quotes.map((q) => q.speaker)).toEqual(['Kwame Osei']);
  });

  it('"Preceded at the lectern by X, Y launched into …" hands the next "he" to Y', () => {
    expect(run(
      '“He will finish the bridge,” said Colm Reddy, the county sheriff.',
      'Preceded at the lectern by Colm Reddy, Peter Vance launched into a long attack on the budget.',
      '“We will build it and the state will pay for it!” he said.',
    ).quotes.map((q) => q.speaker)).toEqual(['Colm Reddy', 'Peter Vance']);
  });

  it('"Though he did not name them, he made it clear …" passes the subject of the sentence before on', () => {
    expect(run(
      '“They have built such a web,” Dale Hurst said at a rally.',
      'Marta Lind, who won two districts, is calling for some of her rivals to drop out.',
      'Though she did not mention Ana Ruiz or Jo Park by name, she made it clear that they should go.',
      'She declared that the party could not wait another month.',
    ).quotes.map((q) => q.speaker).at(-1)).toBe('Marta Lind');
  });
});

describe('session 10, kind 2: a given name and a surname are a person whatever noun stands near', () => {
  it('"the campaign of Maria Gonzalez" keeps Gonzalez a person for the "she" that follows', () => {
    expect(run(
      'Aides in the campaign of Maria Gonzalez were upbeat on Tuesday.',
      'She said the early numbers “look very good for us.”',
    ).quotes.map((q) => q.speaker)).toEqual(['Maria Gonzalez']);
  });

  it('of two people with one surname, the bare surname is the one the story keeps naming', () => {
    expect(run(
      'Karen Holt announced her run for governor on Monday.',
      'Holt has spent years in the legislature. Holt says the state needs new roads.',
      'Her brother, Sam Holt, was a pilot who died in 1981.',
      '“I watched him and I learned from him,” Holt said.',
    ).quotes.map((q) => q.speaker).at(-1)).toBe('Karen Holt');
  });
});

describe('session 10, kind 7: a dashed aside between the subject and its verb', () => {
  it('"The county judge -- who … -- said she …" finds the statement ("--" and " - " alike)', () => {
    for (const dash of ['--', '-', '—']) {
      expect(summary(run(`The county judge ${dash} who has been feuding with the mayor over the past few weeks ${dash} said she regretted her remarks about the budget.`)))
        .toEqual([['the county judge', 'indirect', [1], 'she regretted her remarks about the budget']]);
    }
  });

  it('a quotation inside the aside is the subject’s, and the main verb still reports its own clause', () => {
    expect(summary(run('Council front-runner Dale Price - who once said he would "tear the whole thing down" if elected - said at a rally on Friday that the city should sell the stadium.')))
      .toEqual([
        ['Dale Price', 'partial', [1], 'tear the whole thing down'],
        ['Dale Price', 'indirect', [1], 'the city should sell the stadium'],
      ]);
  });

  it('"A former candidate -- Jo Marsh, who lost in 2008 -- said" is Marsh', () => {
    expect(run('A former mayoral candidate -- Jo Marsh, who lost the 2008 race to the mayor -- said the plan offered nothing new for the east side.').quotes
      .map((q) => [q.speaker, q.quote])).toEqual([['Jo Marsh', 'the plan offered nothing new for the east side']]);
  });

  it('an aside opened inside the reported clause does not end it', () => {
    expect(run('Lena Ortiz said closed meetings -- those open only to board members -- deny ordinary members a voice in the budget.').quotes
      .map((q) => q.quote)).toEqual(['closed meetings -- those open only to board members -- deny ordinary members a voice in the budget']);
  });
});

describe('session 10, kind 9: who spoke in the sentence before keeps the pronoun', () => {
  it('"Reyes’s plan may be “strategic,” said Jo Hemsley, … “…,” he said." is Hemsley, not Reyes', () => {
    expect(run(
      'Mayor Carl Reyes announced the budget on Monday.',
      'Reyes’s plan may be “strategic,” said Tom Hemsley, an assistant professor at the state university. “Each candidate is talking to their base,” he said.',
    ).quotes.map((q) => q.speaker)).toEqual(['Tom Hemsley', 'Tom Hemsley']);
  });
});

describe('session 10, kind 7: a fronted participle with a preposition reports nothing', () => {
  it('"Repeating from his speech at the convention last week, Ortiz rubbished …" is no statement', () => {
    const result = run(
      '“We will win this county,” said Lena Ortiz.',
      'Repeating from his much-praised speech at the convention last week, Paul Dunne rubbished the governor’s claim to understand farmers.',
      '“To repeat myself, it is a bunch of nonsense,” he said.',
    );
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Lena Ortiz', 'We will win this county'],
      ['Paul Dunne', 'To repeat myself, it is a bunch of nonsense'],
    ]);
  });
});

describe('session 10, kind 1: an epithet for the person just named', () => {
  it('"Ruth Okafor regrets her remarks about Dan Price. The appeals court justice -- who … -- said …" is Okafor', () => {
    expect(run(
      'Ruth Okafor regrets her remarks about Dan Price.',
      'The appeals court justice -- who has feuded with the candidate for weeks -- said she regretted her remarks and would stay out of the race.',
    ).quotes.map((q) => q.speaker)).toEqual(['Ruth Okafor']);
  });

  it('"Republican front-runner Ben Carlton took … , the retired surgeon acknowledged" is Carlton', () => {
    expect(run(
      'Republican presidential front-runner Ben Carlton took an opportunity during the debate to address what he considers unfair scrutiny. Reacting to criticism, the retired surgeon acknowledged that he expected his bid to open his past up to investigation.',
    ).quotes.map((q) => q.speaker)).toEqual(['Ben Carlton']);
  });
});

describe('session 10, kind 7: "continued" introducing a quotation', () => {
  it('"He continued, “…”" and "The letter continues: “…”" are statements; "continued to rise as the “crisis”" is not', () => {
    expect(run(
      'Rudy Galt spoke to reporters outside the courthouse.',
      'He continued, “I have never heard of anyone who did that and walked away.”',
      'Prices continued to rise as the “crisis” deepened.',
      'The committee sent a letter to the director. The letter continues: “Please explain your understanding of the legal difference.”',
    ).quotes.map((q) => [q.speaker, q.kind])).toEqual([['Rudy Galt', 'direct'], ['the letter', 'direct']]);
  });
});

describe('session 10, kind 7: small words around the verb and the clause', () => {
  it('"has since said" reports the clause', () => {
    expect(summary(run('Mayor Ana Ruiz has since said she would support a wage increase like the one passed in the capital.')))
      .toEqual([['Ana Ruiz', 'indirect', [1], 'she would support a wage increase like the one passed in the capital']]);
  });

  it('"When Lee said the plan would fail, prices fell": the words end with the opening clause', () => {
    expect(run('When Tom Lee said the harbour plan would fail, prices fell across the district.').quotes.map((q) => q.quote))
      .toEqual(['the harbour plan would fail']);
  });
});

describe('session 10, kind 7: "according to" a source with coordinated modifiers', () => {
  it('"according to Democratic and independent analysts" names the whole group', () => {
    expect(run('As it stands, the mayor needs to win the eastern wards by a wide margin, according to Democratic and independent analysts.').quotes
      .map((q) => q.speaker)).toEqual(['Democratic and independent analysts']);
  });
});

describe('session 10, kind 9: "it" after a written thing opens the sentence', () => {
  it('"the white paper is detailed. It says …" and "the paper notes …, and it says “…”" are the paper’s', () => {
    expect(run('For a government not known for its openness, the white paper is strikingly detailed. It says the ministry has closed 400 websites.').quotes
      .map((q) => q.speaker)).toEqual(['the white paper']);
    expect(run('For instance, the paper notes the ministry watches the mosques, and it says officials have closed websites "with the aim of blocking content that violates the principles of Islam."').quotes
      .map((q) => q.speaker)).toEqual(['the paper']);
  });
});

describe('session 10, kind 2: a name after an adjective and "of" is no organisation', () => {
  it('"dismissive of Bob" leaves Bob a person for the "he" that follows', () => {
    expect(run(
      'The station chief, who asked to be identified only as Bob, met reporters on Monday.',
      'While the guards who had been so dismissive of Bob left the country, Bob stayed on.',
      '“I remember every second of it,” he said.',
    ).quotes.map((q) => q.speaker)).toEqual(['Bob']);
  });
});

describe('session 10, kind 6: with no speech verb, the sentence’s subject over the owner named before it', () => {
  it('"Mr. Reyes’s campaign chairman, Paul Dane, dismissed the criticism as “…”" is Dane', () => {
    expect(run('On television, Mr. Reyes’s campaign chairman, Paul Dane, dismissed criticism of Mr. Reyes’s comments about the judge as “party talking points.”').quotes
      .map((q) => q.speaker)).toEqual(['Paul Dane']);
  });
});

describe('session 10, kind 5: a digest item "HEADLINE - Name: “…”"', () => {
  it('the name after the dash speaks, not the capitals of the headline', () => {
    expect(run(
      'Polls roundup',
      'COUNTY POLLS NOT WRONG, JUST TOO EARLY - Marta Lind and Jon Cole: “Although the polls missed the result, it is not because they were wrong.”',
      'RED WARDS OUTNUMBER BLUE WARDS - Jeffrey M. Jones: “Our analysis finds that 20 wards lean one way.”',
    ).quotes.map((q) => q.speaker)).toEqual(['Marta Lind', 'Jeffrey M. Jones']);
  });
});

describe('session 10, kind 2: a dateline in title case', () => {
  it('"Washington (AFP) – Ana Ruiz …, saying that …" reads past the dateline', () => {
    for (const dateline of ['Washington (AFP) – ', 'New York (Reuters) - ']) {
      expect(run(`${dateline}Ana Ruiz has taken a swipe at her rival's stance on trade, saying that “bombastic comments” do more harm than good.`).quotes
        .map((q) => q.speaker)).toEqual(['Ana Ruiz']);
    }
  });
});

describe('session 10, kind 6: "…, said the company’s chief, Name." after an opening phrase does not swap', () => {
  it('the statement is the words before "said", the speaker the person named after it', () => {
    expect(summary(run('In nearby Milton, the old paper mill is hanging on, but it is under intense pressure from imports, said the company’s chief executive, Joan Ferris.')))
      .toEqual([['Joan Ferris', 'indirect', [1], 'In nearby Milton, the old paper mill is hanging on, but it is under intense pressure from imports']]);
  });
});

describe('session 10, kind 1: a body named by its noun is no other name for the last unnamed speaker', () => {
  it('"…, the company said." then "…, the union said." are two sources', () => {
    expect(run(
      'The recall affects cars sold to dealers owned by John Smith, the company said on Monday.',
      'The plant will close in May and its 300 workers will move to a site run by Ann Lee, the union said.',
    ).quotes.map((q) => q.speaker)).toEqual(['the company', 'the union']);
  });
});

describe('session 10, kind 9: "And even X …" opens a sentence about X', () => {
  it('"And even Obama tried …, noting … “…,” he said." is Obama', () => {
    expect(run(
      'Justin Trudel and Enrique Nava gave assurances that they would work with whomever voters elect. And even Obama tried to help them off the hook, noting that he would demur too in their position.',
      '“When I visit other countries, it is not my job to comment on candidates,” he said.',
    ).quotes.map((q) => q.speaker).at(-1)).toBe('Obama');
  });
});

describe('session 10, kind 7: coordinated verbs after longer subjects', () => {
  it('"A few minutes later they reversed themselves, rushed … and said …" reports the last clause', () => {
    expect(run('Party officials said the count would begin without those waiting in line. A few minutes later they reversed themselves, rushed everyone inside and said they will register voters during the count.').quotes
      .map((q) => q.quote)).toContain('they will register voters during the count');
  });

  it('"Other former CIA officers with no direct knowledge of the case chafed … and said …" keeps the whole description', () => {
    expect(summary(run('Other former CIA officers with no direct knowledge of the case chafed at such second-guessing and said seeking reinforcements was the right course.')))
      .toEqual([['other former CIA officers with no direct knowledge of the case', 'indirect', [1], 'seeking reinforcements was the right course']]);
  });

  it('"A spokeswoman for the bank also declined … and said" leaves the adverb out of who spoke', () => {
    expect(run('A spokeswoman for the bank also declined to comment and said nobody involved remains at the firm today.').quotes
      .map((q) => q.speaker)).toEqual(['a spokeswoman for the bank']);
  });
});

describe('session 11, kind 7: a clause that leads into a quoted fragment before a closing attribution', () => {
  it('"Mills issued notices … and “those workers are leaving,” said X" is the whole clause, closed by its mark', () => {
    expect(summary(run('Mills issued notices to its staff in May about the cuts and “those workers are now leaving the business,” said Ruth Ames, a spokeswoman for the firm.')))
      .toEqual([['Ruth Ames', 'partial', [1], 'Mills issued notices to its staff in May about the cuts and “those workers are now leaving the business”']]);
  });

  it('three words before the fragment are enough: "The city needs leaders “who …,” she said"', () => {
    expect(run('Mayor Ida Cole spoke at the dock. The city needs leaders “who can see past the next election,” Cole said.').quotes.map((q) => q.quote))
      .toEqual(['The city needs leaders “who can see past the next election”']);
  });
});

describe('session 11, kind 7: a participle clause after a quotation closed by its comma', () => {
  it('"… that the mayor “broke the law,” saying they were …" reports the participle clause', () => {
    expect(run('Gov. Ann Hale on Monday blamed the press for repeating the claim that the mayor “broke the law,” saying reporters were ignoring the larger truth of the case.').quotes
      .filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.quote]))
      .toContainEqual(['Ann Hale', 'reporters were ignoring the larger truth of the case']);
  });
});

describe('session 11, kind 6: the main clause, not a relative clause, speaks in a participle', () => {
  it('"Mayor Ito sharply rebuked critics who say …, saying …" is the mayor, and "critics" is not "sharply rebuked critics"', () => {
    const quotes = run('Mayor Ken Ito sharply rebuked critics who say he should describe the protesters as "rioters," saying using that word would only inflame the town -- and could be dangerous.').quotes;
    expect(quotes.map((q) => [q.speaker, q.kind])).toEqual([['critics', 'partial'], ['Ken Ito', 'indirect']]);
  });
});

describe('session 11, kind 7: "that" after a gerund opening the reported clause', () => {
  it('"saying cutting that output must …" keeps the gerund: "that" is no complementiser there', () => {
    expect(run('Rita Moss said the plan was sound, saying cutting that output must be part of any program to revive growth.').quotes.map((q) => q.quote))
      .toContain('cutting that output must be part of any program to revive growth');
  });
});

describe('session 11, kind 7: reported clauses around adjuncts, possessives and added quotations', () => {
  it('"the state’s party convention" is no speech verb: the clause after "said" holds the fragment', () => {
    expect(summary(run('Saturday at the Ohio Democratic state’s party convention Sen. Ruth Ames said the governor was a “proven failure” in business.')))
      .toEqual([['Ruth Ames', 'partial', [1], 'the governor was a “proven failure” in business']]);
  });

  it('"Days before …, the company said on Friday that it had …" reports the that-clause, not the opening one', () => {
    expect(run('Just days before it was to report its earnings on Wednesday, the company said on Friday that it had closed 1,200 accounts linked to fraud.').quotes
      .map((q) => q.quote)).toEqual(['it had closed 1,200 accounts linked to fraud']);
  });

  it('"…, Spicer said, adding, “…”" keeps the clause before as a statement of its own', () => {
    expect(summary(run('Ruth Ames and Ken Ito will meet sometime next week, Tom Hale said, adding, "They need to sit down and have a good talk."')))
      .toEqual([
        ['Tom Hale', 'indirect', [1], 'Ruth Ames and Ken Ito will meet sometime next week'],
        ['Tom Hale', 'direct', [1], 'They need to sit down and have a good talk.'],
      ]);
  });

  it('an opening participle before ", X agreed, praising …" is no statement', () => {
    expect(run('Weighing in on the debate, Gov. Ann Hale agreed, praising her rival as "one of the most gifted stars that we have."').quotes
      .map((q) => q.quote)).not.toContain('Weighing in on the debate');
  });
});

describe('session 11, kind 7: present-tense clauses before a closing attribution and after a participle', () => {
  it('"Ann Lee thinks the state requires too many tests, former Governor Tom Hale said this week at …" is the clause before', () => {
    expect(summary(run('Ann Lee thinks the state requires too many tests for school children, former Governor Tom Hale said this week at an event in Ohio — a reversal of her past support for the law.')))
      .toEqual([['Tom Hale', 'indirect', [1], 'Ann Lee thinks the state requires too many tests for school children']]);
  });

  it('"…, saying she favors raising …" reports a clause with a present verb', () => {
    expect(run('Ann Lee is more cautious, saying she favors raising the minimum wage to $12 an hour.').quotes.map((q) => q.quote))
      .toEqual(['she favors raising the minimum wage to $12 an hour']);
  });

  it('"If she wins, …" and a comma inside "50,000" open no statement', () => {
    const quotes = run('If she becomes mayor, Ann Lee suggested on Monday, the docks will reopen. Though the marches drew crowds, they were far short of the 50,000 per day city officials estimated before the fair opened.').quotes;
    expect(quotes.map((q) => q.quote)).not.toContain('If she becomes mayor');
    expect(quotes.map((q) => q.speaker)).not.toContain('000 per day city officials');
  });
});

describe('session 11, kind 2: "the image of X" says nothing of what X is', () => {
  it('a name after "the image of" is not made an organisation', () => {
    const { registry } = setup('Ann Cole saw the now-iconic image of Brandt with dark sunglasses on.');
    expect(registry.entities.find((e) => e.name === 'Brandt')?.kind).not.toBe('organisation');
  });
});

describe('session 11, kind 9: a name of unknown kind that has spoken can be he or she', () => {
  it('"Brandt, after …, said …. She has since stressed …" is Brandt both times', () => {
    expect(run('More emails from the private server of Brandt were released on Monday.', 'Brandt, after the scandal broke in March, initially said that there was no secret material on the account. She has since stressed that she did not send any classified information.').quotes
      .map((q) => q.speaker)).toEqual(['Brandt', 'Brandt']);
  });
});

describe('session 11, kind 2: a given name and surname after a place preposition', () => {
  it('"emails from Casey Lee’s server" makes Casey Lee a person, "in Virginia Beach" does not', () => {
    const { registry } = setup('More emails from Casey Lee’s private server were released, the paper in Virginia Beach said.');
    expect(registry.entities.find((e) => e.name === 'Casey Lee')?.kind).toBe('person');
    expect(registry.entities.find((e) => e.name === 'Virginia Beach')?.kind).not.toBe('person');
  });
});

describe('session 11, kind 7: closing attributions with objects, titles and joined roles', () => {
  it('"…, said lobbyist and GOP strategist Ann Black, …" is Black', () => {
    expect(summary(run('The firm lobbied on gaming and taxes in New York and Florida, said lobbyist and GOP strategist Ann Black, a former partner.')))
      .toEqual([['Ann Black', 'indirect', [1], 'The firm lobbied on gaming and taxes in New York and Florida']]);
  });

  it('"This is not about me, Mayor Ito told his closest advisers as he labored …" is the clause before', () => {
    expect(run('This is not about me, Mayor Ken Ito told his closest advisers as he labored over one of his last speeches.').quotes.map((q) => q.quote))
      .toEqual(['This is not about me']);
  });

  it('a show’s title closing the sentence is where it was said, and the person introduced in the statement is "he"', () => {
    const quotes = run(
      'Some Republicans are opposed to the governor.',
      'Former Rep. Tom Hale (R-Ohio) was for Ann Ruiz while the senator was in the running, he said Wednesday morning on WKRC’s “Morning Line.”',
      'Other lawmakers have said the same in recent days.',
    ).quotes;
    expect(quotes.map((q) => [q.speaker, q.quote])).toContainEqual(['Tom Hale', 'Former Rep. Tom Hale (R-Ohio) was for Ann Ruiz while the senator was in the running']);
  });
});

describe('session 11, kind 7: an inverted attribution inside the sentence', () => {
  it('"Any reading of the deal, said Mo Kaf, an expert on Russia, would …" is the sentence as written, Kaf’s', () => {
    expect(summary(run('Any honest reading of the deal, said Mo Kaf, an expert on Russia at the Wilson Center, would read this as a retreat from the war.')))
      .toEqual([['Mo Kaf', 'indirect', [1], 'Any honest reading of the deal, said Mo Kaf, an expert on Russia at the Wilson Center, would read this as a retreat from the war']]);
  });

  it('"And the mayor, said Ann Sun, who remains friendly with him, doesn’t forgive" — and no apposition of the closing kind is taken for it', () => {
    const quotes = run(
      'And the mayor, said Ann Sun, who remains friendly with her former boss, doesn’t forgive or forget.',
      'A variety of factors drive the cost of college, said Mark Kant, a loan expert who has written about debt, tuition and aid.',
    ).quotes;
    expect(quotes.map((q) => q.quote)).toEqual([
      'And the mayor, said Ann Sun, who remains friendly with her former boss, doesn’t forgive or forget',
      'A variety of factors drive the cost of college',
    ]);
  });
});

describe('session 11, kind 7: a dashed aside after a closing attribution, and a sentence in parentheses', () => {
  it('"…, the Budget Office reported on Tuesday -- a development that injects …" is the clause before', () => {
    expect(run('Programs can excite fans. A six-year trend of falling deficits will end this year, sooner than expected, the Budget Office reported on Tuesday -- a development that injects new questions into the race.').quotes
      .map((q) => [q.speaker, q.quote])).toEqual([['Budget Office', 'A six-year trend of falling deficits will end this year, sooner than expected']]);
  });

  it('"(The French, it turns out, are big fans of the show, Mr. Madden said.)" leaves the parenthesis out', () => {
    expect(run('Name-brand programs can excite fans. (The French, it turns out, are big fans of the show, Mr. Ian Madden said.)').quotes.map((q) => q.quote))
      .toEqual(['The French, it turns out, are big fans of the show']);
  });
});

describe('session 11, kind 7: reported clauses holding quoted words after opening clauses and titles', () => {
  it('"While celebrating …, Ruiz mocked …, saying she would be a bad mayor who lacks “strength.”" is Ruiz’s', () => {
    expect(summary(run('While celebrating sweeping victories in five primaries Tuesday night, Tom Ruiz mocked the qualifications of his rival, saying she would be a bad mayor who lacks "strength." The remarks seemed a preview.')))
      .toEqual([['Tom Ruiz', 'partial', [1], 'she would be a bad mayor who lacks "strength."']]);
  });

  it('"stating on NBC’s “Meet the Press” that Lee’s “judgment” was “clearly lacking”" skips the show and keeps the clause', () => {
    expect(summary(run('On Sunday, Ann Ruiz issued a new line of attack, stating on NBC\'s "Meet the Press" that Lee\'s "judgment" was "clearly lacking."')))
      .toEqual([['Ann Ruiz', 'partial', [1], 'Lee\'s "judgment" was "clearly lacking."']]);
  });

  it('"However, Adelson met … and declared … that …" shares the subject after the discourse word', () => {
    expect(run('Sam Adelson has not endorsed anyone. However, Adelson met with the mayor in December and declared in an interview with Reuters that he found the mayor to be "very charming."').quotes
      .map((q) => [q.speaker, q.quote])).toEqual([['Sam Adelson', 'he found the mayor to be "very charming."']]);
  });
});

describe('session 11, kind 7: a topic or an infinitive stub is no statement', () => {
  it('"has said many things about Latinos below" and "he hopes to have" return nothing, and the speaker still carries on', () => {
    const quotes = run(
      'Here is what Sam Ortiz has said about Latinos below. He also told aides he hoped to have.',
      'Ann Vale is expected to be running. She said she did not expect to face so many questions, but she is adapting.',
    ).quotes;
    expect(quotes.map((q) => q.quote)).not.toContain('about Latinos below');
    expect(quotes.map((q) => q.quote)).not.toContain('to have');
    expect(quotes.map((q) => q.speaker)).toContain('Ann Vale');
  });
});

describe('session 11, kind 5: a quotation after a colon, opened by doubled apostrophes or after "And"', () => {
  it('"And Mr. Christie gloated: \'\'I told you he wouldn\'t be ready.\'\'" is Christie’s', () => {
    expect(run("Ruiz stumbled in the debate. And Mr. Christie gloated: ''I told you he wouldn't be ready.''").quotes.map((q) => [q.speaker, q.quote]))
      .toEqual([['Christie', "I told you he wouldn't be ready."]]);
  });
});

describe('session 11, kind 5: "as X put it:" and "Here’s X:" before a quotation', () => {
  it('names the one after "as" and after "Here’s"', () => {
    expect(run(
      'Security is now the issue. Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are no longer at the gate. They are inside.”',
      'The speech was not new. Here’s Ann Ruiz in December 1992: “Our new direction must rest on an understanding of the new realities.”',
    ).quotes.map((q) => q.speaker)).toEqual(['Tom Ridge', 'Ann Ruiz']);
  });
});

describe('session 11, kind 6: "according to X of Y" is X', () => {
  it('"According to Paul Sperry of Counter Jihad, “…”" is Sperry’s', () => {
    expect(run('The firm receives large contracts. According to Paul Sperry of Counter Jihad, “Judicial Watch revealed the firm has been moving people away from the border.”').quotes
      .map((q) => q.speaker)).toEqual(['Paul Sperry']);
  });
});

describe('session 11, kind 7: a quotation resumed in lower case after its attribution', () => {
  it('"“A,” said Ann Lee, the director, “and B.”" is one quotation of Lee’s; a term before "and telling her, “…”" is not its first half', () => {
    const quotes = run(
      '"We have had offices here since last April," said Ann Lee, the campaign\'s state director, "and we have been forming relationships that last."',
      'In June, Tom Hale emailed her, addressing her as "Annie" and telling her, "you are an all-star player and we need you."',
    ).quotes;
    expect(quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Ann Lee', 'We have had offices here since last April … and we have been forming relationships that last.'],
      ['Tom Hale', 'you are an all-star player and we need you.'],
    ]);
  });
});

describe('session 11, kind 1: a possessed body is no other name for the last unnamed source', () => {
  it('"her office said" after "According to the report" is not the report', () => {
    const quotes = run(
      'The mayor, Ann Lee, spoke on Tuesday.',
      'According to the report, the agency overspent.',
      'Ms. Lee declined to comment, but her office said in a statement that the figures were "under review."',
    ).quotes;
    expect(quotes.at(-1)!.speaker).not.toBe('the report');
  });
});

describe('session 11, kind 7: an opening according-to whose source has a participle apposition', () => {
  it('"According to the report, published Monday by the state auditor, the agency overspent …" is the clause after it', () => {
    expect(run('According to the report, published Monday by the state auditor, the agency overspent by $3 million.').quotes.map((q) => [q.speaker, q.quote]))
      .toEqual([['the report', 'the agency overspent by $3 million']]);
  });
});

describe('session 11, kind 2: "Chamber" heads an organisation’s name', () => {
  it('"The Leeds Chamber of Commerce has announced that …" is the whole name', () => {
    expect(run('Not every body is distancing itself from the singer. The Leeds Chamber of Commerce has announced that it will not remove his plaque from the square.').quotes
      .map((q) => q.speaker)).toEqual(['Leeds Chamber of Commerce']);
  });
});

describe('session 11, kind 7: a coordinated verb after an auxiliary', () => {
  it('"He did not name his rivals but did note that …" shares the subject', () => {
    expect(run('Tom Ruiz largely eschewed politics. He did not mention his opponents by name but did note that he had won the most states and the most votes.').quotes
      .map((q) => [q.speaker, q.quote])).toEqual([['Tom Ruiz', 'he had won the most states and the most votes']]);
  });
});

describe('session 11, kind 7: a speech verb in an infinitive of purpose', () => {
  it('"X stood at a town event to say he was leaning toward …" is X’s; "declined to say" is not', () => {
    const quotes = run(
      'Tom Emanuel of Laconia stood at a town event here to say he was leaning toward supporting the mayor.',
      'Ann Ruiz declined to say she would run again for the seat.',
    ).quotes;
    expect(quotes.map((q) => [q.speaker, q.quote])).toEqual([['Tom Emanuel', 'he was leaning toward supporting the mayor']]);
  });
});

describe('session 11, kind 6: a name inside a description set off before the verb', () => {
  it('"Geoff Garin, a pollster who is working with Priorities USA, a pro-Clinton PAC, said …" is Garin', () => {
    expect(run('Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC, said the primaries have reinforced perceptions of her as strong.').quotes
      .map((q) => q.speaker)).toEqual(['Geoff Garin']);
  });
});

describe('session 11, kind 6: a role of a body whose closing comma is missing', () => {
  it('"Anthony Anton, president and CEO of Washington Restaurant Association stated, “…”" is Anton', () => {
    expect(run('Anthony Anton, president and CEO of Washington Restaurant Association stated, “It’s not a political problem; it’s a math problem.”').quotes
      .map((q) => q.speaker)).toEqual(['Anthony Anton']);
  });
});

describe('session 12, kind 2: names of days and names after "a" are no people', () => {
  it('"on Memorial Day" is no antecedent for "she"', () => {
    const quotes = run(
      'Lena Marsh, who was adopted from Korea as a baby, learned at 30 that she was never naturalized.',
      'Many adoptees avoid travel and keep away from the polls on Memorial Day.',
      '“I am even more scared now,” she said.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Lena Marsh']);
  });

  it('"a replica Silver Star", "an Academy Award" are things; "Doris Day" is still a person', () => {
    const { registry } = setup(
      'The governor was criticised for accepting a replica Silver Star from a supporter at a rally.',
      'Her film had won an Academy Award before Doris Day joined the cast.',
    );
    const kindOf = (name: string) => registry.entities.find((e) => e.name === name)?.kind;
    expect(kindOf('Silver Star')).not.toBe('person');
    expect(kindOf('Academy Award')).not.toBe('person');
    expect(kindOf('Doris Day')).toBe('person');
  });

  it('"World War II" is no person; a numeral after a surname still is ("Stan Pate IV")', () => {
    const { registry } = setup('It was the worst bloodshed since World War II, and Stan Pate IV said he would help.');
    const kindOf = (name: string) => registry.entities.find((e) => e.name === name)?.kind;
    expect(kindOf('World War II')).not.toBe('person');
    expect(kindOf('Stan Pate IV')).toBe('person');
  });
});

describe('session 12, kind 9: he or she after an unnamed source', () => {
  it('a quotation in the next paragraph is the unnamed source’s when that paragraph names nobody before it', () => {
    const quotes = run(
      'Oskar Lindqvist, a local fisherman, said the lorry came out of nowhere.',
      'A reporter for a regional radio station called the scene “total confusion.”',
      '“We saw people running in every direction,” he said.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Oskar Lindqvist', 'a reporter for a regional radio station', 'a reporter for a regional radio station']);
  });

  it('a name inside the unnamed source’s own sentence does not take the next "He added"', () => {
    const quotes = run(
      'Ambassador Tom Ferris said he had met the donor twice.',
      'A spokesman for Mr. Kowal said the inquiry had nothing to do with Mr. Ferris. He added that the dinner had been brief.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Ferris', 'a spokesman for Mr. Kowal', 'a spokesman for Mr. Kowal']);
  });

  it('who asked is not who answers, and a name before the source in its own sentence keeps a pronoun there', () => {
    const quotes = run(
      'Senator Ada Morrow drew cheers when a voter asked if she would run again.',
      '“Wow, what a question,” she replied.',
      'Morrow, a close aide said, “is very confident,” and for years she has told staff that “one loss is enough.”',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['a voter', 'Ada Morrow', 'a close aide', 'Ada Morrow']);
  });
});

describe('session 12, kind 2: a surname shared with someone named as a relation', () => {
  it('"Lindqvist" is the woman the story is about, not "her husband, Erik Lindqvist"', () => {
    const quotes = run(
      'Marta Lindqvist, whose husband, Army Sgt. Erik Lindqvist, died in the crash, spoke to a radio host on Monday.',
      'Lindqvist said she does not blame the pilots.',
      '“They did everything they could,” she said.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Marta Lindqvist', 'Marta Lindqvist']);
  });
});

describe('session 12, kind 7: reported clauses after subjects the rules missed', () => {
  it('"the suit claims that …": a document as the subject of a noun-like speech verb', () => {
    expect(summary(run('Among other allegations, the lawsuit claims that the mayor misled the council twice.'))).toEqual([
      ['the lawsuit', 'indirect', [1], 'the mayor misled the council twice'],
    ]);
    // A noun and its relative clause stay a noun: "the report claims that were denied".
    expect(run('The insurer reviewed the report claims that were denied last year.').quotes).toEqual([]);
  });

  it('"Recently, X stood … to say …": an opening adverb in -ly set off by a comma, not a name like "Kelly,"', () => {
    expect(run('Recently, Tom Ruiz of Laconia stood at a town event to say he was leaning toward the mayor.').quotes
      .map((q) => [q.speaker, q.quote])).toEqual([['Tom Ruiz', 'he was leaning toward the mayor']]);
    expect(run('Kelly, a nurse from Ohio, said the ward was full by noon.').quotes.map((q) => q.speaker)).toEqual(['Kelly']);
  });

  it('"The officials whose laws were struck down say …" is the officials; "The hacker whose mischief revealed that …" is no speech', () => {
    expect(run('The state officials whose laws have been invalidated say the real change has come in the courts.').quotes
      .map((q) => [q.speaker, q.quote])).toEqual([['the state officials', 'the real change has come in the courts']]);
    expect(run('The hacker whose mischief first revealed that the minister used a private server pleaded guilty on Wednesday.').quotes).toEqual([]);
  });
});

describe('session 12, kind 7: a that-clause that introduces a quotation with a colon', () => {
  it('"He adds that … two choices: “…”" is one statement: the clause and the quotation', () => {
    expect(summary(run('Tom Ruiz spoke last. He adds that families here have two choices: “You either leave or you fight.”'))).toEqual([
      ['Tom Ruiz', 'partial', [1], 'families here have two choices: “You either leave or you fight.”'],
    ]);
  });

  it('not when the colon follows another speaker’s verb or a relative clause', () => {
    const quotes = run('Ann Roe said that experts had approved her plan, to which Tom Ruiz replied: “That is just not true.”').quotes;
    expect(quotes.some((q) => q.quote.includes('experts had approved her plan') && q.quote.includes('just not true'))).toBe(false);
  });
});

describe('session 12, kind 7: a clause holding a fragment that hangs on its own pronoun', () => {
  it('"telling reporters that he thinks the exit is “a great thing”" is one statement, not a clause and a bare fragment', () => {
    expect(summary(run('Tom Ruiz hailed the vote on Friday, telling reporters that he thinks the exit is “a great thing.”')).filter((q) => q[1] !== 'indirect')).toEqual([
      ['Tom Ruiz', 'partial', [1], 'he thinks the exit is “a great thing.”'],
    ]);
  });

  it('a name inside the clause keeps its own fragment ("that Ann Roe called it “a disgrace”")', () => {
    const quotes = run('Tom Ruiz told reporters that Ann Roe called the plan “a disgrace to the city.”').quotes;
    expect(quotes.map((q) => [q.speaker, q.quote])).toContainEqual(['Ann Roe', 'a disgrace to the city.']);
  });
});

describe('session 12, kind 2: a name that opens with two given names', () => {
  it('"Jim Yong Kim", "Mary Kay Henry" keep their first given name; "Republican Ann Ruiz" still drops the label', () => {
    const quotes = run(
      'The board on Thursday backed Jim Yong Kim for a second term, and Mary Kay Henry said the union agreed.',
      'Republican Ann Ruiz said the vote was a mistake.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Mary Kay Henry', 'Ann Ruiz']);
    const { registry } = setup('The board on Thursday backed Jim Yong Kim for a second term.');
    expect(registry.entities.map((e) => e.name)).toContain('Jim Yong Kim');
  });
});

describe('session 12, kind 9: a given name’s usual gender is a guess the article can overrule', () => {
  it('"Sen. Lindsey Moss called out his rival" makes Moss "he" for the rest of the story', () => {
    const quotes = run(
      'At a conference on Thursday, candidate Sen. Lindsey Moss called out his rival Tom Ruiz for insulting voters.',
      'Moss said, “I believe we are losing the vote because they think we do not like them.”',
      'He continued, “I believe Tom Ruiz is destroying our chance to win.”',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Lindsey Moss', 'Lindsey Moss']);
  });

  it('a woman’s given name stays hers when the article agrees ("Lindsey Moss … her plan")', () => {
    const quotes = run(
      'Lindsey Moss unveiled her plan on Monday, and Tom Ruiz attacked it.',
      '“It will work,” she said.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Lindsey Moss']);
  });

  it('"Mr. Hale" after "Ann Hale" and "Tom Hale" is Tom; "Mrs. Hale" is Ann', () => {
    const quotes = run(
      'Ann Hale and her husband, Tom Hale, run the bakery. Ann Hale opened it in 1990.',
      'Mr. Hale said the oven was older than the shop.',
      'Mrs. Hale said the recipes were her mother’s.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Hale', 'Ann Hale']);
  });
});

describe('session 12, kind 6: the names in an opening adjunct and a told-object before the circumstances', () => {
  it('"In an interview with hosts Joe Roe and Mika Lee, the candidate stated that …" is no apposition to Lee', () => {
    const quotes = run(
      'Ann Ruiz does not recognize the man she used to know.',
      'In an interview with morning show hosts Joe Roe and Mika Lee, the Democratic candidate stated that the comments do not fit with what she knew.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['the Democratic candidate']);
  });

  it('"“…?” Tom Ruiz told Britain’s ITV television station in an interview aired on Monday when asked …" is Ruiz’s, and no clause of its own', () => {
    const quotes = run(
      'Tom Ruiz said he was unlikely to get along with Ann Roe because she called him “divisive.”',
      'Roe criticised Ruiz in parliament and suggested that he would unite the country against him if he visited.',
      '“It looks like we’re not going to have a very good relationship, who knows?” Ruiz told Britain’s ITV television station in an interview aired on Monday when asked how ties would fare if he won.',
    ).quotes;
    expect(quotes.filter((q) => q.paragraphs[0] === 3).map((q) => [q.speaker, q.kind])).toEqual([['Tom Ruiz', 'direct']]);
  });
});

describe('session 12, kind 7: a who-clause set off after a person’s name reports that person', () => {
  it('"… Chris Moss, who says the senator lacks …" is Moss’s; the clause ends at its comma; acts and kinds of people are not', () => {
    const quotes = run(
      'The attacks came from Chris Moss, who says the freshman senator does not have the experience to lead.',
      'Dana Kerr, who says the mayor lied to her in 2010, repeated the charge on the radio.',
      'Ann Roe, who praised the police, left early.',
      'Voters who say the economy is bad backed him.',
    ).quotes;
    expect(quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['Chris Moss', 'the freshman senator does not have the experience to lead'],
      ['Dana Kerr', 'the mayor lied to her in 2010'],
    ]);
  });

  it('a reported clause between the halves of one quotation does not part them', () => {
    expect(summary(run('“The candidates just don’t understand the military,” said Tom Ruiz, who said he would vote for neither. “Their plans are far out there.”'))).toEqual([
      ['Tom Ruiz', 'direct', [1], 'The candidates just don’t understand the military … Their plans are far out there.'],
      ['Tom Ruiz', 'indirect', [1], 'he would vote for neither'],
    ]);
  });
});

describe('session 12, kind 1: an epithet for the person the paragraph is about', () => {
  it('"Moss would not say whether … . The minority leader said flatly: “…”" is Moss', () => {
    const quotes = run(
      'Tom Moss spoke to reporters by telephone on Wednesday.',
      'Still, Moss would not say whether he would prefer to face Ann Roe or Sen. Ted Ruiz (R-Texas). The minority leader said flatly: “I don’t think it matters.”',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Moss']);
  });

  it('not a plural ("her aides"), "the other candidate", nor the person the sentence names only as a possessor', () => {
    const quotes = run(
      'Ann Roe spoke in Ohio on Monday. The aides said the schedule would not change.',
      'Roe’s husband, Tom, attacked her rival on Sunday. But the former president said on Monday that he regretted the tone.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).not.toContain('Ann Roe');
  });
});

describe('session 12, kind 9: a party’s members named as a group are "they"', () => {
  it('"Yet Republicans have …. They say …" after an institute spoke is the Republicans', () => {
    const quotes = run(
      'The Hartwell Institute said the war was costly.',
      'Yet Republicans have spent months on the attack, and they are circulating new talking points. They say the senator opposed leaving a residual force in 2011.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Hartwell Institute', 'Republicans']);
  });
});

describe('session 12, kind 7: topics, places and objects are no statements', () => {
  it('"anything the senator said on stage to justify …", "“…?” Lee said about Moss’s effort to …" report nothing after the verb', () => {
    const quotes = run(
      'The defense was as damaging as anything the Vermont senator said on stage to justify his own position.',
      '“Who remembers that?” Ann Lee said about Tom Moss’s effort to play down his ties to the firm.',
    ).quotes;
    expect(quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('"About 58 percent of companies …" and "on the show that …" are still statements', () => {
    const quotes = run('The Labor Department said about 58 percent of large companies offer paid leave.').quotes;
    expect(quotes.map((q) => q.quote)).toEqual(['about 58 percent of large companies offer paid leave']);
  });
});

describe('session 12, kind 7: "Like X," opens a sentence as an adverbial', () => {
  it('"Like Corker, Menendez rejected …, arguing that there is “flexibility” …" is Menendez’s', () => {
    const quotes = run('Like Tom Corker, Bob Menendez also rejected the notion that the bill was flawed, arguing that there is “flexibility for the administration” in the sanctions regime.').quotes;
    expect(quotes.map((q) => [q.speaker, q.kind])).toEqual([['Bob Menendez', 'partial']]);
  });
});

describe('session 12, kind 2: a capitalised office with no name is its holder, as written', () => {
  it('"Chad’s Ambassador to France confirmed …", "The Foreign Minister of Peru said …", "Britain’s Prime Minister said …"', () => {
    const quotes = run(
      'The talks were held in Paris on Monday.',
      'Chad’s Ambassador to France confirmed that the two leaders had met.',
      'The Foreign Minister of Peru said the talks would resume in May.',
      'Britain’s Prime Minister said the deal was dead.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Chad’s Ambassador to France', 'the Foreign Minister of Peru', 'Britain’s Prime Minister']);
  });

  it('not a titled name ("Prime Minister Ann Lee said") nor one bare word ("King says" after "Billie Jean King")', () => {
    const quotes = run(
      'Prime Minister Ann Lee said the deal was alive.',
      'Billie Jean King spoke at the service. King says the champion talked the talk and walked the walk.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Ann Lee', 'Billie Jean King']);
  });
});

describe('session 12, kind 7: a panel, a hearing or a rally is who was told, not what', () => {
  it('"…, Defense Secretary Ash Moss told a Senate panel Wednesday." reports the clause before', () => {
    expect(run('This includes a special force to assist the Kurdish fighters, Defense Secretary Ash Moss told a Senate panel Wednesday.').quotes
      .map((q) => [q.speaker, q.quote])).toEqual([['Ash Moss', 'This includes a special force to assist the Kurdish fighters']]);
  });

  it('"told a Planned Parenthood gathering in Washington she will …" reports from "she"', () => {
    expect(run('Ann Roe told a Planned Parenthood gathering in Washington she will protect the clinics.').quotes
      .map((q) => q.quote)).toEqual(['she will protect the clinics']);
  });
});

describe('session 12, kind 7: "…, X wrote Y." names whom the letter was to', () => {
  it('"…, and there is no need to move them, Kennedy wrote Linick." reports the clause before', () => {
    const quotes = run(
      'Inspector General Steve Linick questioned where the records were kept.',
      'Some paper records are already stored in a certified records center, and there is no need to move them, Pat Kennedy wrote Linick.',
    ).quotes;
    expect(quotes.filter((q) => q.paragraphs[0] === 2).map((q) => [q.speaker, q.quote])).toEqual([
      ['Pat Kennedy', 'Some paper records are already stored in a certified records center, and there is no need to move them'],
    ]);
  });
});

describe('session 12, kind 7: a bare day between the verb and a comma', () => {
  it('"The deal was a mistake, Roe said Friday, because …" reports the clause before, not "Friday, because …"', () => {
    const quotes = run('Ann Roe spoke in Ohio.', 'The deal was a mistake, Roe said Friday, because it gave away too much.').quotes;
    expect(quotes.map((q) => [q.speaker, q.quote])).toEqual([['Ann Roe', 'The deal was a mistake']]);
  });
});

describe('session 12, kind 7: a that-clause after a verb whose quotation came before it', () => {
  it('"Citing “obligations in Tennessee,” the spokeswoman told POLITICO that Gore plans …" reports the that-clause too', () => {
    const quotes = run('Citing “obligations in Tennessee,” the former vice president’s spokeswoman told POLITICO that Gore plans to skip the convention.').quotes;
    expect(quotes.map((q) => q.quote)).toContain('Gore plans to skip the convention');
  });
});
