import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import type { Article, Paragraph } from '../article/types.ts';
import type { Attribution } from '../attribution/types.ts';
import { AliasMap, isEntityToken } from './aliases.ts';
import { stemWord } from '../lexicon/stem.ts';
import { ASK_STOP_WORDS, QUERY_STOP_WORDS } from './stopwords.ts';
import { synonymsOf, type SynonymTable } from './synonyms.ts';
import { relatedOf } from '../lexicon/wordnet.ts';
import { SPEECH_ACT_CREDIT, speechActCues } from './speechActs.ts';
import { withinEdits } from './edits.ts';
import { verbatimForm, words } from './text.ts';
import { ArticleWords, type LocatedRun } from './locate.ts';
import { contentWords } from './consistency.ts';
import { indexEntryJson, type MiniSearchInternals } from './minisearch-internals.ts';

export type DocType = 'quote' | 'passage';

interface IndexedDoc {
  id: string;
  type: DocType;
  /** Quote index in attribution.quotes, or paragraph number. */
  ref: number;
  text: string;
  speaker?: string;
  description?: string;
}

/**
 * How much a match in each field counts toward a document's coverage of the question. `context`
 * is not a field of the index: it is the text of the statement's own paragraphs (for a passage,
 * the paragraph before it), read off those paragraphs' own matches at query time — indexing it
 * again with every statement held each paragraph's words three to six times over.
 */
const FIELD_WEIGHT: Readonly<Record<DocType, Readonly<Record<string, number>>>> = {
  // A who-said question that names a quote's own speaker is more often about someone else's words
  // on them than about theirs: the name counts for less than the statement's own words.
  // (Measured on the development questions and test/fixtures/questions-extra.json: 1 → 0.7 keeps
  // every top-1 and answers 2 more no-answer traps correctly with "nobody".)
  quote: { text: 1, speaker: 0.7, description: 0.7, context: 0.5 },
  passage: { text: 1, context: 0.3 },
};
/** MiniSearch BM25 field boosts (ranking among documents of similar coverage). */
const FIELD_BOOST = { text: 2, speaker: 1.5, description: 1 };
/** Share of a context paragraph's BM25 score added to the document's (its boost 0.5 against text's 2). */
const CONTEXT_BM25_SHARE = 0.25;
/** Coverage credit for a term matched only by prefix or by a typo-tolerant (fuzzy) match. */
const PREFIX_CREDIT = 0.7;
const FUZZY_CREDIT = 0.6;
/** Coverage credit for a term matched through a general near-synonym (see synonyms.ts). */
export const SYNONYM_CREDIT = 0.8;
/**
 * Coverage credit for a WordNet derived form (refusal ↔ refuse). WordNet synonyms and words one
 * step broader (hypernyms) are in the table too but earn nothing: measured on the development
 * questions (test/search/QUESTIONS.md), synonyms gave 2 more right answers of 341 for 4 more
 * false ones of 146 traps, hypernyms 2 more for 1 more ("bay" → "water" matched a quote about
 * water firms).
 */
export const WORDNET_CREDIT = 0.6;
/**
 * A statement that holds the antonym of a question word ("relaxed" for "tightened") says the
 * opposite: its coverage is multiplied by this.
 */
const CONTRADICTION_FACTOR = 0.5;
/** Marks an antonym variant in variantsOf (no credit; evidence against). */
const ANTONYM = -1;
let synonymsEnabled = true;
let wordnetEnabled = true;
/** For measurement only: switch the synonym table off to compare (scripts and dev eval). */
export function useSynonyms(enabled: boolean): void {
  synonymsEnabled = enabled;
}
/** For measurement only: switch the WordNet relations off to compare. */
export function useWordNet(enabled: boolean): void {
  wordnetEnabled = enabled;
}
const MIN_FUZZY_LENGTH = 5;
/** Edits allowed per character of a misspelt word (0.2: one edit in five letters). */
const FUZZINESS = 0.2;
const MIN_PREFIX_LENGTH = 4;
/** Bound on memoised texts, so arbitrary callers cannot grow the caches without limit. */
const MAX_CACHED_TEXTS = 5000;

/** One scored document for a question. */
export interface Hit {
  type: DocType;
  ref: number;
  /** Share of the question's (IDF-weighted) content terms found in this document, 0..1. */
  coverage: number;
  /** MiniSearch's BM25+ score for the whole question (a tie-breaker between equal coverages). */
  bm25: number;
  /** Query terms that matched, each with its best credit in this document. */
  matched: Map<string, number>;
  /** Query terms whose antonym the document's own words hold. */
  contradicted?: Set<string>;
}

