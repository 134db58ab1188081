/**
 * English nouns that name a kind of person ("proponents", "forecasters", "associates"), from
 * WordNet's noun.person file (scripts/wordnet/build-person-nouns.ts writes the list; WordNet's
 * licence is in data/wordnet/LICENSE). A general-English lexicon: the hand-written SOURCE_NOUNS
 * hold the commonest sources, this holds the rest. Loaded on first use, once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../project-root.ts';

export const PERSON_NOUNS_PATH = join(PROJECT_ROOT, 'data', 'wordnet', 'person-nouns.txt.gz');

let words: ReadonlySet<string> | null = null;

function load(): ReadonlySet<string> {
  try {
    return new Set(gunzipSync(readFileSync(PERSON_NOUNS_PATH)).toString('utf8').split('\n').filter(Boolean));
  } catch {
    // Without the list, the hand-written source nouns still name the commonest sources.
    return new Set();
  }
}

/**
 * Is this word, written with its capital, a noun for a kind of person ("Democrat", "Texans",
 * "Catholic")? Never a person's name: WordNet's senses for one person are not in the list.
 */
export function isCapitalisedPersonNoun(word: string): boolean {
  words ??= load();
  // The set first: most words asked are not in it, and it answers faster than the expression.
  return words.has(word) && /^\p{Lu}\p{Ll}/u.test(word);
}

/** Is this lower-case word (singular or plural) a noun for a kind of person? */
export function isPersonNoun(word: string): boolean {
  words ??= load();
  return words.has(word) && !/^\p{Lu}/u.test(word);
}
