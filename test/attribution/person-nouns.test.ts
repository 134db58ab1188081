import { describe, expect, it } from 'vitest';
import { isCapitalisedPersonNoun, isPersonNoun } from '../../src/lexicon/person-nouns.ts';
import { pluralOf } from '../../scripts/wordnet/build-person-nouns.ts';

describe('person nouns (WordNet noun.person, data/wordnet/person-nouns.txt.gz)', () => {
  it('knows nouns for kinds of people, singular and plural, beyond the hand-written source list', () => {
    for (const word of ['proponent', 'proponents', 'forecasters', 'associates', 'longshoremen', 'alumni', 'children']) {
      expect(isPersonNoun(word), word).toBe(true);
    }
  });

  it('leaves out things, places, names and words whose commonest sense is not a person', () => {
    for (const word of ['bay', 'toll', 'statement', 'people', 'faulkner', 'fan', 'model', 'the', 'said']) {
      expect(isPersonNoun(word), word).toBe(false);
    }
  });

  it('holds capitalised nouns for a kind of person as written, never one person’s name', () => {
    for (const word of ['Democrat', 'Republicans', 'Texan', 'Catholics']) expect(isCapitalisedPersonNoun(word), word).toBe(true);
    for (const word of ['Lincoln', 'Washington', 'Smith', 'London', 'Monday', 'democrat', 'DEMOCRAT']) expect(isCapitalisedPersonNoun(word), word).toBe(false);
    expect(isPersonNoun('Democrat')).toBe(false); // the lower-case lookups are unchanged
  });

  it('forms English plurals as the table was built with them', () => {
    expect([pluralOf('spokesman'), pluralOf('boss'), pluralOf('deputy'), pluralOf('critic'), pluralOf('human')]).toEqual([
      'spokesmen', 'bosses', 'deputies', 'critics', 'humans',
    ]);
  });
});
