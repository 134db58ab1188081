import { describe, expect, it } from 'vitest';
import { editDistance, findSpeaker, normaliseName, speakerChoices, suggestSpeakers } from '../../src/answers/match.ts';
import { answerQuotes } from '../../src/answers/quotes.ts';
import { answerSpeakers } from '../../src/answers/speakers.ts';
import type { Attribution, Quote, Speaker } from '../../src/attribution/types.ts';

function speaker(name: string, aliases: string[], description: string | null, firstParagraph: number): Speaker {
  return {
    id: normaliseName(name).replace(/ /g, '-'),
    name,
    kind: 'person',
    description,
    aliases,
    firstParagraph,
  };
}

function quote(speakerName: string, words: string, paragraphs: number[], kind: Quote['kind'] = 'direct', via: string | null = null): Quote {
  return { speaker: speakerName, quote: words, kind, paragraphs, via };
}

/** Hand-built, in a style unlike any real article: quotes listed out of paragraph order on purpose. */
const attribution: Attribution = {
  speakers: [
    speaker('Renée Okafor', ['Okafor', 'Ms Okafor', 'the finance chair'], 'the finance chair', 2),
    speaker('Tomás Ferreira', ['Ferreira', 'Mr Ferreira'], 'a councillor for the north ward', 4),
    speaker('City Hall', [], null, 6),
    speaker('Tom Ferris', ['Ferris'], 'a local shopkeeper', 8),
  ],
  quotes: [
    quote('Tomás Ferreira', 'This budget fails the north', [4]),
    quote('Renée Okafor', 'It is a fair deal', [2]),
    quote('Renée Okafor', 'the numbers add up', [5], 'partial'),
    quote('City Hall', 'the plan would be reviewed', [6], 'indirect', 'the Harbour Gazette'),
    quote('Renée Okafor', 'We will not cut libraries. Not this year, not next year', [9, 10]),
    quote('Tom Ferris', 'Nobody asked us', [8]),
  ],
  mentioned: [speaker('Alex Grant', ['Grant'], 'the mayor', 1)],
};

describe('answerQuotes', () => {
  it('lists every quote in article order without a speaker', () => {
    const result = answerQuotes(attribution);
    expect(result.command).toBe('quotes');
    expect(result.speaker).toBeNull();
    expect(result.quotes.map((q) => q.paragraphs[0])).toEqual([2, 4, 5, 6, 8, 9]);
    expect(result.suggestions).toBeUndefined();
    expect(result.quotes[3]).toEqual({
      speaker: 'City Hall',
      quote: 'the plan would be reviewed',
      kind: 'indirect',
      paragraphs: [6],
      via: 'the Harbour Gazette',
    });
  });

  it.each(['okafor', 'Renée Okafor', 'RENEE  okafor', 'renee okafor', 'Ms. Okafor', 'the finance chair', ' reneeokafor '])(
    'matches %j to Renée Okafor by any alias, ignoring case, accents and spaces',
    (typed) => {
      const result = answerQuotes(attribution, typed);
      expect(result.speaker).toBe('Renée Okafor');
      expect(result.quotes.map((q) => q.quote)).toEqual([
        'It is a fair deal',
        'the numbers add up',
        'We will not cut libraries. Not this year, not next year',
      ]);
      expect(result.quotes[2]!.paragraphs).toEqual([9, 10]);
      expect(result.suggestions).toBeUndefined();
    },
  );

  it('matches a first name alone when only one speaker has it', () => {
    expect(answerQuotes(attribution, 'tomas').speaker).toBe('Tomás Ferreira');
  });

  it('gives no quotes and the closest names for an unknown speaker', () => {
    const result = answerQuotes(attribution, 'Ferrara');
    expect(result.speaker).toBe('Ferrara');
    expect(result.quotes).toEqual([]);
    expect(result.suggestions?.[0]).toBe('Tomás Ferreira');
    expect(result.suggestions!.length).toBeLessThanOrEqual(3);
  });

  it('says a name that is mentioned but never quoted is exactly that, as /who-said does', () => {
    for (const typed of ['Alex Grant', 'Grant', 'the mayor']) {
      const result = answerQuotes(attribution, typed);
      expect(result.quotes).toEqual([]);
      expect(result.note).toBe('Alex Grant is mentioned in the article but never quoted.');
    }
  });

  it('answers for the one speaker a name is a typing slip from, and says what was typed', () => {
    for (const typed of ['Okafr', 'Ferreria', 'Ms Okafro']) {
      const result = answerQuotes(attribution, typed);
      expect(result.speaker, typed).not.toBe(typed);
      expect(result.quotes.length).toBeGreaterThan(0);
      expect(result.correctedFrom).toBe(typed);
    }
    expect(answerQuotes(attribution, 'Okafr').speaker).toBe('Renée Okafor');
    // "Feris" is one slip from Ferris only; "Ferr" is too short to guess from.
    expect(answerQuotes(attribution, 'Feris').speaker).toBe('Tom Ferris');
    expect(answerQuotes(attribution, 'Ferr').correctedFrom).toBeUndefined();
  });

  it('matches titles and roles: "Mr X", "Prof. X", "Councillor X", a description\'s role', () => {
    expect(answerQuotes(attribution, 'Mr Ferreira').speaker).toBe('Tomás Ferreira');
    expect(answerQuotes(attribution, 'Councillor Ferreira').speaker).toBe('Tomás Ferreira');
    expect(answerQuotes(attribution, 'Prof. Okafor').speaker).toBe('Renée Okafor');
    expect(answerQuotes(attribution, 'the shopkeeper').speaker).toBe('Tom Ferris');
    expect(answerQuotes(attribution, 'a councillor').speaker).toBe('Tomás Ferreira');
  });

  it('suggests only names close in spelling, never arbitrary speakers', () => {
    const result = answerQuotes(attribution, 'Zzyzx Qwerty');
    expect(result.quotes).toEqual([]);
    expect(result.suggestions).toEqual([]);
    expect(answerQuotes(attribution, 'Okafoor Renay').suggestions?.[0]).toBe('Renée Okafor');
  });

  it('treats a blank speaker as no speaker', () => {
    expect(answerQuotes(attribution, '   ').speaker).toBeNull();
    expect(answerQuotes(attribution, null).quotes).toHaveLength(6);
  });

  it('handles an article with no quotes', () => {
    const empty: Attribution = { quotes: [], speakers: [], mentioned: [] };
    expect(answerQuotes(empty).quotes).toEqual([]);
    expect(answerQuotes(empty, 'anyone')).toEqual({ command: 'quotes', speaker: 'anyone', quotes: [], suggestions: [] });
  });
});

