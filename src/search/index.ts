import type { Article } from '../article/types.ts';
import type { Attribution } from '../attribution/types.ts';

/** The per-article search index. (Placeholder: MiniSearch setup to come.) */
export interface ArticleIndex {
  readonly articleId: string;
}

export function buildIndex(article: Article, _attribution: Attribution): ArticleIndex {
  return { articleId: article.id };
}
