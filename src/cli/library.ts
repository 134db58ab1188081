/**
 * The article library on the command line: `--article 12` (a library id), `/articles`, and the
 * `article:` / `scope:library` options. The library is opened only when one of those is used, so
 * plain questions about a file never touch the database. The command line belongs to no server:
 * it sees every server's articles.
 */
import { existsSync } from 'node:fs';
import type { LibraryAwareResult } from '../../commands/library.ts';
import { DEFAULT_DATABASE_PATH } from '../config.ts';
import { EVERY_SERVER, Library } from '../library/library.ts';
import type { ArticlesResult, LibraryWhoSaidResult } from '../library/types.ts';
import { formatParagraphs } from './render.ts';

export { EVERY_SERVER };

/** A library id as typed after --article ("12" or "#12") when no file has that name. */
export function libraryIdOf(articleArg: string): number | undefined {
  const match = /^#?(\d{1,12})$/.exec(articleArg.trim());
  if (!match || existsSync(articleArg)) return undefined;
  return Number(match[1]);
}

/** Opens the library (DATABASE_URL, else DATABASE_PATH, else data/library.db) on first use and keeps it. */
export function lazyLibrary(env: NodeJS.ProcessEnv = process.env): () => Promise<Library> {
  let library: Promise<Library> | undefined;
  return () => {
    library ??= Library.open({
      url: env.DATABASE_URL?.trim() || undefined,
      path: env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH,
      warn: (message) => process.stderr.write(`${message}\n`),
    });
    return library;
  };
}

export function renderLibraryWhoSaidText(result: LibraryWhoSaidResult): string {
  if (result.answers.length === 0) return result.note ?? 'Nobody in the library is quoted saying that.';
  const lines = result.answers.map((a) => {
    const words = a.kind === 'indirect' ? `(reported) ${a.quote}` : `“${a.quote}”`;
    const who = a.description ? `${a.speaker}, ${a.description}` : a.speaker;
    const via = a.via ? `, via ${a.via}` : '';
    const file = (a.article as { file?: string }).file;
    const where = file !== undefined ? `“${a.article.title}”, ${file}` : `#${a.article.id} “${a.article.title}”`;
    return `${words} — ${who} (${formatParagraphs([a.paragraph])}${via} in ${where})`;
  });
  return [`Who said “${result.query}” — the whole library:`, ...lines].join('\n');
}

export function renderArticlesText(result: ArticlesResult & { answering?: { file: string; title: string } }): string {
  const answering = result.answering;
  const lines = result.articles.map((a) => {
    const chosen = answering === undefined && a.id === result.defaultArticle;
    const marks = [a.bundled ? 'bundled' : null, chosen ? 'answering about this one' : null].filter(Boolean).join(', ');
    return `#${a.id} ${a.title}${a.publisher ? ` (${a.publisher})` : ''}${marks ? ` [${marks}]` : ''}`;
  });
  const head = answering
    ? [`Answering about “${answering.title}” (${answering.file}, given with --article or ARTICLE_PATH; not in the library).`]
    : [];
  return [...head, `Articles in the library (${result.articles.length}):`, ...lines].join('\n');
}

export function isLibraryOnlyResult(result: LibraryAwareResult): result is LibraryWhoSaidResult | ArticlesResult {
  return result.command === 'articles' || (result.command === 'who-said' && 'scope' in result);
}

export function renderLibraryText(result: LibraryWhoSaidResult | ArticlesResult): string {
  return result.command === 'articles' ? renderArticlesText(result) : renderLibraryWhoSaidText(result);
}
