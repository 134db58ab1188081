import type { WhoSaidAnswer } from '../answers/types.ts';

/** Which library article an answer comes from. */
export interface ArticleCitation {
  id: number;
  title: string;
  publisher: string | null;
}

export interface LibraryWhoSaidAnswer extends WhoSaidAnswer {
  article: ArticleCitation;
}

/** /who-said over a whole server library: each answer cites its article as well as its paragraph. */
export interface LibraryWhoSaidResult {
  command: 'who-said';
  scope: 'library';
  query: string;
  answers: LibraryWhoSaidAnswer[];
  note?: string;
}

/** /articles: a server's library. */
export interface ArticlesResult {
  command: 'articles';
  defaultArticle: number;
  articles: { id: number; title: string; publisher: string | null; addedBy: string | null; addedAt: string; bundled: boolean }[];
}