export interface QueryTerms {
  terms: string[];
  /** IDF weight of each term (terms absent from the article get the highest weight). */
  weights: Map<string, number>;
  /**
   * Terms that count only where they match: the question's framing verb ("who FEARS …", "who
   * BLAMED …") is evidence when the quote uses it, and no evidence against when it does not.
   */
  optional?: ReadonlySet<string>;
  /** Which synonym table widens the terms (who-said questions reword statements: 'paraphrase'). */
  synonyms?: SynonymTable;
  /**
   * The question is negated ("could not be enforced"): a statement holding the antonym of its
   * words ("unenforceable") agrees with it rather than contradicts it.
   */
  negated?: boolean;
}

export type StopWordSet = 'who-said' | 'ask' | 'none';

const STOP_SETS: Record<StopWordSet, ReadonlySet<string>> = {
  'who-said': QUERY_STOP_WORDS,
  ask: ASK_STOP_WORDS,
  none: new Set(),
};

/**
 * The per-article search index: one MiniSearch over the article's quotes and paragraphs (a `type`
 * field tells them apart), built once. Queries go through the same alias mapping and stemming as
 * the documents; stop words are removed from queries only.
 */
export class ArticleIndex {
  readonly articleId: string;
  readonly aliases: AliasMap;
  private readonly search: MiniSearch<IndexedDoc>;
  private readonly paragraphDf = new Map<string, number>();
  private readonly paragraphTerms = new Map<number, Set<string>>();
  private readonly paragraphCount: number;
  private readonly wordCache = new Map<string, string[]>();
  private readonly termSetCache = new Map<string, Set<string>>();
  /** Every term of every indexed field, and the same grouped by length (for typo lookups). */
  private readonly vocabulary = new Set<string>();
  private readonly vocabularyByLength = new Map<number, string[]>();
  /** Normalised form of every quote (same order as attribution.quotes), for verbatim lookups. */
  readonly quoteForms: readonly string[];
  private readonly paragraphForms = new Map<number, string>();

  /** `persisted`: the output of serialize() for this same article, loaded instead of re-indexing. */
  constructor(
    readonly article: Article,
    readonly attribution: Attribution,
    persisted?: string,
  ) {
    this.articleId = article.id;
    this.aliases = new AliasMap(attribution);
    this.paragraphCount = Math.max(1, article.paragraphs.length);
    const options = {
      fields: ['text', 'speaker', 'description'],
      storeFields: ['type', 'ref'],
      tokenize: (text: string) => this.documentWords(text),
      processTerm: (word: string) => this.processWord(word),
    };
    if (persisted === undefined) {
      this.search = new MiniSearch<IndexedDoc>(options);
      const documents = this.documents();
      this.search.addAll(documents);
      this.collectVocabulary(documents);
      this.countParagraphTerms();
    } else {
      // A saved index already lists every term of every field (the same tokenizer and stemmer
      // made them), so loading it spares re-reading the article's text for the vocabulary.
      const plain = JSON.parse(persisted) as AsPlainObject;
      this.search = MiniSearch.loadJS<IndexedDoc>(plain, options);
      this.readSavedTerms(plain);
    }
    this.groupVocabularyByLength();
    // Every paragraph went through documentWords above; its word lists (a few times the text in
    // memory) are needed again only for the few texts later questions touch.
    this.wordCache.clear();
    this.quoteForms = attribution.quotes.map((q) => ` ${verbatimForm(q.quote)} `);
  }

  private articleWords: ArticleWords | undefined;
  private readonly statementWordCache = new Map<number, { words: Set<string>; around: Set<string> }>();

  /** A statement's words and those of it and its paragraphs, as consistency.ts compares them. */
  statementWords(quoteIndex: number): { words: ReadonlySet<string>; around: ReadonlySet<string> } {
    let cached = this.statementWordCache.get(quoteIndex);
    if (!cached) {
      const quote = this.attribution.quotes[quoteIndex];
      const words = new Set(contentWords(quote?.quote ?? ''));
      const paragraphs = (quote?.paragraphs ?? []).map((n) => this.paragraph(n)?.text ?? '').join(' ');
      cached = { words, around: new Set([...words, ...contentWords(paragraphs)]) };
      this.statementWordCache.set(quoteIndex, cached);
    }
    return cached;
  }

