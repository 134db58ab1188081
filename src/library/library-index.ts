/**
 * One MiniSearch across every quote of every article in the library, answering /who-said over a
 * whole server library in a single query — without loading any article's own index, so the time
 * does not grow with how many articles a question touches. Each answer is scored like a
 * single-article one: the share of the question's (IDF-weighted) content words the quote, its
 * speaker or the speaker's description contain; a verbatim fragment of the question ranks first;
 * below src/answers' MIN_ANSWER_SCORE nothing counts as an answer. Words, stop words, stemming
 * and verbatim matching are src/search's.
 */
import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import type { Attribution, QuoteKind } from '../attribution/types.ts';
import { stemWord } from '../lexicon/stem.ts';
import { QUERY_STOP_WORDS } from '../search/stopwords.ts';
import { verbatimForm, words } from '../search/text.ts';
import { containsFragment, verbatimFragments } from '../search/verbatim.ts';
import { indexEntryJson, type MiniSearchInternals } from '../search/minisearch-internals.ts';
import type { WhoSaidAnswer } from '../answers/types.ts';

interface LibraryDoc {
  id: string;
  article: number;
  guild: string | null;
  text: string;
  speaker: string;
  /** Every alias of the speaker, so "what did Okafor say" finds "Ada Okafor". */
  names: string;
  description: string;
  kind: QuoteKind;
  paragraph: number;
  via: string | null;
}

/** A quote of the library that answers a question, with the article it comes from. */
export interface LibraryHit extends WhoSaidAnswer {
  articleId: number;
  verbatim: boolean;
}

function processWord(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 2 && !/\d/.test(lower)) return null;
  return stemWord(lower);
}

/**
 * While a quote is added, the terms MiniSearch makes of it, so its document frequencies are
 * counted from that one pass rather than from tokenising the quote a second time (which was a
 * third of a bulk load's work on the bot's thread). Set and cleared around a synchronous add.
 */
let addingTerms: Set<string> | null = null;

function indexedTerm(word: string): string | null {
  const term = processWord(word);
  if (term !== null) addingTerms?.add(term);
  return term;
}

const FIELDS = ['text', 'names', 'description'] as const;
const OPTIONS = {
  fields: [...FIELDS],
  // The verbatim form of a quote is not stored: it is worked out for the results of a question
  // that has a verbatim fragment, which keeps the index (in memory and saved) a third smaller.
  storeFields: ['article', 'guild', 'text', 'speaker', 'description', 'kind', 'paragraph', 'via'],
  tokenize: (text: string) => words(text),
  processTerm: indexedTerm,
};

const BOOST = { text: 2, names: 1.5, description: 0.7 };
/** How much a match in each field counts toward a quote's coverage of the question (as in src/search). */
const FIELD_WEIGHT: Readonly<Record<string, number>> = { text: 1, names: 1, description: 0.7 };
const PREFIX_OR_FUZZY_CREDIT = 0.65;
const MIN_PREFIX_LENGTH = 4;
const MIN_FUZZY_LENGTH = 6;
const FUZZINESS = 0.2;
/** MiniSearch's defaults (maxFuzzy, weights, bm25), which scoreFromPostings computes as its search does. */
const MAX_FUZZY_DISTANCE = 6;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** MiniSearch's BM25+ term score, given the term's IDF and the field's length relative to the average. */
function bm25(frequency: number, idf: number, relativeLength: number): number {
  return idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + BM25.b * relativeLength)));
}
/** Results examined per question: enough for every plausible answer, few enough to stay fast. */
const MAX_RESULTS = 400;

/** Same as library.ts's: every server's articles. */
const EVERY_SERVER = '*';

function docId(articleId: number, quoteIndex: number): string {
  return `${articleId}:${quoteIndex}`;
}

interface Persisted {
  format: 1;
  search: AsPlainObject;
  /** In how many quotes each term occurs (for IDF weights). */
  df: [string, number][];
}

export class LibraryIndex {
  private constructor(
    private readonly search: MiniSearch<LibraryDoc>,
    private readonly df: Map<string, number>,
  ) {}

