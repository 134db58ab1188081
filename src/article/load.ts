import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { BOT_LIMITS } from '../constants.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { buildArticle } from './build.ts';
import { cleanScrapedText } from './clean.ts';
import type { Article } from './types.ts';

/** The article bundled with the bot, resolved from this file so it works from any working directory. */
export const DEFAULT_ARTICLE_PATH = join(PROJECT_ROOT, 'data', 'scmp-china-russia-2021.txt');

/** Every problem with an article the user should read about; the message is meant for them. */
export class ArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleError';
  }
}

/** Share of characters that may be control or undecodable before a text counts as binary. */
const MAX_NON_TEXT_SHARE = 0.1;
const BINARY_SAMPLE_CHARS = 65_536;

const pathSchema = z
  .string({ error: 'The article path must be text.' })
  .trim()
  .min(1, { error: 'The article path is empty.' })
  .max(4096, { error: 'The article path is too long.' })
  .refine((p) => !p.includes('\0'), { error: 'The article path contains a NUL character.' });

const parseInputSchema = z.object({
  raw: z.string({ error: 'The article text must be a string.' }),
  id: z.string({ error: 'The article id must be a string.' }).trim().min(1, { error: 'The article id is empty.' }).max(200),
});

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function tooLargeError(bytes: number): ArticleError {
  return new ArticleError(
    `The article is too large (${formatBytes(bytes)}; the limit is ${formatBytes(BOT_LIMITS.articleMaxBytes)}). A news story is a few tens of kilobytes.`,
  );
}

/**
 * Most paragraphs and sentences an article may have. A 2 MB story of ordinary paragraphs has about
 * 7,000 and 15,000; past these an upload is refused rather than read, so every later stage has a
 * bound on its input whatever the text.
 */
export const ARTICLE_CAPS = { paragraphs: 10_000, sentences: 30_000 } as const;

function tooManyError(what: string): ArticleError {
  return new ArticleError(
    `The article is too long to read: it has ${what} (the limit is ${ARTICLE_CAPS.paragraphs.toLocaleString('en')} paragraphs and ${ARTICLE_CAPS.sentences.toLocaleString('en')} sentences).`,
  );
}

function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  let nonText = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const isControl = code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12;
    if (isControl || code === 0xfffd) nonText++;
  }
  return sample.length > 0 && nonText / sample.length > MAX_NON_TEXT_SHARE;
}

/** Build an Article from scraped text; throws ArticleError with a reader-facing message. */
export function parseArticle(raw: string, id: string): Article {
  const input = parseInputSchema.safeParse({ raw, id });
  if (!input.success) throw new ArticleError(input.error.issues[0]?.message ?? 'Invalid article input.');
  const text = input.data.raw;
  if (Buffer.byteLength(text, 'utf8') > BOT_LIMITS.articleMaxBytes) throw tooLargeError(Buffer.byteLength(text, 'utf8'));
  if (text.trim().length === 0) throw new ArticleError('The article is empty: there is no text in it.');
  if (looksBinary(text)) throw new ArticleError('The article is not text: it looks like a binary file.');

  const cleaned = cleanScrapedText(text);
  if (cleaned.paragraphs.length === 0) {
    throw new ArticleError(
      'No story paragraphs were found in the article: after removing headlines, links, captions and footers nothing was left.',
    );
  }
  if (cleaned.paragraphs.length > ARTICLE_CAPS.paragraphs) throw tooManyError(`${cleaned.paragraphs.length.toLocaleString('en')} paragraphs`);
  const article = buildArticle({
    id: input.data.id,
    title: cleaned.title,
    publisher: cleaned.publisher,
    author: cleaned.author,
    paragraphs: cleaned.paragraphs,
  });
  if (article.paragraphs.length > ARTICLE_CAPS.paragraphs) throw tooManyError(`${article.paragraphs.length.toLocaleString('en')} paragraphs`);
  const sentences = article.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  if (sentences > ARTICLE_CAPS.sentences) throw tooManyError(`${sentences.toLocaleString('en')} sentences`);
  return article;
}

/** Alias for callers that think of it as loading text rather than parsing it. */
export const loadArticleText = parseArticle;

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function describeFsError(path: string, error: unknown): ArticleError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new ArticleError(`Article file not found: ${path}`);
  if (code === 'EACCES' || code === 'EPERM') return new ArticleError(`Article file cannot be read (permission denied): ${path}`);
  if (code === 'EISDIR') return new ArticleError(`The article path is a directory, not a file: ${path}`);
  if (code === 'ENAMETOOLONG') return new ArticleError('The article path is too long.');
  return new ArticleError(`Article file cannot be read: ${path}${code ? ` (${code})` : ''}`);
}

/** Read and parse an article file; size is checked before anything is read into memory. */
export async function loadArticleFile(path: string): Promise<Article> {
  const checked = pathSchema.safeParse(path);
  if (!checked.success) throw new ArticleError(checked.error.issues[0]?.message ?? 'Invalid article path.');
  const filePath = checked.data;

  let info;
  try {
    info = await stat(filePath);
  } catch (error) {
    throw describeFsError(filePath, error);
  }
  if (info.isDirectory()) throw new ArticleError(`The article path is a directory, not a file: ${filePath}`);
  if (!info.isFile()) throw new ArticleError(`The article path is not a regular file: ${filePath}`);
  if (info.size > BOT_LIMITS.articleMaxBytes) throw tooLargeError(info.size);
  if (info.size === 0) throw new ArticleError(`The article is empty: ${filePath} has no text in it.`);

  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw describeFsError(filePath, error);
  }
  const hasUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasUtf16Bom && bytes.includes(0)) throw new ArticleError(`The article is not text: ${filePath} looks like a binary file.`);

  const id = basename(filePath, extname(filePath)) || 'article';
  return parseArticle(decode(bytes), id);
}
