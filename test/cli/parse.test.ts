import { describe, expect, it } from 'vitest';
import { parseCommandLine, type OptionNamesOf } from '../../src/cli/parse.ts';

const OPTIONS: Record<string, string[]> = {
  speakers: [],
  quotes: ['speaker'],
  'who-said': ['query'],
  search: ['query', 'limit'],
};
const optionNamesOf: OptionNamesOf = (name) => OPTIONS[name];

function parse(line: string) {
  return parseCommandLine(line, optionNamesOf);
}

describe('parseCommandLine', () => {
  it('reads a command with and without the slash, in any case', () => {
    expect(parse('/speakers')).toEqual({ ok: true, command: 'speakers', options: {} });
    expect(parse('  speakers  ')).toEqual({ ok: true, command: 'speakers', options: {} });
    expect(parse('/Quotes')).toEqual({ ok: true, command: 'quotes', options: {} });
  });

  it('reads a value with spaces up to the end', () => {
    expect(parse('/quotes speaker:Artyom Lukin')).toEqual({ ok: true, command: 'quotes', options: { speaker: 'Artyom Lukin' } });
    expect(parse('/quotes speaker: Artyom   Lukin ')).toEqual({ ok: true, command: 'quotes', options: { speaker: 'Artyom   Lukin' } });
  });

  it('ends a value at the next option of the same command only', () => {
    expect(parse('/search query:who said: no way limit:3')).toEqual({
      ok: true,
      command: 'search',
      options: { query: 'who said: no way', limit: '3' },
    });
    expect(parse('/who-said query:what is the speaker: a minister?')).toEqual({
      ok: true,
      command: 'who-said',
      options: { query: 'what is the speaker: a minister?' },
    });
  });

  it('reads quoted values, which may hold option-like text', () => {
    expect(parse('/quotes speaker:"Artyom Lukin"')).toEqual({ ok: true, command: 'quotes', options: { speaker: 'Artyom Lukin' } });
    expect(parse('/search query:"limit:5 and more" limit:2')).toEqual({
      ok: true,
      command: 'search',
      options: { query: 'limit:5 and more', limit: '2' },
    });
    expect(parse('/quotes speaker:“Zhu Feng”')).toEqual({ ok: true, command: 'quotes', options: { speaker: 'Zhu Feng' } });
  });

  it('keeps an apostrophe inside an unquoted value', () => {
    expect(parse("/who-said query:Russia's position")).toEqual({
      ok: true,
      command: 'who-said',
      options: { query: "Russia's position" },
    });
  });

  it('takes bare text as the value of a lone option', () => {
    expect(parse('/quotes Lukin')).toEqual({ ok: true, command: 'quotes', options: { speaker: 'Lukin' } });
  });

  it('passes an unknown option through for the schema to refuse', () => {
    expect(parse('/quotes colour:blue')).toEqual({ ok: true, command: 'quotes', options: { colour: 'blue' } });
    const inherited = parse('/quotes constructor:x');
    expect(inherited.ok && Object.keys(inherited.options)).toEqual(['constructor']);
  });

  it('refuses stray text, repeated options and an empty line', () => {
    expect(parse('/search hello world')).toMatchObject({ ok: false, error: expect.stringMatching(/name:value/) });
    expect(parse('/quotes speaker:a speaker:b')).toMatchObject({ ok: false, error: expect.stringMatching(/more than once/) });
    expect(parse('/quotes speaker:"a" b')).toMatchObject({ ok: false, error: expect.stringMatching(/Unexpected text/) });
    expect(parse('   ')).toMatchObject({ ok: false });
    expect(parse('/')).toMatchObject({ ok: false });
  });

  it('leaves an unknown command for the caller to report', () => {
    expect(parse('/frobnicate x:y')).toEqual({ ok: true, command: 'frobnicate', options: {} });
  });
});
