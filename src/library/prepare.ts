/**
 * The expensive part of adding an article — read, attribute, index, serialise — as a pure
 * function of its text, so it can run outside the database transaction and on worker threads
 * (prepare-pool.ts) when many articles are added at once.
 */
import { parseArticle } from '../article/load.ts';
import { attribute } from '../attribution/index.ts';
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
  const attribution = attribute(article);
  return {
    title: parsed.title,
    publisher,
    articleJson: JSON.stringify(article),
    attributionJson: JSON.stringify(attribution),
    searchJson: withIndex ? buildIndex(article, attribution).serialize() : null,
  };
}
