/**
 * Sentence centrality for extractive summaries: LexRank-style PageRank over the TF-IDF cosine
 * similarity graph of the article's sentences, optionally mixed with a lead (position) prior —
 * news puts the story first.
 */

export interface SentenceVector {
  /** Stemmed content terms of the sentence. */
  terms: readonly string[];
}

const DAMPING = 0.85;
const ITERATIONS = 50;
const TOLERANCE = 1e-6;

/** TF-IDF vectors (as maps) with IDF computed over the sentences themselves. */
export function tfidfVectors(sentences: readonly SentenceVector[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return sentences.map((s) => {
    const tf = new Map<string, number>();
    for (const t of s.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [t, f] of tf) v.set(t, f * Math.log(1 + n / (df.get(t) ?? 1)));
    return v;
  });
}

/** Squared norms, computed once per vector: a summary compares every sentence with many others. */
const squaredNorms = new WeakMap<ReadonlyMap<string, number>, number>();

function squaredNorm(v: ReadonlyMap<string, number>): number {
  let norm = squaredNorms.get(v);
  if (norm === undefined) {
    norm = 0;
    for (const w of v.values()) norm += w * w;
    squaredNorms.set(v, norm);
  }
  return norm;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const na = squaredNorm(a);
  const nb = squaredNorm(b);
  if (na === 0 || nb === 0) return 0;
  // The dot product walks the shorter vector and looks terms up in the longer one.
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot / Math.sqrt(na * nb);
}

/** PageRank over a weighted similarity matrix (self-similarity excluded); scores sum to 1. */
export function lexRank(similarity: readonly (readonly number[])[]): number[] {
  const n = similarity.length;
  if (n === 0) return [];
  const rowSums = similarity.map((row, i) => row.reduce((sum, w, j) => (i === j ? sum : sum + w), 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let i = 0; i < n; i++) {
      const row = similarity[i]!;
      const sum = rowSums[i]!;
      if (sum === 0) {
        // A sentence sharing nothing with the rest spreads its score evenly (dangling node).
        for (let j = 0; j < n; j++) next[j]! += (DAMPING * scores[i]!) / n;
        continue;
      }
      for (let j = 0; j < n; j++) {
        if (i !== j && row[j]! > 0) next[j]! += (DAMPING * scores[i]! * row[j]!) / sum;
      }
    }
    const delta = next.reduce((d, v, i) => d + Math.abs(v - scores[i]!), 0);
    scores = next;
    if (delta < TOLERANCE) break;
  }
  return scores;
}
