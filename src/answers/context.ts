import type { Article } from '../article/types.ts';
import { attribute } from '../attribution/index.ts';
import type { Attribution } from '../attribution/types.ts';
import { buildIndex, type ArticleIndex } from '../search/index.ts';

/** Everything the answer functions need about one article, computed once at start-up. */
export interface ArticleContext {
  article: Article;
  attribution: Attribution;
  index: ArticleIndex;
}

export function prepareArticle(article: Article): ArticleContext {
  const attribution = attribute(article);
  return { article, attribution, index: buildIndex(article, attribution) };
}