  /** Where the question's words stand in the article word for word, if they do (see locate.ts). */
  locate(query: string): LocatedRun | null {
    this.articleWords ??= new ArticleWords(this.article);
    return this.articleWords.locate(query);
  }

  /** Normalised form of paragraph `n`, padded with spaces (see verbatim.ts containsFragment). */
  paragraphForm(n: number): string {
    let form = this.paragraphForms.get(n);
    if (form === undefined) {
      // Worked out on first use: most questions never need a paragraph's verbatim form.
      const text = this.paragraph(n)?.text;
      form = text === undefined ? '' : ` ${verbatimForm(text)} `;
      this.paragraphForms.set(n, form);
    }
    return form;
  }

  private collectVocabulary(documents: readonly IndexedDoc[]): void {
    for (const doc of documents) {
      for (const field of [doc.text, doc.speaker, doc.description]) {
        if (!field) continue;
        for (const word of this.documentWords(field)) {
          const term = this.processWord(word);
          if (term) this.vocabulary.add(term);
        }
      }
    }
  }

  private groupVocabularyByLength(): void {
    for (const term of this.vocabulary) {
      if (isEntityToken(term)) continue;
      const bucket = this.vocabularyByLength.get(term.length) ?? [];
      bucket.push(term);
      this.vocabularyByLength.set(term.length, bucket);
    }
  }

  /**
   * The vocabulary and each paragraph's terms, read off a saved index: its term list holds every
   * term of every field, and each passage document's `text` field is its paragraph, made into
   * terms by the same tokenizer and stemmer as countParagraphTerms uses.
   */
  private readSavedTerms(plain: AsPlainObject): void {
    const textField = String(plain.fieldIds['text']);
    const paragraphOf = new Map<string, number>();
    for (const [shortId, id] of Object.entries(plain.documentIds)) {
      if (typeof id === 'string' && id.startsWith('p')) paragraphOf.set(shortId, Number(id.slice(1)));
    }
    for (const p of this.article.paragraphs) this.paragraphTerms.set(p.n, new Set());
    for (const [term, fields] of plain.index) {
      this.vocabulary.add(term);
      for (const shortId of Object.keys(fields[textField] ?? {})) {
        const n = paragraphOf.get(shortId);
        if (n === undefined) continue;
        const terms = this.paragraphTerms.get(n);
        if (terms && !terms.has(term)) {
          terms.add(term);
          this.paragraphDf.set(term, (this.paragraphDf.get(term) ?? 0) + 1);
        }
      }
    }
  }

  /** Each paragraph's term set, and in how many paragraphs each term occurs (for IDF). */
  private countParagraphTerms(): void {
    for (const p of this.article.paragraphs) {
      const terms = new Set(this.terms(p.text, 'none', true));
      this.paragraphTerms.set(p.n, terms);
      for (const t of terms) this.paragraphDf.set(t, (this.paragraphDf.get(t) ?? 0) + 1);
    }
  }

  /** Document text → words with alias placeholders; memoised because statements repeat their paragraphs' words. */
  private documentWords(text: string): string[] {
    let cached = this.wordCache.get(text);
    if (!cached) {
      cached = words(this.aliases.mark(text, true));
      if (this.wordCache.size < MAX_CACHED_TEXTS) this.wordCache.set(text, cached);
    }
    return cached;
  }

  private processWord(word: string): string | null {
    const token = this.aliases.tokenFor(word);
    if (token) return token;
    const lower = word.toLowerCase();
    if (lower.length < 2 && !/\d/.test(lower)) return null;
    return stemWord(lower);
  }

  private documents(): IndexedDoc[] {
    const quoteDocs = this.attribution.quotes.map((q, i): IndexedDoc => {
      const speaker = this.aliases.entityFor(q.speaker)?.speaker;
      return {
        id: `q${i}`,
        type: 'quote',
        ref: i,
        text: q.quote,
        speaker: q.speaker,
        description: speaker?.description ?? '',
      };
    });
    const passageDocs = this.article.paragraphs.map(
      (p): IndexedDoc => ({ id: `p${p.n}`, type: 'passage', ref: p.n, text: p.text }),
    );
    return [...quoteDocs, ...passageDocs];
  }