describe('answerSpeakers', () => {
  it('lists quoted speakers in order with descriptions and quote counts', () => {
    expect(answerSpeakers(attribution)).toEqual({
      command: 'speakers',
      speakers: [
        { name: 'Renée Okafor', description: 'the finance chair', quotes: 3 },
        { name: 'Tomás Ferreira', description: 'a councillor for the north ward', quotes: 1 },
        { name: 'City Hall', description: null, quotes: 1 },
        { name: 'Tom Ferris', description: 'a local shopkeeper', quotes: 1 },
      ],
    });
  });
});

describe('speaker matching', () => {
  it('normalises names', () => {
    expect(normaliseName('  Mr. Ártyom  LUKIN ')).toBe('mr artyom lukin');
    expect(normaliseName('O’Brien')).toBe('obrien');
  });

  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('returns null for an ambiguous surname shared by two speakers', () => {
    const twins: Attribution = {
      speakers: [speaker('Ann Lee', [], null, 1), speaker('Bo Lee', [], null, 2)],
      quotes: [],
      mentioned: [],
    };
    expect(findSpeaker(twins, 'lee')).toBeNull();
    expect(findSpeaker(twins, 'bo lee')?.name).toBe('Bo Lee');
    expect(suggestSpeakers(twins, 'lee')).toEqual(['Ann Lee', 'Bo Lee']);
  });

  it('ranks suggestions by closeness and respects the limit', () => {
    expect(suggestSpeakers(attribution, 'Feris')[0]).toBe('Tom Ferris');
    expect(suggestSpeakers(attribution, 'Okafr', 1)).toEqual(['Renée Okafor']);
    expect(suggestSpeakers(attribution, 'x', 0)).toEqual([]);
  });

  it('autocompletes from a few letters of any alias, prefixes first', () => {
    expect(speakerChoices(attribution, 'fer').map((c) => c.value)).toEqual(['Tomás Ferreira', 'Tom Ferris']);
    expect(speakerChoices(attribution, 'tom').map((c) => c.value)).toEqual(['Tomás Ferreira', 'Tom Ferris']);
    expect(speakerChoices(attribution, 'finance').map((c) => c.value)).toEqual(['Renée Okafor']);
    expect(speakerChoices(attribution, '').map((c) => c.value)).toHaveLength(4);
  });

  it('falls back to fuzzy choices when nothing starts with the typed text', () => {
    expect(speakerChoices(attribution, 'okfor')[0]?.value).toBe('Renée Okafor');
  });

  it('keeps autocomplete within Discord limits', () => {
    const many: Attribution = {
      speakers: Array.from({ length: 40 }, (_, i) =>
        speaker(`Speaker Number ${i} ${'X'.repeat(120)}`, [], 'a very long description '.repeat(10), i + 1),
      ),
      quotes: [],
      mentioned: [],
    };
    const choices = speakerChoices(many, 'speaker', 50);
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('roles are common nouns of a description, not the names in it', () => {
  const withPlace: Attribution = {
    speakers: [
      speaker('Ann Lee', [], 'a lecturer at Leeds University', 1),
      speaker('Bo Chan', [], 'the mayor', 2),
    ],
    quotes: [quote('Ann Lee', 'It will pass', [1]), quote('Bo Chan', 'We are ready', [2])],
    mentioned: [],
  };

  it('"lecturer" and "the mayor" find their speakers; "Leeds" alone is not a role', () => {
    expect(answerQuotes(withPlace, 'lecturer').speaker).toBe('Ann Lee');
    expect(answerQuotes(withPlace, 'the mayor').speaker).toBe('Bo Chan');
    expect(answerQuotes(withPlace, 'Leeds').quotes).toEqual([]);
    expect(answerQuotes(withPlace, 'the Leeds lecturer').speaker).toBe('Ann Lee');
  });
});
