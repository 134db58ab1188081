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