  /**
   * Text → search terms: alias tokens, stemmed words, minus the chosen stop words. `asDocument`
   * keeps the words of aliases beside their token, as the index does.
   */
  terms(text: string, stop: StopWordSet, asDocument = false): string[] {
    const stopWords = STOP_SETS[stop];
    const out: string[] = [];
    for (const word of asDocument ? this.documentWords(text) : words(this.aliases.mark(text, false))) {
      // "US" the country is not "us" the pronoun: an all-capitals word is never a stop word.
      if (stopWords.has(word.toLowerCase()) && !/^[A-Z]{2,}$/.test(word)) continue;
      const term = this.processWord(word);
      if (term) out.push(term);
    }
    return out;
  }

  /** Inverse document frequency over paragraphs; unseen terms weigh the most. */
  idf(term: string): number {
    const df = this.paragraphDf.get(term) ?? 0;
    return Math.log(1 + (this.paragraphCount - df + 0.5) / (df + 0.5));
  }

  queryTerms(query: string, stop: StopWordSet): QueryTerms {
    const terms = [...new Set(this.terms(query, stop))];
    const synonyms: SynonymTable = stop === 'who-said' ? 'paraphrase' : 'core';
    return { terms, weights: new Map(terms.map((t) => [t, this.idf(t)])), synonyms };
  }

  /** Terms of paragraph `n` (no stop words removed). */
  termsOfParagraph(n: number): ReadonlySet<string> {
    return this.paragraphTerms.get(n) ?? new Set();
  }

  paragraph(n: number): Paragraph | undefined {
    return this.article.paragraphs.find((p) => p.n === n);
  }

  /**
   * Score every document of `type` against the query terms. Every match is traced back to the
   * question term it stands for (exactly, by prefix, a typo or a synonym; in which field), which
   * gives a coverage in 0..1 that can be compared across questions — unlike raw BM25.
   */
  hits(query: QueryTerms, type: DocType, filter?: (ref: number) => boolean): Hit[] {
    const variants = this.variantsOf(query.terms, query.synonyms ?? 'core', query.optional);
    if (variants.size === 0) return [];
    const searched = [...variants.keys()];
    // One MiniSearch query for all terms (OR), over the documents asked for and every passage (the
    // context of each); each match is traced back to its question term below.
    const results = this.search.search(searched.join(' '), {
      tokenize: () => searched,
      processTerm: (t) => t,
      boost: FIELD_BOOST,
      prefix: (t) => this.allowsPrefix(t),
      filter: (r) => r['type'] === 'passage' || r['type'] === type,
    });
    const own = new Map<number, SearchResult>();
    const passages = new Map<number, SearchResult>();
    for (const r of results) {
      const ref = r['ref'] as number;
      if (r['type'] === 'passage') passages.set(ref, r);
      if (r['type'] === type && (!filter || filter(ref))) own.set(ref, r);
    }
    const refs = new Set(own.keys());
    for (const n of passages.keys()) for (const ref of this.docsWithContext(type, n)) if (!filter || filter(ref)) refs.add(ref);
    const near = new Map<string, number>();
    const hits = [...refs].map((ref) => {
      const context = this.contextParagraphs(type, ref).flatMap((n) => passages.get(n) ?? []);
      return this.hitOf(ref, own.get(ref), context, type, variants, near);
    });
    // A misspelt word is unknown to the article; weigh it like the word it was matched to.
    const weights = new Map(query.weights);
    for (const [term, idf] of near) weights.set(term, idf);
    const optional = query.optional ?? new Set<string>();
    const required = [...weights].reduce((sum, [term, w]) => (optional.has(term) ? sum : sum + w), 0);
    for (const hit of hits) {
      let covered = 0;
      let total = required;
      for (const [term, credit] of hit.matched) {
        const w = weights.get(term) ?? 0;
        covered += w * credit;
        if (optional.has(term)) total += w * credit;
      }
      hit.coverage = total === 0 ? 0 : covered / total;
      const contradicted = [...(hit.contradicted ?? [])].some((term) => (hit.matched.get(term) ?? 0) < 0.7);
      if (contradicted && !query.negated) hit.coverage *= CONTRADICTION_FACTOR;
    }
    return hits.sort((a, b) => b.coverage - a.coverage || b.bm25 - a.bm25 || a.ref - b.ref);
  }

