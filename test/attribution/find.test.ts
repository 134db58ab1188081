import { describe, expect, it } from 'vitest';
import { findQuotes, openerAt } from '../../src/attribution/quotes/find.ts';

const find = (...texts: string[]) => findQuotes(texts.map((text, i) => ({ n: i + 1, text })));
const texts = (...paragraphs: string[]) => find(...paragraphs).map((q) => q.text);

describe('findQuotes: quotation marks of every house style', () => {
  it('finds curly double quotes', () => {
    expect(texts('“We will win,” she said.')).toEqual(['We will win']);
  });

  it('finds straight double quotes', () => {
    expect(texts('"We will win," she said. He called it "a farce".')).toEqual(['We will win', 'a farce']);
  });

  it('finds curly single quotes and keeps apostrophes inside', () => {
    expect(texts('‘We don’t know what Russia’s plan is,’ she said.')).toEqual(['We don’t know what Russia’s plan is']);
  });

  it('finds straight single quotes and keeps apostrophes inside', () => {
    expect(texts("'We don't know what Russia's plan is,' she said.")).toEqual(["We don't know what Russia's plan is"]);
  });

  it('finds guillemets', () => {
    expect(texts('Il a dit «Nous gagnerons» hier.')).toEqual(['Nous gagnerons']);
  });

  it('reports the exact offsets of marks and content', () => {
    const [q] = find('He said “yes” twice.');
    expect(q!.parts).toEqual([{ paragraph: 1, open: 8, start: 9, end: 12, close: 12 }]);
  });
});

describe('findQuotes: apostrophes are not quotation marks', () => {
  it.each([
    ["Russia's plan and the students' views don't matter."],
    ["It was the '90s and rock 'n' roll ruled."],
    ['It was the ’90s, the students’ decade.'],
    ["They're sure the company's staff won't strike."],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('does not close a single quote at a plural possessive followed by a word', () => {
    expect(texts("'I don't think the students' views matter,' she said.")).toEqual(["I don't think the students' views matter"]);
  });

  it('closes at a final s-apostrophe when nothing better follows', () => {
    expect(texts('‘It was about the workers’ he said.')).toEqual(['It was about the workers']);
  });

  it('openerAt rejects a mark glued to the previous word', () => {
    expect(openerAt("Russia's", 6)).toBeNull();
    expect(openerAt(" 'Yes'", 1)).toBe('single');
  });
});

describe('findQuotes: nesting', () => {
  it('keeps a nested single quote inside its double quote', () => {
    const result = texts('“Beijing sees the US as a ‘priority of priorities’ in its policy,” he said.');
    expect(result).toEqual(['Beijing sees the US as a ‘priority of priorities’ in its policy']);
  });

  it('keeps a nested double quote inside a single quote', () => {
    expect(texts('‘They called them "exceptional events", every time,’ he said.')).toEqual([
      'They called them "exceptional events", every time',
    ]);
  });

  it('keeps a possessive inside a double quote', () => {
    expect(texts('blamed “the US and its main allies’ suppression of the two countries”.')).toEqual([
      'the US and its main allies’ suppression of the two countries',
    ]);
  });
});

describe('findQuotes: quotes over several paragraphs', () => {
  it('joins an unclosed quote with the next paragraph that opens with a mark', () => {
    const quotes = find('“I don’t think it will work.', '“Even if they try, it will fail,” he said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts.map((p) => p.paragraph)).toEqual([1, 2]);
    expect(quotes[0]!.text).toBe('I don’t think it will work. Even if they try, it will fail');
  });

  it('runs over three paragraphs in straight quotes and then resumes scanning', () => {
    const quotes = find('"One.', '"Two.', '"Three," she said. Later she called it "fine".');
    expect(quotes.map((q) => q.parts.map((p) => p.paragraph))).toEqual([[1, 2, 3], [3]]);
    expect(quotes[1]!.text).toBe('fine');
  });

  it('does the same in British single quotes', () => {
    const quotes = find('‘We have been here for years.', '‘It’s our shop now,’ she said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts.map((p) => p.paragraph)).toEqual([1, 2]);
  });

  it('ends an unclosed double quote at its paragraph when the next does not open with a mark', () => {
    const quotes = find('He said “this never ends', 'Another paragraph.');
    expect(quotes.map((q) => q.parts.map((p) => p.paragraph))).toEqual([[1]]);
  });

  it('treats an unclosed, never continued single mark as an apostrophe', () => {
    expect(find("The 'word never closes here", 'Next paragraph.')).toEqual([]);
  });
});

describe('findQuotes: a stray space inside an opening mark', () => {
  it('reads "“ You know, …”" after a sentence as a quotation, and "word “ word" inside text as none', () => {
    expect(texts('“It is bad,” Henry said. “ You know, we found that.”')).toEqual(['It is bad', 'You know, we found that.']);
    expect(texts('The ad cuts to him saying, “ you have to give them a path.”')).toEqual(['you have to give them a path.']);
    expect(texts('A mark“ in the middle of words is no quotation.')).toEqual([]);
  });
});
