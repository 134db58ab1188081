/**
 * The expensive part of adding an article — read, attribute, index, serialise — as a pure
 * function of its text, so it can run outside the database transaction and on worker threads
 * (prepare-pool.ts) when many articles are added at once.
 */
import { parseArticle } from '../article/load.ts';
import type { Article, Sentence } from '../article/types.ts';
import { attribute } from '../attribution/index.ts';
import type { Attribution, Speaker } from '../attribution/types.ts';
import { buildIndex } from '../search/index.ts';

/** Stored in place of the article id until the database assigns one; replaced when loaded. */
export const PENDING_ID = 'pending';

export interface PreparedArticle {
  title: string;
  publisher: string | null;
  articleJson: string;
  attributionJson: string;
  /** Null when asked not to build the article's own index (bulk loads build it on first use). */
  searchJson: string | null;
}

/**
 * Story text → everything the library stores about it. Throws ArticleError for text that is no
 * article. `withIndex: false` skips the article's own search index (half the work): a bulk load
 * needs only the attribution for the library-wide index, and the rest is built when first asked.
 */
export function prepareStory(text: string, fallbackPublisher: string | null = null, withIndex = true): PreparedArticle {
  const parsed = parseArticle(text, PENDING_ID);
  const publisher = parsed.publisher ?? fallbackPublisher;
  const article = { ...parsed, publisher };
  const attribution = attributeInParts(article);
  return {
    title: parsed.title,
    publisher,
    articleJson: articleToJson(article),
    attributionJson: JSON.stringify(attribution),
    searchJson: withIndex ? buildIndex(article, attribution).serialize() : null,
  };
}

/** A stored sentence: its span in its paragraph, and its text only where that is not the span's. */
type StoredSentence = [start: number, end: number] | [start: number, end: number, text: string];

/**
 * An article as stored: each sentence as its span in the paragraph (the text is the paragraph's
 * own), which halves what is written, read and parsed for every article.
 */
export function articleToJson(article: Article): string {
  return JSON.stringify({
    ...article,
    paragraphs: article.paragraphs.map((p) => ({
      ...p,
      sentences: p.sentences.map((s): StoredSentence => (p.text.slice(s.start, s.end) === s.text ? [s.start, s.end] : [s.start, s.end, s.text])),
    })),
  });
}

/** The article articleToJson stored (sentences as objects too: rows written before it). */
export function articleFromJson(json: string): Article {
  const stored = JSON.parse(json) as Omit<Article, 'paragraphs'> & { paragraphs: (Omit<Article['paragraphs'][number], 'sentences'> & { sentences: (StoredSentence | Sentence)[] })[] };
  return {
    ...stored,
    paragraphs: stored.paragraphs.map((p) => ({
      ...p,
      sentences: p.sentences.map((s): Sentence => (Array.isArray(s) ? { text: s[2] ?? p.text.slice(s[0], s[1]), start: s[0], end: s[1] } : s)),
    })),
  };
}

/**
 * Paragraphs attributed together. Attribution compares mentions with the people met so far, so
 * its cost grows faster than the text; a news story has tens of paragraphs, and a longer upload
 * is attributed in parts of this many, which keeps the work linear in its length.
 */
export const ATTRIBUTION_PART_PARAGRAPHS = 200;

/** attribute(), in parts of ATTRIBUTION_PART_PARAGRAPHS paragraphs, speakers merged by id. */
export function attributeInParts(article: Article, part = ATTRIBUTION_PART_PARAGRAPHS): Attribution {
  if (article.paragraphs.length <= part) return attribute(article);
  const quotes: Attribution['quotes'] = [];
  const speakers = new Map<string, Speaker>();
  const mentioned = new Map<string, Speaker>();
  const merge = (into: Map<string, Speaker>, speaker: Speaker) => {
    const known = into.get(speaker.id);
    if (!known) return into.set(speaker.id, { ...speaker, aliases: [...speaker.aliases] });
    for (const alias of speaker.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    known.description ??= speaker.description;
    return into;
  };
  for (let first = 0; first < article.paragraphs.length; first += part) {
    const attribution = attribute({ ...article, paragraphs: article.paragraphs.slice(first, first + part) });
    quotes.push(...attribution.quotes);
    for (const speaker of attribution.speakers) merge(speakers, speaker);
    for (const speaker of attribution.mentioned) merge(mentioned, speaker);
  }
  for (const id of speakers.keys()) mentioned.delete(id);
  return { quotes, speakers: [...speakers.values()], mentioned: [...mentioned.values()] };
}
