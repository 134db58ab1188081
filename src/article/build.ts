import { splitSentences } from './sentences.ts';
import type { Article } from './types.ts';

/** Assemble an Article from already-cleaned paragraph texts, numbering them 1..n. */
export function buildArticle(input: {
  id: string;
  title: string;
  publisher?: string | null;
  paragraphs: readonly string[];
}): Article {
  return {
    id: input.id,
    title: input.title,
    publisher: input.publisher ?? null,
    paragraphs: input.paragraphs.map((text, i) => ({
      n: i + 1,
      text,
      sentences: splitSentences(text),
    })),
  };
}
