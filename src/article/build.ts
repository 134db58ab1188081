import { splitSentences } from './sentences.ts';
import type { Article, Sentence } from './types.ts';

/**
 * A paragraph longer than this is split between sentences into several: no story paragraph is
 * 3,000 characters long, and every later stage works paragraph by paragraph, so a bound on a
 * paragraph bounds the work any one of them does.
 */
export const MAX_PARAGRAPH_CHARS = 3000;

/** Assemble an Article from already-cleaned paragraph texts, numbering them 1..n. */
export function buildArticle(input: {
  id: string;
  title: string;
  publisher?: string | null;
  author?: string | null;
  paragraphs: readonly string[];
}): Article {
  const pieces = input.paragraphs.flatMap((text) => splitLongParagraph(text));
  return {
    id: input.id,
    title: input.title,
    publisher: input.publisher ?? null,
    ...(input.author ? { author: input.author } : {}),
    paragraphs: pieces.map((piece, i) => ({ n: i + 1, ...piece })),
  };
}

/** One paragraph as it is, or a long one as runs of whole sentences within MAX_PARAGRAPH_CHARS. */
function splitLongParagraph(text: string): { text: string; sentences: Sentence[] }[] {
  const sentences = splitSentences(text);
  if (text.length <= MAX_PARAGRAPH_CHARS) return [{ text, sentences }];
  const out: { text: string; sentences: Sentence[] }[] = [];
  let run: Sentence[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const start = run[0]!.start;
    const end = run.at(-1)!.end;
    out.push({ text: text.slice(start, end), sentences: run.map((s) => ({ text: s.text, start: s.start - start, end: s.end - start })) });
    run = [];
  };
  for (const sentence of sentences) {
    if (run.length > 0 && sentence.end - run[0]!.start > MAX_PARAGRAPH_CHARS) flush();
    run.push(sentence);
  }
  flush();
  return out;
}
