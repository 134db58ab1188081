/**
 * An article file for --article and ARTICLE_PATH, read the way /article add reads an upload:
 * .html through Readability, .md as Markdown, anything else as plain text. A file that is not
 * UTF-8 is read as Windows-1252 with a warning (src/article/encoding.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Article } from '../article/types.ts';
import { ArticleError } from '../article/load.ts';
import { BOT_LIMITS } from '../constants.ts';
import { formatOf, ingest } from '../library/ingest.ts';
import { asUtf8 } from '../article/encoding.ts';

export { decodeWindows1252 } from '../article/encoding.ts';

export interface ArticleFile {
  article: Article;
  /** Said to the reader on the error stream: how the file was read when it was not as expected. */
  warning?: string;
}

export async function readArticleFile(path: string): Promise<ArticleFile> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArticleError(code === 'ENOENT' ? `Article file not found: ${path}` : `Article file cannot be read: ${path}${code ? ` (${code})` : ''}`);
  }
  if (info.isDirectory()) throw new ArticleError(`${path} is a folder: give one article file inside it (.txt, .md or .html).`);
  if (!info.isFile()) throw new ArticleError(`The article path is not a regular file: ${path}`);
  if (info.size > BOT_LIMITS.articleMaxBytes) {
    throw new ArticleError(`The article is too large (${(info.size / (1024 * 1024)).toFixed(1)} MB; the limit is ${BOT_LIMITS.articleMaxBytes / (1024 * 1024)} MB).`);
  }
  let raw: Uint8Array;
  try {
    raw = await readFile(path);
  } catch (error) {
    throw new ArticleError(`Article file cannot be read: ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (raw.length === 0) throw new ArticleError(`The article is empty: ${path} has no text in it.`);
  const { bytes, warning } = asUtf8(raw, path);
  const format = formatOf(basename(path)) ?? 'text';
  const id = basename(path, extname(path)) || 'article';
  const { article } = ingest(bytes, format, id);
  return warning === undefined ? { article } : { article, warning };
}