  static empty(): LibraryIndex {
    return new LibraryIndex(new MiniSearch<LibraryDoc>(OPTIONS), new Map());
  }

  static load(json: string): LibraryIndex {
    const persisted = JSON.parse(json) as Persisted;
    if (persisted.format !== 1) throw new Error('unknown library index format');
    return new LibraryIndex(MiniSearch.loadJS<LibraryDoc>(persisted.search, OPTIONS), new Map(persisted.df));
  }

  serialize(): string {
    const persisted: Persisted = { format: 1, search: this.search.toJSON(), df: [...this.df] };
    return JSON.stringify(persisted);
  }

  /** Terms (or documents, or df entries) written between two yields of serializeInSlices. */
  static readonly SERIALIZE_SLICE = 4_000;

  /**
   * The same text as serialize(), written a slice at a time with a yield to the event loop between
   * slices: a library index of thousands of articles takes hundreds of milliseconds to serialise,
   * which would hold every member's command that long after each addition. Null when the index
   * changed meanwhile (an addition, a removal, MiniSearch's background vacuum): save again later.
   * It reads MiniSearch's own maps, as its toJSON does; should those ever change shape, it falls
   * back to serialize() (persisted.test.ts compares the two).
   */
  async serializeInSlices(slice = LibraryIndex.SERIALIZE_SLICE): Promise<string | null> {
    const inside = this.search as unknown as MiniSearchInternals;
    const shaped = [inside._index, inside._documentIds, inside._fieldLength, inside._storedFields].every((m) => m && typeof m[Symbol.iterator] === 'function');
    if (!shaped) return this.serialize();
    const generation = this.generation;
    const dirt = inside._dirtCount;
    let written = 0;
    const changed = async (): Promise<boolean> => {
      if (++written % slice !== 0) return false;
      await new Promise((resolve) => setImmediate(resolve));
      return this.generation !== generation || this.search.isVacuuming || inside._dirtCount !== dirt;
    };
    if (this.search.isVacuuming) return null;
    const objectOf = async (map: Iterable<[unknown, unknown]>): Promise<string | null> => {
      const parts: string[] = [];
      for (const [key, value] of map) {
        parts.push(`${JSON.stringify(String(key))}:${JSON.stringify(value)}`);
        if (await changed()) return null;
      }
      return `{${parts.join(',')}}`;
    };
    const documentIds = await objectOf(inside._documentIds);
    const fieldLength = documentIds === null ? null : await objectOf(inside._fieldLength);
    const storedFields = fieldLength === null ? null : await objectOf(inside._storedFields);
    if (storedFields === null) return null;
    const terms: string[] = [];
    for (const [term, fieldIndex] of inside._index!) { // checked above (shaped)
      terms.push(indexEntryJson(term, fieldIndex));
      if (await changed()) return null;
    }
    const df: string[] = [];
    for (const entry of this.df) {
      df.push(JSON.stringify(entry));
      if (await changed()) return null;
    }
    const head = JSON.stringify({ documentCount: inside._documentCount, nextId: inside._nextId });
    const search =
      `${head.slice(0, -1)},"documentIds":${documentIds},"fieldIds":${JSON.stringify(inside._fieldIds)},"fieldLength":${fieldLength},` +
      `"averageFieldLength":${JSON.stringify(inside._avgFieldLength)},"storedFields":${storedFields},"dirtCount":${inside._dirtCount},` +
      `"index":[${terms.join(',')}],"serializationVersion":2}`;
    return `{"format":1,"search":${search},"df":[${df.join(',')}]}`;
  }

  get documentCount(): number {
    return this.search.documentCount;
  }

  private termsOf(doc: LibraryDoc): Set<string> {
    const terms = new Set<string>();
    for (const field of FIELDS) {
      for (const word of words(doc[field])) {
        const term = processWord(word);
        if (term) terms.add(term);
      }
    }
    return terms;
  }

  /** Quotes added at a time by addInSlices. */
  static readonly SLICE = 250;

