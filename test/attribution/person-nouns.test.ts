import { describe, expect, it } from 'vitest';
import { isPersonNoun } from '../../src/lexicon/person-nouns.ts';
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

  it('forms English plurals as the table was built with them', () => {
    expect([pluralOf('spokesman'), pluralOf('boss'), pluralOf('deputy'), pluralOf('critic'), pluralOf('human')]).toEqual([
      'spokesmen', 'bosses', 'deputies', 'critics', 'humans',
    ]);
  });
});