  /** Each searched form → the question terms it stands for, with the credit of that stand-in. */
  private variantsOf(
    terms: readonly string[],
    table: SynonymTable,
    framing: ReadonlySet<string> = new Set(),
  ): Map<string, { term: string; credit: number }[]> {
    const variants = new Map<string, { term: string; credit: number }[]>();
    const add = (variant: string, term: string, credit: number): void => {
      const list = variants.get(variant) ?? [];
      list.push({ term, credit });
      variants.set(variant, list);
    };
    for (const term of terms) {
      add(term, term, 1);
      for (const near of this.spellingsNear(term)) add(near, term, FUZZY_CREDIT);
      if (synonymsEnabled) for (const syn of synonymsOf(term, table)) if (this.vocabulary.has(syn)) add(syn, term, SYNONYM_CREDIT);
      // "who apologised …": the framing verb also counts where the statement performs the act ("sorry").
      if (framing.has(term)) for (const cue of speechActCues(term)) if (this.vocabulary.has(cue)) add(cue, term, SPEECH_ACT_CREDIT);
      if (table !== 'paraphrase' || !wordnetEnabled || isEntityToken(term)) continue;
      const related = relatedOf(term);
      for (const w of related.derived) if (this.vocabulary.has(w)) add(w, term, WORDNET_CREDIT);
      for (const w of related.antonyms) if (this.vocabulary.has(w) && !terms.includes(w)) add(w, term, ANTONYM);
    }
    return variants;
  }

  /**
   * Typo tolerance: for a word the article does not contain, the article's words within a few
   * edits (one per five letters; a swap of two letters counts as one). A word the article does
   * contain is taken as written — its near-spellings are other words. Entity tokens match exactly.
   * (Done against the article's own vocabulary rather than with MiniSearch's fuzzy search: the
   * vocabulary is small, and this counts transpositions, the commonest typo, as one edit.)
   */
  private spellingsNear(term: string): string[] {
    if (isEntityToken(term) || this.vocabulary.has(term) || term.length < MIN_FUZZY_LENGTH) return [];
    const maxEdits = Math.max(1, Math.round(term.length * FUZZINESS));
    const out: string[] = [];
    for (let len = term.length - maxEdits; len <= term.length + maxEdits; len++) {
      for (const candidate of this.vocabularyByLength.get(len) ?? []) {
        if (withinEdits(term, candidate, maxEdits)) out.push(candidate);
      }
    }
    return out;
  }

  private allowsPrefix(term: string): boolean {
    return !isEntityToken(term) && term.length >= MIN_PREFIX_LENGTH;
  }

  /** How a document term matched a searched form: exactly, by prefix, or not at all. */
  private matchCredit(docTerm: string, variant: string): number {
    if (docTerm === variant) return 1;
    if (this.allowsPrefix(variant) && docTerm.startsWith(variant)) return PREFIX_CREDIT;
    return 0;
  }

  /** The paragraphs whose text is the context of a document: a statement's own, a passage's previous one. */
  private contextParagraphs(type: DocType, ref: number): number[] {
    if (type === 'quote') return this.attribution.quotes[ref]?.paragraphs ?? [];
    const previous = this.paragraphOrder().before.get(ref);
    return previous === undefined ? [] : [previous];
  }

  /** The documents of `type` whose context is paragraph `n` (contextParagraphs read backwards). */
  private docsWithContext(type: DocType, n: number): readonly number[] {
    if (type === 'passage') {
      const next = this.paragraphOrder().after.get(n);
      return next === undefined ? [] : [next];
    }
    if (!this.quotesByParagraph) {
      this.quotesByParagraph = new Map();
      this.attribution.quotes.forEach((q, i) => {
        for (const p of new Set(q.paragraphs)) this.quotesByParagraph!.set(p, [...(this.quotesByParagraph!.get(p) ?? []), i]);
      });
    }
    return this.quotesByParagraph.get(n) ?? [];
  }

  private quotesByParagraph: Map<number, number[]> | undefined;
  private paragraphNeighbours: { before: Map<number, number>; after: Map<number, number> } | undefined;

  private paragraphOrder(): { before: Map<number, number>; after: Map<number, number> } {
    if (!this.paragraphNeighbours) {
      const before = new Map<number, number>();
      const after = new Map<number, number>();
      const ps = this.article.paragraphs;
      for (let i = 1; i < ps.length; i++) {
        before.set(ps[i]!.n, ps[i - 1]!.n);
        after.set(ps[i - 1]!.n, ps[i]!.n);
      }
      this.paragraphNeighbours = { before, after };
    }
    return this.paragraphNeighbours;
  }