  /** Index an article's quotes (replacing any earlier version of the same article). */
  add(articleId: number, guildId: string | null, attribution: Attribution): void {
    this.remove(articleId);
    this.addDocs(this.docsOf(articleId, guildId, attribution));
  }

  /** The same as add, a slice of quotes at a time, yielding to the event loop between slices. */
  async addInSlices(articleId: number, guildId: string | null, attribution: Attribution): Promise<void> {
    this.remove(articleId);
    const docs = this.docsOf(articleId, guildId, attribution);
    for (let i = 0; i < docs.length; i += LibraryIndex.SLICE) {
      this.addDocs(docs.slice(i, i + LibraryIndex.SLICE));
      if (i + LibraryIndex.SLICE < docs.length) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Counts additions and removals, so a serialisation in slices can tell that the index changed under it. */
  private generation = 0;

  private addDocs(docs: LibraryDoc[]): void {
    this.generation++;
    const terms = new Set<string>();
    for (const doc of docs) {
      terms.clear();
      addingTerms = terms;
      try {
        this.search.add(doc);
      } finally {
        addingTerms = null;
      }
      for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
  }

  private docsOf(articleId: number, guildId: string | null, attribution: Attribution): LibraryDoc[] {
    const byName = new Map(attribution.speakers.map((s) => [s.name, s]));
    return attribution.quotes.map((q, i): LibraryDoc => {
      const speaker = byName.get(q.speaker);
      return {
        id: docId(articleId, i),
        article: articleId,
        guild: guildId,
        text: q.quote,
        speaker: q.speaker,
        names: [q.speaker, ...(speaker?.aliases ?? [])].join(' ; '),
        description: speaker?.description ?? '',
        kind: q.kind,
        paragraph: q.paragraphs[0] ?? 1,
        via: q.via,
      };
    });
  }

  remove(articleId: number): void {
    this.generation++;
    for (let i = 0; this.search.has(docId(articleId, i)); i++) {
      const id = docId(articleId, i);
      const stored = this.search.getStoredFields(id) as Partial<LibraryDoc> | undefined;
      if (stored) {
        const doc = { text: stored.text ?? '', names: '', description: stored.description ?? '' } as LibraryDoc;
        for (const term of this.termsOf(doc)) {
          const n = (this.df.get(term) ?? 1) - 1;
          if (n <= 0) this.df.delete(term);
          else this.df.set(term, n);
        }
      }
      this.search.discard(id);
    }
  }

  private idf(term: string): number {
    const n = Math.max(1, this.search.documentCount);
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Query words → the index's terms, question framing removed as src/search does for /who-said. */
  queryTerms(query: string): string[] {
    const out = new Set<string>();
    for (const word of words(query)) {
      if (QUERY_STOP_WORDS.has(word.toLowerCase()) && !/^[A-Z]{2,}$/.test(word)) continue;
      const term = processWord(word);
      if (term) out.add(term);
    }
    return [...out];
  }

  /** Share of the question's weight a result covers: exact matches count fully, prefix and typo matches less. */
  private coverage(result: SearchResult, weights: ReadonlyMap<string, number>, total: number, unsearched?: ReadonlyMap<string, string[]>): number {
    let covered = 0;
    const exact = new Set(result.terms);
    for (const term of result.queryTerms) {
      const fields = result.match[term] ?? Object.values(result.match).flat();
      const fieldWeight = Math.max(0, ...fields.map((f) => FIELD_WEIGHT[f] ?? 0));
      const credit = exact.has(term) ? 1 : PREFIX_OR_FUZZY_CREDIT;
      covered += (weights.get(term) ?? 0) * credit * fieldWeight;
    }
    for (const [term, fields] of unsearched ?? []) {
      covered += (weights.get(term) ?? 0) * Math.max(0, ...fields.map((f) => FIELD_WEIGHT[f] ?? 0));
    }
    return total === 0 ? 0 : Math.min(1, covered / total);
  }

  /**
   * The question's terms worth a search of the index. Common terms match thousands of quotes and
   * make a search slow, yet a quote holding none of the rarer terms cannot reach the bar: so the
   * rarest terms are searched until the rest together weigh less than `bar` (the idea of MaxScore
   * pruning in search engines), plus each verbatim fragment's rarest term, so that a quote holding
   * a fragment word for word is always among the results. The rest are checked on the results.
   */
  private searchedTerms(terms: readonly string[], weights: ReadonlyMap<string, number>, bar: number, fragmentTerms: readonly string[][]): string[] {
    const weight = (t: string) => weights.get(t) ?? 0;
    const byWeight = [...terms].sort((a, b) => weight(b) - weight(a));
    const searched = new Set<string>();
    let rest = byWeight.reduce((sum, t) => sum + weight(t), 0);
    for (const term of byWeight) {
      if (rest < bar) break;
      searched.add(term);
      rest -= weight(term);
    }
    for (const own of fragmentTerms) {
      const rarest = [...own].sort((a, b) => weight(b) - weight(a))[0];
      if (rarest !== undefined) searched.add(rarest);
    }
    return terms.filter((t) => searched.has(t));
  }

  /** Which of `terms` a result's stored fields hold exactly, and in which fields. */
  private fieldsHolding(result: SearchResult, terms: readonly string[]): Map<string, string[]> {
    const held = new Map<string, string[]>();
    const wanted = new Set(terms);
    const stored: [field: string, text: unknown][] = [
      ['text', result['text']],
      ['names', result['speaker']],
      ['description', result['description']],
    ];
    for (const [field, text] of stored) {
      if (typeof text !== 'string' || text === '') continue;
      for (const word of words(text)) {
        const term = processWord(word);
        if (term === null || !wanted.has(term)) continue;
        const fields = held.get(term) ?? [];
        if (!fields.includes(field)) fields.push(field);
        held.set(term, fields);
      }
    }
    return held;
  }

  /**
   * The quotes of a server's library (its own articles and the bundled ones) that answer the
   * question, best first: at least `minScore`, and within `relative` of the best.
   */
  answers(query: string, guildId: string | null, options: AnswerOptions): LibraryHit[] {
    return this.answer(query, guildId, options, true);
  }

  /** The same, from MiniSearch's own search (the fallback), for a test comparing the two. */
  private answersWithoutPostings(query: string, guildId: string | null, options: AnswerOptions): LibraryHit[] {
    return this.answer(query, guildId, options, false);
  }

  private answer(query: string, guildId: string | null, options: AnswerOptions, fromPostings: boolean): LibraryHit[] {
    const terms = this.queryTerms(query);
    if (terms.length === 0) return [];
    const weights = new Map(terms.map((t) => [t, this.idf(t)]));
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    const fragments = verbatimFragments(query);
    const fragmentTerms = fragments.map((f) => this.queryTerms(f).filter((t) => weights.has(t)));
    const searched = this.searchedTerms(terms, weights, total * options.minScore, fragmentTerms);
    const question: Question = { terms, weights, total, fragments, fragmentTerms, searched };
    const postings = fromPostings ? postingsOf(this.search) : null;
    const hits = postings ? this.scoreFromPostings(postings, question, guildId, options) : this.scoreFromResults(question, guildId);
    hits.sort((a, b) => Number(b.verbatim) - Number(a.verbatim) || b.score - a.score);
    const best = hits[0];
    if (!best || best.score < options.minScore) return [];
    const floor = Math.max(options.minScore, best.score * options.relative);
    return hits
      .filter((h) => h.score >= floor && (h.verbatim || !best.verbatim))
      .slice(0, options.limit)
      .map((h) => ({ ...h, score: Math.round(h.score * 1000) / 1000 }));
  }

  /** Per quote (MiniSearch's short id): the question's weight covered so far, reused between questions. */
  private covered = new Float64Array(0);
  /**
   * Per quote: the best gain of the term being added, and which term that was (a number that grows
   * with every searched term; 0 = not reached by this question, as every reached quote is reset).
   */
  private termBest = new Float64Array(0);
  private termStamp = new Int32Array(0);
  private stamp = 0;

  /**
   * The answers scored straight from the index's postings: each searched term adds its weight to
   * the quotes holding it (into arrays kept between questions), and only quotes that can still
   * reach the bar are looked at further. MiniSearch's own search builds a result object (with its
   * terms, fields and stored fields) for every matching quote of the library, hundreds per
   * question, and that garbage set the library-wide tail latency. Scores and order are
   * scoreFromResults' (the fallback), except that every matching quote is scored, not only
   * MiniSearch's 400 most relevant, so a word-for-word holder is never missed.
   */
  private scoreFromPostings(postings: Postings, question: Question, guildId: string | null, options: AnswerOptions): LibraryHit[] {
    const { weights, total, searched } = question;
    const size = postings.nextId;
    if (this.covered.length < size || this.stamp > 2 ** 30) {
      const grown = Math.max(size, this.covered.length * 2, 1024);
      this.covered = new Float64Array(grown);
      this.termBest = new Float64Array(grown);
      this.termStamp = new Int32Array(grown);
      this.stamp = 0;
    }
    const { covered, termBest, termStamp } = this;
    const termPostings = new Map<string, TermPostings | undefined>();
    const postingsOfTerm = (term: string) => {
      if (!termPostings.has(term)) termPostings.set(term, postings.index.get(term));
      return termPostings.get(term);
    };
    const expanded = searched.map((term) => ({ term, derived: this.derivedTerms(postings, term) }));
    const touched: number[] = [];
    for (const { term, derived } of expanded) {
      const weight = weights.get(term) ?? 0;
      const stamp = ++this.stamp;
      for (const { derived: indexed, credit } of derived) {
        const byField = postingsOfTerm(indexed);
        if (!byField) continue;
        for (const field of FIELDS) {
          const docs = byField.get(postings.fieldIds[field]!);
          if (!docs) continue;
          const gain = weight * credit * FIELD_WEIGHT[field]!;
          for (const doc of docs.keys()) {
            if (doc >= size) continue;
            if (termStamp[doc] !== stamp) {
              if (termStamp[doc] === 0) touched.push(doc); // first term of this question to reach it
              termStamp[doc] = stamp;
              termBest[doc] = gain;
              covered[doc] = covered[doc]! + gain;
            } else if (gain > termBest[doc]!) {
              covered[doc] = covered[doc]! + gain - termBest[doc]!;
              termBest[doc] = gain;
            }
          }
        }
      }
    }
    const holds = (term: string, doc: number) => {
      for (const docs of postingsOfTerm(term)?.values() ?? []) if (docs.has(doc)) return true;
      return false;
    };
    const unsearched = question.terms.filter((t) => !searched.includes(t));
    const rest = unsearched.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0);
    const bar = total * options.minScore;
    const ranked: { doc: number; stored: StoredDoc; score: number; verbatim: boolean; relevance?: number }[] = [];
    for (const doc of touched) {
      let score = covered[doc]!;
      covered[doc] = 0;
      termBest[doc] = 0;
      termStamp[doc] = 0;
      if (!postings.documentIds.has(doc)) continue; // discarded, not yet vacuumed
      const stored = postings.storedFields.get(doc) as StoredDoc | undefined;
      if (!stored || (guildId !== EVERY_SERVER && stored.guild !== null && stored.guild !== guildId)) continue;
      const candidates = question.fragments.filter((_, i) => question.fragmentTerms[i]!.every((t) => holds(t, doc)));
      if (candidates.length === 0 && score + rest < bar) continue;
      for (const term of unsearched) {
        const byField = postingsOfTerm(term);
        if (!byField) continue;
        let fieldWeight = 0;
        for (const field of FIELDS) if (byField.get(postings.fieldIds[field]!)?.has(doc)) fieldWeight = Math.max(fieldWeight, FIELD_WEIGHT[field]!);
        score += (weights.get(term) ?? 0) * fieldWeight;
      }
      const form = candidates.length > 0 ? ` ${verbatimForm(stored.text)} ` : '';
      const verbatim = candidates.some((f) => containsFragment(form, f));
      if (!verbatim && score < bar) continue;
      ranked.push({ doc, stored, score: verbatim ? 1 : total === 0 ? 0 : Math.min(1, score / total), verbatim });
    }
    // As answers() ranks them; between equal scores, MiniSearch's relevance (as its search would
    // have ordered them), worked out only for the hits that can be kept.
    ranked.sort((a, b) => Number(b.verbatim) - Number(a.verbatim) || b.score - a.score);
    const best = ranked[0];
    if (!best) return [];
    const floor = Math.max(options.minScore, best.score * options.relative);
    const kept = ranked.filter((r) => r.score >= floor && (r.verbatim || !best.verbatim));
    for (const r of kept) r.relevance = relevanceOf(postings, expanded, postingsOfTerm, r.doc);
    kept.sort((a, b) => Number(b.verbatim) - Number(a.verbatim) || b.score - a.score || b.relevance! - a.relevance!);
    return kept.slice(0, options.limit).map((r) => hitOf(r.stored, r.score, r.verbatim));
  }

  /**
   * The index's terms a searched term stands for: itself, or (when the index lacks it) prefix and
   * typo matches, each with its credit toward coverage and MiniSearch's weight for its relevance.
   */
  private derivedTerms(postings: Postings, term: string): { derived: string; credit: number; termWeight: number }[] {
    if (this.df.has(term)) return [{ derived: term, credit: 1, termWeight: 1 }];
    const out = new Map<string, { derived: string; credit: number; termWeight: number }>();
    const partial = (derived: string, termWeight: number) => ({ derived, credit: derived === term ? 1 : PREFIX_OR_FUZZY_CREDIT, termWeight });
    if (term.length >= MIN_PREFIX_LENGTH) {
      for (const [derived] of postings.index.atPrefix(term)) {
        const distance = derived.length - term.length;
        out.set(derived, partial(derived, distance === 0 ? 1 : (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance)));
      }
    }
    if (term.length >= MIN_FUZZY_LENGTH) {
      const maxDistance = Math.min(MAX_FUZZY_DISTANCE, Math.round(term.length * FUZZINESS));
      for (const [derived, found] of postings.index.fuzzyGet(term, maxDistance)) {
        const distance = Array.isArray(found) ? Number(found[1]) : 0;
        if (!out.has(derived)) out.set(derived, partial(derived, distance === 0 ? 1 : (FUZZY_WEIGHT * derived.length) / (derived.length + distance)));
      }
    }
    return [...out.values()];
  }

  /** The answers scored from MiniSearch's own search results: the fallback should its internals ever change shape. */
  private scoreFromResults(question: Question, guildId: string | null): LibraryHit[] {
    const { terms, weights, total, fragments, fragmentTerms, searched } = question;
    const results = this.search
      .search(searched.join(' '), {
        tokenize: () => searched,
        processTerm: (t) => t,
        boost: BOOST,
        prefix: (t) => t.length >= MIN_PREFIX_LENGTH && !this.df.has(t),
        fuzzy: (t) => (t.length >= MIN_FUZZY_LENGTH && !this.df.has(t) ? FUZZINESS : false),
        filter: guildId === EVERY_SERVER ? undefined : (r) => r['guild'] === null || r['guild'] === guildId,
      })
      .slice(0, MAX_RESULTS);
    const unsearched = terms.filter((t) => !searched.includes(t));
    return results.map((r): LibraryHit => {
      const quote = r['text'] as string;
      // A quote can hold a fragment word for word only if it matched every one of the fragment's
      // terms exactly; checking that first spares most results the cost of their verbatim form.
      const matched = new Set(r.terms);
      const fields = unsearched.length > 0 ? this.fieldsHolding(r, unsearched) : undefined;
      const candidates = fragments.filter((_, i) => fragmentTerms[i]!.every((t) => matched.has(t) || fields?.has(t)));
      const form = candidates.length > 0 ? ` ${verbatimForm(quote)} ` : '';
      const verbatim = candidates.some((f) => containsFragment(form, f));
      return {
        articleId: r['article'] as number,
        speaker: r['speaker'] as string,
        description: (r['description'] as string) || null,
        quote,
        kind: r['kind'] as QuoteKind,
        paragraph: r['paragraph'] as number,
        via: (r['via'] as string | null) ?? null,
        score: verbatim ? 1 : this.coverage(r, weights, total, fields),
        verbatim,
      };
    });
  }
}

interface AnswerOptions {
  minScore: number;
  relative: number;
  limit: number;
}

/** A question worked out once: its terms, their IDF weights, the verbatim fragments and the terms searched. */
interface Question {
  terms: string[];
  weights: Map<string, number>;
  total: number;
  fragments: string[];
  fragmentTerms: string[][];
  searched: string[];
}

type StoredDoc = Omit<LibraryDoc, 'id' | 'names'>;

/** MiniSearch's term tree and document tables (private in its types), read by scoreFromPostings. */
/** A term's postings: field id → quote's short id → how often the term occurs there. */
type TermPostings = Map<number, Map<number, number>>;

interface Postings {
  index: {
    get(term: string): TermPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, unknown]>;
    fuzzyGet(term: string, distance: number): Map<string, unknown>;
  };
  fieldIds: Record<string, number>;
  documentIds: Map<number, unknown>;
  storedFields: Map<number, unknown>;
  fieldLength: Map<number, number[]>;
  averageFieldLength: number[];
  documentCount: number;
  nextId: number;
}

function postingsOf(search: MiniSearch<LibraryDoc>): Postings | null {
  const inside = search as unknown as MiniSearchInternals & { _index?: Partial<Postings['index']> };
  const index = inside._index;
  const shaped =
    index && typeof index.get === 'function' && typeof index.atPrefix === 'function' && typeof index.fuzzyGet === 'function' &&
    inside._documentIds instanceof Map && inside._storedFields instanceof Map && inside._fieldLength instanceof Map &&
    Array.isArray(inside._avgFieldLength) && typeof inside._nextId === 'number' && typeof inside._documentCount === 'number' &&
    FIELDS.every((f) => typeof inside._fieldIds?.[f] === 'number');
  if (!shaped) return null;
  return {
    index: index as Postings['index'],
    fieldIds: inside._fieldIds,
    documentIds: inside._documentIds,
    storedFields: inside._storedFields,
    fieldLength: inside._fieldLength,
    averageFieldLength: inside._avgFieldLength,
    documentCount: inside._documentCount,
    nextId: inside._nextId,
  };
}

/** MiniSearch's BM25+ relevance of a quote to the searched terms, as its search() scores a result. */
function relevanceOf(
  postings: Postings,
  expanded: { derived: { derived: string; termWeight: number }[] }[],
  postingsOfTerm: (term: string) => TermPostings | undefined,
  doc: number,
): number {
  let sum = 0;
  let matched = 0;
  const lengths = postings.fieldLength.get(doc);
  for (const { derived } of expanded) {
    let matchedThis = false;
    for (const { derived: indexed, termWeight } of derived) {
      const byField = postingsOfTerm(indexed);
      if (!byField) continue;
      for (const field of FIELDS) {
        const fieldId = postings.fieldIds[field]!;
        const docs = byField.get(fieldId);
        const frequency = docs?.get(doc);
        if (docs === undefined || frequency === undefined) continue;
        matchedThis = true;
        const idf = Math.log(1 + (postings.documentCount - docs.size + 0.5) / (docs.size + 0.5));
        const averageLength = postings.averageFieldLength[fieldId] || 1;
        sum += termWeight * BOOST[field] * bm25(frequency, idf, (lengths?.[fieldId] ?? averageLength) / averageLength);
      }
    }
    if (matchedThis) matched++;
  }
  return sum * matched;
}

function hitOf(stored: StoredDoc, score: number, verbatim: boolean): LibraryHit {
  return {
    articleId: stored.article,
    speaker: stored.speaker,
    description: stored.description || null,
    quote: stored.text,
    kind: stored.kind,
    paragraph: stored.paragraph,
    via: stored.via ?? null,
    score,
    verbatim,
  };
}
