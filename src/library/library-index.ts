/**
 * One MiniSearch across every article's quotes, to find which articles can answer a library-wide
 * question. It only shortlists: the articles it ranks highest are then asked through their own
 * per-article index (src/search) and the ordinary /who-said logic, so a library answer is judged
 * exactly as a single-article one is. Uses the same words, stop words and stemming as src/search.
 */
import MiniSearch from 'minisearch';
import type { Attribution } from '../attribution/types.ts';
import { stemWord } from '../search/stem.ts';
import { QUERY_STOP_WORDS } from '../search/stopwords.ts';
import { words } from '../search/text.ts';

interface LibraryDoc {
  id: string;
  article: number;
  guild: string | null;
  text: string;
  speaker: string;
  description: string;
}

function processWord(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 2 && !/\d/.test(lower)) return null;
  return stemWord(lower);
}

const OPTIONS = {
  fields: ['text', 'speaker', 'description'],
  storeFields: ['article', 'guild'],
  tokenize: (text: string) => words(text),
  processTerm: processWord,
};

const BOOST = { text: 2, speaker: 1.5, description: 0.7 };
const MIN_PREFIX_LENGTH = 4;
const MIN_FUZZY_LENGTH = 6;
const FUZZINESS = 0.2;

function docId(articleId: number, quoteIndex: number): string {
  return `${articleId}:${quoteIndex}`;
}

export interface ArticleCandidate {
  articleId: number;
  score: number;
}

export class LibraryIndex {
  private constructor(private readonly search: MiniSearch<LibraryDoc>) {}

  static empty(): LibraryIndex {
    return new LibraryIndex(new MiniSearch<LibraryDoc>(OPTIONS));
  }

  static load(json: string): LibraryIndex {
    return new LibraryIndex(MiniSearch.loadJSON<LibraryDoc>(json, OPTIONS));
  }

  serialize(): string {
    return JSON.stringify(this.search);
  }

  get documentCount(): number {
    return this.search.documentCount;
  }

  /** Index an article's quotes (replacing any earlier version of the same article). */
  add(articleId: number, guildId: string | null, attribution: Attribution): void {
    this.remove(articleId);
    const byName = new Map(attribution.speakers.map((s) => [s.name, s]));
    this.search.addAll(
      attribution.quotes.map((q, i): LibraryDoc => {
        const speaker = byName.get(q.speaker);
        return {
          id: docId(articleId, i),
          article: articleId,
          guild: guildId,
          text: q.quote,
          speaker: [q.speaker, ...(speaker?.aliases ?? [])].join(' '),
          description: speaker?.description ?? '',
        };
      }),
    );
  }

  remove(articleId: number): void {
    for (let i = 0; this.search.has(docId(articleId, i)); i++) this.search.discard(docId(articleId, i));
  }

  /** Query words → the index's terms, question framing removed as src/search does for /who-said. */
  private queryTerms(query: string): string[] {
    const out = new Set<string>();
    for (const word of words(query)) {
      if (QUERY_STOP_WORDS.has(word.toLowerCase()) && !/^[A-Z]{2,}$/.test(word)) continue;
      const term = processWord(word);
      if (term) out.add(term);
    }
    return [...out];
  }

  /** The articles of a server's library (its own and the bundled ones) most likely to hold an answer. */
  candidates(query: string, guildId: string | null, limit: number): ArticleCandidate[] {
    const terms = this.queryTerms(query);
    if (terms.length === 0) return [];
    const results = this.search.search(terms.join(' '), {
      tokenize: () => terms,
      processTerm: (t) => t,
      boost: BOOST,
      prefix: (t) => t.length >= MIN_PREFIX_LENGTH,
      fuzzy: (t) => (t.length >= MIN_FUZZY_LENGTH ? FUZZINESS : false),
      filter: (r) => r['guild'] === null || r['guild'] === guildId,
    });
    const best = new Map<number, number>();
    for (const r of results) {
      const article = r['article'] as number;
      if (!best.has(article)) best.set(article, r.score); // results come best first
      if (best.size >= limit) break;
    }
    return [...best].map(([articleId, score]) => ({ articleId, score }));
  }
}
