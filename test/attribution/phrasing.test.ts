/** Everyday newsroom phrasings, one sentence each, with the speaker and kind they must give. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('common attribution phrasings', () => {
  it.each([
    ['“I’m delighted,” said Coach Mike Rowe, whose team won.', 'Mike Rowe', 'direct', null],
    ['Asked whether he would resign, Boris Johnson said: “No.”', 'Boris Johnson', 'direct', null],
    ['The senator, speaking at a rally in Ohio, said the bill would pass.', 'the senator', 'indirect', null],
    ['In a statement, the company said it “deeply regrets” the incident.', 'the company', 'partial', null],
    ['“This is a disaster,” one resident, who asked not to be named, told the BBC.', 'one resident', 'direct', 'BBC'],
    ['A spokesperson for the Home Office said: “We do not comment on individual cases.”', 'a spokesperson for the Home Office', 'direct', null],
    ['Police said a 34-year-old man had been arrested.', 'police', 'indirect', null],
    ['Dr Amelia Watts, who led the study, says the results are “deeply worrying”.', 'Amelia Watts', 'partial', null],
    ['The minister’s spokesman said the claims were “baseless”.', 'the minister’s spokesman', 'partial', null],
    ['Residents say the noise is unbearable.', 'residents', 'indirect', null],
    ['Asked about the claims, Ms Priya Patel replied: “Absolutely not.”', 'Priya Patel', 'direct', null],
    ['“It’s a good day,” added Jones.', 'Jones', 'direct', null],
    ['Smith wrote on Twitter that the decision was “shameful”.', 'Smith', 'partial', null],
    ['Mr Smith’s lawyer, Jane Doe, said her client denied all charges.', 'Jane Doe', 'indirect', null],
    ['Ingrid Solberg said: ‘We find fibres in every core.’', 'Ingrid Solberg', 'direct', null],
    ["'We find fibres in every core,' says Solberg.", 'Solberg', 'direct', null],
  ])('%s', (text, speaker, kind, via) => {
    const [quote, ...rest] = run(text).quotes;
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({ speaker, kind, via });
  });

  it('keeps the role in the description: "Jane Doe (Mr Smith’s lawyer)"', () => {
    const result = run('Mr Smith’s lawyer, Jane Doe, said her client denied all charges.');
    expect(result.speakers[0]!.description).toBe('Mr Smith’s lawyer');
  });

  it('“…,” she says. “…” in one paragraph is one statement', () => {
    const result = run('Amelia Watts runs the lab.', '“We’re not going anywhere,” she says. “This is home.”');
    expect(result.quotes.map((q) => [q.speaker, q.quote])).toEqual([['Amelia Watts', 'We’re not going anywhere … This is home.']]);
  });
});

describe('inverted descriptions, initials, particles and unnamed people', () => {
  it.each([
    ['“We have lost everything,” said Delta Farmers’ Association president K. Senthilvelan.', 'K. Senthilvelan', 'direct'],
    ['Agriculture Minister M.R.K. Panneerselvam told reporters that the government would release funds.', 'M.R.K. Panneerselvam', 'indirect'],
    ['“Where will we get the money?” asked S. Kannan, a farmer from Thiruvarur.', 'S. Kannan', 'direct'],
    ['Murugan, 52, said he had borrowed money from a moneylender.', 'Murugan', 'indirect'],
    ["'I'll be honest: ministers' plans aren't enough,' said one former whip, who asked not to be named.", 'one former whip', 'direct'],
    ["A Downing Street spokesperson said: 'We are listening.'", 'a Downing Street spokesperson', 'direct'],
  ])('%s', (text, speaker, kind) => {
    const [quote, ...rest] = run(text).quotes;
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({ speaker, kind });
  });

  it('links "Ms. de Souza" and "De Souza" to the full name', () => {
    expect(run(
      'Activist Maria de Souza said the relief was too little. “It is an insult,” Ms. de Souza said.',
      'De Souza added that the farmers would continue their protest.',
    ).quotes.map((q) => q.speaker)).toEqual(['Maria de Souza', 'Maria de Souza', 'Maria de Souza']);
  });

  it('resolves "the Minister" and "the prime minister" to the person introduced with that title', () => {
    expect(run(
      'Agriculture Minister M.R.K. Panneerselvam visited the delta.',
      'The Minister said the survey would be completed in a week.',
      'Prime Minister Keir Starmer insisted the reforms would go ahead.',
      "'We will not be deflected,' the prime minister said.",
    ).quotes.map((q) => q.speaker)).toEqual(['M.R.K. Panneerselvam', 'Keir Starmer', 'Keir Starmer']);
  });

  it('"the MP said" after an unnamed former whip spoke is the same person', () => {
    expect(run(
      "'Ministers' plans aren't enough,' said one former whip, who asked not to be named.",
      "'Ministers' promises have meant nothing since the '80s,' the MP said.",
    ).quotes.map((q) => [q.speaker, q.quote])).toEqual([
      ['one former whip', "Ministers' plans aren't enough"],
      ['one former whip', "Ministers' promises have meant nothing since the '80s"],
    ]);
  });

  it('a fresh subject in the previous sentence takes the pronoun over the last speaker', () => {
    expect(run(
      'Carla Fontes, the mayor, defended the ban.',
      '“Paris banned them,” said councillor Bruno Lacerda.',
      'Fontes rejected that criticism. She said the city had tried parking zones.',
    ).quotes.map((q) => q.speaker)).toEqual(['Bruno Lacerda', 'Carla Fontes']);
  });
});
