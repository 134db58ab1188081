/**
 * The expensive part of adding an article — read, attribute, index, serialise — as a pure
 * function of its text, so it can run outside the database transaction and on worker threads
 * (prepare-pool.ts) when many articles are added at once.
 */
import { prepareArticle } from '../answers/context.ts';
import { parseArticle } from '../article/load.ts';

/** Stored in place of the article id until the database assigns one; replaced when loaded. */
export const PENDING_ID = 'pending';

export interface PreparedArticle {
  title: string;
  publisher: string | null;
  articleJson: string;
  attributionJson: string;
  searchJson: string;
}

/** Story text → everything the library stores about it. Throws ArticleError for text that is no article. */
export function prepareStory(text: string, fallbackPublisher: string | null = null): PreparedArticle {
  const parsed = parseArticle(text, PENDING_ID);
  const publisher = parsed.publisher ?? fallbackPublisher;
  const ctx = prepareArticle({ ...parsed, publisher });
  return {
    title: parsed.title,
    publisher,
    articleJson: JSON.stringify(ctx.article),
    attributionJson: JSON.stringify(ctx.attribution),
    searchJson: ctx.index.serialize(),
  };
}