  /**
   * A document's hit: its own fields' matches, and its context paragraphs' text matches at the
   * context's weight.
   */
  private hitOf(
    ref: number,
    own: SearchResult | undefined,
    context: readonly SearchResult[],
    type: DocType,
    variants: ReadonlyMap<string, readonly { term: string; credit: number }[]>,
    near: Map<string, number>,
  ): Hit {
    const matched = new Map<string, number>();
    let contradicted: Set<string> | undefined;
    const credit = (docTerm: string, fieldWeight: number, inText: boolean): void => {
      for (const [variant, origins] of variants) {
        const match = this.matchCredit(docTerm, variant);
        if (match === 0) continue;
        for (const origin of origins) {
          if (origin.credit === ANTONYM) {
            if (match === 1 && inText) (contradicted ??= new Set()).add(origin.term);
            continue;
          }
          matched.set(origin.term, Math.max(matched.get(origin.term) ?? 0, match * origin.credit * fieldWeight));
          if (!this.paragraphDf.has(origin.term) && this.paragraphDf.has(docTerm)) {
            near.set(origin.term, Math.max(near.get(origin.term) ?? 0, this.idf(docTerm)));
          }
        }
      }
    };
    let bm25 = 0;
    if (own) {
      bm25 += own.score;
      for (const [docTerm, fields] of Object.entries(own.match)) {
        credit(docTerm, Math.max(...fields.map((f) => FIELD_WEIGHT[type][f] ?? 0)), fields.includes('text'));
      }
    }
    const contextWeight = FIELD_WEIGHT[type]['context'] ?? 0;
    for (const r of context) {
      bm25 += CONTEXT_BM25_SHARE * r.score;
      for (const [docTerm, fields] of Object.entries(r.match)) if (fields.includes('text')) credit(docTerm, contextWeight, false);
    }
    const hit: Hit = { type, ref, coverage: 0, bm25, matched };
    if (contradicted) hit.contradicted = contradicted;
    return hit;
  }

  /** The MiniSearch index as JSON, for the constructor's `persisted` (the article library stores it). */
  serialize(): string {
    // The same JSON as JSON.stringify(this.search), written term by term: MiniSearch's toJSON()
    // first copies the whole index into plain objects (28 MB more at the peak of reading a 2 MB
    // upload, in a worker whose heap is capped), and only then is it turned into text.
    const internals = this.search as unknown as MiniSearchInternals;
    if (!(internals._index && internals._documentIds instanceof Map && internals._fieldLength instanceof Map && internals._storedFields instanceof Map)) {
      return JSON.stringify(this.search); // another MiniSearch version: its own way
    }
    const terms: string[] = [];
    for (const [term, fieldIndex] of internals._index) terms.push(indexEntryJson(term, fieldIndex));
    const head = JSON.stringify({
      documentCount: internals._documentCount,
      nextId: internals._nextId,
      documentIds: Object.fromEntries(internals._documentIds),
      fieldIds: internals._fieldIds,
      fieldLength: Object.fromEntries(internals._fieldLength),
      averageFieldLength: internals._avgFieldLength,
      storedFields: Object.fromEntries(internals._storedFields),
      dirtCount: internals._dirtCount,
    });
    return `${head.slice(0, -1)},"index":[${terms.join(',')}],"serializationVersion":2}`;
  }

  /** Coverage of the query by a piece of the article's text (used to pick sentences). */
  coverageOf(query: QueryTerms, text: string): number {
    return this.coverageOfTerms(query, this.termSetOf(text));
  }

  /** The document-side term set of a piece of article text, memoised (sentences are asked about often). */
  termSetOf(text: string): ReadonlySet<string> {
    let set = this.termSetCache.get(text);
    if (!set) {
      set = new Set(this.terms(text, 'none', true));
      if (this.termSetCache.size < MAX_CACHED_TEXTS) this.termSetCache.set(text, set);
    }
    return set;
  }

  coverageOfTerms(query: QueryTerms, present: ReadonlySet<string>): number {
    let covered = 0;
    let total = 0;
    for (const term of query.terms) {
      const w = query.weights.get(term) ?? 0;
      total += w;
      if (present.has(term)) covered += w;
    }
    return total === 0 ? 0 : covered / total;
  }

}

export function buildIndex(article: Article, attribution: Attribution, persisted?: string): ArticleIndex {
  return new ArticleIndex(article, attribution, persisted);
}
